"""Period classes seen on unseen reports (fixper26b). Every text is invented.

A market move or net trading flow summed so far this year (年内累计上涨, 年内累计净买入) or since
the month began (``本月以来``) is to date, like 年初至今 and 本月至今: as of the data's last day (a
weekly report's week end), in prose and as a table column header alike. Before, 年内累计净买入
was the whole year (``2031``), 年内…累计上涨 the publication day, and 本月以来 the month
(``2031-11``). A business total so far (年内累计融资) stays the year.
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

_WEEK = "汇川证券 2031年12月1日\n资金流向周报\n\n【本周要点】（统计区间：11月24日—11月28日）\n"


def test_a_year_to_date_sum_in_prose_is_as_of_the_weeks_last_day():
    frame = facts_of(_WEEK + "南向资金本周净买入港股317.4亿港元；年内累计净买入已达13,820亿港元。\n",
                     dt.date(2031, 12, 1))
    assert period_of(frame, "13,820") == "2031-11-28"
    assert period_of(frame, "317.4") == "2031-11-24/2031-11-28"  # the week's own flow keeps the week


def test_a_year_to_date_column_of_a_table_is_as_of_the_weeks_last_day():
    text = (_WEEK + "表2　本周南向资金净买入前五（单位：亿港元）\n公司              本周净买入      年内累计净买入\n"
            "青禾科技          +86.52         1,247.3\n澜锋电子          +41.08         612.8\n")
    frame = facts_of(text, dt.date(2031, 12, 1))
    assert period_of(frame, "1,247.3") == "2031-11-28"
    assert period_of(frame, "612.8") == "2031-11-28"
    assert period_of(frame, "86.52") == "2031-11-24/2031-11-28"


def test_a_month_to_date_column_is_as_of_the_same_day_as_the_year_to_date_one():
    text = ("汇川证券 2031年11月29日\n计算机行业周报（20311124-20311128）\n\n表1：细分板块涨跌幅（单位：%）\n"
            "子板块　　　　　　本周涨跌幅　　　本月以来　　　年初至今\n"
            "IT服务　　　　　　　3.84　　　　　　-2.10　　　　　31.25\n")
    frame = facts_of(text, dt.date(2031, 11, 29))
    assert period_of(frame, "-2.10") == period_of(frame, "31.25")


def test_a_year_to_date_move_after_this_week_is_not_the_week():
    text = "汇川证券 2031年11月10日\n转债周报\n\n本周中证转债指数上涨0.62%，收于478.35点，年内累计上涨15.8%。\n"
    frame = facts_of(text, dt.date(2031, 11, 10))
    assert period_of(frame, "15.8%") == "2031-11-07"
    assert period_of(frame, "0.62%") == "2031-11-03/2031-11-07"


def test_within_the_year_alone_or_before_a_business_total_stays_the_year():
    frame = facts_of("青禾科技年内计划新增算力3,000P。\n", dt.date(2031, 6, 30))
    assert period_of(frame, "3,000P") == "2031"
    frame = facts_of("• 青禾机器人年内累计融资约24亿元。\n", dt.date(2031, 12, 15))
    assert period_of(frame, "24亿元") == "2031"
