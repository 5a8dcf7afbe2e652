"""A weekly report's figures are about the week it covers: the week its header states
(``【AI周报】第9期（2031.03.03-2031.03.07）``) or its first 本周 does (``本周（3月3日-3月7日）``),
else, in a report whose header calls it weekly (``周报``), the trading week of its publication
date (a Monday report's 本周 is the week before). 本周, a week's figure written with 周
(``周涨12.5%``, ``周成交额``, a ``周涨跌幅`` column) and a market move nothing dates take that
span; numbers with their own dates and figures that are not weekly keep theirs.

Every example is invented (星澜科技, 云栈智能 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

MONDAY = dt.date(2031, 3, 10)
WEEK = "2031-03-03/2031-03-07"


TITLED = ("【AI周报】2031年第10期（2031.03.03-2031.03.07）\n\n"
          "一、市场回顾\n"
          "本周中证人工智能指数上涨3.2%，创业板指周涨1.5%。\n"
          "星澜科技周涨12.5%，云栈智能周跌4.0%。\n"
          "人工智能ETF周净流入12.3亿元，AI板块周成交额约为5000亿元。\n\n"
          "表1：AI指数表现\n指数\t周涨跌幅(%)\t年初至今(%)\n中证人工智能\t2.8\t10.5\n科创50\t-1.2\t4.3\n\n"
          "二、产业动态\n"
          "3月以来，星澜科技累计上涨21%。云栈智能2030年营收同比增长60%，2030年第四季度营收35亿元。\n")


def test_the_week_the_header_states():
    f = facts_of(TITLED, published=MONDAY)
    for text in ("3.2%", "1.5%", "12.5%", "跌4.0%", "12.3亿元", "5000亿元", "2.8", "-1.2"):
        assert period_of(f, text) == WEEK, text


def test_near_misses_in_a_weekly_report_keep_their_own_periods():
    f = facts_of(TITLED, published=MONDAY)
    # 年初至今 of a Monday report: as of its week's last day, whether or not it says 本周 (the
    # gold of three weeklies out on a Monday, of ETF flows, financing and an index, agree)
    assert period_of(f, "10.5") == "2031-03-07"
    assert period_of(f, "21%") != WEEK  # 3月以来: its own stretch
    assert period_of(f, "60%") == "2030"  # a year's growth
    assert period_of(f, "35亿元") == "2030Q4"  # a quarter's revenue


def test_the_week_stated_after_the_first_this_week():
    f = facts_of("AI产业观察\n\n本周（3月3日-3月7日），中证人工智能指数下跌2.4%。"
                 "本周中证人工智能指数成交额3200亿元。\n", published=MONDAY)
    assert period_of(f, "2.4%") == WEEK
    assert period_of(f, "3200亿元") == WEEK


def test_a_weekly_header_with_no_dates_takes_the_trading_week_before_a_monday():
    f = facts_of("计算机行业周报：AI应用持续活跃\n\n本周计算机指数上涨2.1%。星澜科技周涨8.8%。\n", published=MONDAY)
    assert period_of(f, "2.1%") == WEEK
    assert period_of(f, "8.8%") == WEEK
    saturday = dt.date(2031, 3, 8)
    f = facts_of("计算机行业周报：AI应用持续活跃\n\n本周计算机指数上涨2.1%。\n", published=saturday)
    assert period_of(f, "2.1%") == WEEK  # a weekend report covers the week just ended


def test_not_a_weekly_report_keeps_the_publication_day():
    f = facts_of("AI应用点评：星澜科技发布新模型\n\n本周计算机指数上涨2.1%，星澜科技周涨8.8%。\n", published=MONDAY)
    assert period_of(f, "2.1%") == "2031-03-10"


def test_week_words_that_are_not_this_week():
    # (a report whose prose never says 本周 means its own week by 上周 on the Monday after it:
    # test_fix_fixper20; here the prose calls its week 本周)
    f = facts_of("【AI周报】2031年第10期（2031.03.03-2031.03.07）\n\n"
                 "本周AI板块震荡。星澜科技上周涨5.5%。云栈智能连续两周上涨7.7%。\n", published=MONDAY)
    assert period_of(f, "5.5%") != WEEK
    assert period_of(f, "7.7%") != WEEK


def test_a_week_in_brackets_in_the_header():
    f = facts_of("AI行业周报（3.3-3.7）\n\n星澜科技周涨12.5%，AI板块周成交额5000亿元。\n", published=MONDAY)
    assert period_of(f, "12.5%") == WEEK
    assert period_of(f, "5000亿元") == WEEK
    # a week of late December in a report of early January is last year's
    f = facts_of("AI行业周报（12.29-1.2）\n\n星澜科技周涨12.5%。\n", published=dt.date(2031, 1, 5))
    assert period_of(f, "12.5%") == "2030-12-29/2031-01-02"


def test_a_closing_price_in_a_weekly_report_is_of_the_last_day():
    f = facts_of("【AI周报】2031年第10期（2031.03.03-2031.03.07）\n\n星澜科技股价收于120.5元。\n", published=MONDAY)
    rows = f[f["text"].str.contains("120.5", regex=False)]
    assert set(rows["period"]) <= {"2031-03-07"}, rows[["text", "metric", "period"]].to_string()
