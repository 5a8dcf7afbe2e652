"""Buyback terms (invented texts; 澄岭科技 exists in no report): a filing's floor and cap of one
buyback amount, each marked inclusive with （含）, are one range."""
from __future__ import annotations

from tests.text_facts import facts_of


def test_inclusive_marked_floor_and_cap_are_one_range():
    df = facts_of("澄岭科技拟以集中竞价方式回购股份，回购资金总额不低于人民币8,000万元（含），不超过人民币1.6亿元（含）。")
    rows = df[df["metric"] == "share_buyback_amount"]
    assert len(rows) == 1
    assert rows.iloc[0]["value"] == 80_000_000 and rows.iloc[0]["value_high"] == 160_000_000


def test_inclusive_mark_with_bracket_of_ascii_and_joiner():
    df = facts_of("澄岭科技本次回购金额不低于5,000万元(含)且不超过1亿元(含)。")
    rows = df[df["metric"] == "share_buyback_amount"]
    assert len(rows) == 1 and rows.iloc[0]["value_high"] == 100_000_000
