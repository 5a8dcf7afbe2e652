"""An issuer's own filings (半年度报告, 年度报告, 问询函的回复): whom their figures are about and
when (invented texts)."""
import datetime as dt

import pytest

from aigc_analysis.extract.periods import filing_stretch, stretch_end
from tests.helpers_text import facts_of_text, row_of

HALF_YEAR = """云衡数据科技股份有限公司 2025年半年度报告（摘要）

第三节 管理层讨论与分析
报告期内，公司实现营业收入35.62亿元，同比增长42.15%；归属于上市公司股东的净利润4.08亿元，同比增长21.60%。
研发人员数量1,086人（上年同期902人），占公司总人数的比例38.5%；硕士及以上学历占比55.1%。
"""

ANNUAL_TWO_LINES = """澜锋智能股份有限公司
2025年年度报告

本公司实现营业收入128.40亿元，较上年增长35.60%；实现归属于上市公司股东的净利润15.20亿元。
报告期末公司研发人员数量为2,350人，研发人员数量占公司总人数的比例为41.2%。
"""

INQUIRY = """关于对岳川算力科技股份有限公司2025年年报问询函的回复

上海证券交易所：
现就问询函相关问题回复如下。
2025年，公司实现营业收入78,596.10万元，同比增长83.20%；实现归属于上市公司股东的净利润5,210.33万元。
"""

BROKER = """华岳证券股份有限公司 研究所
云衡数据2025年半年报点评：AI服务器放量
公司上半年实现营业收入35.62亿元。研发人员数量1,086人。
"""


@pytest.mark.parametrize("text, stretch", [
    ("云衡数据科技股份有限公司 2025年半年度报告（摘要）\n", "2025H1"),
    ("澜锋智能股份有限公司\n2025年年度报告\n", "2025"),
    ("岳川算力科技股份有限公司\n2025年第三季度报告\n", "2025Q1/2025Q3"),
    ("华岳证券股份有限公司 研究所\n云衡数据2025年半年报点评\n", None),  # a note on a report
    ("关于对云衡数据科技股份有限公司2025年年报问询函的回复\n", None),  # a letter, not the report
    ("云衡数据2025年半年度报告\n", None),  # no legal name: a heading, not the filing's title
])
def test_filing_stretch(text, stretch):
    assert filing_stretch(text) == stretch


def test_stretch_end():
    assert [stretch_end(s) for s in ("2025H1", "2025", "2025Q1/2025Q3")] == ["2025-06-30", "2025-12-31", "2025-09-30"]


def test_half_year_report_figures_are_the_issuers_over_the_half():
    df = facts_of_text(HALF_YEAR, None)
    for text, metric in (("35.62亿元", "revenue"), ("4.08亿元", "net_profit"), ("21.60%", "net_profit_growth")):
        row = row_of(df, text)
        assert (row["entity"], row["metric"], row["period"]) == ("Yunheng", metric, "2025H1")


def test_half_year_report_staff_at_the_period_end():
    df = facts_of_text(HALF_YEAR, None)
    got = {t: tuple(row_of(df, t)[["metric", "value", "period"]]) for t in ("1,086", "902", "38.5%", "55.1%")}
    assert got == {"1,086": ("rd_headcount", 1086, "2025-06-30"), "902": ("rd_headcount", 902, "2024-06-30"),
                   "38.5%": ("rd_headcount_share", 0.385, "2025-06-30"),
                   "55.1%": ("postgraduate_staff_share", 0.551, "2025-06-30")}
    assert set(df["entity"]) == {"Yunheng"}


def test_annual_report_title_on_two_lines():
    df = facts_of_text(ANNUAL_TWO_LINES, None)
    assert tuple(row_of(df, "15.20亿元")[["entity", "period"]]) == ("Lanfeng", "2025")
    assert tuple(row_of(df, "2,350")[["metric", "period"]]) == ("rd_headcount", "2025-12-31")
    assert tuple(row_of(df, "41.2%")[["metric", "period"]]) == ("rd_headcount_share", "2025-12-31")


def test_inquiry_reply_names_the_issuer_without_its_wrapper():
    df = facts_of_text(INQUIRY, dt.date(2026, 4, 20))
    assert set(df["entity"]) == {"Yuechuan"}  # 关于对 is no part of the name, 算力 a generic word
    assert row_of(df, "5,210.33万元")["metric"] == "net_profit"  # 上市公司股东: no Listed companies


def test_broker_note_on_a_report_keeps_its_dating():
    # near-miss: a note about the report is no filing; nothing dates 1,086 but the publication
    df = facts_of_text(BROKER, dt.date(2025, 8, 28))
    assert row_of(df, "35.62亿元")["period"] == "2025H1"
    assert row_of(df, "1,086")["period"] != "2025-06-30"


def test_listed_companies_as_a_population_stay():
    # near-miss: 上市公司 not followed by 股东 is still the population of listed firms
    df = facts_of_text("截至6月末，已有31%的上市公司部署大模型应用。", dt.date(2025, 8, 1))
    assert row_of(df, "31%")["entity"] == "Listed companies"
