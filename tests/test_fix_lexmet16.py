"""Measure words of results, hardware, software, trade and fund notes (metrics.csv rows), on
invented sentences about invented firms: each word names its metric and theme, and a longer
word is not read as the shorter one inside it (扣非归母净利润 is not the bare 净利润,
营业利润率 is a margin and not operating-profit growth, 合同资产 is no compute contract)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 6, 3)
FIRM = "瀚川智算（688000.SH）"


def _check(sentence, text, theme, metric, value, unit):
    df = facts_of_text("某某证券 2025年6月3日\n" + sentence + "\n", PUB)
    r = row_of(df, text)
    assert (r["theme"], r["metric"], r["unit"]) == (theme, metric, unit), r.to_dict()
    assert r["value"] == pytest.approx(value)


@pytest.mark.parametrize("sentence,text,theme,metric,value,unit", [
    (FIRM + "2024年扣非归母净利润0.98亿元，同比增长16.4%。", "0.98亿元", "earnings",
     "net_profit_excl_nonrecurring", 9.8e7, "CNY"),
    (FIRM + "2024年扣非后归母净利润0.97亿元。", "0.97亿元", "earnings", "net_profit_excl_nonrecurring", 9.7e7, "CNY"),
    (FIRM + "2024年扣非净利0.96亿元。", "0.96亿元", "earnings", "net_profit_excl_nonrecurring", 9.6e7, "CNY"),
    (FIRM + "2024年营业利润率为12.4%。", "12.4%", "earnings", "operating_margin", 0.124, "ratio"),
    (FIRM + "2024年经营利润率为13.5%。", "13.5%", "earnings", "operating_margin", 0.135, "ratio"),
    (FIRM + "2024年经营活动现金流为2.31亿元。", "2.31亿元", "earnings", "operating_cash_flow", 2.31e8, "CNY"),
    (FIRM + "截至2024年末应收账款为4.56亿元。", "4.56亿元", "earnings", "accounts_receivable", 4.56e8, "CNY"),
    (FIRM + "2024年末合同资产为1.77亿元。", "1.77亿元", "earnings", "contract_assets", 1.77e8, "CNY"),
    (FIRM + "2024年末在建工程为2.35亿元。", "2.35亿元", "earnings", "construction_in_progress", 2.35e8, "CNY"),
    (FIRM + "2024年人均创收为123万元。", "123万元", "earnings", "revenue_per_employee", 1.23e6, "CNY"),
    ("云栖科技（300999.SZ）2024年经调整净利润为5.6亿元，同比增长32%。", "5.6亿元", "earnings",
     "adjusted_net_profit", 5.6e8, "CNY"),
    ("云栖科技（300999.SZ）2024年经调整净亏损为1.2亿元。", "净亏损为1.2亿元", "earnings",
     "adjusted_net_profit", -1.2e8, "CNY"),
])
def test_results_lines(sentence, text, theme, metric, value, unit):
    _check(sentence, text, theme, metric, value, unit)


@pytest.mark.parametrize("sentence,text,theme,metric,value,unit", [
    # a driving feature taken up by the cars sold: market in fixtheme20, adoption since fixtheme36a
    ("2024年国内L2级智驾搭载率达到45.6%。", "45.6%", "adoption", "attach_rate", 0.456, "ratio"),
    ("2024年国内AI服务器GPU国产化率约为35%。", "35%", "market", "localization_rate", 0.35, "ratio"),
    ("2024年我国高端芯片自给率不足20%。", "不足20%", "market", "self_sufficiency_rate", 0.2, "ratio"),
    ("2024年12月国内晶圆厂开工率为85.3%。", "85.3%", "compute", "utilization", 0.853, "ratio"),
    # a firm's 产能利用率 is an operating figure of its results: earnings, as the triage gold labels
    # foundries' (fixtheme27)
    (FIRM + "2024年产能利用率为88.2%。", "88.2%", "earnings", "utilization", 0.882, "ratio"),
    (FIRM + "2024年先进封装良率提升至93%。", "93%", "compute", "yield_rate", 0.93, "ratio"),
    (FIRM + "2024年产品不良率为0.8%。", "0.8%", "compute", "defect_rate", 0.008, "ratio"),
    (FIRM + "2024年服务器出货额达到45.6亿元。", "45.6亿元", "market", "shipment_value", 4.56e9, "CNY"),
    ("2024年国内AI手机激活量达到1200万台。", "1200万", "adoption", "activations", 1.2e7, "count"),
])
def test_hardware_operating_words(sentence, text, theme, metric, value, unit):
    _check(sentence, text, theme, metric, value, unit)


@pytest.mark.parametrize("sentence,text,theme,metric,value,unit", [
    ("云栖AI助手2025年5月复购率达到38.5%。", "38.5%", "adoption", "repurchase_rate", 0.385, "ratio"),
    ("云栖AI助手2025年5月调用次数超过50亿次。", "超过50亿", "adoption", "calls", 5e9, "count"),
    ("云栖AI助手2025年5月付费转化率为4.5%。", "4.5%", "adoption", "paid_conversion_rate", 0.045, "ratio"),
    ("云栖AI助手2025年5月DAU/MAU为32%。", "32%", "adoption", "dau_mau_ratio", 0.32, "ratio"),
    ("云栖AI助手2025年5月会员数达到230万。", "230万", "adoption", "members", 2.3e6, "count"),
    ("云栖AI助手2025年5月使用次数为9.8亿次。", "9.8亿", "adoption", "uses", 9.8e8, "count"),
])
def test_software_platform_words(sentence, text, theme, metric, value, unit):
    _check(sentence, text, theme, metric, value, unit)


@pytest.mark.parametrize("sentence,text,theme,metric,value,unit", [
    ("据WSTS统计，2024年全球半导体销售额达到6280亿美元。", "6280亿美元", "market", "market_size", 6.28e11, "USD"),
    ("据SEMI统计，2025年第二季度中国大陆设备销售额为113.6亿美元。", "113.6亿美元", "market", "market_size", 1.136e10, "USD"),
    (FIRM + "2024年实现销售额12.5亿元。", "12.5亿元", "earnings", "revenue", 1.25e9, "CNY"),
    ("2024年我国集成电路进出口总额为5200亿美元。", "5200亿美元", "market", "trade_value", 5.2e11, "USD"),
    ("2024年我国服务器招标金额为320亿元。", "320亿元", "market", "tender_amount", 3.2e10, "CNY"),
    ("2024年我国数字经济核心产业增加值为12.3万亿元。", "12.3万亿元", "market", "value_added", 1.23e13, "CNY"),
    (FIRM + "2024年营收规模为32亿元。", "32亿元", "earnings", "revenue", 3.2e9, "CNY"),
])
def test_market_and_trade_words(sentence, text, theme, metric, value, unit):
    _check(sentence, text, theme, metric, value, unit)


@pytest.mark.parametrize("sentence,text,theme,metric,value,unit", [
    ("瀚川智算（688000.SH）当日融资买入额为5.6亿元。", "5.6亿元", "valuation", "margin_buy_amount", 5.6e8, "CNY"),
    ("人工智能ETF（159999）当日溢价率为1.2%。", "1.2%", "valuation", "premium_rate", 0.012, "ratio"),
    ("人工智能ETF（159999）近一年年化收益率为23.4%。", "23.4%", "valuation", "annualized_return", 0.234, "ratio"),
    ("人工智能ETF（159999）近一年夏普比率为1.25。", "1.25", "valuation", "sharpe_ratio", 1.25, "ratio"),
    ("截至5月末，公募基金电子行业仓位为12.3%。", "12.3%", "valuation", "portfolio_weight", 0.123, "ratio"),
    ("瀚川智算（688000.SH）当日流通市值为120亿元。", "120亿元", "valuation", "free_float_market_cap", 1.2e10, "CNY"),
])
def test_fund_and_market_words(sentence, text, theme, metric, value, unit):
    _check(sentence, text, theme, metric, value, unit)


def test_near_miss_share_of_float_market_cap_stays_the_margin_balance():
    # 流通市值 names no share: a percent after 两融余额占流通市值 stays the margin balance's ratio
    df = facts_of_text("某某证券 2025年6月3日\n截至5月30日，两融余额占流通市值比重为2.45%。\n", PUB)
    assert row_of(df, "2.45%")["metric"] == "margin_balance_to_float_market_cap"


def test_near_miss_bare_net_profit_and_fixed_asset_investment_unchanged():
    df = facts_of_text("某某证券 2025年6月3日\n" + FIRM + "2024年归母净利润1.23亿元。"
                       "2024年全国固定资产投资同比增长3.2%。\n", PUB)
    assert row_of(df, "1.23亿元")["metric"] == "net_profit"
    assert row_of(df, "3.2%")["metric"] == "fixed_asset_investment_growth"
