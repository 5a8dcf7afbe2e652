"""Vocabulary gaps, number forms and non-facts (fixer fixvocab5).

Every example is invented: 青禾科技, 晨岳电子, 远峰科技 and their figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 6, 10)


def _q(text: str) -> dict[str, tuple]:
    return {q.text: (q.value, q.unit) for q in find_quantities(text)}


# --- number forms --------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, value", [
    ("青禾科技国内份额约为两成三。", "两成三", 0.23),
    ("全年出货年增约一成二。", "一成二", 0.12),
    ("海外收入约占七成五，", "七成五", 0.75),
    ("份额升至三成八左右", "三成八", 0.38),
])
def test_tenths_with_a_hundredths_digit(text, words, value):
    got = _q(text)
    key = next(k for k in got if words in k)
    assert got[key][0] == pytest.approx(value) and got[key][1] == "ratio"


def test_near_miss_tenths_before_a_word_that_opens_with_a_digit():
    # 七成一线城市: seven tenths of first-tier cities, not 0.71
    got = _q("约七成一线城市已覆盖")
    assert [v for v, _ in got.values()] == [pytest.approx(0.7)]


@pytest.mark.parametrize("text, words", [
    ("远峰科技股价盘中一度下挫12%，收市跌5.1%。", "下挫12%"),
    ("晨岳电子股价午后跳水7%。", "跳水7%"),
    ("晨岳电子股价急泻9%。", "泻9%"),
])
def test_more_fall_words_make_the_move_negative(text, words):
    assert _q(text)[words][0] < 0


def test_a_centimetre_limit_up_is_a_twenty_percent_move():
    df = facts_of_text("晨岳电子今日20cm涨停，成交额12亿元。", DAY)
    r = row_of(df, "20cm涨停")
    assert r["value"] == pytest.approx(0.2) and r["theme"] == "valuation"
    assert _q("远峰科技20cm跌停")["20cm跌停"][0] == pytest.approx(-0.2)


def test_near_miss_a_limit_up_without_width_is_no_number():
    assert _q("晨岳电子今日涨停，封单金额3亿元。").keys() == {"3亿元"}
