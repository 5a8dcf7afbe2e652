"""Theme boundaries, round 5 (invented texts): a number found under a keyword of one theme
moves to the theme SCHEMA's boundaries give it by a context word (``data/theme_boundaries.csv``):
industrial inputs' and equipment's prices are market; growth at constant prices is a statistics
figure; a placement discount and a multiple of revenue are valuation; a shopping festival's
category GMV and an industry's procurement are market; a budget raise, listing expenses and an
equity commitment leave adoption/capex; licensing fees and revenue-share terms are pricing.
Each group has a near-miss the rule must leave alone."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 10, 15)


def _row(text, quote):
    return row_of(facts_of_text(text, PUB), quote)


# ---- prices of industrial inputs and equipment: market -----------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("恒岳化工自11月1日起对高频覆铜板再提价6%。", "6%"),
    ("北欧中压开关柜交期已由约9个月延长至18个月，价格三年累计上涨约35%。", "约35%"),
    ("单台NVL机柜售价约280万美元。", "约280万美元"),
])
def test_industrial_input_and_equipment_prices_are_market(text, quote):
    assert _row(text, quote)["theme"] == "market"


@pytest.mark.parametrize("text, quote", [
    ("某大模型API输入价格下调60%。", "下调60%"),
    ("某云厂商GPU机柜租赁价格下调约20%。", "下调约20%"),
])
def test_near_miss_ai_service_and_rental_prices_stay_pricing(text, quote):
    assert _row(text, quote)["theme"] == "pricing"


# ---- growth at constant prices: a statistics figure, not a price change -----------------------

def test_value_added_growth_at_comparable_prices_is_market():
    r = _row("按可比价格计算，全市软件业增加值增长11.2%。", "11.2%")
    assert (r["theme"], r["metric"], r["value"]) == ("market", "value_added_growth", pytest.approx(0.112))


@pytest.mark.parametrize("text, quote", [
    ("按不变价格计算，全省数字经济核心产业比上年增长8.9%。", "8.9%"),
    ("全省电子信息制造业按可比价格计算增长9.3%。", "9.3%"),
])
def test_growth_at_constant_prices_is_market(text, quote):
    r = _row(text, quote)
    assert (r["theme"], r["metric"]) == ("market", "real_growth")


# ---- placement discount and price-to-sales written as a multiple of revenue ------------------

def test_placement_discount_is_a_negative_valuation_term():
    # 折让 is read by the placing vocabulary (metrics.csv), not as a fall word before the number
    r = _row("配售价较前一交易日收盘价折让约6.5%。", "约6.5%")
    assert (r["theme"], r["metric"], r["value"]) == ("valuation", "price_discount", pytest.approx(-0.065))


@pytest.mark.parametrize("text, quote, period", [
    ("按招股价上限计算，市值相当于2024年收入约18倍市销率。", "约18倍", "2024"),
    ("星衡智能估值约为2025年预期收入的50倍。", "50倍", ""),
])
def test_value_as_a_multiple_of_revenue_is_a_ps_ratio(text, quote, period):
    r = _row(text, quote)
    assert (r["theme"], r["metric"], r["unit"]) == ("valuation", "ps_ratio", "multiple")
    if period:
        assert r["period"] == period


@pytest.mark.parametrize("text", [
    "星衡智能估值约80亿美元，收入同比增长50%。",
    "星衡智能今年估值上调的同时收入增长50%。",  # 估值 in the clause, but a growth rate is no multiple
])
def test_near_miss_revenue_growth_beside_a_valuation_stays_earnings(text):
    r = _row(text, "50%")
    assert (r["theme"], r["metric"]) == ("earnings", "revenue_growth")


# ---- shopping-festival category GMV, industry procurement -------------------------------------

def test_shopping_festival_category_gmv_growth_is_market():
    r = _row("双11期间AI眼镜成交额同比增长超过300%。", "超过300%")
    assert (r["theme"], r["metric"]) == ("market", "gmv_growth")


def test_near_miss_a_stock_turnover_stays_valuation():
    df = facts_of_text("星衡科技涨9.8%，半日成交额达41亿元。", PUB)
    assert set(df["theme"]) == {"valuation"}


def test_an_industry_procurement_won_by_suppliers_is_market():
    df = facts_of_text("某银行业大模型采购项目共52个，中标金额合计约8.4亿元，同比增长1.6倍。", PUB)
    assert row_of(df, "约8.4亿元")["theme"] == "market"
    assert row_of(df, "1.6倍")["theme"] == "market"


def test_near_miss_a_firm_winning_bids_stays_earnings():
    assert _row("星衡科技今年大模型相关中标金额约3.6亿元。", "约3.6亿元")["theme"] == "earnings"


# ---- budgets, expense items, equity commitments, rental prices, capex intensity --------------

def test_a_planned_budget_raise_is_capex_growth():
    df = facts_of_text("受访企业中约七成计划将AI相关预算提高30%以上。", PUB)
    raise_ = row_of(df, "30%以上")
    assert (raise_["theme"], raise_["metric"]) == ("capex", "budget_growth")
    assert row_of(df, "约七成")["theme"] == "adoption"  # the share of respondents stays adoption


@pytest.mark.parametrize("text, quote, metric", [
    ("公司2025年上市开支约3,600万元。", "约3,600万元", "listing_expenses"),
    ("公司以股份为基础的付款开支约1.2亿元。", "约1.2亿元", "share_based_payment_expense"),
])
def test_expense_items_are_earnings(text, quote, metric):
    r = _row(text, quote)
    assert (r["theme"], r["metric"]) == ("earnings", metric)


def test_near_miss_capex_after_listing_stays_capex():
    assert _row("公司上市后资本开支约3.2亿元。", "约3.2亿元")["theme"] == "capex"


def test_an_equity_commitment_is_valuation():
    r = _row("星衡资本对该公司累计出资承诺为300亿美元。", "300亿美元")
    assert (r["theme"], r["metric"]) == ("valuation", "investment_commitment")


def test_a_gpu_rental_price_fall_is_pricing():
    r = _row("机构预计H100租赁价格明年或再跌10%～15%。", "跌10%～15%")
    assert r["theme"] == "pricing"


def test_near_miss_a_share_price_fall_stays_valuation():
    assert _row("星衡科技股价下跌6%。", "下跌6%")["theme"] == "valuation"


def test_capex_as_a_share_of_revenue_is_capex():
    df = facts_of_text("Capex intensity fell to 11.4% of revenue from 13.0%.", PUB)
    assert set(df["theme"]) == {"capex"} and set(df["metric"]) == {"capex_to_revenue"}


# ---- liquid-cooling penetration, new-vehicle registrations ------------------------------------

def test_liquid_cooling_penetration_is_market():
    df = facts_of_text("2026年液冷渗透率将从2025年的约三成提高到六成。", PUB)
    assert set(df["theme"]) == {"market"} and len(df) == 2


def test_new_vehicle_registrations_are_market():
    r = _row("10月国内新能源乘用车上险量约131.2万辆。", "约131.2万")
    assert (r["theme"], r["unit"], r["value"]) == ("market", "count", 1312000)


def test_near_miss_a_robotaxi_fleet_stays_adoption():
    r = _row("截至6月末，星衡出行已在10座城市投放超过1,000辆无人车。", "超过1,000")
    assert (r["theme"], r["metric"]) == ("adoption", "vehicles")


# ---- licensing fees and revenue-share terms: pricing ----------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("某图库与星衡AI签署三年授权，每年授权费约1800万美元。", "约1800万美元"),
    ("每本书授权费5000美元，作者与出版社各分一半。", "5000美元"),
])
def test_licensing_fees_are_pricing(text, quote):
    r = _row(text, quote)
    assert (r["theme"], r["metric"]) == ("pricing", "licensing_fee")


def test_a_content_licensing_deal_value_is_pricing():
    r = _row("星衡AI与某报业集团签下的内容授权协议，未来5年总价值超过2.5亿美元。", "超过2.5亿美元")
    assert (r["theme"], r["metric"]) == ("pricing", "content_licensing_fee")


def test_revenue_share_and_pool_are_pricing():
    df = facts_of_text("星衡推出创作者订阅计划，收入的70%分给创作者，首期设立3000万美元的分成池。", PUB)
    assert (row_of(df, "70%")["theme"], row_of(df, "70%")["metric"]) == ("pricing", "revenue_share")
    assert (row_of(df, "3000万美元")["theme"], row_of(df, "3000万美元")["metric"]) == ("pricing", "revenue_pool")


def test_near_miss_licensing_revenue_and_an_equity_investment_keep_their_themes():
    assert _row("星衡授权费收入同比增长25%。", "25%")["theme"] == "earnings"
    r = _row("星衡公司将向某图库支付授权费，双方同时宣布星衡向其进行1亿美元股权投资。", "1亿美元")
    assert r["theme"] == "valuation"


# ---- industry aggregates and component shipments: market ------------------------------------

def test_a_country_gmv_and_its_growth_are_market():
    df = facts_of_text("2025年中国数字人直播GMV约1200亿元，同比增长60%。", PUB)
    assert set(df["theme"]) == {"market"} and len(df) == 2


def test_near_miss_a_firm_gmv_stays_earnings():
    df = facts_of_text("星衡电商旗下国内平台GMV约1200亿元，同比增长20%。", PUB)
    assert set(df["theme"]) == {"earnings"}


def test_radar_units_fitted_are_market_shipments():
    r = _row("10月4D毫米波雷达装车量约18.6万颗。", "约18.6万")
    assert (r["theme"], r["metric"]) == ("market", "shipments")


def test_near_miss_chip_demand_stays_compute():
    assert _row("预计2026年国内AI芯片需求约300万颗。", "约300万")["theme"] == "compute"


def test_vendor_shares_of_shipments_are_market_shares():
    df = facts_of_text("2025年全球AI加速卡出货中英伟达占约58%，AMD约22%。", PUB)
    assert set(df["theme"]) == {"market"} and set(df["metric"]) == {"share_of_shipments"}


@pytest.mark.parametrize("text, quote", [
    ("2026年光模块出货中800G占约45%。", "约45%"),  # a product mix of optical modules
    ("星衡AI芯片出货同比增长45%。", "45%"),  # a growth, no share
])
def test_near_miss_product_mix_and_shipment_growth_stay_compute(text, quote):
    assert _row(text, quote)["theme"] == "compute"


def test_a_pcb_plant_capacity_is_market():
    assert _row("星衡科技PCB新厂年产能约120万平方米。", "约120万")["theme"] == "market"


def test_near_miss_computing_capacity_stays_compute():
    assert _row("星衡科技新建智算中心算力规模达到5000P。", "5000P")["theme"] == "compute"


# ---- a region's equipment purchases; the market's expectation of a firm's capex ---------------

def test_a_region_equipment_purchases_are_market():
    r = _row("2025年中国大陆半导体设备采购额约490亿美元。", "约490亿美元")
    assert (r["theme"], r["metric"]) == ("market", "equipment_purchases")


def test_near_miss_a_firm_equipment_purchases_stay_capex():
    assert _row("星衡科技今年设备采购额约49亿元。", "约49亿元")["theme"] == "capex"


def test_the_market_expectation_of_capex_is_a_capex_consensus():
    df = facts_of_text("星衡云2026年资本开支市场预期约820亿美元，高于此前的700亿美元。", PUB)
    assert set(df["theme"]) == {"capex"} and set(df["metric"]) == {"capex_consensus"}


def test_near_miss_a_capex_market_size_stays_market():
    assert _row("全球AI资本开支市场规模约5000亿美元。", "约5000亿美元")["theme"] == "market"


# ---- cost shares ---------------------------------------------------------------------------

def test_compute_cost_share_is_compute():
    df = facts_of_text("招股书显示，公司2024年算力成本约3.2亿元，占总成本的比例约58%。", PUB)
    r = row_of(df, "约58%")
    assert (r["theme"], r["metric"]) == ("compute", "compute_cost_share")


def test_a_cost_item_share_of_costs_is_earnings():
    r = _row("2024年公司人工成本占营业成本的比例约20%。", "约20%")
    assert (r["theme"], r["metric"]) == ("earnings", "cost_share")


def test_near_miss_a_market_share_stays_market():
    assert _row("星衡科技在国内AI芯片市场的份额约为18%。", "18%")["theme"] == "market"
