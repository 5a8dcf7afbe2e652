"""A target due by a year's end: ``到2031年底，全省智能算力规模达到20 EFLOPS`` is of the year
(``2031``), with or without a requirement word before 到 (要求到…, 力争到…); a forecast's level
reached then (``到2031年底将达到``) and an as-of (``截至2031年底``) stay the year's December.
Counted over the 58 triage sets: gold dates a figure after 到YYYY年底 to the year 23 times, to
the December 8 times and to the last day 3 times.

Every example is invented (澄川省, 云栈科技, 星澜科技 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of, period_values

DAY = dt.date(2031, 6, 10)


def test_a_target_due_by_a_year_end_is_of_the_year():
    f = facts_of("到2031年底，澄川省智能算力规模达到20 EFLOPS，人工智能核心产业规模突破1500亿元。",
                 published=DAY)
    assert period_of(f, "20 EFLOPS") == "2031"
    assert period_of(f, "1500亿") == "2031"


def test_a_plan_to_raise_capacity_by_a_year_end_is_of_the_year():
    f = facts_of("云栈科技计划到2032年底将年产能提升至800万副。", published=DAY)
    assert period_of(f, "800万") == "2032"


def test_a_requirement_word_still_makes_the_year():
    assert period_values("方案要求：到2031年底", DAY) == ["2031"]


def test_near_misses_keep_the_december():
    assert period_values("到2031年底将达到", DAY) == ["2031-12"]  # a forecast's level
    assert period_values("截至2030年底", DAY) == ["2030-12"]  # an as-of level
    assert period_values("截止到2030年末", DAY) == ["2030-12"]
    assert period_values("月产能提升至2032年底的", DAY) == ["2032-12"]  # 至, not 到
    f = facts_of("星澜科技月产能到2031年底将达到约7.5万片。", published=DAY)
    assert period_of(f, "7.5万") == "2031-12"


def test_a_stretch_to_a_year_end_stays_a_stretch():
    assert period_values("从今年年初到2032年底", DAY) == ["2031/2032"]
