"""Values the extractor put under the wrong theme among the non-market themes (fixfin46):
unit prices and service fees read as purchase commitments, assets under management read as
adoption, a customer's acquisition cost read as adoption, a university's research money read as a
government's allotment, and fee and revenue-share rates read as revenue growth. Invented texts."""
from __future__ import annotations

import pytest

from tests.text_facts import facts_of


def _row(text: str, value: float, unit: str):
    rows = facts_of(text)
    hit = rows[(rows["unit"] == unit) & ((rows["value"] - value).abs() <= 1e-9 * max(1.0, abs(value)))]
    assert len(hit) == 1, rows[["theme", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


@pytest.mark.parametrize("text,value,unit,theme,metric", [
    # 单价 names a price for a money amount too, not the buyer's purchase commitment
    ("答：我们采购的端侧视觉模组单价已由去年的52元降至31元，下降约40%。", 31.0, "CNY", "pricing", "price"),
    ("答：我们采购的端侧视觉模组单价已由去年的52元降至31元，下降约40%。", -0.40, "ratio", "pricing", "price_change"),
    # 服务费: the fee a buyer pays for a service is its price
    ("县级医院采购澄影AI阅片软件的年服务费，已由三年前的60万元左右降至目前的15万元。",
     150000.0, "CNY", "pricing", "price"),
])
def test_unit_price_and_service_fee_are_pricing(text, value, unit, theme, metric):
    row = _row(text, value, unit)
    assert (row["theme"], row["metric"]) == (theme, metric)


def test_purchase_amount_without_unit_price_stays_capex():
    # near miss: a purchase contract's total is the buyer's commitment, not a price
    row = _row("为开展算力租赁业务，岚峰数据拟向供应商采购AI服务器，采购合同金额不超过28亿元。",
               2.8e9, "CNY")
    assert row["theme"] == "capex"


@pytest.mark.parametrize("text,value,unit", [
    ("截至9月末，澄宇智投平台管理资产规模达412亿元，较年初增长58%。", 4.12e10, "CNY"),
    ("截至9月末，澄宇智投平台管理资产规模达412亿元，较年初增长58%。", 0.58, "ratio"),
])
def test_assets_under_management_are_valuation(text, value, unit):
    assert _row(text, value, unit)["theme"] == "valuation"


def test_industry_asset_management_stays_market():
    # near miss: an industry's assets under management (资产管理规模) is a market size
    row = _row("据测算，全球资产管理规模约135万亿美元。", 1.35e14, "USD")
    assert row["theme"] == "market"


def test_customer_acquisition_cost_is_pricing():
    row = _row("营销端，智能投放模型使获客成本由每位新用户288元降至215元。", 215.0, "CNY")
    assert (row["theme"], row["metric"]) == ("pricing", "customer_acquisition_cost")


@pytest.mark.parametrize("value", [2.93e9, 1.87e9])
def test_research_funding_received_is_earnings(value):
    text = "2024年度青岚大学到账科研经费29.3亿元，同比增长8.1%，其中纵向经费18.7亿元。"
    row = _row(text, value, "CNY")
    assert (row["theme"], row["metric"]) == ("earnings", "research_funding")


def test_government_allotment_stays_capex():
    # near miss: 经费 a government allots is government funding (capex)
    row = _row("中央财政安排人工智能专项经费约3.4亿元。", 3.4e8, "CNY")
    assert (row["theme"], row["metric"]) == ("capex", "government_funding")


@pytest.mark.parametrize("text,value,unit,metric", [
    ("2. 品牌使用费：按月营业额的3%收取，每月最低800元；", 0.03, "ratio", "fee_rate"),
    ("作为对照，流媒体平台向唱片公司支付的版权分成约为收入的48%。", 0.48, "ratio", "revenue_share"),
    ("平台平均佣金率为7.2%；自2024年7月起对小微商户佣金率下调1个百分点。", 0.072, "ratio", "commission_rate"),
    ("平台平均佣金率为7.2%；自2024年7月起对小微商户佣金率下调1个百分点。", -0.01, "pp",
     "commission_rate_change"),
    ("本季度商户综合手续费率约0.41%，较去年同期下降0.02个百分点。", 0.0041, "ratio", "fee_rate"),
    ("按作者同意书约定，许可费由出版社与作者分成，分成比例为50%。", 0.5, "ratio", "revenue_split"),
])
def test_fee_and_revenue_share_rates_are_pricing(text, value, unit, metric):
    row = _row(text, value, unit)
    assert (row["theme"], row["metric"]) == ("pricing", metric)


@pytest.mark.parametrize("text,value,theme,metric", [
    # near misses: revenue from revenue sharing grows (earnings); a renewal rate is adoption
    ("星禾科技广告分成收入同比增长35%。", 0.35, "earnings", "revenue_growth"),
    ("星禾会员续费率为68%。", 0.68, "adoption", "renewal_rate"),
])
def test_revenue_and_renewal_rates_keep_their_theme(text, value, theme, metric):
    row = _row(text, value, "ratio")
    assert (row["theme"], row["metric"]) == (theme, metric)


def test_a_cost_tables_commission_row_stays_a_share_of_revenue():
    # near miss: in a cost table, a commission row's ratio is a cost's share of revenue (earnings)
    text = ("二、成本明细（2025年，单位：元）\n| 项目 | 金额 | 占收入比例 |\n| --- | --- | --- |\n"
            "| 服务器费用 | 41,200 | 5.9% |\n| 应用商店抽成 | 97,300 | 13.8% |\n")
    assert _row(text, 0.138, "ratio")["theme"] == "earnings"
