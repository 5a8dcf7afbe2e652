"""Table columns whose header gives a unit but whose metric word no keyword read (fixhead25):
``论文数（万篇）``, ``专利授权（件）``, ``总未平仓（万张）``, ``认沽/认购未平仓比``,
``存货周转天数（天）`` are lexicon rows now, and a header's bracketed ``（年）`` is a column of
durations in years, as ``（月）`` is of months, so a duration keyword of the header
(``回收期（年）``) gives its cells a fact.

Every example is invented: the places, firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aigc_analysis.extract.quantities import parse_unit_label
from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 3, 18)


@pytest.mark.parametrize("label, expected", [
    ("（年）", (Decimal(1), "years")),
    ("(年)", (Decimal(1), "years")),
    ("单位：年", (Decimal(1), "years")),
    ("年", None),  # a bare 年 heads year numbers, no unit
    ("（亿元/年）", (Decimal(10) ** 8, "CNY")),  # an amount per year stays money
])
def test_bracketed_year_is_a_duration_label(label, expected):
    # was: （年） no label, so cells under 回收期（年） stayed bare numbers and gave no fact
    assert parse_unit_label(label) == expected


def test_statistics_table_counts_papers_and_patents():
    text = ("青禾研究院\n2026年3月18日\n\n"
            "表2　部分地区科研产出（2025年）\n"
            "地区　　　　论文数（万篇）　　发明专利授权（件）　　专利授权（件）\n"
            "东岚　　　　7.42　　　　　　　3,318　　　　　　　　12,604\n"
            "西屿　　　　2.19　　　　　　　1,027　　　　　　　　5,876\n"
            "资料来源：青禾研究院\n")
    df = facts_of_text(text, DAY)
    row = row_of(df, "7.42")  # was: no fact, 论文 was no keyword
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("market", "papers_published", 74200.0, "count")
    row = row_of(df, "12,604")  # was: no fact, 专利授权 without 量 was no keyword
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("market", "patent_grants", 12604.0, "count")


def test_options_table_reads_open_interest_and_put_call_ratio():
    text = ("澄岭期货研究院\n2026年3月18日\n\n"
            "表1　期权快照（数据截至2026年3月16日收盘）\n"
            "标的　　　认沽/认购未平仓比　　总未平仓（万张）\n"
            "甲指数　　0.66　　　　　　　　1,508\n"
            "乙指数　　1.12　　　　　　　　377\n"
            "资料来源：澄岭期货研究院\n")
    df = facts_of_text(text, DAY)
    row = row_of(df, "1,508")  # was: no fact
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("valuation", "open_interest", 15080000.0, "count")
    row = row_of(df, "1.12")  # a ratio as written, not a count of contracts
    assert (row["metric"], row["value"], row["unit"]) == ("put_call_open_interest_ratio", 1.12, "ratio")


def test_turnover_days_and_payback_years_columns():
    text = ("启岚证券研究院\n2026年3月18日\n\n"
            "表3　分销商经营指标（2025年第四季度）\n"
            "公司　　　　存货周转天数（天）　　投资回收期（年）\n"
            "甲分销　　　41　　　　　　　　　　6.5\n"
            "乙分销　　　57　　　　　　　　　　4.0\n"
            "资料来源：启岚证券研究院\n")
    df = facts_of_text(text, DAY)
    row = row_of(df, "57")  # was: no fact
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("earnings", "inventory_days", 57.0, "count")
    row = row_of(df, "6.5")  # was: no fact, （年） was no unit
    assert (row["value"], row["unit"]) == (6.5, "years")
