"""Entities left in Chinese or taken from the wrong cell (fixer fixent35b).

- A market named as place + words + 市场 is named in English when its words translate
  (``data/market_words.csv``): a device (加速器), a Taiwan word (晶片), an industry's automation
  (智能矿山), the schools a market serves (中小学), a material (电子特气), an industry
  (语言服务), a farm use (植保); 相关 right before 市场 adds nothing (before another head
  word, 订单, it stays no name). Traditional text is
  read through its simplified form, so 市場 and 相關 name the same market.
- A row label that is a numbered week (``第12周``) is a time, not an entity: the row is the
  caption's subject's, as a dated row label is.

Every example is invented: the sentences and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import market_phrases
from helpers_text import entity_of, facts_of_text, row_of

DAY = dt.date(2025, 11, 20)


@pytest.mark.parametrize("text, name", [
    ("机构测算全球AI加速器市场规模明年将翻番", "Global AI accelerator market"),
    ("全球AI晶片市场规模持续扩大", "Global AI chip market"),
    ("我国智能矿山市场规模稳步增长", "China smart mining market"),
    ("全国中小学人工智能教育市场规模约90亿元", "China K-12 AI education market"),
    ("中国电子特气市场规模增速放缓", "China electronic specialty gas market"),
    ("全球语言服务市场规模约600亿美元", "Global language services market"),
    ("国内植保无人机市场保有量快速提升", "China crop-protection drone market"),
])
def test_a_placed_market_is_named_in_english_word_by_word(text, name):
    assert [n.name for n in market_phrases(text)] == [name]


def test_related_between_the_words_and_the_market_adds_nothing():
    assert [n.name for n in market_phrases("广东人工智能相关市场规模")] == ["Guangdong AI market"]
    assert market_phrases("相关市场规模约5亿元") == []  # a pointer back names no market
    # before another head (订单) related keeps the phrase a firm's own, no aggregate named
    assert market_phrases("公司AI相关订单积压约50亿美元") == []


def test_a_market_size_of_a_translated_market_is_not_left_in_chinese():
    df = facts_of_text("行业研究：据测算，2025年我国智能矿山市场规模约880亿元，同比增长15%。\n", DAY)
    assert entity_of(df, "约880亿元") == "China smart mining market"


def test_a_traditional_market_phrase_reads_as_its_simplified_form():
    df = facts_of_text("產業觀察：預估2027年全球AI晶片市場規模將達3,200億美元。\n", DAY)
    assert entity_of(df, "3,200億美元") == "Global AI chip market"


@pytest.mark.parametrize("sep", ["\t", "\u3000\u3000"])
def test_a_numbered_week_row_label_is_the_captions_subject(sep):
    text = ("GPU租赁周报\n\n表2　近四周H200 8卡整机月租均价（单位：万元/台/月）\n"
            f"第12周{sep}9.41\n第13周{sep}9.36\n第14周{sep}9.30\n资料来源：样本服务商报价。\n")
    df = facts_of_text(text, DAY)
    for cell in ("9.41", "9.36", "9.30"):
        row = row_of(df, cell)
        assert row["entity"].startswith("H200") and "周" not in row["entity"]


def test_a_label_merely_opening_with_an_ordinal_keeps_its_own_row():
    # 第三代半导体 (third-generation semiconductors) opens with an ordinal but names no time unit:
    # the row is its own, not the caption's subject as a week's row is
    text = "表1　细分材料市场规模（亿元）\n第三代半导体\t12.6\n碳化硅\t8.1\n"
    df = facts_of_text(text, DAY)
    assert row_of(df, "12.6")["entity"] != row_of(df, "8.1")["entity"]
