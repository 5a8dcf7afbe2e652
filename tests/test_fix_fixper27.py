"""fixper27: fiscal-calendar resolution and a quarterly table's relative columns. Invented text.

1. ``上年同期 | 上季度 | 本季度`` over a table's columns are each placed against the table's
   current quarter (the last quarter ended by the publication day, or the one quarter its
   caption states), not against the column before: 2030Q3, 2031Q2, 2031Q3 in November 2031;
2. a line right above the table opening on 下表 that gives a fiscal label for a company's row
   makes that row fiscal, as a note line under the table does;
3. a bare 第一财季 of a company whose fiscal year ends in January, in a note of late November,
   is the quarter reported in May, not the one starting next February.
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of, period_values

PUB = dt.date(2031, 11, 6)

TABLE = ("表3　两家云厂商季度资本开支（单位：亿美元）\n"
         "公司　　　　上年同期　　上季度　　本季度\n"
         "亚马逊　　　211.0　　　289.0　　　333.0\n"
         "微软　　　　187.0　　　256.0　　　361.0\n"
         "资料来源：公司财报\n")


def test_relative_columns_of_a_quarterly_table():
    assert period_values("公司　　上年同期　　上一季度　　本季度　　同比", PUB) == ["2030Q3", "2031Q2", "2031Q3"]
    # a caption stating one quarter sets the current column
    assert period_values("表3 2031年二季度\n公司 | 上年同期 | 上季度 | 本季度", PUB)[1:] == ["2030Q2", "2031Q1", "2031Q2"]
    # in running text 本季度 still goes on from the quarter stated before it
    assert period_values("上一季度收入增长，本季度继续", PUB) == ["2031Q3", "2031Q3"]
    frame = facts_of("亚马逊与微软三季度资本开支继续增长。\n\n" + TABLE, PUB)
    assert period_of(frame, "211.0") == "2030Q3"
    assert period_of(frame, "289.0") == "2031Q2"
    assert period_of(frame, "333.0") == "2031Q3"


def test_line_above_a_table_makes_a_row_fiscal():
    lead = "下表中微软一行的“上年同期”为FY31Q1，“上季度”为FY31Q4。\n\n"
    frame = facts_of("亚马逊与微软三季度资本开支继续增长。\n\n" + lead + TABLE, PUB)
    assert period_of(frame, "187.0") == "FY2031Q1"
    assert period_of(frame, "256.0") == "FY2031Q4"
    assert period_of(frame, "361.0") == "FY2032Q1"
    assert period_of(frame, "211.0") == "2030Q3"


def test_bare_first_fiscal_quarter_is_the_one_reported():
    text = "英伟达第三财季营收612亿美元。第一财季受一次性费用拖累，毛利率降至61.5%。\n"
    frame = facts_of(text, dt.date(2031, 11, 24))
    assert period_of(frame, "612亿美元") == "FY2032Q3"
    assert period_of(frame, "61.5%") == "FY2032Q1"
