"""Counts in a counter column whose header, row label or caption names whose activity they are.

A table column headed by a counter alone (``旅客运输量（千人次）``, ``（单位：万件）``) holds counts
of adoption by default (facts_words.csv column_counter). A word of the column header, the row
label or the caption that names a market's population or activity before a prose count
(counter_default_theme, counter_default_scope: 旅客, 游客, 客流, 业务量, 快递) names the
table's counts the same way: passengers carried, parcels delivered and visitors received are a
market's volume, as the labelled sets count them. Every example is invented (松岚, 青杉 and the
figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

DAY = dt.date(2025, 9, 15)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_passengers_in_a_row_label_are_a_markets():
    r = _rows("松岚航空8月运营数据\n\n"
              "| 指标 | 2025年8月 | 同比变动 |\n|---|---|---|\n"
              "| 旅客运输量（千人次） | 3,215.4 | 4.2% |\n")
    assert r["3,215.4"][0] == "market" and r["3,215.4"][2] == 3215400
    assert r["4.2%"][0] == "market"


def test_visitor_flow_in_a_caption_is_a_markets():
    r = _rows("表2　2024年松岚市重点乐园客流（单位：万人次）\n"
              "| 乐园 | 2024年 | 2023年 |\n|---|---|---|\n"
              "| 青杉乐园 | 1,230 | 1,180 |\n")
    assert r["1,230"][0] == "market" and r["1,230"][2] == 12300000


def test_express_volume_under_a_caption_unit_is_a_markets():
    r = _rows("（三）重点城市情况（单位：万件）\n"
              "城市　　　　8月业务量　　同比(%)\n"
              "松岚市　　　27,310　　　　16.4\n"
              "青杉市　　　18,205　　　　21.7\n")
    assert r["27,310"][0] == "market" and r["27,310"][2] == 273100000


def test_a_counter_column_naming_no_population_stays_adoption():
    r = _rows("表1　松岚市政务热线运行情况\n"
              "| 区县 | 受理量（件） | 办结率 |\n|---|---|---|\n"
              "| 青杉区 | 48,120 | 98.2% |\n")
    assert r["48,120"][0] == "adoption"


def test_firms_in_a_customer_column_stay_adoption():
    # a near miss: 企业 names firms in prose (counter_default_theme), not in a customer column
    r = _rows("| 指标 | 2025Q2 | 2025Q1 |\n|---|---|---|\n"
              "| 付费企业客户数（家） | 3,420 | 2,980 |\n")
    assert r["3,420"][0] == "adoption"
