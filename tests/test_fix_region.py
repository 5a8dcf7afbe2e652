"""A province or city opening a sentence is its figures' subject; a market with a Chinese place
prefix is named in English (invented text only): the classes of the ``fixregion`` branch."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from aigc_analysis.extract.names import market_phrases, region_at, region_before
from helpers_text import entity_of, facts_of_text, row_of

PUB = dt.date(2026, 1, 15)
_CJK = re.compile(r"[\u4e00-\u9fff]")


# --- 1. a region opening a sentence or a list item is the subject of its figures -------------

def test_region_after_a_firm_sentence_is_the_subject():
    text = ("贵阳大数据交易所2025年交易额45亿元。广东2025年场内数据交易额约310亿元，全国占比约14%。"
            "浙江截至2025年末公共数据授权运营项目126个，带动交易约80亿元。")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "45亿元") == "Guiyang Big Data Exchange"  # the firm keeps its own figure
    assert entity_of(df, "约310亿元") == "Guangdong"
    assert entity_of(df, "约14%") == "Guangdong"  # a later clause of the region's sentence
    assert entity_of(df, "126") == "Zhejiang"
    assert entity_of(df, "约80亿元") == "Zhejiang"


@pytest.mark.parametrize("text, fact, entity", [
    ("中科曙光2025年营收约140亿元。\n- 江苏：2025年数据交易额约120亿元，同比增长35%。", "35%", "Jiangsu"),
    ("中科曙光2025年营收约140亿元。\n（3）四川省2025年数据交易额约60亿元。", "约60亿元", "Sichuan"),
    ("中科曙光2025年营收约140亿元。\n三、浙江省2025年数据交易额约80亿元。", "约80亿元", "Zhejiang"),
    ("中科曙光2025年营收约140亿元。\n1. 深圳市2025年数据交易额约150亿元。", "约150亿元", "Shenzhen"),
    ("中科曙光2025年营收约140亿元。2025年，广东数据交易额约310亿元。", "约310亿元", "Guangdong"),
])
def test_region_opening_a_list_item(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


def test_region_goes_on_in_its_paragraph():
    text = "贵阳大数据交易所2025年交易额45亿元。广东2025年数据交易额约310亿元。同比增长40%。"
    assert entity_of(facts_of_text(text, PUB), "40%") == "Guangdong"


def test_region_with_the_concept_right_after_it():
    df = facts_of_text("广东省智能算力规模达到30 EFLOPS。广东数据要素市场规模约500亿元。", PUB)
    assert entity_of(df, "30 EFLOPS") == "Guangdong intelligent computing capacity"
    assert entity_of(df, "约500亿元") == "Guangdong data element market"


def test_near_misses_keep_their_subjects():
    # a project built in the place, a firm named after it, a time, a press name: not the region
    df = facts_of_text("在广东建设的某智算中心2025年投资额约50亿元。", PUB)
    assert entity_of(df, "约50亿元") == "intelligent computing centres"
    df = facts_of_text("广东某智算中心2025年投资额约50亿元。", PUB)
    assert entity_of(df, "约50亿元") == "intelligent computing centres"
    df = facts_of_text("英伟达营收增长20%。北京时间周四，出货量约200万台。", PUB)
    assert entity_of(df, "约200万") == "Nvidia"
    df = facts_of_text("英伟达营收增长20%。上海证券报认为，出货量约200万台。", PUB)
    assert entity_of(df, "约200万") == "Nvidia"
    df = facts_of_text("广东2025年数据交易额约310亿元，其中中科曙光约30亿元。", PUB)
    assert entity_of(df, "约30亿元") == "Sugon"
    # 全国 and 华东地区 keep their existing handling
    df = facts_of_text("贵阳大数据交易所2025年交易额45亿元。全国算力总规模达到280 EFLOPS。", PUB)
    assert entity_of(df, "280 EFLOPS") == "China"
    df = facts_of_text("华东地区2025年算力规模约30 EFLOPS。", PUB)
    assert entity_of(df, "约30 EFLOPS") == "unspecified"


def test_region_words():
    assert region_at("四川省2025年", 0) == (3, "Sichuan")
    assert region_at("北京时间3月5日", 0) is None
    assert region_at("美国2025年", 0) is None  # a place word of geo_prefixes.csv: its own handling
    assert region_before("浙江省大数据市场", 3) == (0, "Zhejiang")


# --- 2. a market with a Chinese place prefix is named in English -----------------------------

@pytest.mark.parametrize("text, fact, entity", [
    ("我国数据标注市场规模约96亿元。", "约96亿元", "China data annotation market"),
    ("2025年我国数据要素市场规模约2000亿元。", "约2000亿元", "China data element market"),
    ("国内AI眼镜市场规模2025年约40亿元。", "约40亿元", "China AI glasses market"),
    ("全球AI推理芯片市场规模2025年约500亿美元。", "约500亿美元", "Global AI inference chip market"),
    ("中国大数据市场规模约1.2万亿元。", "约1.2万亿元", "China big data market"),
    ("全国数据交易市场规模约1600亿元。", "约1600亿元", "China data trading market"),
    ("国内算力租赁市场规模约300亿元。", "约300亿元", "China compute leasing market"),
    ("预计2027年广东数据要素市场规模约800亿元。", "约800亿元", "Guangdong data element market"),
])
def test_place_prefixed_markets_in_english(text, fact, entity):
    name = entity_of(facts_of_text(text, PUB), fact)
    assert name == entity and not _CJK.search(name)


def test_existing_market_names_unchanged():
    # near misses: names already in English before this branch stay as they were
    assert entity_of(facts_of_text("全球服务器市场规模约2000亿美元。", PUB), "约2000亿美元") == "Global server market"
    assert entity_of(facts_of_text("中国液冷服务器市场规模约200亿元。", PUB), "约200亿元") \
        == "China liquid-cooled server market"
    assert entity_of(facts_of_text("全球智能体市场规模约50亿美元。", PUB), "约50亿美元") == "Global AI agent market"
    assert [n.name for n in market_phrases("测算全球AI客服市场规模")] == ["Global AI customer service market"]
    assert market_phrases("全球钢铁市场") == []  # an unknown word: still left to the lexicon
