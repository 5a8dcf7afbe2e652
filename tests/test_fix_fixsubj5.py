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
