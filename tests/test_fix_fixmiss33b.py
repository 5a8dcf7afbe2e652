"""Recall in running text: a subsidy amount a firm receives (获得…政府补助, 获批补贴…) is a fact,
capex ``government_subsidy`` as the gold files it, while a policy's offer of support to firms in
general (给予最高30%的补贴) stays no fact. Invented sentences."""
from __future__ import annotations

from tests.text_facts import facts_of


def _money(text: str):
    rows = facts_of(text)
    return rows[rows["unit"] == "CNY"]


def test_subsidy_a_firm_receives_is_capex():
    rows = _money("岚峰科技获得约3.2亿元的政府补助，用于建设智算中心。")
    assert len(rows) == 1, rows.to_string()
    row = rows.iloc[0]
    assert (row["theme"], row["metric"], row["value"]) == ("capex", "government_subsidy", 3.2e8)


def test_subsidy_granted_before_the_amount():
    rows = _money("岚峰科技是本轮算力补贴的受益者之一，获批补贴最高2亿元，用于采购GPU服务器。")
    hit = rows[(rows["metric"] == "government_subsidy") & (rows["value"] == 2e8)]
    assert len(hit) == 1 and hit.iloc[0]["theme"] == "capex", rows.to_string()


def test_policy_offer_stays_no_fact():
    rows = _money("对首次进场交易的企业给予最高80万元补贴。")
    assert not (rows["metric"] == "government_subsidy").any(), rows.to_string()
