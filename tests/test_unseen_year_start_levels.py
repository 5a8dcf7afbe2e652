"""A level a year began at: ``较2031年初的800亿增长超过500倍`` dates the base 800亿 in the first
month of that year (``2031-01``), as ``2031年底`` is its last month, and a change from it to a
level stated at a year end spans both months (``2031-01/2032-12``). A stretch starting at a
year's start (``2031年初以来``, ``年初至今``, ``今年年初以来``) and a deadline (``2031年初前``) are
left as they were.

Every example is invented (星澜科技, 云栈智能 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of, period_values

DAY = dt.date(2033, 3, 10)


def test_a_year_with_its_start_is_the_first_month():
    assert period_values("较2031年初的800亿", DAY) == ["2031-01"]
    assert period_values("2032年初达到", DAY) == ["2032-01"]
    assert period_values("截至31年初", DAY) == ["2031-01"]
    assert period_values("2031 年初", DAY) == ["2031-01"]


def test_near_misses_keep_what_they_were():
    assert period_values("2031年初以来", DAY) == ["2031"]  # a stretch since the start of the year
    assert period_values("2031年初至今", DAY) == ["2031"]
    assert period_values("2031年初前完成", DAY) == ["2031"]  # a deadline: the year
    assert period_values("今年年初以来", DAY) == ["2033-01/2033-03"]
    assert period_values("年初至今", DAY) == ["2033-03-10"]
    assert period_values("2031年初至2032年底", DAY) == ["2031/2032"]  # a stretch of years
    assert period_values("2031年产能", DAY) == ["2031"]


def test_a_base_at_a_year_start_and_the_growth_to_a_year_end():
    f = facts_of("截至2032年底，星澜科技算力规模达到45万亿，较2031年初的800亿增长超过500倍。", published=DAY)
    assert period_of(f, "45万亿") == "2032-12"
    assert period_of(f, "800亿") == "2031-01"
    assert period_of(f, "500倍") == "2031-01/2032-12"


def test_a_level_at_a_year_start_in_its_own_sentence():
    f = facts_of("2032年初，云栈智能算力规模约为3000 PFLOPS。", published=DAY)
    assert period_of(f, "3000") == "2032-01"


def test_a_move_since_a_year_start_is_unchanged():
    f = facts_of("2031年初以来，星澜科技股价累计上涨80%。", published=DAY)
    g = facts_of("年初至今，星澜科技股价上涨35%。", published=DAY)
    assert period_of(f, "80%") != "2031-01"
    assert period_of(g, "35%") == "2033-03-10"
