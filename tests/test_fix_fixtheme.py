"""Theme boundaries (invented texts): a number whose keyword names one theme lands in the theme
SCHEMA's boundaries give it (``data/theme_boundaries.csv``): prices of hardware, power and shares
are not AI-service prices; a share takes the theme of what is divided; investment to build is
capex; contracts won are earnings; an industry's revenue is a market figure."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 9, 12)


def _theme(text, quote):
    return row_of(facts_of_text(text, PUB), quote)["theme"]


# ---- prices of hardware, electricity and shares (not AI models and services) -------------------

@pytest.mark.parametrize("text, quote, theme", [
    ("华北某算力园区与电厂签约，电价约0.31元/kWh。", "约0.31元", "compute"),
    ("某数据中心运营商与风电场签订PPA，电价约62美元/MWh，为当地批发价的1.4倍。", "约62美元", "compute"),
    ("某数据中心运营商与风电场签订PPA，电价约62美元/MWh，为当地批发价的1.4倍。", "1.4倍", "compute"),
    ("青禾微电子IPO定价为36.8元/股。", "36.8元", "valuation"),
    ("谐波减速器均价从1800元降至1250元，降幅约30%。", "1800元", "market"),
    ("谐波减速器均价从1800元降至1250元，降幅约30%。", "降幅约30%", "market"),
    ("DDR5 32Gb现货均价约12.4美元，月涨幅约9%。", "约12.4美元", "market"),
    ("DDR5 32Gb现货均价约12.4美元，月涨幅约9%。", "约9%", "market"),
])
def test_hardware_power_and_share_prices_leave_pricing(text, quote, theme):
    assert _theme(text, quote) == theme


def test_price_per_share_is_an_ipo_price():
    r = row_of(facts_of_text("青禾微电子IPO定价为36.8元/股。", PUB), "36.8元")
    assert r["metric"] == "ipo_price"


@pytest.mark.parametrize("text, quote", [
    ("某大模型API输出价格降至1.6元/百万tokens。", "1.6元/百万tokens"),
    ("某款四足机器人整机售价3.9万元。", "3.9万元"),
])
def test_near_miss_ai_service_and_product_prices_stay_pricing(text, quote):
    assert _theme(text, quote) == "pricing"


# ---- shares: the theme of the whole ------------------------------------------------------------

@pytest.mark.parametrize("text, quote, theme", [
    ("澜锋智能2024年研发投入6.2亿元，占营业收入的比例约为13.4%。", "13.4%", "earnings"),
    ("两融余额中计算机行业占比约9%。", "约9%", "valuation"),
    ("本季度融资事件中天使轮占比约37%，较上季度提升4个百分点。", "约37%", "valuation"),
    ("本季度融资事件中天使轮占比约37%，较上季度提升4个百分点。", "4个百分点", "valuation"),
    ("日本数据中心耗电占比由1.9%升至2.6%。", "2.6%", "compute"),
    ("预计2027年1.6T出货量占比提升至约30%。", "约30%", "compute"),
    ("中东今年宣布的AI投资超过1500亿美元，其中阿联酋占比约四成。", "约四成", "capex"),
    ("本月投放的广告素材中AIGC素材占比已超过25%。", "超过25%", "adoption"),
])
def test_a_share_takes_the_theme_of_what_is_divided(text, quote, theme):
    assert _theme(text, quote) == theme


@pytest.mark.parametrize("text, quote", [
    ("澜锋智能在全球AI加速卡市场份额约35%。", "约35%"),
    ("两家厂商的市场份额分别为61%、28%。", "61%"),
])
def test_near_miss_market_shares_stay_market(text, quote):
    assert _theme(text, quote) == "market"


# ---- other keyword-driven boundaries --------------------------------------------------------------

@pytest.mark.parametrize("text, quote, theme", [
    ("2Q25全球DRAM产业营收约318亿美元。", "约318亿美元", "market"),
    ("某存储厂维持今年设施投资约38万亿韩元。", "约38万亿韩元", "capex"),
    ("Vantor Cloud宣布在越南投资约18亿美元建设AI数据中心。", "约18亿美元", "capex"),
    ("某运营商计划投资160亿元用于智算，同比增长约12%。", "约12%", "capex"),
    ("云杉科技2024年大模型相关合同额超过7亿元；中标金额2.9亿元。", "超过7亿元", "earnings"),
    ("云杉科技2024年大模型相关合同额超过7亿元；中标金额2.9亿元。", "2.9亿元", "earnings"),
    ("铠侠全年HBM销售额同比增长超过3倍。", "超过3倍", "earnings"),
    ("青禾机器人人形机器人年产能达到3000台。", "3000", "market"),
    ("该项目总投资约150亿美元。", "约150亿美元", "capex"),
    # fixtheme36c: a fund set up is capex when it pays for building or computing capacity; an
    # AI industry fund invests in firms, valuation (CB's and CY's triage gold label it so)
    ("某省设立规模30亿元的人工智能产业基金。", "30亿元", "valuation"),
    ("某省设立规模30亿元的算力产业基金。", "30亿元", "capex"),
])
def test_keyword_theme_boundaries(text, quote, theme):
    assert _theme(text, quote) == theme


@pytest.mark.parametrize("text, quote, theme", [
    ("澜锋智能2Q25营收41亿元。", "41亿元", "earnings"),
    ("2026年全球HBM需求同比增长约45%。", "约45%", "compute"),
    ("微软向Acme AI投资15亿美元，取得少数股权。", "15亿美元", "valuation"),
    ("2025年中国AI加速卡市场规模约380亿美元。", "约380亿美元", "market"),
    ("某云厂商算力采购合同金额约40亿元，用于自建智算中心。", "约40亿元", "capex"),
])
def test_near_miss_keyword_themes_unchanged(text, quote, theme):
    assert _theme(text, quote) == theme


def test_component_price_table_is_market_by_component():
    text = ("表2：机器人关节部件价格（单位：元/套）\n"
            "| 部件 | 2024年均价 | 2025年9月 | 变化 |\n"
            "| 谐波减速器 | 2100 | 1500 | -29% |\n")
    df = facts_of_text(text, PUB)
    for quote in ("2100", "1500", "-29%"):
        r = row_of(df, quote)
        assert (r["theme"], r["entity"]) == ("market", "Harmonic reducers")


def test_power_price_table_is_compute():
    text = ("表4：各地区算力园区电价（单位：元/kWh）\n"
            "| 地区 | 峰时 | 谷时 |\n"
            "| 宁夏 | 0.36 | 0.22 |\n")
    df = facts_of_text(text, PUB)
    assert row_of(df, "0.36")["theme"] == "compute"
    assert row_of(df, "0.22")["theme"] == "compute"
