"""A results section split into numbered sub-sections: the quarter the first sub-section opens
on dates the undated results of the later ones (``_section_quarter``).

Every example is invented (青禾科技 exists in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of, period_of

DAY = dt.date(2025, 11, 5)

CALL = (
    "一、青禾科技业绩会要点\n"
    "1. 广告：量价齐升\n"
    "三季度广告收入80.5亿元，同比增长21%。公司给出的四季度收入指引为90亿-95亿元。\n"
    "\n"
    "2. 用户\n"
    "月活跃用户平均4.2亿，同比增长6%。\n"
    "\n"
    "3. 利润\n"
    "净利润12.3亿元，同比下降35%。\n"
)


def test_later_sub_sections_go_on_with_the_first_ones_quarter():
    f = facts_of(CALL, DAY)
    assert period_of(f, "4.2亿") == "2025Q3"
    assert period_of(f, "12.3亿元") == "2025Q3"
    assert period_of(f, "90亿") == "2025Q4"  # the guidance keeps its own quarter


def test_a_sub_section_opening_on_its_own_time_is_not_carried_over():
    text = CALL.replace("2. 用户\n月活", "2. 用户\n截至10月底，月活")
    assert period_of(facts_of(text, DAY), "4.2亿") == "2025-10"


def test_no_run_of_numbered_headings_or_no_opening_quarter_no_carry():
    # unnumbered headings are no sub-sections of one run
    f = facts_of(CALL.replace("2. 用户\n", "用户情况\n").replace("3. 利润\n", "利润情况\n"), DAY)
    assert period_of(f, "4.2亿") == period_of(f, "12.3亿元") == ""
    # a first sub-section that does not open on a quarter (its guidance's quarter comes later)
    f = facts_of(CALL.replace("三季度广告收入80.5亿元", "广告收入80.5亿元"), DAY)
    assert period_of(f, "4.2亿") == period_of(f, "12.3亿元") == ""
