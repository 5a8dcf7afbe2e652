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
