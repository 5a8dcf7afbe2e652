"""Composed index names, year rows under a caption, stock-code columns and descriptive phrases
(invented text only): the classes of the ``fixidx`` branch."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import family_index_name, known_inside_indices, sector_name
from helpers_text import entity_of, facts_of_text, row_of

PUB = dt.date(2025, 12, 15)


# --- 1. index names are composed from a family, theme words and a suffix --------------------

@pytest.mark.parametrize("text, fact, entity", [
    ("上证科创板芯片指数年内累计涨幅达41.2%。", "41.2%", "SSE STAR Chip Index"),
    ("上证科创板人工智能指数年内上涨33.1%。", "33.1%", "SSE STAR AI Index"),
    ("万得AI应用指数上周上涨8.4%。", "8.4%", "Wind AI Application Index"),
    ("中证云端算力主题指数今年以来上涨18.2%。", "18.2%", "CSI Cloud Computing Power Theme Index"),
    ("中证云计算与大数据主题指数今年以来上涨18.2%。", "18.2%", "CSI Cloud Computing & Big Data Theme Index"),
    ("国证算力指数本月下跌6.3%。", "下跌6.3%", "CNI Computing Power Index"),
    ("中证数据中心主题指数今年以来上涨12.4%。", "12.4%", "CSI Data Center Theme Index"),
    # an index of the lexicon keeps its own name
    ("中证人工智能主题指数今年以来上涨32.5%。", "32.5%", "CSI Artificial Intelligence Index"),
    ("科创芯片指数本月下跌7.7%。", "下跌7.7%", "STAR Chip Index"),
])
def test_composed_index_names(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


def test_board_and_publisher_alone_keep_their_names():
    # near misses: the board and the data vendor written alone are not an index's words
    assert entity_of(facts_of_text("今年以来科创板成交额占比提升至12%。", PUB), "12%") == "STAR Market"
    assert entity_of(facts_of_text("万得数据显示，岚峰科技三季度营收52亿元。", PUB), "52亿元") == "Lanfeng Technology"


def test_index_row_labels_without_suffix():
    text = ("| 代表指数 | 年初至今涨跌幅(%) |\n|---|---|\n| 中证人工智能 | 32.5 |\n"
            "| 国证算力 | 12.1 |\n| 科创芯片 | 41.2 |\n")
    df = facts_of_text(text, PUB)
    # the lexicon's 中证人工智能指数 keeps its name; no pinyin firm (Zhongzhengrengong AI)
    assert entity_of(df, "32.5") == "CSI Artificial Intelligence Index"
    assert entity_of(df, "12.1") == "CNI Computing Power Index"
    assert entity_of(df, "41.2") == "STAR Chip Index"


def test_known_inside_indices_and_family_names():
    assert known_inside_indices("万得AI应用指数上涨", [(0, 2, "org")]) == {(0, 2)}
    assert known_inside_indices("万得数据显示", [(0, 2, "org")]) == set()
    assert known_inside_indices("标普500指数", [(0, 5, "index")]) == set()
    assert family_index_name("中证人工智能") == "CSI AI Index"
    assert family_index_name("端侧AI指数") is None
    assert family_index_name("中证钢铁") is None  # a word no row holds: no half-translated name


# --- 4. descriptive phrases are no names ------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("谷歌三季度营收1023亿美元。其中加速最明显的板块是云业务，收入同比增长48%。", "48%"),
    ("云计算板块中，加速最明显的板块是光模块，本周上涨12.3%。", "12.3%"),
    ("本周涨幅最大的板块是通信，上涨6.1%。", "6.1%"),
    ("岚峰科技三季度营收52亿元。其中增长最快的是海外业务，收入同比增长63%。", "63%"),
])
def test_description_makes_no_pinyin_name(text, fact):
    entity = entity_of(facts_of_text(text, PUB), fact)
    assert not entity.lower().startswith(("jiasu", "zhangfu", "zengzhang")), entity


def test_description_keeps_the_paragraph_company():
    text = "岚峰科技三季度营收52亿元。其中增长最快的板块是海外业务，收入同比增长63%。"
    assert entity_of(facts_of_text(text, PUB), "63%") == "Lanfeng Technology"


def test_focus_phrase_names_the_segment():
    for lead in ("增长最快的是", "其中加速最明显的是", "表现最好的是"):
        text = f"谷歌三季度营收1023亿美元。{lead}谷歌云，同比增长34%。"
        df = facts_of_text(text, PUB)
        assert entity_of(df, "34%") == "Google Cloud"
        assert entity_of(df, "1023亿美元") == "Google"


def test_sector_name_guard():
    assert sector_name("加速最明显的板块", 0, 8)[2] == "clause"
    assert sector_name("涨幅最大的板块", 0, 7)[2] == "clause"
    # near miss: a sector's own name is still named in English
    assert sector_name("液冷板块涨3%", 0, 4) == (0, "Liquid Cooling sector", "index")
    assert entity_of(facts_of_text("本周液冷板块上涨6.1%。", PUB), "6.1%") == "Liquid Cooling sector"
