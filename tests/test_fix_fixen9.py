"""English broker prose and currencies written by ISO code (fixen9).

ISO-code amounts (``KRW 2.2tn``, ``TP JPY 4,800``), the Indian magnitudes (``INR 4,250 crore``,
``INR 11.8 lakh cr``) and English captions of a table's currency (``(KRW bn)``). Every firm and
figure is invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities, parse_unit_label
from helpers_text import facts_of_text

DAY = dt.date(2025, 11, 12)


def _q(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


# --- ISO codes before the number, and the Indian magnitudes ----------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("capex of roughly KRW 2.2tn for 2026", 2.2e12, "KRW"),
    ("capex预计为KRW 2.3tn", 2.3e12, "KRW"),
    ("we keep our TP KRW 95,000", 95000.0, "KRW"),
    ("revenue of JPY 1,240bn", 1.24e12, "JPY"),
    ("an outlay of INR 4,250 crore over four years", 4.25e10, "INR"),
    ("a market cap of INR 11.8 lakh cr", 1.18e13, "INR"),
    ("an order worth ₹610 crore", 6.1e9, "INR"),
])
def test_an_iso_code_before_the_number_is_its_currency(text, value, unit):
    (got,) = [q for q in _q(text) if q[2] == unit]
    assert got[1] == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "SEBI Reg. No. INH000009128",
    "CE No. BTR512",
    "KOSPI收于4,073.24点",
    "Page 1 of 6",
])
def test_licence_numbers_and_index_levels_stay_no_amounts(text):
    assert not [q for q in _q(text) if q[2] in ("KRW", "INR", "JPY")]


def test_crore_needs_a_word_boundary():
    assert not [q for q in _q("3 crates of servers") if q[1] > 1e6]


@pytest.mark.parametrize("label, scale, unit", [
    ("(KRW bn)", 1e9, "KRW"),
    ("JPY bn", 1e9, "JPY"),
    ("(INR lakh cr)", 1e12, "INR"),
    ("INR cr", 1e7, "INR"),
    ("(EUR m)", 1e6, "EUR"),
    ("bn KRW", 1e9, "KRW"),
])
def test_an_english_caption_names_any_iso_currency(label, scale, unit):
    mult, got = parse_unit_label(label)
    assert (float(mult), got) == (scale, unit)


def test_a_word_that_is_no_currency_code_is_no_label():
    assert parse_unit_label("(KPI bn)") is None


def test_a_caption_in_krw_bn_scales_the_table():
    text = ("Table 3: 2Q25 results (KRW bn)\n"
            "| Company | Revenue | YoY |\n"
            "| Hanbit Cloud | 1,702.3 | 12.0% |\n")
    f = facts_of_text(text, DAY)
    row = f[f["text"] == "1,702.3"].iloc[0]
    assert (row["unit"], row["value"]) == ("KRW", pytest.approx(1.7023e12))


def test_a_krw_capex_sentence_is_a_capex_fact():
    f = facts_of_text("Hanbit Cloud guides capex of roughly KRW 2.2tn for 2026.", DAY)
    row = f[f["text"] == "KRW 2.2tn"].iloc[0]
    assert (row["theme"], row["metric"], row["unit"], row["period"]) == ("capex", "capex", "KRW", "2026")
