"""Theme confusions (fixtheme26d): an official statistics paragraph's revenue and profit are an
industry's or a region's aggregate (market), though worded 收入 like a firm's segment: a
``paragraph`` rule of theme_boundaries.csv reads the aggregate word (全国, 全行业, 规模以上,
东部地区 ...) anywhere in the paragraph up to the number's sentence, and fires only where the
number names no firm. Every example is invented (青禾, 岚峰 exist in no report)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 6, 20)

_BULLETIN = ("1—4月，全国数据服务业务收入累计完成6,420亿元，同比增长7.3%；实现利润总额810亿元，同比增长5.1%。\n\n"
             "分领域看，数据标注服务收入930亿元，同比增长21.4%，占全行业收入比重为14.5%。模型训练服务收入455亿元，同比增长33.8%。\n")

CASES = [
    # the whole the paragraph names (全国) and the profit of the same sentence
    (_BULLETIN, "6,420亿元", "market"),
    (_BULLETIN, "810亿元", "market"),
    # line items of a later paragraph, the whole (全行业) named after the first, a later sentence too
    (_BULLETIN, "930亿元", "market"),
    (_BULLETIN, "455亿元", "market"),
    (_BULLETIN, "33.8%", "market"),
    # a firm's revenue stays its own, though the paragraph names 全国
    ("青禾科技在全国设有20个交付中心，前三季度数据服务收入18.6亿元，同比增长12%。", "18.6亿元", "earnings"),
    ("分地区看，岚峰集团华东地区收入42亿元。", "42亿元", "earnings"),
    # a firm word earlier in the paragraph: the region's revenue is the firm's part
    ("公司上半年销售额同比增长8%。其中东部地区收入46亿元，同比增长11%。", "46亿元", "earnings"),
]


@pytest.mark.parametrize("text,number,theme", CASES)
def test_aggregate_revenue_is_market(text, number, theme):
    assert row_of(facts_of_text(text, DAY), number)["theme"] == theme
