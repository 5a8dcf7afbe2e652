"""fixmkt9: market names built word by word from a glossary of industry words (h34-7) and
period forms (h34-11: a span of days with the month written once, a half written as 1-6月).
Invented texts."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import market_phrases
from aigc_analysis.extract.periods import find_periods

DAY = dt.date(2025, 10, 20)


def _names(text: str) -> list[str]:
    return [n.name for n in market_phrases(text)]


def _periods(text: str) -> list[str]:
    return [p.value for p in find_periods(text, DAY)]


# --- h34-7: <place><industry>市场 gets an English name ---------------------------------------
@pytest.mark.parametrize("text, name", [
    ("2024年中国法律科技市场规模约290亿元", "China legal tech market"),
    ("预计我国虚拟电厂市场规模将达到600亿元", "China virtual power plant market"),
    ("2023年中国卫星遥感应用市场规模约170亿元", "China satellite remote-sensing application market"),
    ("全球地球观测数据与服务市场规模约48亿美元", "Global earth observation data and service market"),
    ("中国AI玩具市场规模约为260亿元", "China AI toy market"),
])
def test_industry_market_named_in_english(text, name):
    assert name in _names(text)


def test_join_word_opens_no_name():
    # 与 between a firm and a market joins nothing: the name starts after it
    assert _names("公司与AI客服市场") == ["AI customer service market"]


def test_name_word_glued_to_a_firm_makes_no_market():
    # 某某科技市场份额: 科技 ends a firm's name, no "Tech market"
    assert _names("星河科技市场份额约为12%") == []


def test_known_market_unchanged():
    assert _names("2024年中国公有云市场规模约为2500亿元") == ["China public cloud market"]


# --- h34-11: period forms ---------------------------------------------------------------------
def test_day_span_with_month_written_once():
    assert _periods("另外，8月4日至8日期间，港股日均成交额约为2310亿港元") == ["2025-08-04/2025-08-08"]
    assert _periods("3月10日-14日，成交额上升") == ["2025-03-10/2025-03-14"]


def test_day_span_near_misses():
    assert _periods("8月4日至8月8日") == ["2025-08-04/2025-08-08"]
    assert _periods("8月4日，公司发布新品") == ["2025-08-04"]
    # a count of days after the date is no end day
    assert "2025-08-04/2025-08-08" not in _periods("8月4日至8日内完成")


@pytest.mark.parametrize("text, value", [
    ("今年1-6月，全国项目中标金额约为58亿元", "2025H1"),
    ("2025年1-6月，全国项目中标金额约为58亿元", "2025H1"),
    ("去年7至12月收入约为3亿元", "2024H2"),
    ("今年1-9月收入约为5亿元", "2025-01/2025-09"),  # several quarters in months: months (fixper11)
    ("今年1-3月收入约为2亿元", "2025Q1"),
    ("今年6月收入约为1亿元", "2025-06"),
])
def test_month_spans(text, value):
    assert _periods(text) == [value]
