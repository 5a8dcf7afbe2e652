"""Period classes of issue 13 seen on unseen reports: a time still to come, a fiscal period that
does not reach list prices, a level stated as current, growth against an earlier month.

Every example is invented (星图智能, 云栈科技, 北辰智算 ... exist in no report). Each class has a
positive test and a negative one.
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

DAY = dt.date(2026, 3, 12)  # a Thursday


# --- a time still to come, written after the number -------------------------------------------
def test_a_date_to_come_after_the_number_does_not_date_it():
    f = facts_of("英伟达股价上涨2.9%，市场等待英伟达下周三盘后公布的财报。", published=DAY)
    assert period_of(f, "2.9%") == ""


def test_a_date_to_come_does_not_override_the_digest_day():
    digest = ("财讯快讯 · 电报      2026年03月12日 星期四\n【今日AI快讯汇总】\n08:40\n"
              "【隔夜美股】英伟达涨2.9%，AMD跌0.8%，市场等待英伟达明日盘后公布的财报。\n")
    f = facts_of(digest, published=DAY)
    assert period_of(f, "2.9%") == "2026-03-11"
    assert period_of(f, "0.8%") == "2026-03-11"


def test_a_release_to_come_next_month_does_not_date_a_move():
    f = facts_of("英伟达股价上涨2.9%，新品将于下月发布。", published=DAY)
    assert period_of(f, "2.9%") == ""


def test_a_year_in_a_clause_that_looks_ahead_does_not_date_a_reported_figure():
    f = facts_of("北辰智算营收达到12亿元，公司计划2027年上市。", published=DAY)
    assert period_of(f, "12亿元") == ""


def test_a_later_year_that_is_the_horizon_of_a_forecast_still_dates_it():
    f = facts_of("北辰智算营收有望达120亿元，对应2027年。", published=DAY)
    assert period_of(f, "120亿元") == "2027"


def test_a_past_date_after_the_number_still_dates_it():
    f = facts_of("北辰智算营收达到12亿元，为3月9日公司公告披露。", published=DAY)
    assert period_of(f, "12亿元") == "2026-03-09"


# --- a results period does not reach list prices or a new aspect -------------------------------
PUB = dt.date(2026, 9, 10)


def test_a_list_price_takes_no_period_from_the_results_before_it():
    f = facts_of("云栈科技2026年第二季度ARR达US$1.9亿。公司API定价为每次调用US$0.2。", published=PUB)
    assert period_of(f, "US$1.9亿") == "2026Q2"
    assert period_of(f, "US$0.2") == ""


def test_a_fiscal_results_period_does_not_carry_past_a_pricing_topic():
    f = facts_of("Salesforce在FY27Q2（截至2026年7月）业绩中披露，Agentforce ARR达US$1.9bn。定价上，"
                 "公司最初推出按对话计费，每次对话US$2；随后推出按动作计费，每次US$0.10。", published=PUB)
    assert period_of(f, "US$1.9bn") == "FY2027Q2"  # Salesforce's year ends in January
    assert period_of(f, "US$2") == ""
    assert period_of(f, "US$0.10") == ""


def test_a_topic_shift_word_stops_the_carry_for_any_metric():
    f = facts_of("云栈科技2026年第二季度ARR达US$1.9亿。定价上，公司毛利率提升至60%。", published=PUB)
    assert period_of(f, "60%") == ""


def test_without_a_topic_shift_the_results_period_carries():
    f = facts_of("云栈科技2026年第二季度ARR达US$1.9亿。公司毛利率提升至60%。", published=PUB)
    assert period_of(f, "60%") == "2026Q2"


# --- growth against an earlier month ---------------------------------------------------------
LATE = dt.date(2026, 11, 20)


def test_growth_against_a_month_months_before_spans_the_stretch():
    f = facts_of("星图智能11月日均调用量已超过1.5万亿tokens，较8月增长约80%。", published=LATE)
    assert period_of(f, "1.5万亿") == "2026-11"
    assert period_of(f, "80%") == "2026-08/2026-11"


def test_growth_against_the_month_before_is_that_months_growth():
    f = facts_of("星图智能10月营收较9月增长11.8%。", published=LATE)
    assert period_of(f, "11.8%") == "2026-10"


# --- a level stated as reached now -------------------------------------------------------------
def test_a_level_stated_as_reached_is_of_the_publication_month_and_its_growth_spans_from_the_base():
    f = facts_of("星图智能称，其开放平台日均token调用量已超过50万亿，较年初增长超过3倍。", published=LATE)
    assert period_of(f, "50万亿") == "2026-11"
    assert period_of(f, "3倍") == "2026-01/2026-11"


def test_a_level_reached_in_traditional_script_reads_the_same():
    f = facts_of("據悉，星圖智能開放平台日均token調用量已突破50萬億，較年初增長超過3倍。", published=LATE)
    assert period_of(f, "50萬億") == "2026-11"
    assert period_of(f, "3倍") == "2026-01/2026-11"


def test_a_reached_level_with_a_stated_month_keeps_that_month():
    f = facts_of("星图智能称，其开放平台9月日均token调用量已超过50万亿，较年初增长超过3倍。", published=LATE)
    assert period_of(f, "50万亿") == "2026-09"
    assert period_of(f, "3倍") == "2026-01/2026-09"


def test_a_level_not_stated_as_reached_now_stays_undated():
    f = facts_of("星图智能开放平台日均token调用量超过50万亿。", published=LATE)
    assert period_of(f, "50万亿") == ""


def test_an_asof_month_end_capacity_keeps_the_month():
    # the dev gold dates 截至6月底…788 EFLOPS as the month; only balances (backlog) take the day
    f = facts_of("截至9月末，全国智能算力规模达1,050 EFLOPS。", published=LATE)
    assert period_of(f, "1,050 EFLOPS") == "2026-09"


def test_growth_against_the_same_month_a_year_before_is_that_months_growth():
    f = facts_of("星图智能10月营收12亿元，较9月增长11.8%，较去年同期增长39.2%。", published=LATE)
    assert period_of(f, "11.8%") == "2026-10"
    assert period_of(f, "39.2%") == "2026-10"
