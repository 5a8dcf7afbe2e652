"""Entities left in Chinese or taken from the wrong word on reports in no scored set: sectors
and concept indexes, national aggregates, technology categories as table rows, markets named
only by their place, listing boards. Every example is an invented sentence, not a line of any
report."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import sector_name
from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 9, 10)


# --- 1: concept indexes and sectors named in English from the words before the suffix ---------
@pytest.mark.parametrize("text, fact, entity", [
    ("CPO概念指数上涨4.2%。", "4.2%", "CPO Concept Index"),
    ("本周LPO概念指数下跌1.8%。", "下跌1.8%", "LPO Concept Index"),
    ("液冷板块涨3%。", "3%", "Liquid Cooling sector"),
    ("昨日智算中心板块上涨2.6%。", "2.6%", "Intelligent computing centres sector"),
    ("其中钢材板块下跌1.1%。", "下跌1.1%", "Gangcai sector"),  # no English word: pinyin, never Chinese
])
def test_sector_named_in_english(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


def test_known_index_words_keep_their_name():
    # near-miss: a sector whose words the index lexicon holds is named as before
    assert entity_of(facts_of_text("计算机板块上涨2%。", PUB), "2%") == "Computer sector"


def test_this_sector_is_the_sector_named_before():
    text = "本周AI算力板块整体上涨，其中CPO概念指数周涨幅达8.5%。当前板块估值处于历史低位，PE约为35倍。"
    f = facts_of_text(text, PUB)
    assert entity_of(f, "8.5%") == "CPO Concept Index"
    assert entity_of(f, "35倍") == "AI Computing Power sector"  # a 板块 means the sector, not the index


def test_this_index_is_the_index_named_before():
    f = facts_of_text("液冷板块上涨5%，CPO概念指数上涨3%。该指数成交额达到120亿元。", PUB)
    assert entity_of(f, "120亿元") == "CPO Concept Index"


def test_pointer_with_nothing_before_names_nothing():
    f = facts_of_text("当前板块估值处于历史低位，PE约为35倍。", PUB)
    assert "当前板块" not in set(f["entity"]) and "sector" not in set(f["entity"])


def test_sector_name_spans_the_latin_term():
    assert sector_name("CPO概念指数上涨", 3, 7) == (0, "CPO Concept Index", "index")
    assert sector_name("当前板块估值", 0, 4)[2] == "sector_ref"


def test_sector_rows_of_a_table_in_english():
    text = ("表2：本周热门板块表现\n板块\t周涨跌幅(%)\n液冷板块\t5.2\n钢材板块\t-1.3\n计算机板块\t2.1\n")
    f = facts_of_text(text, PUB)
    assert entity_of(f, "5.2") == "Liquid Cooling sector"
    assert entity_of(f, "-1.3") == "Gangcai sector"
    assert entity_of(f, "2.1") == "Computer sector"


# --- 5: a listing board the firm prepares for is where, not who --------------------------------
@pytest.mark.parametrize("text, firm", [
    ("具身智能公司岚跃动力完成7亿元B轮融资，投后估值约45亿元，此前已启动科创板上市辅导。", "Lanyue"),
    ("机器人企业岚跃科技完成7亿元B轮融资，投后估值约45亿元，此前已启动科创板上市辅导。", "Lanyue"),
    ("岚跃科技已启动科创板上市辅导，本轮融资7亿元，投后估值约45亿元。", "Lanyue"),
    ("芯片企业曜川微完成7亿元融资，投后估值约45亿元，并计划冲刺港股IPO。", "Yaochuanwei"),
])
def test_listing_board_does_not_take_the_firms_amounts(text, firm):
    f = facts_of_text(text, PUB)
    assert entity_of(f, "7亿元") == firm
    assert entity_of(f, "约45亿元") == firm


@pytest.mark.parametrize("text, fact", [
    ("年初至今科创板上涨12%。", "12%"),  # near-miss: the board is the subject of its own move
    ("科创板本周成交额达到1.2万亿元。", "1.2万亿元"),
    ("科创板上市公司2024年营收合计增长12%。", "12%"),  # its listed firms: still the board's group
])
def test_board_as_subject_keeps_it(text, fact):
    assert entity_of(facts_of_text(text, PUB), fact) == "STAR Market"


@pytest.mark.parametrize("text", ["芯片公司成功完成8亿元融资。", "机器人企业近日完成3亿元融资。", "公司岚跃完成3亿元融资。"])
def test_no_firm_from_an_adverb_or_a_bare_descriptor(text):
    f = facts_of_text(text, PUB)
    assert not any(e.startswith(("Chenggong", "Jinri", "Lanyue")) for e in f["entity"]), f[["text", "entity"]]


# --- 2: a national aggregate's subject is the country ------------------------------------------
@pytest.mark.parametrize("text, fact, entity", [
    ("全国算力总规模达到280 EFLOPS。", "280 EFLOPS", "China"),
    ("目前我国数据中心机架总数超过900万架。", "900万", "China data centres"),  # spelt as every kind of data centre
    ("截至年底，国内大模型日均token调用量超过60万亿。", "超过60万亿", "China large models"),
    ("华岳科技发布新品。全国算力总规模同比增长30%。", "30%", "China"),  # not the name before
])
def test_national_aggregate_is_china(text, fact, entity):
    f = facts_of_text(text, PUB)
    rows = f[f["text"].str.contains(fact, regex=False)]
    assert len(rows) and rows.iloc[0]["entity"] == entity, f[["text", "entity"]].to_string()


@pytest.mark.parametrize("text, fact, entity", [
    ("我国企业华岳科技2024年营收增长35%。", "35%", "Huayue"),  # the firm's figure
    ("我国智能算力规模超过450 EFLOPS。", "超过450 EFLOPS", "China intelligent computing capacity"),
    ("剩下98%的国内大模型都会消失。", "98%", "large models"),  # a share of the models
])
def test_national_aggregate_near_misses(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


# --- 4: a market named only by its place is the market of the product the paragraph is about ---
@pytest.mark.parametrize("text, fact, entity", [
    ("人形机器人产业加速发展。据测算，2024年中国市场规模约82亿元，全球市场规模约200亿元。", "约82亿元",
     "China humanoid robot market"),
    ("人形机器人产业加速发展。据测算，2024年中国市场规模约82亿元，全球市场规模约200亿元。", "约200亿元",
     "Global humanoid robot market"),
    ("全球AI客服市场规模约200亿元。其中中国市场规模约60亿元。", "约60亿元", "China AI customer service market"),
])
def test_place_market_takes_the_product(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


@pytest.mark.parametrize("text, fact, entity", [
    ("2024年中国市场规模约82亿元。", "约82亿元", "China market"),  # no product in reach: still English
    ("云雀机器人完成融资。据测算，2024年中国市场规模约82亿元。", "约82亿元", "China market"),  # a firm's name is no product
    ("全球存储控制芯片市场规模约18亿美元。", "约18亿美元", "全球存储控制芯片市场"),  # near-miss: untranslated words kept
])
def test_place_market_near_misses(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity
