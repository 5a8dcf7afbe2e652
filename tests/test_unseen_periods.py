"""Period classes seen on a held-out set (round of 2026-12): a same-period word after a level,
an annualised run-rate nothing dates, fiscal quarters with their calendar months in brackets.

Every example is invented (星澜科技, 云栈智能, 北辰智算 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

DAY = dt.date(2031, 9, 18)


def _period(f, text):
    rows = f[f["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, f[["text", "entity", "metric", "period"]].to_string()
    return rows.iloc[0]["period"]


# --- 去年同期 after a level: the base of a comparison, not the level's time ----------------------
def test_same_period_last_year_after_a_level_does_not_date_it():
    f = facts_of("竞争对手同样在加速。星澜科技的日活跃用户数已突破8000万，云栈智能日均tokens调用量"
                 "超过30万亿，是去年同期的四倍多。", published=DAY)
    assert _period(f, "8000万") == "2031-09"
    assert _period(f, "30万亿") == "2031-09"


def test_same_period_after_a_stated_period_still_resolves_against_it():
    f = facts_of("2031年上半年，星澜科技营业收入为12亿元，较去年同期增长40%。", published=DAY)
    assert _period(f, "12亿元") == "2031H1"
    assert _period(f, "40%") == "2031H1"


# --- an annualised run-rate nothing dates is as of the news ------------------------------------
def test_undated_annualised_revenue_is_of_the_publication_month():
    f = facts_of("据知情人士透露，云栈智能面向企业的年化收入（ARR）达到3亿美元。", published=DAY)
    assert _period(f, "3亿美元") == "2031-09"


def test_dated_annualised_revenue_keeps_its_date():
    f = facts_of("云栈智能的年化收入在2031年6月达到3亿美元。", published=DAY)
    assert _period(f, "3亿美元") == "2031-06"


# --- a fiscal quarter with the calendar months it covers in brackets ----------------------------
def test_fiscal_quarter_with_calendar_months_in_brackets_dates_the_whole_sentence():
    f = facts_of("北辰智算：FY2032Q1（即2031年4-6月）资本开支达120亿美元，同比增长45%。", published=DAY)
    assert _period(f, "120亿美元") == "FY2032Q1"
    assert _period(f, "45%") == "FY2032Q1"


def test_fiscal_quarter_results_with_end_date_after_a_noun():
    f = facts_of("北辰智算9月17日盘后发布FY2032第二财季业绩（截至9月1日），收入350亿美元，同比增长60%。",
                 published=DAY)
    assert _period(f, "350亿美元") == "FY2032Q2"
    assert _period(f, "60%") == "FY2032Q2"
