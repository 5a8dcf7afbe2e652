"""Theme: a compute-service contract the reporting firm sells is its earnings (SCHEMA: order
backlogs), and so are the term, the prepayment and the contract's share of the firm's revenue
stated in the lines of the same announcement item, below the line naming the customer.

Every text is invented.
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

SEP = dt.date(2025, 9, 28)


def _theme_of(frame, text: str) -> str:
    rows = frame[frame["text"].str.contains(text, regex=False)]
    assert len(rows) >= 1, frame[["theme", "metric", "value", "text"]].to_string()
    return rows.iloc[0]["theme"]


DIGEST = (
    "1. 星河数据（300999.SZ）　公告日：2025年9月19日\n"
    "· 全资子公司与某互联网客户签订《算力服务合同》，合同总金额8.88亿元（含税）。\n"
    "· 服务期限6年，算力规模约1,200P。\n"
    "· 客户须于合同生效后支付预付款，比例为合同总金额的35%。\n"
    "· 合同金额占公司2024年度经审计营业收入的41.5%。\n"
    "\n"
    "2. 远山科技（301888.SZ）　公告日：2025年9月22日\n"
    "· 与杭州某科技公司签署算力服务合同，合同金额约6.6亿元，期限4年。\n"
    "· 首期预付款比例12%。\n"
)


def test_digest_item_lines_below_the_customer_are_the_sellers_contract():
    rows = facts_of(DIGEST, SEP)
    assert _theme_of(rows, "8.88亿元") == "earnings"
    assert _theme_of(rows, "41.5%") == "earnings"  # the contract against the seller's revenue
    assert _theme_of(rows, "12%") == "earnings"  # prepayment, counterparty 与杭州某…


def test_service_term_of_a_sold_contract_is_earnings():
    rows = facts_of("公司控股子公司与某科技公司签订《算力服务合同》，合同总金额为7.70亿元（含税），服务期5年。", SEP)
    assert _theme_of(rows, "7.70亿元") == "earnings"
    hit = rows[(rows["unit"] == "years") & (rows["value"] == 5)]
    assert list(hit["theme"]) == ["earnings"], rows[["theme", "metric", "value", "text"]].to_string()


def test_a_purchase_in_the_same_block_stays_capex():
    text = ("3. 星河数据（300999.SZ）\n"
            "· 与某互联网客户签订算力服务合同，合同金额3.3亿元。\n"
            "· 为开展算力租赁业务，公司拟向供应商采购AI服务器，采购合同金额不超过20亿元。\n")
    rows = facts_of(text, SEP)
    assert _theme_of(rows, "20亿元") == "capex"


def test_additional_investment_in_a_country_is_capex():
    # 追加 between the place and 投资: more money into the same country, a capex plan (SCHEMA)
    rows = facts_of("微软承诺到2029年在日本追加投资45亿美元。", SEP)
    assert _theme_of(rows, "45亿美元") == "capex"


def test_free_period_is_pricing():
    # a product given away for a number of months is a free tier's length (SCHEMA: free tiers)
    rows = facts_of("星河助手Plus自12月1日起对巴西用户免费开放9个月，此后月费29雷亚尔。", SEP)
    hit = rows[rows["unit"] == "months"]
    assert list(hit["theme"]) == ["pricing"], rows[["theme", "metric", "value", "unit", "text"]].to_string()
