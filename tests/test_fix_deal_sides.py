"""Whose a deal's figures are: the buyer's, investor's or customer's named first, not the
supplier's or investee's named after it; the seller's where the verb makes it the subject; the
receiver's of 获…投资 (invented texts)."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

PUB = dt.date(2026, 5, 20)


# ---- the investor or buyer named first -------------------------------------------------------

def test_investor_before_a_marker_is_the_subject():
    assert entity_of(facts_of_text("微软向G42投资15亿美元。", PUB), "15亿美元") == "Microsoft"
    assert entity_of(facts_of_text("微软对G42追加投资15亿美元。", PUB), "15亿美元") == "Microsoft"
    df = facts_of_text("微软向G42注资15亿美元，持股比例约20%。", PUB)
    assert entity_of(df, "15亿美元") == "Microsoft"
    assert entity_of(df, "约20%") == "Microsoft"


def test_investee_right_after_the_verb_is_not_the_subject():
    assert entity_of(facts_of_text("微软投资OpenAI 100亿美元。", PUB), "100亿美元") == "Microsoft"
    df = facts_of_text("微软将追加投资OpenAI，金额达100亿美元。", PUB)
    assert entity_of(df, "100亿美元") == "Microsoft"


def test_buyer_of_a_supplier_is_the_subject():
    df = facts_of_text("G42将从AMD采购价值30亿美元的MI350芯片。", PUB)
    assert entity_of(df, "30亿美元") == "G42"
    df = facts_of_text("G42向AMD采购3万颗MI350芯片，金额约30亿美元。", PUB)
    assert entity_of(df, "3万") == "G42"
    assert entity_of(df, "约30亿美元") == "G42"
    df = facts_of_text("Humain与英伟达签署协议，将采购约1.8万颗GB300芯片，总额约100亿美元。", PUB)
    assert entity_of(df, "约1.8万") == "Humain"
    assert entity_of(df, "约100亿美元") == "Humain"
    df = facts_of_text("Humain与英伟达签署协议，将采购约1.8万颗GB300芯片，总额约100亿美元，配套建设500MW数据中心。", PUB)
    assert entity_of(df, "500MW") == "Humain"
    assert entity_of(facts_of_text("G42从AMD采购芯片，并建设1GW数据中心。", PUB), "1GW") == "G42"
    # no deal in the sentence: what is built keeps its own capacity
    df = facts_of_text("甘肃已建成500MW数据中心集群。", PUB)
    assert entity_of(df, "500MW") == "Gansu"  # no deal: the region opening the sentence (fixregion)


def test_investor_named_first_before_the_investee_after_with():
    df = facts_of_text("亚马逊与Anthropic追加投资40亿美元。", PUB)
    assert set(df[df["text"] == "40亿美元"]["entity"]) == {"Amazon"}


# ---- near-misses ---------------------------------------------------------------------------

def test_seller_is_the_subject_of_what_it_ships():
    assert entity_of(facts_of_text("英伟达向Humain供货1.8万颗GB300。", PUB), "1.8万") == "Nvidia"
    df = facts_of_text("英伟达向OpenAI出售价值30亿美元的GPU。", PUB)
    assert entity_of(df, "30亿美元") == "Nvidia"


def test_receiver_of_an_investment_is_the_subject():
    assert entity_of(facts_of_text("OpenAI获微软投资100亿美元。", PUB), "100亿美元") == "OpenAI"
    assert entity_of(facts_of_text("OpenAI获得微软100亿美元投资。", PUB), "100亿美元") == "OpenAI"
    assert entity_of(facts_of_text("OpenAI获100亿美元融资。", PUB), "100亿美元") == "OpenAI"


def test_both_sides_putting_money_in_stay_both():
    df = facts_of_text("微软与谷歌合计投资40亿美元。", PUB)
    assert entity_of(df, "40亿美元") == "Microsoft and Google"


def test_no_deal_act_keeps_the_nearest_name():
    # 向 without a deal act: the name after it keeps its own figure
    df = facts_of_text("微软表示，向G42开放的算力规模达到2万颗GPU。", PUB)
    assert entity_of(df, "2万") == "G42"


# ---- a firm with its listing -----------------------------------------------------------------

def test_firm_with_a_labelled_code_keeps_its_figures():
    df = facts_of_text("灵犀互动（港股代码：2418.HK）FY26Q3收入19.2亿港元。", PUB)
    assert entity_of(df, "19.2亿港元") == "Lingxi"
    df = facts_of_text("岳川数据（股票代码：688000）2025年营业收入12.5亿元。", PUB)
    assert entity_of(df, "12.5亿元") == "Yuechuan"
    df = facts_of_text("灵犀互动（股份代号：2418）2025年收入增长35%。", PUB)
    assert entity_of(df, "35%") == "Lingxi"


def test_firm_after_a_listing_phrase_keeps_its_figures():
    df = facts_of_text("港股上市的灵犀互动FY26Q3收入8.6亿港元。", PUB)
    assert entity_of(df, "8.6亿港元") == "Lingxi"
    df = facts_of_text("在港股上市的灵犀互动本季度收入8.6亿港元。", PUB)
    assert entity_of(df, "8.6亿港元") == "Lingxi"
    df = facts_of_text("在科创板挂牌的岳川智能2025年营业收入12亿元。", PUB)
    assert entity_of(df, "12亿元") == "Yuechuan"


def test_market_figures_stay_the_market():
    df = facts_of_text("港股市场成交额2,000亿港元。", PUB)
    assert entity_of(df, "2,000亿港元") == "Hong Kong stock market"
    # a product launch (上市 with no market before it) names no firm
    df = facts_of_text("刚上市的灵犀手机售价599元。", PUB)
    assert "Lingxi" not in " ".join(df["entity"])


# ---- a product driving its firm's money ------------------------------------------------------

def test_product_driving_revenue_gives_its_firm_the_figure():
    df = facts_of_text("AppLovin的Axon引擎推动广告收入增长约9%。", PUB)
    assert entity_of(df, "约9%") == "AppLovin"
    assert entity_of(facts_of_text("Meta的Llama模型推动广告收入增长22%。", PUB), "22%") == "Meta"
    assert entity_of(facts_of_text("谷歌的Gemini推动云业务收入增长28%。", PUB), "28%") == "Google"
    assert entity_of(facts_of_text("腾讯混元模型带动广告收入增长20%。", PUB), "20%") == "Tencent"
    df = facts_of_text("岚峰科技的Qx-9模型推动收入增长40%。", PUB)
    assert entity_of(df, "40%") == "Lanfeng"


def test_product_own_measures_stay_the_product():
    assert entity_of(facts_of_text("Axon引擎的转化率提升20%。", PUB), "20%") == "Axon"
    assert entity_of(facts_of_text("ChatGPT收入达到100亿美元。", PUB), "100亿美元") == "ChatGPT"
    # the segment written right before its revenue keeps it, whatever drove it
    df = facts_of_text("微软的Copilot带动Office收入增长15%。", PUB)
    assert entity_of(df, "15%") == "Office"
