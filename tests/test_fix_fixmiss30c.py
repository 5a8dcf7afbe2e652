"""A deal's contingent consideration (或有对价, 或有付款, contingent consideration) is a valuation
term of the deal, not the target's earnings, whatever 业绩 stands near it.

Every example is invented (白鹭半导体, 云杉光电 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2026, 2, 10)


def _rows(text: str) -> dict[str, tuple[str, str]]:
    f = facts_of_text(text, DAY)
    return {t: (th, m) for t, th, m in zip(f["text"], f["theme"], f["metric"])}


def test_contingent_consideration_after_the_number_is_valuation():
    r = _rows("白鹭半导体宣布以约12.5亿美元（现金加股票）收购云杉光电；若业绩达标，另有最高3.5亿美元的或有对价。")
    assert r["3.5亿美元"] == ("valuation", "contingent_consideration")


def test_contingent_payment_inside_a_deal_price():
    r = _rows("对价28亿美元中含最高2亿美元或有付款，交割预计在明年一季度完成。")
    assert r["2亿美元"] == ("valuation", "contingent_consideration")


def test_english_contingent_consideration():
    r = _rows("Bailu agreed to buy Yunshan for US$2bn plus up to US$300mn in contingent consideration.")
    assert r["US$300mn"] == ("valuation", "contingent_consideration")
