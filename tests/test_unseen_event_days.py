"""A day counted from an event with its date written in brackets (``财报次日（1月29日）``) is
that date; a quarter's end glossed in brackets (``（截至2031年12月31日）``) is no event that
``次日`` counts from.

Every example is invented (星澜科技 exists in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of, period_values

DAY = dt.date(2032, 2, 10)


def test_the_day_in_brackets_is_the_day_meant():
    assert period_values("FY32Q2（截至2031年12月31日）资本开支375亿美元，财报次日（1月29日）股价下跌", DAY) \
        == ["FY2032Q2", "2032-01-29"]
    assert period_values("财报次日（2032年1月29日）股价下跌", DAY) == ["2032-01-29"]
    assert period_values("发布会当天（1月30日）股价上涨", DAY) == ["2032-01-30"]


def test_near_misses_still_count_from_the_day_named_before():
    assert period_values("星澜科技11月19日发布业绩，次日股价下跌3%", DAY) == ["2031-11-19", "2031-11-20"]
    # no date in the brackets: 次日 is still counted from the day named before it
    assert period_values("11月19日发布业绩，次日（美东时间）股价下跌", DAY) == ["2031-11-19", "2031-11-20"]


def test_a_quarter_end_gloss_is_no_event():
    found = period_values("星澜科技FY32Q2（截至2031年12月31日）资本开支375亿美元，财报次日股价下跌10.0%", DAY)
    assert "2032-01-01" not in found  # not the day after the quarter ended


def test_a_share_price_fall_in_a_capex_tracker_takes_the_stated_day():
    f = facts_of("海外云厂商资本开支跟踪\n\n星澜科技FY32Q2（截至2031年12月31日）资本开支375亿美元，同比增长66%。"
                 "财报次日（1月29日）星澜科技股价下跌10.0%。\n", published=DAY)
    assert period_of(f, "375亿美元") == "FY2032Q2"
    assert period_of(f, "10.0%") == "2032-01-29"
    f = facts_of("星澜科技FY32Q2（截至2031年12月31日）资本开支375亿美元；"
                 "财报次日（1月29日）星澜科技股价下跌10.0%。\n", published=DAY)
    assert period_of(f, "10.0%") == "2032-01-29"
