"""Entities taken from the wrong word on reports in no scored set: a market in a header's category
field, a shaped name opening with a time or market word, industries as row labels, common sector
words romanised, real firms missing from the lexicon. Every example is an invented sentence, not a
line of any report."""
from __future__ import annotations

import csv
import datetime as dt

import pytest

from aigc_analysis.extract.lexicon import DATA_DIR
from aigc_analysis.extract.names import find_unknown_names, industry_name, sector_name, shaped_firm
from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 9, 10)


# --- 1: a market in the header's category field is furniture ---------------------------------
@pytest.mark.parametrize("text", [
    "澄岳证券研究所 | 港股科技 | 电话会议纪要\n\n要点\n· 资本开支：三季度资本开支13.2亿元，同比增长约1.6倍\n\n云枢科技表示将继续投入。",
    "行业：港股互联网\n评级：买入\n\n三季度资本开支13.2亿元，同比增长约1.6倍。云枢科技表示将继续投入。",
    "所属行业：A股计算机\n\n三季度资本开支13.2亿元，同比增长约1.6倍。云枢科技表示将继续投入。",
    "澄岳证券研究所 ｜ 美股科技 ｜ 公司点评\n\n三季度资本开支13.2亿元，同比增长约1.6倍。云枢科技表示将继续投入。",
])
def test_header_category_market_is_no_subject(text):
    f = facts_of_text(text, PUB)
    assert entity_of(f, "13.2亿元") == "Yunshu"
    assert entity_of(f, "约1.6倍") == "Yunshu"


def test_header_category_near_misses():
    # a market named in the body stays the subject of its sentence
    f = facts_of_text("澄岳证券研究所 | 港股科技 | 周报\n\n港股市场本周上涨2%。云枢科技收入增长20%。", PUB)
    assert entity_of(f, "2%") == "Hong Kong stock market"
    assert entity_of(f, "20%") == "Yunshu"
    # a company in the header's fields is still the report's company
    f = facts_of_text("澄岳证券研究所 | 云枢科技（0999.HK） | 电话会议纪要\n\n三季度资本开支13.2亿元。", PUB)
    assert entity_of(f, "13.2亿元") == "Yunshu"
    # a body line with a colon after 行业 is no header
    f = facts_of_text("云枢科技深度报告\n" + "公司是国内领先的云服务商，业务覆盖多个领域。" * 3
                      + "\n行业：港股市场本周上涨2%。", PUB)
    assert entity_of(f, "2%") == "Hong Kong stock market"


# --- 2: a shaped name never starts with a time word nor holds a market word ------------------
@pytest.mark.parametrize("text", [
    "而今年港股科技IPO募资超过600亿港元。",
    "其中今年港股科技IPO募资超过600亿港元。",
    "但今年港股科技IPO募资超过600亿港元。",
    "截至今年港股科技IPO募资超过600亿港元。",
    "同时去年港股科技IPO募资超过600亿港元。",
])
def test_time_and_market_words_make_no_firm(text):
    f = facts_of_text(text, PUB)
    entity = f["entity"].iloc[0]
    assert entity == "Hong Kong stock market", f[["text", "entity"]].to_string()
    assert not any("港股" in n.name or n.name.startswith(("今年", "去年")) for n in find_unknown_names(text))


@pytest.mark.parametrize("text", ["而本月A股智能企业融资超过200亿元。", "同时近期美股科技公司上涨10%。"])
def test_other_markets_make_no_firm(text):
    f = facts_of_text(text, PUB)
    assert f["entity"].iloc[0] in ("A-share market", "US stock market"), f[["text", "entity"]].to_string()


def test_shaped_firm_rejects_a_market():
    assert not shaped_firm("港股科技")
    assert not shaped_firm("A股智能")
    assert shaped_firm("岚渡智能")  # near-miss


@pytest.mark.parametrize("text", [
    "而今年星川科技收入增长20%。",
    "其中星川科技收入增长20%。",
    "同时去年星川科技收入增长20%。",
])
def test_firm_after_leads_near_misses(text):
    assert entity_of(facts_of_text(text, PUB), "20%") == "Xingchuan"


# --- 3: industries as row labels are named in English ----------------------------------------
_SURVEY = ("图表5：各行业AI部署率\n行业\t部署率\n金融\t45%\n互联网\t60%\n制造\t25%\n零售\t30%\n"
           "医疗\t20%\n政务\t15%\n教育\t18%")


@pytest.mark.parametrize("fact, entity", [
    ("45%", "Financial firms"), ("60%", "Internet firms"), ("25%", "Manufacturers"),
    ("30%", "Retailers"), ("20%", "Healthcare"), ("15%", "Government"), ("18%", "Education"),
])
def test_industry_row_labels(fact, entity):
    assert entity_of(facts_of_text(_SURVEY, PUB), fact) == entity


def test_industry_row_near_misses():
    # a row naming a firm stays the firm; a shaped firm stays a firm
    f = facts_of_text("图表6：AI部署率\n公司\t部署率\n微软\t45%\n云枢科技\t30%\n制造\t25%", PUB)
    assert entity_of(f, "45%") == "Microsoft"
    assert entity_of(f, "30%") == "Yunshu"
    assert entity_of(f, "25%") == "Manufacturers"
    assert industry_name("金融科技") is None
    assert industry_name("制造业") == "Manufacturers"


# --- 4: common sector words are translated, not romanised ------------------------------------
@pytest.mark.parametrize("text, fact, entity", [
    ("申万传媒指数上涨4.4%。", "4.4%", "SW Media Index"),
    ("AI应用指数上涨6.1%。", "6.1%", "AI Application Index"),
    ("海外算力指数下跌2.3%，", "下跌2.3%", "Overseas Computing Power Index"),
    ("本周国产算力板块上涨5%。", "5%", "Domestic Computing Power sector"),
    ("本周传感器板块上涨3%。", "3%", "Sensor sector"),
    ("本周通信指数上涨3%。", "3%", "Telecom Index"),
])
def test_sector_words_translated(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


@pytest.mark.parametrize("text, fact, entity", [
    ("沪深300上涨1.2%。", "1.2%", "CSI 300"),  # near-misses: known index names keep theirs
    ("中证人工智能指数上涨2.5%。", "2.5%", "CSI Artificial Intelligence Theme Index"),
])
def test_known_index_near_misses(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


def test_sector_name_translates_words():
    assert sector_name("海外算力指数", 0, 6)[1] == "Overseas Computing Power Index"
    assert sector_name("稀土板块", 0, 4) == (0, "Xitu sector", "index")  # unknown word: pinyin still


# --- 5: real firms the lexicon lacked are found by their names -------------------------------
_ADDED = {
    "宇树科技": "Unitree Robotics", "优必选": "UBTech Robotics", "智元机器人": "AgiBot",
    "银河通用": "Galbot", "傅利叶": "Fourier Intelligence",
}


@pytest.mark.parametrize("alias, entity", sorted(_ADDED.items()))
def test_added_firms_found(alias, entity):
    f = facts_of_text(f"据媒体报道，{alias}三季度人形机器人出货量达到1200台，同比增长150%。", PUB)
    assert entity_of(f, "150%") == entity


def test_added_rows_keep_the_format():
    with open(DATA_DIR / "entities.csv", newline="", encoding="utf-8") as fh:
        rows = {r["entity"]: r for r in csv.DictReader(fh)}
    for entity in _ADDED.values():
        assert rows[entity]["type"] == "company" and rows[entity]["country"] == "CN"
    # firms the lexicon already held keep their names (near-miss)
    assert rows["Moonshot AI"]["type"] == "company"
    assert rows["Cambricon"]["type"] == "company"
