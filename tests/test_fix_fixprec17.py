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


_LINES_TABLE = """表1：2025年上半年分产品收入（单位：亿元）
产品线                    营业收入      同比
云端产品线                15.90         240.12%
边缘产品线                0.32          -40.50%
合计                      16.22         212.35%
资料来源：公司半年度报告
"""


def test_a_total_row_repeating_the_prose_is_one_claim_the_prose_names():
    f = facts_of_text("星河芯片（688000.SH）上半年实现营业收入16.22亿元，同比增长212.35%。\n\n" + _LINES_TABLE, DAY)
    rev = f[f["value"].round(0) == 1.622e9]
    assert len(rev) == 1 and rev["text"].iloc[0] == "16.22亿元"
    growth = f[(f["value"] - 2.1235).abs() < 1e-9]
    assert len(growth) == 1 and "合计" not in set(f["entity"])


def test_a_total_row_before_the_prose_takes_the_prose_name():
    f = facts_of_text(_LINES_TABLE + "\n星河芯片（688000.SH）上半年实现营业收入16.22亿元，同比增长212.35%。", DAY)
    rev = f[f["value"].round(0) == 1.622e9]
    assert len(rev) == 1 and rev["entity"].iloc[0] != "合计"


def test_a_total_row_the_prose_does_not_state_stays():
    f = facts_of_text("星河芯片（688000.SH）上半年业绩亮眼。\n\n" + _LINES_TABLE, DAY)
    assert (f["value"].round(0) == 1.622e9).sum() == 1
