"""English Hong Kong ECM quick notes on an IPO: deal terms, cornerstone tickets, fundamentals and
multiples of the firm the title names (all texts invented)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 3, 12)

NOTE = """{firm} ({cn}, {code}) - IPO: Embodied-AI pioneer opens books
Mar 12, 2026 · ECM Quick Note · Hong Kong

Deal terms
- Offer price range: HK$21.60-25.30 per H share
- H shares offered: 96.4m (90% international placing / 10% Hong Kong public offer, before reallocation)
- Gross proceeds: HK$2.1bn-2.4bn before the 15% over-allotment option
- Cornerstones: 6 investors subscribing US$140.0m in aggregate, about 45% of the base deal at the top end
- Board lot: 200 shares; brokerage 1.0%, SFC levy 0.0027%

Cornerstone investors
Orchid Fund (兰草基金) takes the largest ticket at US$45.0m, followed by Redwood Capital (红木资本) at US$30.0m.

Fundamentals
Revenue rose to RMB820m in 2025 from RMB410m in 2024, while its net loss narrowed to RMB650m from RMB900m. About 70% of net proceeds are earmarked for R&D.

Valuation
At the top end, the deal implies 38x 2026E and 19x 2027E price-to-sales, a 2026E PS discount of about 25% to the peer average. The Hong Kong public offer may rise to up to 40% if demand exceeds 100x. We use 0.92 RMB/HK$.
"""


@pytest.fixture(scope="module", params=[("Qinghe", "青禾机器人", "2577.HK"),
                                        ("Lumen Chips", "流明芯片", "6099.HK")])
def note(request):
    firm, cn, code = request.param
    return firm, facts_of_text(NOTE.format(firm=firm, cn=cn, code=code), PUB)


@pytest.mark.parametrize("text, value, high, unit", [
    ("HK$21.60-25.30", 21.6, 25.3, "HKD"),
    ("96.4m", 9.64e7, None, "count"),
    ("90%", 0.9, None, "ratio"),
    ("10%", 0.1, None, "ratio"),
    ("HK$2.1bn-2.4bn", 2.1e9, 2.4e9, "HKD"),
    ("15%", 0.15, None, "ratio"),
    ("US$140.0m", 1.4e8, None, "USD"),
    ("about 45%", 0.45, None, "ratio"),
    ("70%", 0.7, None, "ratio"),
    ("40%", 0.4, None, "ratio"),
])
def test_deal_terms_are_the_title_firms_in_the_note_month(note, text, value, high, unit):
    firm, df = note
    r = row_of(df, text)
    assert (r["theme"], r["entity"], r["unit"], r["period"]) == ("valuation", firm, unit, "2026-03")
    assert r["value"] == pytest.approx(value)
    assert (high is None and r["value_high"] != r["value_high"]) or r["value_high"] == pytest.approx(high)


def test_cornerstone_tickets_belong_to_their_investors(note):
    _, df = note
    assert row_of(df, "US$45.0m")["entity"] == "Orchid Fund"
    assert row_of(df, "US$30.0m")["entity"] == "Redwood Capital"
    assert row_of(df, "US$45.0m")["metric"] == "cornerstone_investment"


def test_net_loss_is_a_negative_profit_and_revenue_keeps_its_years(note):
    firm, df = note
    assert row_of(df, "RMB650m")["value"] == -6.5e8
    assert row_of(df, "RMB900m")["metric"] == "net_profit"
    assert (row_of(df, "RMB820m")["period"], row_of(df, "RMB410m")["period"]) == ("2025", "2024")
    assert row_of(df, "RMB820m")["entity"] == firm


def test_each_multiple_takes_the_year_after_it(note):
    _, df = note
    assert (row_of(df, "38x")["metric"], row_of(df, "38x")["period"]) == ("ps_ratio", "2026")
    assert row_of(df, "19x")["period"] == "2027"
    assert row_of(df, "about 25%")["value"] == -0.25


@pytest.mark.parametrize("text", ["100x", "200", "1.0%", "0.0027%", "0.92 RMB"])
def test_fees_lot_size_threshold_and_exchange_rate_are_not_facts(note, text):
    _, df = note
    assert (df["text"] == text).sum() == 0


def test_a_chinese_title_with_a_code_is_not_read_as_an_english_headline():
    df = facts_of_text("瀚星微电（688917.SH）：三季报点评\n公司前三季度营收12.5亿元。\n", dt.date(2025, 11, 1))
    assert row_of(df, "12.5亿元")["entity"] != "Qinghe"


def test_a_multiple_then_a_blank_then_a_word_is_not_dated_by_a_later_year():
    df = facts_of_text("Lumen Chips (流明芯片, 6099.HK) - IPO: books open\n"
                       "The deal implies 30x price-to-sales on 2026E numbers.\n", PUB)
    assert row_of(df, "30x")["period"] == "2026"


def test_a_chinese_prospectus_keeps_its_terms_undated():
    """Only an English deal note dates IPO terms by its month: a Chinese prospectus summary
    states the plan with no date, and its terms stay undated (fails if the rule is not
    limited to English clauses)."""
    text = ("澜曜微电子（科创板IPO）招股书摘要\n"
            "公司本次拟公开发行股票不超过1.2亿股，拟募集资金45亿元，其中22亿元用于新一代推理芯片研发。\n")
    facts = facts_of_text(text, PUB)
    assert row_of(facts, "不超过1.2亿")["period"] == ""
    assert row_of(facts, "45亿元")["period"] == ""
