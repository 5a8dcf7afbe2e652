"""Customs figures name the aggregate: a place's trade of a good (``South Korea semiconductor
exports``), whether the release dates it between place and good (韩国9月半导体出口额), writes the
trade verb first (我国进口集成电路…) or repeats the bare trade word later in the sentence (进口金额).

Every example is invented (泰国's and 越南's figures are made up; no report states them).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 11, 3)


def _entities(text: str) -> dict[str, str]:
    f = facts_of(text, DAY)
    return dict(zip(f["text"], f["entity"]))


def test_a_month_between_the_place_and_the_good_keeps_the_place():
    e = _entities("宏观层面，韩国9月光模块出口额26.4亿美元，同比增长31.5%。")
    assert e["26.4亿美元"] == e["31.5%"] == "South Korea optical transceiver exports"


def test_a_year_between_the_place_and_the_good_keeps_the_place():
    e = _entities("我国2024年服务器进口金额约87.3亿美元，同比下降6.2%。")
    assert e["约87.3亿美元"] == "China server imports"


def test_the_trade_verb_first_names_the_places_trade_of_the_good():
    e = _entities("据统计，2024年我国进口服务器41.2万台，同比增长9.3%；进口金额87.3亿美元，同比增长12.1%。")
    assert e["87.3亿美元"] == e["12.1%"] == "China server imports"


def test_the_trade_verb_opening_its_clause_names_the_goods_trade():
    e = _entities("出口光模块5.6亿只，同比增长18.2%；出口金额66.1亿美元，同比增长27.4%。")
    assert e["66.1亿美元"] == e["27.4%"] == "Optical transceiver exports"


def test_a_firms_import_is_no_trade_aggregate():
    e = _entities("青禾科技进口服务器120台，金额约3.5亿元。")
    assert not any("imports" in v for v in e.values())
