"""Levels in a weekly report: a valuation or bond level (a forward PE, a conversion premium, a
yield to maturity, a top-ten weight, a margin balance's share of the float) that nothing but the
report's week dates holds at the week's close, so it is dated by the week's last trading day, not
the whole week; a move over the week keeps the week.

Every example is invented (names and figures of no report)."""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of, period_of

SATURDAY = dt.date(2031, 3, 22)
WEEK = "2031-03-17/2031-03-21"


def test_a_forward_pe_fallen_to_in_a_weekly_is_the_weeks_close():
    text = ("海外市场周评　第12期\n2031年3月22日（周六）\n\n一句话：本周澜星指数下跌3.1%。\n\n"
            "经过这轮回撤，澜星指数的12个月远期市盈率从2月末的14.2倍回落至12.8倍；青禾科技远期市盈率约为25倍。\n")
    f = facts_of(text, SATURDAY)
    assert period_of(f, "12.8倍") == "2031-03-21"
    assert period_of(f, "25倍") == "2031-03-21"
    assert period_of(f, "14.2倍") == "2031-02"  # the level it fell from keeps its own month
    assert period_of(f, "3.1%") == WEEK  # the week's move keeps the week


def test_bond_levels_in_a_weekly_are_the_weeks_close():
    text = ("可转债周报\n\n一、市场回顾（3月17日—3月21日）\n\n"
            "本周青禾转债指数上涨0.45%。全市场平均转股溢价率为27.5%，较上周上升0.8个百分点。"
            "岚峰转债债性较强，到期收益率约1.9%。\n")
    f = facts_of(text, SATURDAY)
    assert period_of(f, "27.5%") == "2031-03-21"
    assert period_of(f, "1.9%") == "2031-03-21"
