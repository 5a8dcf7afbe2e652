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
