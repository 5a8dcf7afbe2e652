"""A level a year ends at: ``到2031年底将达到约7.5万片`` is the month the level is reached
(``2031-12``), as ``今年年底`` already is; a deadline (``2031年底前完成``) and a stretch from the
start of one year to the end of another (``从今年年初到2032年底``) stay years.

Every example is invented (星澜科技, 云栈智能 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of, period_values

DAY = dt.date(2031, 6, 10)


def test_a_year_with_its_end_is_the_last_month():
    assert period_values("到2031年底将达到", DAY) == ["2031-12"]
    assert period_values("2032年末有望", DAY) == ["2032-12"]
    assert period_values("截至31年底", DAY) == ["2031-12"]
    assert period_values("2031 年底", DAY) == ["2031-12"]


def test_near_misses_keep_the_year():
    assert period_values("2031年底前完成", DAY) == ["2031"]  # a deadline: the year
    assert period_values("2031年初以来", DAY) == ["2031"]  # 年初 is left as it was
    assert period_values("2031年产能", DAY) == ["2031"]
    assert period_values("从今年年初到2032年底", DAY) == ["2031/2032"]
    assert period_values("今年年初至2032年末", DAY) == ["2031/2032"]
    assert period_values("2030年底至2031年底", DAY) == ["2030-12/2031-12"]


def test_capacity_levels_at_year_ends():
    f = facts_of("星澜科技先进封装月产能到2031年底将达到约7.5万片，2032年末有望达到12万片。", published=DAY)
    assert period_of(f, "7.5万") == "2031-12"
    assert period_of(f, "12万") == "2032-12"


def test_a_year_named_before_does_not_override_a_stated_year_end():
    f = facts_of("2031年，云栈智能算力规模到2031年底将达到5000 PFLOPS。", published=DAY)
    assert period_of(f, "5000") == "2031-12"


def test_a_bare_year_end_inside_a_named_year_still_defers_to_the_year():
    # 2031年出货增速预测由年初的近28%下修至24.3%: 年初 dates the old forecast only
    f = facts_of("星澜科技2031年营收增速预测由年初的近28%下修至24.3%。", published=DAY)
    assert period_of(f, "24.3%") == "2031"
