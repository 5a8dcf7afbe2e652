"""A price per kilowatt of capacity alone (``约6800元/kW``, ``1800美元/千瓦``) is read whole, with
its denominator (``price_per_kw``), and is what equipment or a plant costs for its capacity
(theme market), not the price of an AI service; a rent per kW and month and a price per kWh keep
their own readings.

Every example is invented (the firms, plants and figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 2, 10)


def test_a_cost_per_kilowatt_is_a_market_price_per_kw():
    df = facts_of_text("岚川储能电站的单位造价约为6800元/kW，高于抽水蓄能。", PUB)
    row = row_of(df, "6800元/kW")
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("market", "price_per_kw", 6800.0, "CNY")


def test_a_range_per_kilowatt_in_chinese_units_too():
    df = facts_of_text("青槐燃机项目的设备报价已升至1800-2100美元/千瓦。", PUB)
    row = row_of(df, "1800-2100美元/千瓦")
    assert (row["theme"], row["value"], row["value_high"], row["unit"]) == ("market", 1800.0, 2100.0, "USD")
    assert row["metric"].endswith("_per_kw")


def test_a_rent_per_kilowatt_and_month_stays_a_price_per_month():
    df = facts_of_text("岚桥园区批发机柜租金约120元/kW/月。", PUB)
    row = row_of(df, "约120元/kW/月")
    assert (row["theme"], row["metric"]) == ("pricing", "price_per_kw_per_month")


# A fraction after a ratio verb and …的 in a sentence that stated one kind of amount before it
# is the ratio of that amount to another's, in the amount's theme (facts._fraction_of_measure).

def test_a_fraction_of_a_stated_count_is_its_ratio():
    df = facts_of_text("青禾AI助手12月下载820万次，仅为今年3月高点的约四分之一。", PUB)
    row = row_of(df, "约四分之一")
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("adoption", "downloads_ratio", 0.25, "ratio")


def test_a_fraction_of_a_stated_amount_of_money_is_its_ratio():
    df = facts_of_text("岚川科技去年营收约12亿元，只有行业龙头的五分之一。", PUB)
    row = row_of(df, "五分之一")
    assert (row["theme"], row["metric"], row["value"]) == ("earnings", "revenue_ratio", 0.2)


def test_a_sentence_of_several_kinds_of_amount_leaves_the_fraction_unread():
    df = facts_of_text("青禾AI助手12月下载820万次，营收约1.2亿元，仅为今年3月高点的约四分之一。", PUB)
    assert df[df["text"].str.contains("四分之一")].empty
