"""Net selling is negative net buying (SCHEMA: falls are negative; the gold's net_buying rows)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 3, 20)


@pytest.mark.parametrize("sentence, text, value", [
    ("本周外资净卖出青禾电子约12.5亿元。", "约12.5亿元", -1.25e9),
    ("本週外資淨賣出韓股約3.2萬億韓元。", "約3.2萬億韓元", -3.2e12),     # Traditional
    ("投信今日賣超27.4億元。", "27.4億元", -2.74e9),                      # Taiwanese 賣超
    ("自营商卖超6.3亿元。", "6.3亿元", -6.3e8),
    ("本周外资买超58.1亿元。", "58.1亿元", 5.81e9),                       # twin: buying stays positive
    ("南向资金净买入港股41.6亿港元。", "41.6亿港元", 4.16e9),
])
def test_net_selling_is_negative_net_buying(sentence, text, value):
    row = row_of(facts_of_text(sentence, DAY), text)
    assert (row["metric"], row["value"]) == ("net_buy", pytest.approx(value))


def test_net_selling_by_an_order_of_magnitude_is_negative_net_buying_too():
    # no figure, only how large the selling was: still net buying below zero (one convention for
    # every amount of net selling, however it is written)
    row = row_of(facts_of_text("该股近日又遭外资净卖出上亿元。", DAY), "上亿元")
    assert (row["metric"], row["value"]) == ("net_buy", -1e8)


def test_a_net_buying_or_selling_column_keeps_its_cells_signs():
    table = ("表：外资买卖超金额前三大（单位：亿元）\n"
             "股票名称　　买卖超金额　　涨跌幅(%)\n"
             "青禾电子　　　　123.4　　　　+2.10\n"
             "岚峰科技　　　　-45.6　　　　-1.20\n")
    df = facts_of_text(table, DAY)
    assert row_of(df, "123.4")["value"] == pytest.approx(1.234e10)
    assert row_of(df, "-45.6")["value"] == pytest.approx(-4.56e9)
