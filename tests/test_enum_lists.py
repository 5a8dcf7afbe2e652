"""Enumerated lists of bare numbers sharing one unit (``分别为12.5、18.3、25.1亿元``).

Every example is invented (星桥科技 names no real firm).
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text

DAY = dt.date(2026, 3, 5)


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, round(q.value, 6), q.unit) for q in find_quantities(text)]


def test_bare_members_take_the_unit_and_scale_of_the_last():
    assert _read("净利润分别为3.2、4.75、6.1亿元") == [
        ("3.2", 320000000.0, "CNY"), ("4.75", 475000000.0, "CNY"), ("6.1亿元", 610000000.0, "CNY")]


def test_a_list_closed_by_he_and_percent_members():
    assert _read("毛利率分别为31、33和36%") == [
        ("31", 0.31, "ratio"), ("33", 0.33, "ratio"), ("36%", 0.36, "ratio")]


def test_thousands_separators_inside_members():
    assert [v for _, v, _ in _read("出货量1,200、1,650、2,040万台")] == [12e6, 16.5e6, 20.4e6]


def test_a_member_with_its_own_unit_keeps_it():
    assert _read("分别为7.5、9.2万片和1.1亿片")[1:] == [("9.2万", 92000.0, "count"), ("1.1亿", 110000000.0, "count")]
    assert _read("分别为7.5、9.2万片和1.1亿片")[0] == ("7.5", 75000.0, "count")


@pytest.mark.parametrize("text", [
    "第4、5、6名",          # ordinals
    "2025、2026、2027年",   # years
    "1、2、3季度",          # quarters
    "9、10亿元",            # two members and no 分别: a loose range, not read as a list
])
def test_near_misses_add_no_member(text):
    assert all(q.text not in {"4", "5", "2025", "2026", "1", "2", "9"} for q in find_quantities(text))


def test_two_members_after_fenbie():
    assert _read("两款芯片的单价分别为8、11万元") == [("8", 80000.0, "CNY"), ("11万元", 110000.0, "CNY")]


def test_a_forecast_span_gives_each_member_its_year():
    f = facts_of_text("星桥科技(688999)点评\n我们预计星桥科技2026-2028年归母净利润分别为3.2、4.75、6.1亿元，"
                      "对应PE分别为66、48和37倍。", DAY)
    got = sorted((r.metric, r.period, r.value) for r in f.itertuples() if r.theme in ("earnings", "valuation"))
    assert got == [("net_profit", "2026", 320000000.0), ("net_profit", "2027", 475000000.0),
                   ("net_profit", "2028", 610000000.0), ("pe_ratio", "2026", 66.0),
                   ("pe_ratio", "2027", 48.0), ("pe_ratio", "2028", 37.0)]


def test_a_span_gives_years_to_a_list_without_fenbie():
    f = facts_of_text("星桥科技(688999)点评\n预计星桥科技2026-2028年归母净利润3.2、4.75、6.1亿元，对应PE 66、48、37倍。", DAY)
    assert sorted(zip(f["metric"], f["period"], f["value"])) == [
        ("net_profit", "2026", 320000000.0), ("net_profit", "2027", 475000000.0),
        ("net_profit", "2028", 610000000.0), ("pe_ratio", "2026", 66.0),
        ("pe_ratio", "2027", 48.0), ("pe_ratio", "2028", 37.0)]


def test_a_span_of_another_length_keeps_the_whole_span():
    f = facts_of_text("星桥科技(688999)点评\n星桥科技2024-2026年收入分别增长20%、30%。", DAY)
    assert set(f["period"]) == {"2024/2026"}


@pytest.mark.parametrize("text, value, qualifier", [
    ("市场规模有望突破千亿元", 1e11, "over"),
    ("平台订单站上万亿", 1e12, "over"),
    ("市值跌破千亿", 1e11, "under"),
])
def test_a_magnitude_after_a_word_of_passing_a_mark(text, value, qualifier):
    (q,) = find_quantities(text)
    assert (q.value, q.qualifier) == (value, qualifier)


@pytest.mark.parametrize("text", ["（亿元）", "单位：百万美元", "金额（千万元）"])
def test_a_bare_magnitude_label_stays_no_quantity(text):
    assert find_quantities(text) == []
