"""A market quote that only the publication day dates is the last close's on a weekend or Monday.

A year-to-date move (``今年以来累计上涨23.8%``), a session's return or a valuation level
(``当前PE-TTM为68.4倍``) carries the day it is as of (SCHEMA); with no day in its words it is read
as of the publication day. A report out on a Saturday or a Sunday quotes no session of its own
day, and a Monday note is written before the day's session: such quotes are as of the trading day
before (``periods.previous_trading_day``). Only the market quotes of ``last_session`` in
``publication_dated_metrics.csv``; a quote whose sentence writes its day stays that day's, and a
product's price or an order count keeps the publication day.

Every example is invented (星澜算力指数, 青岚光模块指数, 澜汐机器人 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

from aigc_analysis.extract.facts import _last_session_metric

SUNDAY = dt.date(2031, 3, 9)
MONDAY = dt.date(2031, 3, 10)
TUESDAY = dt.date(2031, 3, 11)
FRIDAY = "2031-03-07"

_QUOTES = ("星澜证券研究所｜策略点评\n\n"
           "年初至今，星澜算力指数累计上涨23.8%，仍跑赢沪深300。\n"
           "青岚光模块指数的市盈率处于近五年约70%的分位。\n")


def test_a_sunday_reports_year_to_date_move_is_fridays_close():
    f = facts_of_text(_QUOTES, SUNDAY)
    assert row_of(f, "23.8%")["period"] == FRIDAY
    assert row_of(f, "约70%")["period"] == FRIDAY


def test_a_monday_note_quotes_fridays_close():
    f = facts_of_text(_QUOTES, MONDAY)
    assert row_of(f, "23.8%")["period"] == FRIDAY


def test_a_tuesday_report_keeps_its_own_day():
    # near miss: a weekday note after a session of its own may quote that day
    f = facts_of_text(_QUOTES, TUESDAY)
    assert row_of(f, "23.8%")["period"] == TUESDAY.isoformat()


def test_a_sentence_that_writes_the_day_keeps_it():
    # near miss: the sentence names the session (今日), so the quote is of that day
    f = facts_of_text("星澜算力指数今日收涨2.1%，成交额放大。\n", MONDAY)
    assert row_of(f, "2.1%")["period"] == MONDAY.isoformat()


def test_an_order_count_is_no_market_quote():
    # near miss: a cumulative order amount said the same way keeps the publication day
    f = facts_of_text("今年以来，澜汐机器人累计公告的订单金额约2,100亿元。\n", SUNDAY)
    assert row_of(f, "约2,100亿元")["period"] == SUNDAY.isoformat()


def test_last_session_metrics_match_whole_names_or_prefixes():
    assert _last_session_metric("pe_ttm")
    assert _last_session_metric("return") and _last_session_metric("return_ytd")
    assert not _last_session_metric("return_rate")  # 退货率: a product return rate
    assert not _last_session_metric("market_cap_change")
    assert not _last_session_metric("max_drawdown")
