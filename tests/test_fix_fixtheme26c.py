"""Theme of shareholder returns and of customer and AI-work measures (invented texts): dividends
per share and payout ratios are earnings (profit paid out; buybacks stay valuation); net revenue
retention is adoption (customers); the share of work AI takes part in or of the service volume
AI handles is adoption, not a market share."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 9, 10)


def test_a_raised_quarterly_dividend_and_its_payout_ratio_are_earnings():
    df = facts_of_text("澜石电讯宣布季度股息上调6%至每股0.31美元，派息率约40%，并新增回购授权50亿美元。", PUB)
    assert tuple(row_of(df, "0.31美元")[["theme", "metric"]]) == ("earnings", "dividend_per_share")
    assert tuple(row_of(df, "约40%")[["theme", "metric"]]) == ("earnings", "payout_ratio")


def test_net_dollar_retention_is_adoption():
    df = facts_of_text("云栖软件二季度净美元留存率为121%，付费客户数增长18%。", PUB)
    r = row_of(df, "121%")
    assert (r.theme, r.metric, r.value) == ("adoption", "net_revenue_retention", 1.21)


def test_the_share_of_assets_ai_takes_part_in_making_is_adoption():
    df = facts_of_text("沧浪游戏披露其3D美术资产中AI参与生成的比例已达六成。", PUB)
    assert row_of(df, "六成")["theme"] == "adoption"


def test_ai_service_volumes_share_of_all_service_is_adoption():
    df = facts_of_text("泰和保险上半年AI服务量达9.6亿次，占总服务量的比重约为70%。", PUB)
    assert row_of(df, "70%")["theme"] == "adoption"
