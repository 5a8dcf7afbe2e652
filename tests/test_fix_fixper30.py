"""A section opening on a fiscal quarter dates its later undated results with that quarter, not
with the calendar quarter the report's header names (SCHEMA: fiscal wins when both are given).

Every example is invented (青禾集团 exists in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

DAY = dt.date(2025, 11, 28)

ROUNDUP = """中概互联网三季报成绩单
━━ 青禾集团：A- ━━
• 2026财年第二季度（截至9月30日）收入2,477.95亿元，同比增长5%。
• 青禾云收入398.24亿元，同比增长34%。
• 季度资本开支约315亿元。
"""


def test_later_bullets_of_a_fiscal_section_keep_its_fiscal_quarter():
    f = facts_of(ROUNDUP, DAY)
    assert period_of(f, "2,477.95亿元") == "FY2026Q2"
    assert period_of(f, "398.24亿元") == "FY2026Q2"
    assert period_of(f, "315亿元") == "FY2026Q2"


def test_a_calendar_section_keeps_the_headers_quarter():
    text = ROUNDUP.replace("2026财年第二季度（截至9月30日）", "三季度")
    f = facts_of(text, DAY)
    assert period_of(f, "398.24亿元") == "2025Q3"


def test_an_undated_margin_column_is_of_the_dated_column_left_of_it():
    text = """表2 部分算力租赁业务（单位：亿元）
公司　　　　　2024年算力租赁收入　　同比　　　　毛利率
青禾数据　　　4.21　　　　　　　　　+690%　　41.2%
远山通信　　　2.86　　　　　　　　　+312%　　35.6%
"""
    f = facts_of(text, dt.date(2025, 8, 28))
    assert period_of(f, "41.2%") == "2024"
    assert period_of(f, "35.6%") == "2024"


def test_an_undated_cagr_column_takes_no_single_columns_year():
    text = """表2：市场规模预测（单位：亿元）
地区　　　　2025E　　　　2030E　　　　CAGR
中国　　　　82.4　　　　　1,080.0　　　67.3%
"""
    f = facts_of(text, dt.date(2025, 11, 28))
    assert period_of(f, "67.3%") != "2030"
