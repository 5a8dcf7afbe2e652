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


# --- English broker prose: wrapped bullets, bullet heads, deal and margin vocabulary ---------

_NOTE = "Ganga Research | INSTITUTIONAL EQUITIES\n\nQuarterly wrap\n\n"


def _rows(body: str):
    f = facts_of_text(_NOTE + body, DAY)
    return {r["text"]: r for _, r in f.iterrows()}


def test_a_wrapped_english_bullet_keeps_its_rest_and_its_head():
    rows = _rows("- Orvex Systems: a US$1.7bn, 10-year deal with a US insurer; EBIT margin widened 90 bps YoY\n"
                 "  to 17.4%.\n"
                 "- Telvani: revenue of US$5.1bn, up 3.2% YoY, while large-deal TCV fell 12% QoQ\n"
                 "  to US$2.9bn.\n")
    got = {t: (r["theme"], r["entity"], r["metric"], r["unit"]) for t, r in rows.items()}
    assert got["US$1.7bn"] == ("earnings", "Orvex Systems", "deal_value", "USD")
    assert got["90 bps"][2:] == ("ebit_margin_change", "pp")
    assert got["17.4%"][1:3] == ("Orvex Systems", "ebit_margin")
    assert got["US$2.9bn"][:3] == ("earnings", "Telvani", "deal_value")


def test_a_capital_line_under_a_bullet_is_no_wrapped_rest():
    from aigc_analysis.extract.segment import _hangs_under_bullet
    assert _hangs_under_bullet("- Orvex: bookings fell 3.2% YoY", "  to US$2.7bn.")
    assert not _hangs_under_bullet("- Orvex: bookings fell 3.2% YoY", "  Source: company data")


def test_a_section_label_heading_a_bullet_is_no_firm():
    rows = _rows("- Ratings: Overweight = expected total return >15% over 12 months\n"
                 "- Note: revenue of US$1.0bn is a threshold\n")
    assert not any(r["entity"] in ("Ratings", "Note") for r in rows.values())


def test_a_comma_before_a_term_joins_the_amount_to_its_deal():
    from aigc_analysis.extract.segment import split_sentences
    t = "Orvex signed a US$1.7bn, 10-year deal with an insurer, its largest. Sales were 1,234.5, up."
    clauses = [t[c.start:c.end].strip() for s in split_sentences(t) for c in s.clauses]
    assert "a US$1.7bn, 10-year deal with an insurer" in clauses[0]
    assert "its largest." in clauses or "its largest" in clauses
    assert "up." in clauses or "up" in clauses


@pytest.mark.parametrize("body, text, theme, unit", [
    ("The state plans an outlay of INR 4,250 crore over four years.", "INR 4,250 crore", "capex", "INR"),
    ("Kestrel Digital signed a 12-year hosting contract worth about $3.5bn.", "about $3.5bn", "earnings", "USD"),
    ("The board of Zephyr Semi approved a capital budget of about US$15.1bn.", "about US$15.1bn", "capex", "USD"),
    ("The Varuna group won an order worth INR 10,372 crore.", "INR 10,372 crore", "earnings", "INR"),
])
def test_english_deal_budget_and_outlay_words(body, text, theme, unit):
    r = _rows(body)[text]
    assert (r["theme"], r["unit"]) == (theme, unit)


def test_a_bare_deal_is_no_services_deal_value():
    # an acquisition's deal stays with the acquisition words, never the services-deal keyword
    rows = _rows("Orvex agreed to acquire Telvani for US$7.2bn; the deal closes in 2026.")
    assert all(r["metric"] != "deal_value" or r["theme"] == "valuation" for r in rows.values())


def test_english_table_headers_mkt_cap_and_op():
    rows = _rows("| Company | Mkt cap (INR lakh cr) | OP (KRW bn) |\n"
                 "| Varuna Infotech | 11.8 | 210.5 |\n")
    assert (rows["11.8"]["metric"], rows["11.8"]["unit"], rows["11.8"]["value"]) == \
        ("market_cap", "INR", pytest.approx(1.18e13))
    assert (rows["210.5"]["metric"], rows["210.5"]["value"]) == ("operating_profit", pytest.approx(2.105e11))


def test_an_unknown_latin_subject_before_a_reporting_verb_names_its_bullet():
    rows = _rows("- Orvex Systems: a US$1.7bn, 10-year deal with a US insurer.\n"
                 "- Telvani reported revenue of US$5.1bn, up 3.2% YoY.\n"
                 "Quorra's EBIT margin was 21.5% in the quarter.\n")
    assert rows["US$5.1bn"]["entity"] == "Telvani"
    assert rows["21.5%"]["entity"] == "Quorra"


def test_a_capitalised_word_inside_a_sentence_is_no_subject():
    rows = _rows("- Orvex Systems: a US$1.7bn, 10-year deal with a US insurer; as Telvani reported, revenue was US$5.1bn.\n")
    assert rows["US$5.1bn"]["entity"] != "Telvani"
