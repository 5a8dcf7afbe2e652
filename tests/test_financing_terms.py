"""Project financing and note issues (invented text): the money raised and the coupon are
valuation figures of the issuer, except financing raised for a facility (a data-centre project),
which is capex (fixtheme35b: the triage gold of several genres labels it so); the year a note falls due is no period of the amount; a
prepayment share is a term of the buyer's contract."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 4, 8)


def test_notes_and_their_coupon():
    df = facts_of_text("星河数据科技发行15亿美元2030年到期优先票据，票面利率8.5%。", PUB)
    notes, coupon = row_of(df, "15亿美元"), row_of(df, "8.5%")
    assert (notes["theme"], notes["entity"], notes["metric"], notes["unit"]) == \
        ("valuation", "Xinghe", "notes_issued", "USD")
    assert notes["period"] != "2030"  # 2030年到期 is the maturity
    assert (coupon["theme"], coupon["metric"], coupon["value"]) == ("valuation", "coupon_rate", 0.085)
    df = facts_of_text("云擎科技于3月完成发行8亿美元可转换票据，2031年到期。", PUB)
    row = row_of(df, "8亿美元")
    assert (row["theme"], row["metric"], row["period"]) == ("valuation", "notes_issued", "2026-03")


def test_project_financing_is_no_market_size():
    df = facts_of_text("云擎科技宣布其数据中心项目融资规模150亿美元，由多家银行牵头。", PUB)
    row = row_of(df, "150亿美元")
    assert (row["theme"], row["entity"], row["metric"]) == ("capex", "Yunqing", "project_financing")


def test_a_prepayment_share_of_the_contract():
    df = facts_of_text("亚马逊与云擎科技签订价值40亿美元的GPU算力协议，首期预付款为合约金额的15%。", PUB)
    row = row_of(df, "15%")
    assert (row["theme"], row["metric"], row["value"]) == ("capex", "prepayment_share", 0.15)


def test_near_misses_keep_their_reading():
    # notes receivable are no issue; a bond market's size stays a market size; a year of a
    # forecast is a period when no 到期 follows it
    df = facts_of_text("截至一季度末，星河数据科技应收票据3.2亿元。", PUB)
    assert not (df["metric"] == "notes_issued").any()
    df = facts_of_text("2025年中国债券市场规模达150万亿元。", PUB)
    assert tuple(row_of(df, "150万亿元")[["theme", "metric"]]) == ("market", "market_size")
    df = facts_of_text("云擎科技预计2030年营收达到40亿美元。", PUB)
    assert row_of(df, "40亿美元")["period"] == "2030"
