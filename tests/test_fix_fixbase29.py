"""A period that only names a comparison's base (上年同期, 与上年持平, 较2024年) or stands in a
bracketed aside dates no figure after it: the paragraph's own period goes on. Invented text."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

PUBLISHED = dt.date(2025, 11, 5)
RESULTS = ("甲公司2025年第三季度营收120亿元，每股收益1.5元，同比增长13%（剔除上年同期一次性税项影响）。"
           "分产品看：A产品收入87.3亿元，同比增长13%；B产品收入69.5亿元，与上年持平；"
           "C产品收入90.1亿元，同比基本持平。分地区看，华东区收入44.9亿元，同比下降4%。")


def _periods(text: str) -> dict[str, str]:
    rows = facts_of(text, PUBLISHED)
    return dict(zip(rows["text"] + "|" + rows["metric"], rows["period"]))


def test_aside_base_does_not_date_the_figure_before_it():
    # 同比增长13%（剔除上年同期…）: the aside names the base; the growth is the quarter's
    assert _periods(RESULTS)["13%|eps_growth"] == "2025Q3"


def test_aside_base_does_not_lead_the_next_sentence():
    # 分产品看： a part of the quarter's results, not of the base the aside named
    periods = _periods(RESULTS)
    assert periods["87.3亿元|revenue"] == "2025Q3"
    assert periods["13%|revenue_growth"] == "2025Q3"


def test_compare_with_base_dates_neither_its_figure_nor_the_next():
    # 69.5亿元，与上年持平: 上年 is the base; the figure and the one after it are the quarter's
    periods = _periods(RESULTS)
    assert periods["69.5亿元|revenue"] == "2025Q3"
    assert periods["90.1亿元|revenue"] == "2025Q3"


def test_sentence_of_bases_only_keeps_the_lead():
    # 分地区看： after a sentence whose only period is a base, the quarter still leads
    periods = _periods(RESULTS)
    assert periods["44.9亿元|revenue"] == "2025Q3"


def test_base_value_keeps_its_own_period():
    # 较2024年的约45万片: the base's own level is still of the base year
    rows = facts_of("我们测算乙产品2025年出货约65万片，较2024年的约45万片明显提升。", PUBLISHED)
    base = rows[rows["text"].str.contains("45万")]
    assert list(base["period"]) == ["2024"]
