"""Figures no keyword names (classify.py cause ``none``): a deal's price, whose grammar, not a
noun, says what the number is. An amount led by 以 and followed by a buying or selling verb
(``以24亿美元获得…``, ``以1.16亿美元将…出售给…``) is valuation ``consideration``.

Every example is invented (青禾科技, 岚川电讯, 宏晟电子 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2026, 4, 10)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {t: (th, m, v, u) for t, th, m, v, u in zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"])}


# --- 以 + amount + deal verb: the price of a deal ------------------------------------------

def test_an_amount_led_by_yi_before_a_buying_verb_is_a_deal_price():
    got = _rows("青禾科技以36亿美元获得岚川电讯的全部语音模型专利。")
    assert got["36亿美元"] == ("valuation", "consideration", 3.6e9, "USD")


def test_a_sale_with_its_object_before_the_verb_is_a_deal_price():
    got = _rows("宏晟电子3月宣布以2.4亿元将旗下翻译耳机资产出售给岚川电讯。")
    assert got["2.4亿元"][:2] == ("valuation", "consideration")


def test_an_amount_led_by_yi_with_no_deal_verb_is_no_deal_price():
    got = _rows("青禾科技新款翻译耳机以899元起售。")
    assert all(m != "consideration" for _, m, _, _ in got.values())


def test_a_deal_verb_far_after_the_amount_is_no_deal_price():
    got = _rows("宏晟电子以5000万元的年度研发投入为基础，将在三年后逐步出售部分业务。")
    assert all(m != "consideration" for _, m, _, _ in got.values())
