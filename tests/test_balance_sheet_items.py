"""Balance-sheet items of a results note (invented text): inventories, prepayments and
contract liabilities are earnings figures dated by their balance day; their change by the
period it spans."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 4, 28)


def test_items_at_a_quarter_end_take_its_last_day():
    df = facts_of_text("寒武纪一季度末存货账面价值40.2亿元，较2025年末的31.0亿元增加9.2亿元；"
                       "预付款项12.5亿元；合同负债8.8亿元。", PUB)
    cases = {"40.2亿元": ("inventory", 4.02e9, "2026-03-31"),
             "31.0亿元": ("inventory", 3.1e9, "2025-12-31"),
             "9.2亿元": ("inventory_change", 9.2e8, "2026Q1"),
             "12.5亿元": ("prepayments", 1.25e9, "2026-03-31"),
             "8.8亿元": ("contract_liabilities", 8.8e8, "2026-03-31")}
    for text, (metric, value, period) in cases.items():
        row = row_of(df, text)
        assert (row["theme"], row["metric"], row["value"], row["period"]) == ("earnings", metric, value, period), text
        assert row["entity"] == "Cambricon"


def test_a_year_end_balance_and_a_fall():
    df = facts_of_text("海光信息2025年末预付账款5.1亿元，较年初减少1.3亿元。", PUB)
    assert tuple(row_of(df, "5.1亿元")[["metric", "period"]]) == ("prepayments", "2025-12-31")
    fall = row_of(df, "减少1.3亿元") if (df["text"] == "减少1.3亿元").any() else row_of(df, "1.3亿元")
    assert fall["metric"] == "prepayments_change" and fall["value"] == -1.3e8


def test_an_as_of_day_is_kept():
    df = facts_of_text("截至2026年3月31日，寒武纪存货为40.2亿元，较年初增长29.7%。", PUB)
    row = row_of(df, "40.2亿元")
    assert (row["metric"], row["period"]) == ("inventory", "2026-03-31")
    assert row_of(df, "29.7%")["metric"] == "inventory_growth"


def test_a_share_price_at_a_quarter_end_is_no_balance_item():
    # near-miss: a share price quoted at a period's end stays a price of that period
    df = facts_of_text("寒武纪一季度末股价报45.2元，较2025年末上涨12%。", PUB)
    row = row_of(df, "45.2元")
    assert (row["theme"], row["metric"], row["period"]) == ("valuation", "share_price", "2026Q1")
