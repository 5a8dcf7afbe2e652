"""A capex table whose columns are calendar quarters, with one company's row (or a note under
the table) saying it reports fiscal quarters: that company's cells carry its fiscal quarters
(SCHEMA: fiscal where the text writes fiscal), by ``fiscal_years.csv``; the other rows keep
the calendar quarters.

The companies are real ones with a known fiscal calendar (Microsoft, Oracle); every figure is
invented.
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

DAY = dt.date(2031, 2, 10)


def _period(f, entity, text):
    rows = f[(f["entity"] == entity) & (f["text"] == text)]
    assert len(rows) == 1, f[["text", "entity", "metric", "period"]].to_string()
    return rows.iloc[0]["period"]


def test_a_row_label_that_says_fiscal():
    f = facts_of("表1：海外云厂商资本开支（单位：亿美元）\n公司\t2030Q3\t2030Q4\n"
                 "微软（财年FY31Q1/Q2）\t349\t375\n谷歌\t240\t279\n", published=DAY)
    assert _period(f, "Microsoft", "349") == "FY2031Q1"
    assert _period(f, "Microsoft", "375") == "FY2031Q2"
    assert _period(f, "Alphabet", "240") == "2030Q3"  # a calendar-year company keeps the column's quarter


def test_a_markdown_row_label_that_says_fiscal():
    f = facts_of("表2：资本开支（单位：亿美元）\n| 公司 | 2030Q3 | 2030Q4 |\n|---|---|---|\n"
                 "| 微软（财年口径） | 349 | 375 |\n| Meta | 193 | 221 |\n", published=DAY)
    assert _period(f, "Microsoft", "375") == "FY2031Q2"
    assert _period(f, "Meta", "221") == "2030Q4"


def test_a_note_under_the_table_names_the_fiscal_companies():
    f = facts_of("表1：海外云厂商资本开支（单位：亿美元）\n公司\t2030Q3\t2030Q4\n微软\t349\t375\n"
                 "谷歌\t240\t279\n甲骨文\t85\t120\n注：微软、甲骨文为财年口径，FY31Q1对应2030年7-9月；谷歌为自然年。\n",
                 published=DAY)
    assert _period(f, "Microsoft", "349") == "FY2031Q1"
    assert _period(f, "Oracle", "120") == "FY2031Q2"  # Oracle's year ends in May: Aug is in its Q1, Nov in Q2
    assert _period(f, "Alphabet", "279") == "2030Q4"


def test_near_misses_keep_calendar_quarters():
    # no fiscal word anywhere: the column's calendar quarter
    f = facts_of("表1：海外云厂商资本开支（单位：亿美元）\n公司\t2030Q3\t2030Q4\n微软\t349\t375\n", published=DAY)
    assert _period(f, "Microsoft", "349") == "2030Q3"
    # a year column of a fiscal row is that fiscal year (no fiscal quarter: a year is no quarter)
    f = facts_of("表1：资本开支（单位：亿美元）\n公司\t2030Q3\t2030\n微软（财年口径）\t349\t1200\n", published=DAY)
    assert _period(f, "Microsoft", "349") == "FY2031Q1"
    assert _period(f, "Microsoft", "1200") == "FY2030"
    # a company with no fiscal calendar in fiscal_years.csv keeps the column's quarter
    f = facts_of("表1：资本开支（单位：亿美元）\n公司\t2030Q3\t2030Q4\n谷歌（财年口径）\t240\t279\n", published=DAY)
    assert _period(f, "Alphabet", "240") == "2030Q3"
