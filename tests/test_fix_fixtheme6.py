"""Theme fixes, round 6 (invented texts): a shopping platform's category sales are GMV (market)
and its 客单价 a price per order (pricing), not a stock's turnover nor a firm's revenue per
customer; a table header or a price written per GPU-hour (元/卡·时, 美元/GPU·小时) makes its cells
rental prices, and the rental market's 成交价, 成交卡时 and 出租率 are a price, GPU-hours and a
utilisation, not turnover; a supplier's signed service contract and its order backlog are its
earnings, not capex or compute; a cost's share of R&D spending is earnings. Each group has a
near-miss the rule must leave alone."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 6, 20)


def _row(text, quote, pub=PUB):
    return row_of(facts_of_text(text, pub), quote)


# ---- a shopping platform's category GMV: market, not exchange turnover ------------------------

@pytest.mark.parametrize("text, quote, metric", [
    ("年货节期间，某电商平台AI翻译笔成交额同比增长73%。", "73%", "gmv_growth"),
    ("平台上带屏AI音箱在智能音箱品类中的成交额占比为37%，较上年同期提升9个百分点。", "37%", "share_of_category_gmv"),
    ("平台上带屏AI音箱在智能音箱品类中的成交额占比为37%，较上年同期提升9个百分点。", "9个百分点",
     "share_of_category_gmv_change"),
    ("电商平台上AI眼镜的成交额增速达到智能手表的1.8倍。", "1.8倍", "gmv_growth_multiple"),
])
def test_platform_category_sales_are_gmv(text, quote, metric):
    r = _row(text, quote)
    assert (r["theme"], r["metric"]) == ("market", metric)


def test_platform_category_table_gmv_and_order_value():
    text = ("| 品类 | 成交额同比 | 销量同比 | 客单价（元） |\n|---|---|---|---|\n"
            "| AI手表 | ＋212％ | ＋180％ | 1,530 |\n| AI学习灯 | ＋95％ | ＋60％ | 689 |\n")
    df = facts_of_text(text, PUB)
    growth = row_of(df, "＋212％")
    assert (growth["theme"], growth["metric"], growth["value"]) == ("market", "gmv_growth", pytest.approx(2.12))
    order = row_of(df, "1,530")
    assert (order["theme"], order["metric"], order["unit"]) == ("pricing", "average_order_value", "CNY")


def test_festival_document_sentence_without_platform_word_is_gmv():
    text = "一、年货节整体表现\n本届年货节于1月8日开幕。\n二、分品类\nAI学习机成交额同比增长64%，AI学习灯客单价为689元。"
    df = facts_of_text(text, dt.date(2026, 1, 23))
    assert row_of(df, "64%")["theme"] == "market"
    assert (row_of(df, "689元")["theme"], row_of(df, "689元")["metric"]) == ("pricing", "average_order_value")


@pytest.mark.parametrize("text, quote", [
    ("沪深两市成交额1.86万亿元，较前一交易日缩量920亿元。", "1.86万亿元"),
    ("星衡科技涨9.8%，个股成交额12.3亿元，平台经济板块走强。", "12.3亿元"),
])
def test_near_miss_exchange_turnover_stays_valuation(text, quote):
    r = _row(text, quote)
    assert (r["theme"], r["metric"]) == ("valuation", "turnover")


def test_near_miss_revenue_per_customer_without_platform_stays_earnings():
    r = _row("星衡餐饮门店2024年客单价为86元。", "86元")
    assert r["theme"] == "earnings"


# ---- rental prices per GPU-hour: pricing ---------------------------------------------------

def test_gpu_hour_price_header_makes_rental_prices():
    text = ("| 卡型 | 2025年12月成交价（元/卡·时） | 2026年1月成交价（元/卡·时） | 环比 |\n|---|---|---|---|\n"
            "| B200 HGX | 24.0 | 22.5 | -6.3% |\n| L40S 48GB | 4.0 | 4.2 | 5.0% |\n")
    df = facts_of_text(text, dt.date(2026, 1, 25))
    r = row_of(df, "24.0")
    assert (r["theme"], r["metric"], r["unit"], r["period"]) == ("pricing", "price_per_gpu_hour", "CNY", "2025-12")
    assert row_of(df, "4.2")["theme"] == "pricing"  # an unknown card keeps its cells
    for quote in ("-6.3%", "5.0%"):
        assert row_of(df, quote)["theme"] == "pricing"


def test_usd_gpu_hour_header():
    df = facts_of_text("| 卡型 | 单价（美元/GPU·小时） |\n|---|---|\n| L40S | 0.95 |\n", PUB)
    r = row_of(df, "0.95")
    assert (r["theme"], r["unit"], r["metric"]) == ("pricing", "USD", "price_per_gpu_hour")


def test_near_miss_count_header_stays_compute_count():
    r = _row("| 卡型 | 出货量（万片） |\n|---|---|\n| H100 | 150 |\n", "150")
    assert (r["unit"], r["value"]) == ("count", 1.5e6)


@pytest.mark.parametrize("text, quote, theme, metric", [
    ("本月A100的成交价为4.1元/卡·时。", "4.1元/卡·时", "pricing", "price_per_gpu_hour"),
    ("国产卡出租率约为62%。", "约为62%", "compute", "utilization_rate"),
])
def test_gpu_rental_market_statistics(text, quote, theme, metric):
    df = facts_of_text(text, dt.date(2026, 1, 25))
    rows = df[df["text"].str.contains(quote.removeprefix("约为"), regex=False)]
    assert len(rows) == 1, df
    assert (rows.iloc[0]["theme"], rows.iloc[0]["metric"]) == (theme, metric)


def test_gpu_hours_sold_growth_is_compute():
    r = _row("国产卡成交卡时数同比增长18%。", "18%", dt.date(2026, 1, 25))
    assert (r["theme"], r["metric"]) == ("compute", "gpu_hours_growth")


def test_near_miss_two_markets_turnover_stays_valuation():
    r = _row("两市成交额1.2万亿元。", "1.2万亿元")
    assert r["theme"] == "valuation"


# ---- a supplier's signed contract and its order backlog: earnings ------------------------------

def test_seller_service_contract_is_earnings():
    text = ("凌岳数据（以下简称“公司”）全资子公司于2026年2月3日与某云服务商签订《算力服务合同》，由公司为甲方提供"
            "智算服务，合同金额约46.2亿元（含税），服务期限6年，折合年均约7.7亿元。甲方将支付首期预付款约2.31亿元。")
    df = facts_of_text(text, dt.date(2026, 2, 4))
    for quote, metric in (("约46.2亿元", "contract_value"), ("6年", "contract_term"),
                          ("约7.7亿元", "contract_value_annual_average"), ("约2.31亿元", "contract_prepayment")):
        r = row_of(df, quote)
        assert (r["theme"], r["metric"]) == ("earnings", metric), quote


def test_service_contract_with_unnamed_customer_is_the_signers_sale():
    df = facts_of_text("凌岳科技公告，与某头部互联网公司签署算力服务合同，合同金额约12.6亿元，服务期限4年。", PUB)
    assert row_of(df, "约12.6亿元")["theme"] == "earnings"
    assert row_of(df, "4年")["theme"] == "earnings"


def test_order_backlog_load_is_earnings():
    r = _row("截至本公告日，公司在手智算订单合计约640MW，较上年末增长约70%。", "约640MW")
    assert (r["theme"], r["metric"], r["unit"]) == ("earnings", "order_backlog_it_load", "watts")


@pytest.mark.parametrize("text, quote", [
    ("某互联网公司与三家IDC服务商签订合计约150亿元的算力采购协议，服务期限5年。", "约150亿元"),
    ("凌岳云宣布与英伟达签订算力采购合同，合同金额约30亿元。", "约30亿元"),
])
def test_near_miss_buyer_contract_stays_capex(text, quote):
    assert _row(text, quote)["theme"] == "capex"


def test_near_miss_data_centre_capacity_stays_compute():
    r = _row("凌岳数据在建智算中心规划IT负载约300MW。", "约300MW")
    assert r["theme"] == "compute"


# ---- cost ratios restated as a multiple; a cost's share of R&D spending: earnings ---------------

def test_ratio_restated_as_multiple_is_one_row():
    df = facts_of_text("凌岳智能的研发开支占收入的比例超过百分之六百，就是收入的六倍多。", PUB)
    assert list(df["text"]) == ["超过百分之六百"]
    assert df.iloc[0]["theme"] == "earnings"


def test_near_miss_multiple_of_another_value_stays():
    df = facts_of_text("凌岳智能毛利率为35%，收入是去年的3倍。", PUB)
    assert "3倍" in set(df["text"])


def test_cost_share_of_rd_expense_is_earnings():
    r = _row("研发开支里，算力服务费占了六成以上。", "六成以上")
    assert (r["theme"], r["metric"]) == ("earnings", "compute_share_of_rd_expense")


# ---- the rental market's shares of GPU-hours and their change in pp ----------------------------

def test_share_of_gpu_hours_and_its_pp_change_are_compute():
    df = facts_of_text("推理需求占国产卡成交卡时的比重已达37%，较去年一季度提高了6个百分点。", dt.date(2026, 1, 25))
    assert (row_of(df, "37%")["theme"], row_of(df, "37%")["metric"]) == ("compute", "share_of_gpu_hours")
    r = row_of(df, "6个百分点")
    assert (r["theme"], r["unit"], r["value"]) == ("compute", "pp", pytest.approx(0.06))


def test_near_miss_market_share_stays_market():
    r = _row("凌岳芯片占国内AI芯片市场的份额为12%。", "12%")
    assert r["theme"] == "market"
