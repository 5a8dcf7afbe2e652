"""A rental price per card and month (元/卡·月: a middle dot before the period, as a slash) is a
price, and a quoted-price column (报价) makes the 环比/同比 columns beside it price changes.

Every example is invented (the tables, cards and figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.quantities import parse_unit_label
from helpers_text import facts_of_text

DAY = dt.date(2026, 5, 6)

RENT_TABLE = """三、单卡月租（元/卡·月）
表3　主要加速卡月租报价
型号　　　　　4月报价　　环比(%)　　同比(%)　　利用率(%)
A100　　　　　3,700　　　-2.6　　　 -24.4　　　67
L40S　　　　　2,150　　　+0.9　　　 -9.3　　　 74
注：报价为整机月租折算。
"""


def test_a_price_label_per_card_closed_by_its_period_after_a_dot_is_money():
    assert parse_unit_label("（元/卡·月）")[1] == "CNY"
    assert parse_unit_label("（美元/GPU/月）")[1] == "USD"
    assert parse_unit_label("（元/台·月）")[1] == "CNY"  # as before


def test_rental_cells_are_prices_and_their_moves_price_changes():
    f = facts_of_text(RENT_TABLE, DAY)
    rows = {t: (th, u, v) for t, th, u, v in zip(f["text"], f["theme"], f["unit"], f["value"])}
    assert rows["3,700"] == ("pricing", "CNY", 3700.0)
    assert rows["2,150"][:2] == ("pricing", "CNY")
    assert rows["-2.6"] == ("pricing", "ratio", -0.026)
    assert rows["+0.9"][0] == "pricing"
    assert rows["-24.4"] == ("pricing", "ratio", -0.244)
    assert rows["67"][0] == "compute"  # the utilization column stays compute


HOURLY_TABLE = """表1　海外云GPU按需均价（美元/卡·时）
型号　　　　　4月均价　　3月均价　　环比(%)　　同比(%)
L40S　　　　　0.96　　　 0.99　　　 -3.0　　　 -21.7
"""


def test_a_growth_column_after_another_growth_column_is_of_the_latest_period():
    f = facts_of_text(HOURLY_TABLE, DAY)
    periods = dict(zip(f["text"], f["period"]))
    assert periods["-3.0"] == "2026-04"
    assert periods["-21.7"] == "2026-04"  # not 2026-03, the column left of 环比
