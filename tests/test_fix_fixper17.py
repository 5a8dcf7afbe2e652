"""Period classes seen on unseen reports (fixper17). Every text is invented.

1. a fiscal year written next to 全年 or glossing a relative word: ``2031财年全年`` is the whole
   fiscal year (``FY2031``), ``上一财年（FY2031）`` the label written, not a calendar year
   resolved from the publication date.
2. a list of forecast values after a list of years (``2031、2032年EPS预估至A元、B元``), or a list
   ending in 及 after a span (``2031-2032年收入预测上调7%及9%``): one year to each value, in order.
3. the market close a report states its figures are as of (``截至12月4日收盘``, a header's
   ``现价…（2031年8月28日收市）``, ``总市值按9月5日收盘价计算``): its undated year-to-date moves and
   market caps are as of that day, not the publication day. A close day written as an event
   (``8月28日收盘价超越…``) states no as-of day.
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


def test_full_year_after_a_fiscal_year_in_another_sentence_is_that_fiscal_year():
    # a block that speaks in fiscal periods means its fiscal year by 全年 (fixfy19: the gold sets
    # date Oracle's and Tokyo Electron's 全年 guidance to the fiscal year of the sentence before)
    assert period_values("2031财年收入增长。全年利润下降", dt.date(2031, 12, 15)) == ["FY2031", "FY2031"]


def test_full_year_after_a_calendar_year_in_another_sentence_keeps_the_calendar():
    assert period_values("2031年收入增长。全年利润下降", dt.date(2031, 12, 15)) == ["2031", "2031"]


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


# --- 3. the close day a report's market figures are as of --------------------------------------
@pytest.mark.parametrize("text", [
    "岚桥证券 2031年12月5日\n青禾科技估值比较\n\n截至12月4日收盘，青禾科技总市值约1.2万亿元。今年以来股价上涨约35%。\n",
    "岚桥证券 2031年12月5日\n青禾科技（688000.SH）\n现价：56.35元（2031年12月4日收市）\n\n今年以来股价上涨约35%。\n",
    "岚桥证券 2031年12月7日\n青禾科技周报\n\n年初至今，青禾科技股价上涨约35%。\n注：总市值按12月4日收盘价计算。\n",
])
def test_a_year_to_date_move_is_as_of_the_close_day_stated(text):
    assert period_of(facts_of(text, dt.date(2031, 12, 5)), "35%") == "2031-12-04"


def test_a_close_day_written_as_an_event_is_no_as_of_day():
    text = "岚桥证券 2031年12月5日\n青禾科技点评\n\n青禾科技12月3日收盘价首次超越澜锋电子。\n\n二、行情回顾\n今年以来股价上涨约35%。\n"
    assert period_of(facts_of(text, dt.date(2031, 12, 5)), "35%") == "2031-12-05"


def test_market_caps_of_a_table_are_as_of_the_close_day_stated():
    text = ("岚桥证券 2031年12月5日\n科技股估值比较\n\n截至12月4日收盘，我们跟踪的两家公司估值分化。\n\n"
            "表1：估值比较（市值单位：亿元）\n公司            代码         市值       PE 2031E\n"
            "青禾科技        688000.SH    4,150      42.1\n澜锋电子        300999.SZ    1,820      36.2\n")
    frame = facts_of(text, dt.date(2031, 12, 5))
    assert period_of(frame, "4,150") == "2031-12-04"
    assert period_of(frame, "1,820") == "2031-12-04"
