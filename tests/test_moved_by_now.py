"""A move said done by now (``已由约8%升至约15%``): the level it reaches, with no time in its
sentence but a base of the publication year, is the level now, of the publication month
(SCHEMA: periods resolve against the publication date). Examples are invented."""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

DAY = dt.date(2026, 3, 12)


def test_a_level_reached_already_is_of_the_publication_month():
    f = facts_of("据我们测算，散热模组在青岚服务器BOM中的占比已由约6%升至约11%。", published=DAY)
    assert period_of(f, "约11%") == "2026-03"


def test_a_year_carried_from_the_sentence_before_does_not_date_the_level_reached():
    f = facts_of("青岚科技2025年营收增长31%。我们测算，散热模组在其服务器BOM中的占比已由约6%升至约11%。",
                 published=DAY)
    assert period_of(f, "约11%") == "2026-03"


def test_a_base_early_this_year_still_leaves_the_level_reached_of_now():
    f = facts_of("青岚N3芯片良率已由年初的约35%提升至五成左右。", published=DAY)
    assert period_of(f, "五成左右") == "2026-03"


def test_a_time_before_the_move_dates_the_level_itself():
    f = facts_of("2025年，散热模组在青岚服务器BOM中的占比已由约6%升至约11%。", published=DAY)
    assert period_of(f, "约11%") == "2025"


def test_a_move_still_to_come_stays_undated():
    f = facts_of("散热模组在青岚服务器BOM中的占比预计将由约6%升至约11%。", published=DAY)
    assert period_of(f, "约11%") == ""
