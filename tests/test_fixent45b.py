"""A product or model heading a list item before a colon (``3. 星野：…``, ``· Claude Code：…``) is
the item's topic: the revenue the line gives is the product's own, not its maker's. A company
named after the colon keeps its own figures, and a product only mentioned in a firm's sentence
still leaves the revenue to its maker. Invented sentences; the products are lexicon rows."""
import datetime as dt

import pytest

from tests.helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 8, 1)

ITEMS = ("二、陪伴应用\n"
         "1. 星野（国内版）：上半年内购收入约1,020万元，同比增长48%。\n"
         "· Claude Code：run-rate 已接近 $1bn。\n"
         "· 可灵AI：季内收入超过3亿元。\n")


@pytest.mark.parametrize("text,entity", [("约1,020万元", "Xingye"), ("48%", "Xingye"),
                                         ("接近 $1bn", "Claude Code"), ("超过3亿元", "Kling AI")])
def test_product_heading_its_item_keeps_its_revenue(text, entity):
    df = facts_of_text(ITEMS, PUB)
    assert row_of(df, text)["entity"] == entity, text


def test_company_after_the_colon_keeps_its_own_revenue():
    text = "· Claude Code：Anthropic披露公司年化收入约70亿美元。\n"
    df = facts_of_text(text, PUB)
    assert row_of(df, "约70亿美元")["entity"] == "Anthropic"


def test_product_mentioned_mid_sentence_leaves_revenue_to_maker():
    text = "快手表示，受可灵AI带动，公司二季度收入约350亿元。\n"
    df = facts_of_text(text, PUB)
    assert row_of(df, "约350亿元")["entity"] == "Kuaishou"
