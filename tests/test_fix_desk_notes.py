"""Traders' and sales desks' mixed English-Chinese shorthand notes: results lines under a ticker
heading, tolerances, magnitudes and qualifiers, market lines (invented notes; near-misses must
not change)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import entity_of, facts_of_text, row_of

DAY = dt.date(2025, 11, 20)

RESULTS = ("[07:58:40] Amy: AVGO FQ4：\n"
           "- rev $18.1bn vs cons $17.5bn，beat ~3.4%，+28% yoy / +6% qoq\n"
           "- GM 78.2%（non-GAAP），+40bp qoq，好过 street 77.9%\n"
           "- FQ1 指引 rev $19.5bn ±3%，GM guide 77% ±50bp\n")


def test_results_lines_under_a_ticker_heading():
    df = facts_of_text(RESULTS, DAY)
    r = row_of(df, "$18.1bn")
    assert (r.entity, r.theme, r.metric, r.value, r.unit) == ("Broadcom", "earnings", "revenue", 1.81e10, "USD")
    assert r.period == "FY2025Q4"  # Broadcom's fiscal year ends near 1 November
    assert row_of(df, "$17.5bn").metric == "revenue_consensus"
    r = row_of(df, "~3.4%")
    assert (r.metric, r.value) == ("revenue_beat", pytest.approx(0.034))
    assert (row_of(df, "+28%").metric, row_of(df, "+28%").value) == ("revenue_growth", pytest.approx(0.28))
    assert row_of(df, "+6%").metric == "revenue_growth_qoq"
    r = row_of(df, "78.2%")
    assert (r.metric, r.value, r.unit) == ("gross_margin", pytest.approx(0.782), "ratio")
    r = row_of(df, "+40bp")
    assert (r.metric, r.value, r.unit) == ("gross_margin_change_qoq", pytest.approx(0.004), "pp")
    assert row_of(df, "77.9%").metric == "gross_margin_consensus"


def test_guidance_lines_and_their_tolerances():
    df = facts_of_text(RESULTS, DAY)
    r = row_of(df, "$19.5bn")
    assert (r.entity, r.metric, r.value, r.period) == ("Broadcom", "revenue_guidance", 1.95e10, "FY2026Q1")
    r = row_of(df, "77%")
    assert (r.metric, r.value) == ("gross_margin_guidance", pytest.approx(0.77))
    # ±3%, ±50bp: tolerance bands are no facts
    assert not df["text"].str.contains("±|50bp").any()
    assert not (df["value"] == 0.03).any() and not (df["value"] == 0.005).any()
    # 07:58:40: a time is no fact
    assert not df["text"].str.contains(":").any()


def test_data_centre_segment_shorthand():
    df = facts_of_text("NVDA FQ3：\n- DC rev $51.2bn，+66% yoy\n", DAY)
    r = row_of(df, "$51.2bn")
    assert (r.entity, r.metric, r.period) == ("Nvidia", "datacenter_revenue", "FY2026Q3")


def test_ticker_aliases_and_micron_fiscal_quarter():
    df = facts_of_text("MU FQ1：rev $13.6bn，+57% yoy；GM 56.8%\n", DAY)
    r = row_of(df, "$13.6bn")
    assert (r.entity, r.period) == ("Micron", "FY2026Q1")
    assert row_of(df, "56.8%").metric == "gross_margin"


@pytest.mark.parametrize("text, entity", [
    ("- 寒武纪(688256 CH) 昨收 -2.7%，成交 61.4亿，换手 3.3%\n", "Cambricon"),
    ("- 688256 CH 昨收 -2.7%，成交 61.4亿，换手 3.3%\n", "Cambricon"),
])
def test_a_share_market_line(text, entity):
    df = facts_of_text(text, DAY)
    r = row_of(df, "-2.7%")
    assert (r.entity, r.theme, r.value, r.period) == (entity, "valuation", pytest.approx(-0.027), "2025-11-19")
    r = row_of(df, "61.4亿")
    assert (r.entity, r.metric, r.value, r.unit) == (entity, "turnover", 6.14e9, "CNY")
    r = row_of(df, "3.3%")
    assert (r.metric, r.value) == ("turnover_rate", pytest.approx(0.033))
    assert len(df) == 3  # the code 688256 CH is no number


@pytest.mark.parametrize("text, entity", [
    ("- SOX -1.4%，NDX +0.6%\n", "PHLX Semiconductor Index"),
    ("- HSTECH 期货 -1.4%\n", "Hang Seng Tech Index"),
    ("- TSM ADR -1.4%\n", "TSMC"),
    ("- 9988 HK -1.4%\n", "Alibaba"),
])
def test_signed_move_after_a_traded_name(text, entity):
    df = facts_of_text(text, DAY)
    r = row_of(df, "-1.4%")
    assert (r.entity, r.theme, r.metric, r.value) == (entity, "valuation", "return", pytest.approx(-0.014))


@pytest.mark.parametrize("text", [
    "- SOX 成分股中 1.4% 的公司\n",      # words between: not a move
    "- TSM ADR 1.4%\n",                  # no sign: left to the keywords
])
def test_near_misses_of_a_move_line(text):
    df = facts_of_text(text, DAY)
    assert not ((df["metric"] == "return") & (df["value"].abs() == 0.014)).any()


def test_bare_yi_after_a_money_keyword_is_yuan():
    df = facts_of_text("- 腾讯 capex 1,500亿 可能上调到 1,800亿\n", DAY)
    for text, value in (("1,500亿", 1.5e11), ("1,800亿", 1.8e11)):
        r = row_of(df, text)
        assert (r.entity, r.theme, r.value, r.unit) == ("Tencent", "capex", value, "CNY")


def test_bare_yi_after_a_count_word_stays_a_count():
    df = facts_of_text("三季度移动端AI应用用户总规模突破6亿。", DAY)
    assert (df[df["text"].str.contains("6亿")]["unit"] == "count").all()


def test_shorthand_magnitudes_and_qualifiers():
    df = facts_of_text("AMD FQ3：\n- MI 系列订单 >$12bn，出货 ~4.2k\n- GM +0.25pct qoq\n", DAY)
    r = row_of(df, ">$12bn")
    assert (r.value, r.qualifier) == (1.2e10, "over")
    r = row_of(df, "~4.2k")
    assert (r.value, r.qualifier) == (4200, "approx")
    r = row_of(df, "+0.25pct")
    assert (r.metric, r.value, r.unit) == ("gross_margin_change_qoq", pytest.approx(0.0025), "pp")


def test_card_name_and_q_and_a_are_no_facts():
    df = facts_of_text("- Q&A 里提到 4090 和 H20 库存偏紧\n", DAY)
    assert df.empty


def test_review_is_no_revenue_keyword():
    # rev only at letter edges: review/revised do not name revenue
    df = facts_of_text("- revised view: 48% 的客户\n", DAY)
    assert not df["metric"].astype(str).str.startswith("revenue").any()


def test_guidance_under_a_reported_quarter_is_for_the_next():
    df = facts_of_text("NVDA FQ3：\n- rev $57.0bn\n- guide rev $65bn ±2%，GM guide 75%\n", DAY)
    assert row_of(df, "$57.0bn").period == "FY2026Q3"
    r = row_of(df, "$65bn")
    assert (r.metric, r.period) == ("revenue_guidance", "FY2026Q4")
    assert row_of(df, "75%").period == "FY2026Q4"


def test_guidance_under_a_guided_quarter_keeps_it():
    # the heading names the quarter guided (指引), not the one reported
    df = facts_of_text("NVDA FQ4 指引：\n- rev $65bn ±2%\n", DAY)
    assert row_of(df, "$65bn").period == "FY2026Q4"


def test_monthly_revenue_line_with_mom_after_the_number():
    df = facts_of_text("TSM 10月营收：\n- rev NT$3,410亿，+12.5% yoy，-8.2% mom\n", DAY)
    r = row_of(df, "NT$3,410亿")
    assert (r.entity, r.unit, r.period) == ("TSMC", "TWD", "2025-10")
    assert row_of(df, "+12.5%").metric == "revenue_growth"
    assert row_of(df, "-8.2%").metric == "revenue_growth_mom"


def test_beat_named_right_before_and_english_consensus_of_eps():
    df = facts_of_text("- MU：rev beat by 5%，EPS $1.12 vs street $0.98\n", DAY)
    assert row_of(df, "5%").metric == "revenue_beat"
    assert row_of(df, "$1.12").metric == "eps"
    assert row_of(df, "$0.98").metric == "eps_consensus"


def test_ebita_shorthand_is_an_earnings_amount_in_yuan():
    df = facts_of_text("BABA FQ2：\n- EBITA 88亿，-71% yoy\n", DAY)
    r = row_of(df, "88亿")
    assert (r.entity, r.theme, r.metric, r.unit, r.period) == ("Alibaba", "earnings", "ebita", "CNY", "FY2026Q2")
    assert row_of(df, "-71%").metric == "ebita_growth"


def test_a_quote_line_takes_no_quarter_from_a_results_heading():
    df = facts_of_text("MU FQ1：rev $13.6bn\n- 港股：腾讯 +1.7%，小米 -0.9%\n", DAY)
    assert row_of(df, "$13.6bn").period == "FY2026Q1"
    for text in ("+1.7%", "-0.9%"):
        assert not row_of(df, text).period.startswith("FY")


def test_bare_yi_of_a_us_firm_is_left_unread():
    # 英伟达市值 5万亿 is as likely dollars: no yuan is guessed for a firm outside China and Taiwan
    df = facts_of_text("- 英伟达 市值 突破 4.8万亿\n", DAY)
    assert not (df["unit"] == "CNY").any()
