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
    ("中证人工智能主题指数今年以来上涨32.5%。", "32.5%", "CSI Artificial Intelligence Theme Index"),
    ("科创芯片指数本月下跌7.7%。", "下跌7.7%", "STAR Chip Index"),
])
def test_composed_index_names(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


def test_board_and_publisher_alone_keep_their_names():
    # near misses: the board and the data vendor written alone are not an index's words
    assert entity_of(facts_of_text("今年以来科创板成交额占比提升至12%。", PUB), "12%") == "STAR Market"
    assert entity_of(facts_of_text("万得数据显示，岚峰科技三季度营收52亿元。", PUB), "52亿元") == "Lanfeng"


def test_index_row_labels_without_suffix():
    text = ("| 代表指数 | 年初至今涨跌幅(%) |\n|---|---|\n| 中证人工智能 | 32.5 |\n"
            "| 国证算力 | 12.1 |\n| 科创芯片 | 41.2 |\n")
    df = facts_of_text(text, PUB)
    # the lexicon's 中证人工智能指数 keeps its name; no pinyin firm (Zhongzhengrengong AI)
    assert entity_of(df, "32.5") == "CSI Artificial Intelligence Theme Index"
    assert entity_of(df, "12.1") == "CNI Computing Power Index"
    assert entity_of(df, "41.2") == "STAR Chip Index"


def test_known_inside_indices_and_family_names():
    assert known_inside_indices("万得AI应用指数上涨", [(0, 2, "org")]) == {(0, 2)}
    assert known_inside_indices("万得数据显示", [(0, 2, "org")]) == set()
    assert known_inside_indices("标普500指数", [(0, 5, "index")]) == set()
    assert family_index_name("中证人工智能") == "CSI AI Index"
    assert family_index_name("端侧AI指数") is None
    assert family_index_name("中证稀土") is None  # a word no row holds: no half-translated name


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
    assert entity_of(facts_of_text(text, PUB), "63%") == "Lanfeng"


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


# --- 2. year rows of a table belong to the caption's subject ------------------------------------

def test_year_rows_take_the_captions_industry():
    text = ("表2　中国人工智能核心产业规模及预测（单位：亿元）\n年份　规模　增速\n"
            "2024　5,800　18%\n2025E　6,900　19%\n2026E　8,200　19%\n")
    df = facts_of_text(text, PUB)
    for cell, period in (("5,800", "2024"), ("8,200", "2026"), ("18%", "2024")):
        row = row_of(df, cell)
        assert (row.entity, row.period) == ("China AI core industry", period)
    assert not df["entity"].isin(["2024", "2025E", "2026E"]).any()


@pytest.mark.parametrize("text, cell, entity", [
    ("表5　全球大模型市场规模（单位：亿美元）\n| 年份 | 市场规模 | 同比 |\n|---|---|---|\n"
     "| 2024A | 120 | 65% |\n| 2025E | 180 | 50% |\n", "120", "Global LLM market"),
    ("表4　岚峰科技营收及预测（单位：亿元）\n年份　营收　同比\n2024　52.4　21%\n2025E　68.1　30%\n",
     "68.1", "Lanfeng"),
    ("表1 中国智能算力规模（EFLOPS）\n| 年份 | 规模 | 同比 |\n|---|---|---|\n| 2024 | 725 | 74% |\n"
     "| 2025E | 1037 | 43% |\n", "1037", "China intelligent computing capacity"),
    # the columns name whose the values are: the year is only when
    ("表7　数据中心收入对比（单位：亿美元）\n| 年份 | 英伟达 | AMD |\n|---|---|---|\n| 2024 | 1152 | 126 |\n"
     "| 2025E | 1800 | 160 |\n", "160", "AMD"),
])
def test_year_rows_variants(text, cell, entity):
    assert entity_of(facts_of_text(text, PUB), cell) == entity


def test_named_rows_keep_their_names():
    # near miss: rows labelled by firms keep the firms, whatever the caption names
    text = ("表8　AI芯片厂商收入（单位：亿美元）\n| 公司 | 2024 | 2025E |\n|---|---|---|\n"
            "| 英伟达 | 1152 | 1800 |\n| AMD | 126 | 160 |\n")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "1800") == "Nvidia"
    assert entity_of(df, "126") == "AMD"


# --- 3. stock-code columns hold no values -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "表3　台股AI供应链12月营收（亿新台币）\n公司　代码　营收　同比\n岳川电子　2388　412.5　21.3%\n青禾光电　3008　128.4　-5.2%\n",
    "表3　台股AI供应链12月营收（亿新台币）\n公司\t代號\t营收\t同比\n岳川电子\t2388\t412.5\t21.3%\n青禾光电\t3008\t128.4\t-5.2%\n",
    "| 公司 | 代码 | 12月营收（亿新台币） | 同比(%) |\n|---|---|---|---|\n| 岳川电子 | 2388 | 412.5 | 21.3 |\n"
    "| 青禾光电 | 3008 | 128.4 | -5.2 |\n",
])
def test_code_column_is_no_value(text):
    df = facts_of_text(text, PUB)
    assert not df["text"].isin(["2388", "3008"]).any(), df[["text", "entity", "metric"]]
    row = row_of(df, "412.5")
    assert (row.entity, row.metric, row.value) == ("Yuechuan", "revenue", pytest.approx(4.125e10))


@pytest.mark.parametrize("text, cell, entity", [
    ("| 证券代码 | 公司 | 营业收入（亿元） | 同比(%) |\n|---|---|---|---|\n| 603516 | 岚峰科技 | 52.4 | 21.3 |\n"
     "| 002230 | 青禾软件 | 18.2 | -5.2 |\n", "18.2", "Qinghe"),
    ("| Ticker | Company | 2025E Revenue (US$bn) | YoY (%) |\n|---|---|---|---|\n| 2330 | Zorvex | 88.5 | 31.0 |\n"
     "| 6669 | Corvana | 12.1 | 15.5 |\n", "12.1", "Corvana"),
    ("公司\t股票代码\t2025年营收（亿元）\t同比(%)\n岚峰科技\t688123\t52.4\t21.3\n青禾软件\t300456\t18.2\t-5.2\n",
     "18.2", "Qinghe"),
])
def test_row_opening_with_a_code_is_the_company_beside_it(text, cell, entity):
    df = facts_of_text(text, PUB)
    assert entity_of(df, cell) == entity
    assert not df["text"].str.fullmatch(r"\d{4,6}").any()


def test_number_column_that_is_no_code_keeps_its_values():
    # near miss: a four-digit cell under an amount column is a value, not a code
    text = ("表9　岚峰科技经营数据（单位：亿元）\n| 年份 | 营收 | 研发投入 |\n|---|---|---|\n"
            "| 2024 | 2388 | 412 |\n")
    df = facts_of_text(text, PUB)
    assert row_of(df, "2388").metric == "revenue"
