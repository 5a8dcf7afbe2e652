"""Shares, multiples and usage named by the word right beside the number (invented texts): the
Taiwanese 市占 after a revenue amount, EV/Sales written in words after its multiple, a price as a
multiple of another's, usage growth after a revenue clause, a cloud GPU commitment discount."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.text_facts import facts_of

PUB = dt.date(2025, 11, 20)


def _row(text: str, value: float, unit: str):
    rows = facts_of(text, PUB)
    hit = rows[(rows["unit"] == unit) & ((rows["value"] - value).abs() < 1e-9)]
    assert len(hit) == 1, rows[["theme", "entity", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


@pytest.mark.parametrize("text, value", [
    ("第二季甲公司NAND营收88.1亿美元、市占27.4%。", 0.274),
    ("第三季乙公司模组出货市占41%，丙公司19%。", 0.19),
])
def test_short_market_share_word_is_a_market_share(text, value):
    row = _row(text, value, "ratio")
    assert (row["theme"], row["metric"]) == ("market", "market_share")


@pytest.mark.parametrize("text", [
    "我们按2026财年预测收入给予6倍企业价值/销售倍数。",
    "按明年预测收入給予6倍企業價值／銷售倍數。",
])
def test_ev_sales_in_words_after_the_multiple_is_a_valuation(text):
    row = _row(text, 6.0, "multiple")
    assert (row["theme"], row["metric"]) == ("valuation", "ev_sales")


@pytest.mark.parametrize("text, value", [
    ("甲云的按需价仍是二线云厂商的3～5倍。", 3.0),
    ("乙云的按需价为每小时40美元，已接近丙云调价后的1.6倍。", 1.6),
])
def test_a_price_as_a_multiple_of_another_is_pricing(text, value):
    row = _row(text, value, "multiple")
    assert (row["theme"], row["metric"]) == ("pricing", "price_multiple")


def test_usage_growth_after_a_revenue_clause_is_adoption():
    row = _row("丁产品年化收入已超过3亿美元，过去半年使用量增长超过6倍。", 6.0, "multiple")
    assert (row["theme"], row["metric"]) == ("adoption", "usage_growth")


def test_gpu_commitment_discount_is_cloud_pricing():
    row = _row("GPU资源的承诺使用折扣为一年期28%。", -0.28, "ratio")
    assert row["theme"] == "pricing"
