"""Who a fact is about: the investor of an investment written after its figure, the holder of a
stake, a company's briefing items, a firm's share with a customer.

Figures and sentences are invented; the firms are real names of the alias list, since the rules
are about how two recognised names share a sentence.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 3, 12)


def _entities(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["entity"]))


def test_an_equity_investment_written_after_its_figure_is_the_investors():
    e = _entities("腾讯将向智谱进行5亿元的股权投资，持股比例约为4%。")
    assert e["5亿元"] == e["4%"] == "Tencent"


def test_a_holder_owns_the_stake_not_the_firm_held():
    e = _entities("阿里巴巴持有月之暗面约36%股权。")
    assert e["约36%"] == "Alibaba"


def test_near_miss_the_investee_keeps_its_own_funding_and_valuation():
    e = _entities("月之暗面获阿里巴巴投资8亿元，投后估值达到120亿元。")
    assert e["8亿元"] == e["120亿元"] == "Moonshot AI"


def test_an_item_of_a_companys_briefing_list_is_the_companys_not_the_previous_items_technology():
    f = facts_of_text("鸿海于10月举行法说会，要点如下：(1)液冷机柜产能明年将翻倍；(2)营业利益率提升至6.8%。", DAY)
    e = dict(zip(f["text"], f["entity"]))
    assert e["6.8%"] == "Hon Hai Precision (Foxconn)"
    # near miss: the capacity of the technology item itself keeps the technology
    assert e["翻倍"] == "Liquid-cooled racks"


def test_a_share_at_a_customer_is_the_suppliers():
    assert _entities("新易盛在谷歌800G光模块份额约40%。")["约40%"] == "Eoptolink"


def test_near_miss_no_name_before_zai_keeps_the_customer():
    assert _entities("今年在谷歌光模块采购中份额约三成。")["约三成"] == "Google"
