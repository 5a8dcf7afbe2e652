"""A market right after a buying or selling verb is where the money went, not who bought
(SCHEMA: the entity is who the figure is about; the gold's net_buying rows of 南向/北向资金)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 3, 20)


@pytest.mark.parametrize("sentence, text, buyer", [
    ("上周南向资金净买入港股约58.3亿港元，创年内新高。", "约58.3亿港元", "Southbound Stock Connect"),
    ("本週港股通淨買入港股92.4億港元。", "92.4億港元", "Southbound Stock Connect"),      # Traditional
    ("昨日北向资金净卖出A股约36亿元。", "约36亿元", "Northbound (Stock Connect) investors"),
])
def test_the_buyer_not_the_market_bought_owns_the_net_buying(sentence, text, buyer):
    assert row_of(facts_of_text(sentence, DAY), text)["entity"] == buyer


def test_a_firm_after_the_verb_still_owns_its_own_net_buying():
    # 净买入岚峰科技: a single stock bought is the subject of its own net buying (the gold's
    # southbound_net_buying rows); only a market after the verb gives way to the buyer
    row = row_of(facts_of_text("南向资金本周净买入腾讯控股21.5亿港元。", DAY), "21.5亿港元")
    assert row["entity"] == "Tencent"
