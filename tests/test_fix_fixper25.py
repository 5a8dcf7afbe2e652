"""Week words in a document that is no weekly report: 上周 and 本周 name a calendar week, so a
figure they date covers that week's trading days (Monday to Friday), not the single day seven days
before the publication or the publication day itself.

Every example is invented (names and figures of no report), in Simplified and Traditional."""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

TUESDAY = dt.date(2031, 3, 18)
FRIDAY = dt.date(2031, 3, 21)
WEDNESDAY = dt.date(2031, 3, 19)
MONDAY = dt.date(2031, 3, 17)


def test_last_week_in_a_column_is_the_whole_of_last_week():
    text = "市场观察\n\n星河科技上周累计下跌6.4%，成交额约38亿元，跑输大盘。"
    f = facts_of(text, TUESDAY)
    assert period_of(f, "6.4%") == "2031-03-10/2031-03-14"
    assert period_of(f, "38亿") == "2031-03-10/2031-03-14"


def test_last_week_in_traditional():
    text = "市場觀察\n\n月嵐科技上週股價累跌7.2%，沽空金額約21億港元。"
    f = facts_of(text, TUESDAY)
    assert period_of(f, "7.2%") == "2031-03-10/2031-03-14"


def test_this_week_runs_from_monday_to_publication():
    text = "市场观察\n\n本周星河科技股价上涨5.3%，换手率约4.1%。"
    assert period_of(facts_of(text, FRIDAY), "5.3%") == "2031-03-17/2031-03-21"
    assert period_of(facts_of(text, WEDNESDAY), "5.3%") == "2031-03-17/2031-03-19"


def test_this_week_on_a_monday_stays_that_day():
    text = "市场观察\n\n本周星河科技股价上涨5.3%，换手率约4.1%。"
    assert period_of(facts_of(text, MONDAY), "5.3%") == "2031-03-17"


def test_named_weekday_of_last_week_stays_a_day():
    text = "市场观察\n\n星河科技上周五收涨3.9%。"
    assert period_of(facts_of(text, TUESDAY), "3.9%") == "2031-03-14"


def test_first_trading_days_of_the_week_end_on_the_nth_day():
    text = "市场观察\n\n外资本周前三个交易日累计买超约96亿元，月岚科技获加码。"
    assert period_of(facts_of(text, FRIDAY), "96亿") == "2031-03-17/2031-03-19"
    text = "市場觀察\n\n本週首兩個交易日南向資金淨買入星河科技約12億港元。"
    assert period_of(facts_of(text, FRIDAY), "12億") == "2031-03-17/2031-03-18"
