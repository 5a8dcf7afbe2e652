"""A weekday report's undated year-to-date moves and market values are as of the last close
before it comes out (the trading day before publication), unless its header stamps it after the
close of its own day; a weekend report keeps its publication day.

Every example is invented (青禾科技 and 远山指数 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

NOTE = """远岚证券　传媒行业周度观察
发布日期：{stamp}

估值方面，远山指数年初至今上涨47%，跑赢沪深300约21个百分点；青禾科技年初至今上涨约85%。
"""


def test_a_friday_note_dates_its_year_to_date_moves_to_thursdays_close():
    f = facts_of(NOTE.format(stamp="2025年11月21日"), dt.date(2025, 11, 21))
    assert period_of(f, "47%") == "2025-11-20"
    assert period_of(f, "约85%") == "2025-11-20"


def test_a_monday_note_dates_them_to_fridays_close():
    f = facts_of(NOTE.format(stamp="2025年11月24日"), dt.date(2025, 11, 24))
    assert period_of(f, "47%") == "2025-11-21"


def test_a_note_stamped_after_the_close_keeps_its_day():
    f = facts_of(NOTE.format(stamp="2025/11/21　16:45"), dt.date(2025, 11, 21))
    assert period_of(f, "47%") == "2025-11-21"


def test_a_note_stamped_before_the_open_takes_the_day_before():
    f = facts_of(NOTE.format(stamp="2025-11-21 07:45"), dt.date(2025, 11, 21))
    assert period_of(f, "47%") == "2025-11-20"


def test_a_weekend_note_keeps_its_day():
    f = facts_of(NOTE.format(stamp="2025年11月23日"), dt.date(2025, 11, 23))
    assert period_of(f, "47%") == "2025-11-23"
