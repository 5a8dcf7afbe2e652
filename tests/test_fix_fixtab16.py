"""fixtab16: table-reading classes (invented tables, invented firms and numbers)."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 8, 5)


# --- 1: 其他 in a share table is the rest of the market, under a vendor/brand column too ---------
def test_other_row_of_a_brand_share_table():
    f = facts_of_text("表2　2025Q2全球智能手表品牌份额（%）\n品牌\t份额\t环比变化（个百分点）\n"
                      "岚渡智能\t31.2\t+1.3\n曜芯半导体\t22.8\t-0.7\n其他\t14.6\t-2.2\n", PUB)
    assert entity_of(f, "14.6") == "Other"
    assert entity_of(f, "-2.2") == "Other"


def test_other_row_of_a_vendor_share_table_header():
    f = facts_of_text("表3：2025年1-6月座舱芯片供应商格局\n供应商\t份额(%)\n岚渡智能\t40.5\n其他\t9.1\n", PUB)
    assert entity_of(f, "9.1") == "Other"


def test_other_row_of_a_revenue_table_under_a_firm_column_stays():
    # near-miss: a revenue table (no share word) keeps 其他 as written under 公司
    f = facts_of_text("表1：AI应用公司2025年收入（亿元）\n公司\t2025年收入\n澜溪数科\t12.5\n其他\t3.3\n",
                      dt.date(2026, 1, 20))
    assert entity_of(f, "3.3") not in ("Qita", "Other")
