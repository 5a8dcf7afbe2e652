"""A valuation figure with no period of its own takes the date its paragraph stated earlier.

A paragraph about one trading day, one listing or one funding round states its date once, at
its first figure; the later sentences and lines of the same block (the next stock's move, the
next bullet's price) are of that day too. The carry is the market paragraph's
(``period_carry_themes.csv``, reach ``paragraph``): it stops at a blank line and at a word that
moves the time, never carries a forecast year, and stays within the figure's own theme.

Every example is invented (青禾智能, 星河半导体 and 蓝川数据 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract import keywords as kw

DAY = dt.date(2031, 4, 20)


def _periods(text: str) -> dict[str, tuple[str, str]]:
    f = facts_of_text(text, DAY)
    return {t: (th, p) for th, t, p in zip(f["theme"], f["text"], f["period"])}


def test_the_next_line_of_a_trading_day_paragraph_shares_its_date():
    p = _periods("2031年3月5日，青禾智能股价收涨12%，成交额达45亿元。\n星河半导体股价下跌4.2%。")
    assert p["12%"] == ("valuation", "2031-03-05")
    assert p["下跌4.2%"] == ("valuation", "2031-03-05")


def test_a_later_sentence_of_the_paragraph_shares_its_date():
    p = _periods("2031年3月5日，青禾智能股价收涨12%。星河半导体股价下跌4.2%，蓝川数据股价上涨6.1%。")
    assert p["下跌4.2%"] == ("valuation", "2031-03-05")
    assert p["6.1%"] == ("valuation", "2031-03-05")


def test_a_blank_line_ends_the_paragraph():
    p = _periods("2031年3月5日，青禾智能股价收涨12%。\n\n星河半导体股价下跌4.2%。")
    assert p["下跌4.2%"][1] == ""


def test_a_word_that_turns_the_time_stops_the_carry():
    p = _periods("2031年3月5日，青禾智能股价收涨12%。此前星河半导体股价下跌4.2%。")
    assert p["下跌4.2%"][1] != "2031-03-05"


def test_a_forecast_year_dates_no_later_line():
    p = _periods("预计2032年青禾智能市值约为420亿元。\n星河半导体股价下跌4.2%。")
    assert p["420亿元"][1] == "2032"
    assert p["下跌4.2%"][1] != "2032"


def test_another_theme_is_not_dated_by_a_trading_day():
    p = _periods("2031年3月5日，青禾智能股价收涨12%。\n星河半导体营业收入为3.2亿元。")
    assert p["3.2亿元"] == ("earnings", "")


def test_valuation_and_market_carry_past_their_sentence():
    assert kw.paragraph_carry_themes() == {"market", "valuation"}
    assert kw.paragraph_carry_themes() <= kw.period_carry_themes()
