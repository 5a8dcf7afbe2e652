"""Period granularity: a cumulative move carries its as-of day, a level the finest time its text
gives (SCHEMA "Periods"). Month-to-date words (本月至今, 月初至今) and 年内…累计上涨 are moves
summed so far, as of the publication day; 本月 alone stays the month, 年内 alone the year.

Every example is invented (星澜科技, 云栈智能, 北辰智算 exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from text_facts import facts_of, period_of, period_values

DAY = dt.date(2031, 9, 18)


# --- month to date: as of the publication day, as year to date is ---------------------------------
@pytest.mark.parametrize("text,number", [
    ("星澜科技指数本月至今下跌约7%。", "7%"),
    ("星瀾科技指數本月至今下跌約7%。", "7%"),
    ("南向资金本月至今累计净买入约900亿港元。", "900亿港元"),
    ("南向資金本月迄今累計淨買入約900億港元。", "900億港元"),
    ("云栈智能股价月初至今上涨约12%。", "12%"),
    ("雲棧智能股價月初以來上漲約12%。", "12%"),
])
def test_month_to_date_move_is_as_of_the_publication_day(text, number):
    assert period_of(facts_of(text, published=DAY), number) == "2031-09-18"


def test_this_month_alone_stays_the_month():
    f = facts_of("北辰智算本月出货量约1.2万台。", published=DAY)
    assert period_of(f, "1.2万") == "2031-09"


# --- 年内…累计上涨: year to date; 年内 alone is the year ------------------------------------------
@pytest.mark.parametrize("text", [
    "年内覆铜板均价累计上涨约两成",
    "年內覆銅板均價累計上漲約兩成",
    "年内星澜科技股价累计下跌约15%",
])
def test_within_the_year_summed_move_is_year_to_date(text):
    assert period_values(text, DAY)[0] == "2031-09-18"


@pytest.mark.parametrize("text,want", [
    ("公司年内有望交付10万台", "2031"),
    ("年内，预计累计出货10万台", "2031"),  # the move word in another clause
    ("2029年营收增长；年内股价累计上涨三成", "2029"),  # 年内 of a year the sentence states
])
def test_within_the_year_without_a_summed_move_stays_a_year(text, want):
    assert period_values(text, DAY)[-1] == want


# --- the battery: the finest time the text gives ---------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("截至8月末，星澜科技累计交付已突破50万辆", "2031-08"),
    ("截至8月底，星澜助手月活跃用户超过8000万", "2031-08"),
    ("截至8月31日，星澜科技车队规模达1200辆", "2031-08-31"),
    ("截至8月31日，星瀾科技車隊規模達1200輛", "2031-08-31"),
    ("云栈智能于7月15日完成5亿元融资", "2031-07-15"),
    ("雲棧智能於7月15日完成5億元融資", "2031-07-15"),
    ("星澜助手8月份月活跃用户超过8000万", "2031-08"),
    ("去年9月，八卡服务器月租金约12万元", "2030-09"),
    ("去年9月，八卡伺服器月租金約12萬元", "2030-09"),
    ("今年以来云栈智能股价累计上涨约三成", "2031-09-18"),
])
def test_period_battery(text, want):
    assert period_values(text, DAY)[0] == want
