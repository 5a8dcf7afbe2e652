"""Period classes seen on unseen reports (fixper17). Every text is invented.

1. a fiscal year written next to 全年 or glossing a relative word: ``2031财年全年`` is the whole
   fiscal year (``FY2031``), ``上一财年（FY2031）`` the label written, not a calendar year
   resolved from the publication date.
"""
from __future__ import annotations

import datetime as dt

import pytest

from text_facts import facts_of, period_of, period_values


# --- 1. 全年 after a fiscal year; a written fiscal label in brackets ---------------------------
@pytest.mark.parametrize("text,expected", [
    ("2031财年全年，澜桥半导体收入517亿美元", ["FY2031", "FY2031"]),
    ("FY2031，全年收入517亿美元", ["FY2031", "FY2031"]),
    ("上一财年（FY2031）澜桥全年收入517亿美元", ["FY2031", "FY2031"]),
    ("本财年（FY2032）收入", ["FY2032"]),
    ("2031年全年收入517亿美元", ["2031", "2031"]),  # a calendar year keeps its 全年 calendar
])
def test_full_year_after_a_fiscal_year_is_that_fiscal_year(text, expected):
    assert period_values(text, dt.date(2031, 12, 15)) == expected


def test_a_fiscal_year_and_its_full_year_figures():
    frame = facts_of("澜桥半导体点评\n\n2031财年全年，澜桥半导体收入517亿美元，同比增长31%。\n",
                     dt.date(2031, 12, 15))
    assert period_of(frame, "517亿美元") == "FY2031"
    assert period_of(frame, "31%") == "FY2031"


def test_full_year_after_a_fiscal_year_in_another_sentence_keeps_the_calendar():
    assert period_values("2031财年收入增长。全年利润下降", dt.date(2031, 12, 15)) == ["FY2031", "2031"]
