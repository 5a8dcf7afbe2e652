"""Counts and prices of the data-annotation and generative-AI regulation genre that the extractor
missed (invented texts; 视频拉框, 语料清洗 and the figures are made up).

- A price table captioned per item or per frame (``（元/条）``, ``（元/帧）``) holds prices: 条 and
  帧 are goods a price label may be per, as 件 and 个 are.
- A caption offering alternative goods (``（元/条或元/帧）``) is one unit when every alternative
  reads as the same currency and scale; alternatives in different units are no label.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.quantities import find_unit_labels, parse_unit_label
from tests.text_facts import facts_of

DAY = dt.date(2025, 10, 20)


def _table(caption: str) -> dict[str, tuple]:
    text = ("二、单价\n"
            f"表2：典型外包订单单价{caption}\n"
            "任务类型　　　　　　　　2023年　　2025年\n"
            "视频拉框（每框）　　　0.4　　　 0.2\n"
            "语料清洗（每条）　　　　　12　　　　7\n"
            "资料来源：访谈\n")
    f = facts_of(text, DAY)
    return {r.text: (r.theme, r.value, r.unit, r.period) for r in f.itertuples()}


def test_a_price_per_item_or_per_frame_heads_prices():
    for caption in ("（元/条）", "（元/帧）"):
        r = _table(caption)
        assert r["0.4"] == ("pricing", 0.4, "CNY", "2023"), r
        assert r["7"] == ("pricing", 7.0, "CNY", "2025"), r


def test_alternative_goods_in_one_currency_are_one_label():
    assert parse_unit_label("（元/条或元/帧）") == parse_unit_label("元/条")
    assert [lab[2:] for lab in find_unit_labels("表2：单价（元/条或元/帧）")] == [tuple(parse_unit_label("元"))]
    r = _table("（元/条或元/帧）")
    assert r["12"] == ("pricing", 12.0, "CNY", "2023"), r
    assert r["0.2"] == ("pricing", 0.2, "CNY", "2025"), r


def test_alternatives_in_different_units_are_no_label():
    assert parse_unit_label("元/条或美元/帧") is None
    assert find_unit_labels("（亿元或%）") == []
