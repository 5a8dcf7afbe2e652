"""Period classes seen on unseen reports (fixper17). Every text is invented.

1. a fiscal year written next to 全年 or glossing a relative word: ``2031财年全年`` is the whole
   fiscal year (``FY2031``), ``上一财年（FY2031）`` the label written, not a calendar year
   resolved from the publication date.
2. a list of forecast values after a list of years (``2031、2032年EPS预估至A元、B元``), or a list
   ending in 及 after a span (``2031-2032年收入预测上调7%及9%``): one year to each value, in order.
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


# --- 2. a list of values after a list of years -----------------------------------------------
LISTS = ("澜桥证券 2031年11月14日\n青禾电脑法说会点评\n\n"
         "我們上調2031、2032年EPS預估至18.35元、23.10元，年增分別為19.8%、25.9%。\n"
         "本行上修青禾電腦2031及2032年每股純益預估至66.1元及76.8元。\n"
         "我們上調2031-2032年收入預測6%及11%。\n"
         "2031年公司收入增长30%和利润增长20%。\n")


@pytest.mark.parametrize("text,expected", [
    ("18.35元", "2031"), ("23.10元", "2032"), ("19.8%", "2031"), ("25.9%", "2032"),
    ("66.1元", "2031"), ("76.8元", "2032"), ("6%", "2031"), ("11%", "2032"),
    ("30%", "2031"), ("20%", "2031"),  # one year stated: both values are of it
])
def test_a_list_of_values_after_a_list_of_years_takes_one_year_each(text, expected):
    assert period_of(facts_of(LISTS, dt.date(2031, 11, 14)), text) == expected
