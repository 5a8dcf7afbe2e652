"""Spoken number forms (fixform24c): a mark passed with no digit (``日活过亿``, ``用户破亿``,
``月活逾亿``), ``来`` before 万 and 倍 (``二十来倍``, ``三千来万美元``), and an amount right after
``年初``/``月初`` that is no lunar day (``年初十亿美元出头`` is not the day 初十).

Every example is invented (岚峰科技, 青岚 exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text

DAY = dt.date(2026, 6, 18)


def _q(text: str):
    return [(q.text, q.value, q.value_high, q.unit, q.qualifier) for q in find_quantities(text)]


# ---- a mark passed with no digit ------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("青岚助手的日活已经过亿了", 1e8),
    ("岚峰的用户刚刚破亿", 1e8),
    ("据说月活逾亿", 1e8),
    ("日活已经过亿", 1e8),
    ("注册企业超亿", 1e8),
    ("单月销量过万", 1e4),
    ("下载量过千万", 1e7),
])
def test_a_bare_mark_passed_is_one_of_it_over(text, value):
    found = _q(text)
    assert len(found) == 1, found
    assert found[0][1] == value and found[0][3] == "count" and found[0][4] == "over"


def test_a_mark_passed_with_its_currency():
    assert [(v, u, q) for _, v, _, u, q in _q("岚峰今年净利润过亿元")] == [(1e8, "CNY", "over")]


@pytest.mark.parametrize("text", [
    "不过万一失败了呢",        # 万一 is "in case", a pre-existing reading left alone below
    "他们通过亿岚渠道分发",      # 通过: through
    "这家公司营收不过亿元而已",   # 不过: merely, no mark passed
    "经过亿万年的演化",
    "阿里市值超百度",          # 百 is no lone mark (百度)
])
def test_no_mark_after_other_words_ending_in_guo(text):
    assert not [q for q in _q(text) if q[1] == 1e8 or q[1] == 100.0]


# ---- 来 before 万 and 倍 ----------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value, unit", [
    ("那时候估值也就二十来倍", "二十来倍", 20.0, "multiple"),
    ("岚峰的ARR大概三千来万美元", "三千来万美元", 3e7, "USD"),
    ("年收入两百来万", "两百来万", 2e6, "count"),
    ("融资十来亿元", "十来亿元", 1e9, "CNY"),
])
def test_lai_after_the_tens_is_about_that_many(text, span, value, unit):
    assert _q(text) == [(span, value, None, unit, "over")]


@pytest.mark.parametrize("text", ["二十年来市场翻了几番", "十来年的积累"])
def test_lai_as_a_time_word_stays_no_amount(text):
    assert not [q for q in _q(text) if q[0].endswith("来") or "来" in q[0]]


# ---- an amount after 年初 / 月初 -------------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("青岚年化收入从年初十亿美元出头涨到现在五十亿", "十亿美元出头", 1e9),
    ("岚峰月初十万用户，月底就翻倍了", "十万", 1e5),
    ("年初三十亿美元的估值", "三十亿美元", 3e9),
])
def test_an_amount_after_nian_chu_is_no_lunar_day(text, span, value):
    assert (span, value) in [(q[0], q[1]) for q in _q(text)]


@pytest.mark.parametrize("text", ["正月初十开工", "大年初五迎财神", "二月初十发布新品"])
def test_a_lunar_day_stays_a_date(text):
    assert _q(text) == []


def test_spoken_transcript_rows():
    text = ("主持人：青岚的数据怎么样？\n"
            "嘉宾：青岚助手今年日活早就过亿了，年化收入从年初十亿美元出头涨到现在四十亿美元，"
            "估值也就二十来倍。\n")
    df = facts_of_text(text, DAY)
    values = set(zip(df["value"], df["unit"]))
    assert (1e8, "count") in values
    assert (1e9, "USD") in values
    assert (20.0, "multiple") in values
