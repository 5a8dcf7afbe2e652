"""Periods of unseen reports: days of the lunar new year (除夕, 大年初一, 初二 in a festival text)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.text_facts import facts_of, period_of, period_values


@pytest.mark.parametrize("text, published, value", [
    ("除夕夜某助手单日调用量突破3亿次", dt.date(2025, 2, 3), "2025-01-28"),
    ("大年初一日活回落至4000万", dt.date(2025, 2, 3), "2025-01-29"),
    ("春节假期里，初二日活回落至3500万", dt.date(2026, 2, 20), "2026-02-18"),
    ("2024年除夕某应用日活约2000万", dt.date(2026, 2, 20), "2024-02-09"),
])
def test_lunar_new_year_days(text, published, value):
    assert value in period_values(text, published)


def test_lunar_new_year_fact_period():
    frame = facts_of("某AI助手除夕当天日活峰值突破5800万。", dt.date(2026, 2, 18))
    assert period_of(frame, "5800万") == "2026-02-16"


@pytest.mark.parametrize("text", [
    "该校初一学生约300人",                 # a school grade, no festival named
    "2025年三十家公司营收合计约12亿元",     # a year before a count
    "到了月初一周内完成交付",
])
def test_not_lunar_days(text):
    assert not any(v.startswith(("2024-0", "2025-01-2", "2026-02-1")) and len(v) == 10
                   for v in period_values(text, dt.date(2026, 2, 20)))


def test_lunar_day_without_year():
    assert period_values("除夕当天日活峰值突破5800万", None) == []


# h30 class 15 (part): the previous session of a morning digest. The month-end part
# (截至6月底 -> the last day) is left: the dev gold keeps 截至今年6月底 at the month (2025-06).
@pytest.mark.parametrize("text, published, value", [
    ("标普500前一交易日收跌0.8%", dt.date(2025, 11, 4), "2025-11-03"),      # Tuesday -> Monday
    ("费城半导体指数上一交易日收涨1.9%", dt.date(2025, 11, 3), "2025-10-31"),  # Monday -> Friday
])
def test_previous_trading_day(text, published, value):
    assert period_values(text, published) == [value]


def test_previous_trading_day_fact():
    frame = facts_of("某指数前一交易日收涨1.9%。", dt.date(2025, 11, 3))
    assert period_of(frame, "1.9%") == "2025-10-31"


def test_placement_discount_basis_not_dated():
    # near-miss: the basis of a discount (较前一交易日收市价) keeps the period it had (none)
    frame = facts_of("配售价较前一交易日收市价折让约7.5%。", dt.date(2025, 11, 3))
    assert period_of(frame, "7.5%") == ""


# h30 class 11 (part): a level now, then a later clause dated by its own figure
def test_now_level_before_dated_clause_of_its_own():
    frame = facts_of("某公司年化收入已达30亿美元，一年前约8亿美元。", dt.date(2026, 3, 10))
    assert period_of(frame, "30亿美元") == "2026-03"
    assert period_of(frame, "8亿美元") == "2025-03"


def test_later_clause_of_another_measure_still_dates():
    # near-miss: the later clause's figure is a growth rate, not the same measure: the year holds
    frame = facts_of("某公司营收30亿元，2025年同比增长20%。", dt.date(2026, 3, 10))
    assert period_of(frame, "30亿元") == "2025"
