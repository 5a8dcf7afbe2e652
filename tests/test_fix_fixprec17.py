"""Precision fixes of round 17: numbers in a note that state no claim of their own.

Every example is invented (星河软件, 青岚 and their figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 9, 3)


def _texts(text: str) -> list[str]:
    return list(facts_of_text(text, DAY)["text"])


def test_a_bound_amount_before_the_count_of_what_it_bounds_is_no_fact():
    t = _texts("星河软件二季度收入12.4亿元。ACV超过$3m的客户数为217家，同比增长约15%；"
               "交易中超过$2m的订单数量同比增长一倍以上。")
    assert "超过$3m" not in t and "超过$2m" not in t
    assert "217" in t and "约15%" in t and "12.4亿元" in t


def test_a_bound_capacity_before_a_counted_number_is_no_fact():
    t = _texts("截至2025年6月，全国智算中心项目超过300个，单体规模在800PFLOPS以上的大型智算中心约45个。")
    assert not any("PFLOPS" in x for x in t)
    assert "超过300" in t and any("45" in x for x in t)


def test_a_bound_amount_of_an_order_that_is_counted_by_nothing_stays():
    t = _texts("星河软件获得超过10亿元的AI订单，某智算中心投资超过50亿元。")
    assert "超过10亿元" in t and "超过50亿元" in t
