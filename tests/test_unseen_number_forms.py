"""Number forms seen on reports in no scored set: computing capacity written with the SI letter
alone (万P, E), English broker amounts glued to a currency code or after ``c.``, accounting
negatives in table cells and data-centre racks. Every example is an invented sentence or table,
not a line of any report; each class has near-misses that must not change."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text

_PUBLISHED = dt.date(2025, 9, 1)


def _quantities(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


def _facts(text: str):
    return facts_of_text(text, _PUBLISHED)


# --- 2: English broker amounts ------------------------------------------------------------------
@pytest.mark.parametrize("text, span, value, unit, qualifier", [
    ("We expect capex to reach RMB42.5bn in 2025.", "RMB42.5bn", 4.25e10, "CNY", None),
    ("Global AI spending could reach USD1.2tn by 2028.", "USD1.2tn", 1.2e12, "USD", None),
    ("腾讯2025年资本开支预计为RMB 42.5bn。", "RMB 42.5bn", 4.25e10, "CNY", None),
    ("Alibaba plans c.RMB90bn of AI capex.", "c.RMB90bn", 9e10, "CNY", "approx"),
    ("Microsoft capex was c. US$80bn.", "c. US$80bn", 8e10, "USD", "approx"),
    ("Kuaishou revenue of HK$15bn.", "HK$15bn", 1.5e10, "HKD", None),
    ("Cloud revenue grew c.40% YoY.", "c.40%", 0.4, "ratio", "approx"),
    ("We estimate the market at c.250bn.", "c.250bn", 2.5e11, "count", "approx"),
    ("The stock trades at 150x earnings.", "150x", 150.0, "multiple", None),
    ("The model was trained on 12tn tokens.", "12tn", 1.2e13, "count", None),
    ("营收约EUR3.5bn。", "约EUR3.5bn", 3.5e9, "EUR", "approx"),
])
def test_english_broker_amounts(text, span, value, unit, qualifier):
    q = next((q for q in find_quantities(text) if q.text == span), None)
    assert q is not None, _quantities(text)
    assert q.value == pytest.approx(value) and q.unit == unit and q.qualifier == qualifier


def test_currency_code_amount_is_a_fact_of_the_company():
    f = _facts("腾讯2025年资本开支预计为RMB42.5bn，同比增长c.40%。")
    capex = f[f["text"] == "RMB42.5bn"].iloc[0]
    assert (capex["entity"], capex["metric"], capex["unit"]) == ("Tencent", "capex", "CNY")
    assert capex["value"] == pytest.approx(4.25e10)
    growth = f[f["text"] == "c.40%"].iloc[0]
    assert growth["metric"] == "capex_growth" and growth["value"] == pytest.approx(0.4)
    assert "RMB42.5bn" not in set(f["entity"])  # the amount is not a model name


@pytest.mark.parametrize("text, kept", [
    ("Apple Inc.40% of revenue", [("40%", 0.4, "ratio")]),     # Inc. is no "circa"
    ("The Rubin NVL144 rack ships.", []),                        # a product's name
    ("模型ABCRMB5 发布", []),                                      # RMB inside a longer word
])
def test_english_broker_near_misses(text, kept):
    assert _quantities(text) == kept
    assert all(q.qualifier is None for q in find_quantities(text))
