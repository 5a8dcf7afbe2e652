"""Period forms that name a stretch other than a calendar year or a day.

A fiscal year written as the two calendar years it straddles (``2025/26年度``, ``2025-26财年``,
``二〇二四至二五年度``) is the fiscal year it ends in (``FY2026``), whatever the mark between the
years and in either numeral script; 年度 after one year alone stays the calendar year.

Every example is invented (青禾, 澄湾 and 岚山 exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.periods import find_periods, find_periods_roc
from tests.text_facts import facts_of

DAY = dt.date(2025, 11, 3)


def _values(text: str) -> list[tuple[str, str]]:
    return [(p.value, p.text) for p in find_periods(text, DAY)]


@pytest.mark.parametrize("text,expected", [
    ("澄湾署2026/27年度开支预算为12.4亿元", [("FY2027", "2026/27年度")]),
    ("澄湾署2026-27年度开支预算为12.4亿元", [("FY2027", "2026-27年度")]),
    ("澄湾署2026–27年度開支預算為12.4億元", [("FY2027", "2026–27年度")]),
    ("岚山邦2026-27财年预算拨款800千万卢比", [("FY2027", "2026-27财年")]),
    ("2026至27財政年度撥款3億元", [("FY2027", "2026至27財政年度")]),
    ("2026/27财年第二季度收入", [("FY2027Q2", "2026/27财年第二季度")]),
])
def test_a_straddling_pair_is_the_fiscal_year_it_ends_in(text, expected):
    assert _values(text) == expected


def test_a_spelt_straddling_pair_is_the_fiscal_year_it_ends_in():
    assert _values("青禾館二〇二六至二七年度年報") == [("FY2027", "二〇二六至二七年度")]
    assert _values("二零二六至二七財政年度，本館錄得入場人次88萬") == [("FY2027", "二零二六至二七財政年度")]


def test_the_taiwan_reader_reads_the_pair_alike():
    assert [p.value for p in find_periods_roc("2026/27年度預算", DAY)] == ["FY2027"]


def test_one_year_or_a_span_of_years_is_no_fiscal_year():
    assert _values("青禾2026年度报告") == [("2026", "2026年度")]
    assert _values("规划2026-28年度投入") == [("2026/2028", "2026-28年度")]
    assert _values("规划2026-28财年投入") == [("FY2026/FY2028", "2026-28财年")]
    assert _values("2026/28财年") == []
    assert _values("一至二成") == []


def test_a_figure_after_the_pair_carries_the_fiscal_year():
    rows = facts_of("澄湾创新署2026-27年度开支预算为12.4亿港元，较上年度增加5.1%。", DAY)
    hit = rows[rows["text"].str.contains("12.4")]
    assert list(hit["period"]) == ["FY2027"]


# A notice or a report whose header names a past year as a whole (2030年度) reports on that
# year: a figure nothing else dates is of it. A listed issuer's announcement (证券代码 masthead)
# names one item of it so (…暨2030年度利润分配方案), which dates no other figure.

def test_a_whole_past_year_in_the_header_dates_undated_figures():
    text = ("青禾市人力资源局\n关于发布2030年度青禾市软件业薪酬信息的通知\n\n"
            "各有关单位：\n全市软件业从业人员年平均工资为18.2万元，其中算法工程师年平均工资为36.5万元。\n")
    rows = facts_of(text, dt.date(2031, 6, 20))
    assert set(rows.loc[rows["text"].str.contains("万元"), "period"]) == {"2030"}


def test_the_year_of_an_issuer_announcement_item_dates_no_other_figure():
    text = ("证券代码：600999　　证券简称：青禾科技　　公告编号：2031-012\n\n青禾科技股份有限公司\n"
            "关于回购股份方案暨2030年度利润分配方案的公告\n\n公司拟以自有资金回购股份，回购金额不低于1.5亿元。\n")
    rows = facts_of(text, dt.date(2031, 4, 20))
    assert "2030" not in set(rows.loc[rows["text"].str.contains("1.5亿"), "period"])


# 统计口径：2030年1月1日—6月30日 under a report's title: the window its figures are of, a window
# of whole months written in days read as those months.

def test_a_statistical_window_label_dates_the_figures_after_it_in_months():
    text = ("《2030青禾AI助手用户报告》\n青禾用户研究中心　｜　2030年8月2日\n统计口径：2030年1月1日—6月30日\n\n"
            "小青累计服务用户680万，完成对话1.2亿次。\n")
    rows = facts_of(text, dt.date(2030, 8, 2))
    assert set(rows.loc[rows["text"].str.contains("680万|1.2亿"), "period"]) == {"2030H1"}


@pytest.mark.parametrize("value,expected", [
    ("2030-09-01/2030-09-30", "2030-09"),
    ("2030-01-01/2030-06-30", "2030H1"),
    ("2030-01-01/2030-11-30", "2030-01/2030-11"),
    ("2030-11-01/2031-02-28", "2030-11/2031-02"),
    ("2030-09-08/2030-09-14", "2030-09-08/2030-09-14"),
    ("2030-09-01/2030-09-29", "2030-09-01/2030-09-29"),
    ("2030Q3", "2030Q3"),
])
def test_whole_months(value, expected):
    from aigc_analysis.extract.periods import whole_months
    assert whole_months(value) == expected


# 院區　112年　113年　114年上半年 over a Taiwan table: ROC-era years are its columns' periods
# (2023, 2024, 2025H1), not values of 112 years that make the line a row.

def test_roc_year_columns_date_the_cells_under_them():
    text = ("青禾醫院　114年度上半年智慧醫療報告\n\n發布日期：中華民國114年9月15日\n\n"
            "表一　各院區AI判讀件數（單位：萬件）\n院區　　　112年　　113年　　114年上半年\n"
            "甲院　　　12.4　　　31.5　　　18.6\n乙院　　　 3.1　　　10.8　　　 6.9\n")
    rows = facts_of(text, dt.date(2025, 9, 15))
    got = dict(zip(rows["text"], rows["period"]))
    assert (got["12.4"], got["31.5"], got["18.6"]) == ("2023", "2024", "2025H1")
