"""Period fixes (fixper6): the two levels of a move from one level to another (由/从 A 升至 B).
Every firm and figure here is invented."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 10, 20)


def _periods(text: str, day: dt.date = DAY) -> dict[str, str]:
    f = facts_of_text(text, day)
    return dict(zip(f["text"], f["period"]))


# --- from -> to: the base's period dates the base only -------------------------------------------

def test_a_base_year_dates_the_start_level_only():
    p = _periods("星衡科技海外收入占比将由去年的约两成升至四成以上。")
    assert p["约两成"] == "2024" and p["四成以上"] == "2025"


def test_a_same_period_base_leaves_the_reached_level_to_the_period_a_year_on():
    p = _periods("三季度，星衡科技毛利率由去年同期的16%升至23%。")
    assert p["16%"] == "2024Q3" and p["23%"] == "2025Q3"


def test_a_past_year_base_leaves_the_reached_level_to_the_publication_year():
    p = _periods("云栖半导体份额由2023年的约30%提升到40%左右。")
    assert p["约30%"] == "2023" and p["40%左右"] == "2025"


def test_the_start_level_does_not_take_the_period_the_move_ends_in():
    p = _periods("云栖半导体份额从高峰期的约三成降到2025年的不足10%。")
    assert p["约三成"] == "" and p["不足10%"] == "2025"


def test_a_start_level_of_now_is_the_publication_month():
    p = _periods("星衡科技份额将由目前约20%升至2027年的三成。")
    assert p["约20%"] == "2025-10" and p["三成"] == "2027"


# --- near-misses ---------------------------------------------------------------------------------

def test_both_levels_with_their_own_periods_keep_them():
    p = _periods("星衡科技毛利率由2023年的18.0%升至今年上半年的22.5%。")
    assert p["18.0%"] == "2023" and p["22.5%"] == "2025H1"
    p = _periods("星衡科技份额由2023年的12%升至2025年的19%。")
    assert p["12%"] == "2023" and p["19%"] == "2025"


def test_two_years_each_with_its_own_figure_keep_them():
    p = _periods("2023年云栖机器人市场规模约18亿美元，2028年约90亿美元。")
    assert p["约18亿美元"] == "2023" and p["约90亿美元"] == "2028"


def test_yu_without_a_move_is_no_base():
    # 由 opening a source, no move word after the number: the year dates the number as before
    p = _periods("据统计，由2024年的数据看，星衡科技营收约12亿元。")
    assert p["约12亿元"] == "2024"


# --- h26 class 13: fiscal quarters --------------------------------------------------------------

def test_a_fiscal_year_with_its_quarter_number_before_q():
    text = ("星衡科技公布2026财年第三财季（截至2025年12月）业绩。\n\n| 项目 | FY2026 3Q | 同比 |\n|---|---|---|\n"
            "| 营收 | 12.5亿美元 | 18% |\n| 净利润 | 2.1亿美元 | 25% |\n")
    p = _periods(text, dt.date(2026, 1, 20))
    assert p["12.5亿美元"] == p["2.1亿美元"] == p["25%"] == "FY2026Q3"
    assert _periods("星衡科技FY26 2Q营收约9亿美元。")["约9亿美元"] == "FY2026Q2"


def test_quarters_right_after_a_fiscal_year_are_fiscal():
    p = _periods("星衡科技FY2025（截至2026年3月）前三季度累计营收约30亿美元。", dt.date(2026, 1, 20))
    assert p["约30亿美元"] == "FY2025Q1/FY2025Q3"


def test_calendar_quarters_stay_calendar():
    assert _periods("星衡科技2025年第三季度营收约12亿美元。")["约12亿美元"] == "2025Q3"
    # a fiscal year in an earlier clause does not make the next clause's quarters fiscal
    p = _periods("星衡科技FY2025营收约80亿美元，前三季度累计营收约30亿美元。", dt.date(2026, 1, 20))
    assert p["约80亿美元"] == "FY2025" and p["约30亿美元"] == "2025Q1/2025Q3"


# --- h25 class 16: a quarter whose results are due --------------------------------------------

def test_a_quarter_whose_results_are_due_in_january_is_last_years():
    p = _periods("星衡科技将于周四公布四季度业绩，市场预期其四季度净利润约50亿美元。", dt.date(2026, 1, 8))
    assert p["约50亿美元"] == "2025Q4"


def test_a_quarter_ahead_without_results_stays_ahead():
    assert _periods("星衡科技预计四季度营收约50亿美元。", dt.date(2026, 1, 8))["约50亿美元"] == "2026Q4"
    # in October the fourth quarter is still to come, results or not
    p = _periods("星衡科技将于周四公布三季度业绩，市场预期其四季度营收约50亿美元。")
    assert p["约50亿美元"] == "2025Q4"


# --- h24 P4: the window of a record ---------------------------------------------------------------

def test_the_window_of_a_record_does_not_date_the_next_sentence():
    p = _periods("据统计，2024年国内AI融资总额创近五年新高。其中国内企业融资31起，金额约120亿元。")
    assert p["31"] == "2024" and p["约120亿元"] == "2024"


def test_a_window_that_is_no_record_still_dates():
    assert _periods("近三年星衡科技营收累计约12亿元。")["约12亿元"] == "2023/2025"


# --- h25 class 18: a price-basis day is not the period of forecast multiples ----------------------

def test_forecast_multiples_on_a_price_day_take_the_forecast_years():
    p = _periods("预计星衡科技2025-2027年EPS为1.2/1.5/1.9元，对应11月3日收盘价PE分别为35/27/21倍。", dt.date(2025, 11, 5))
    assert [p["35"], p["27"], p["21倍"]] == ["2025", "2026", "2027"]


def test_a_single_multiple_on_a_price_day_keeps_the_day():
    assert _periods("以11月3日收盘价计算，星衡科技PE为35倍。", dt.date(2025, 11, 5))["35倍"] == "2025-11-03"
