"""fixent21: names and row labels no longer left in Chinese or spelt in pinyin where their words
mean something: a leading place or 国家 and meaning words (人工智能, 产业, 母基金) of a shaped name are
translated, row labels naming a school stage or a source of power and 欧盟 are in English, and
a market of 编程工具 is named in English."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import english_name
from helpers_text import entity_of, facts_of_text

_DAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize("name, english", [
    ("南京市人工智能产业基金", "Nanjing AI Industry Fund"),  # not Nanjingshirengong AI Industry Fund
    ("国家数据产业母基金", "National Data Industry Fund of Funds"),  # not Guojia...
    ("长沙市通用人工智能母基金", "Changsha AGI Fund of Funds"),
    ("杭州岚峰科技", "Hangzhou Lanfeng Technology"),
    ("岚峰科技", "Lanfeng Technology"),  # no place: unchanged
])
def test_places_and_meaning_words_of_a_shaped_name_are_translated(name, english):
    assert english_name(name) == english


def test_a_city_fund_in_prose_is_named_in_english():
    df = facts_of_text("南京市人工智能产业基金目标规模60亿元，首期规模20亿元。", _DAY)
    assert entity_of(df, "60亿元") == "Nanjing AI Industry Fund"


POWER = ("表2：某省发电结构（单位：%）\n"
         "电源　　　　2024年　　2030年目标\n"
         "燃煤　　　　51.2　　　40.0\n"
         "再生能源　　18.6　　　30.0\n"
         "核能　　　　6.1　　　 8.0\n")


def test_sources_of_power_as_row_labels_are_in_english_not_a_firm():
    df = facts_of_text(POWER, _DAY)
    assert entity_of(df, "18.6") == "Renewable power"  # not Zaisheng Energy
    assert entity_of(df, "51.2") == "Coal-fired power"
    assert entity_of(df, "6.1") == "Nuclear power"


STAGES = ("表1：各学段学生AI学习工具使用情况（单位：%）\n"
          "学段        使用过     个人付费\n"
          "大学        77.0        12.5\n"
          "初中        31.0        4.4\n"
          "小学        18.0        2.2\n")


def test_school_stages_as_row_labels_are_in_english():
    df = facts_of_text(STAGES, _DAY)
    assert entity_of(df, "12.5") == "University"
    assert entity_of(df, "4.4") == "Junior high"
    assert entity_of(df, "2.2") == "Primary school"


def test_the_eu_as_a_row_label_beside_countries_is_in_english():
    df = facts_of_text("表：主要经济体AI投资承诺\n地区        承诺金额（亿欧元）\n欧盟        1500\n法国        900\n", _DAY)
    assert entity_of(df, "1500") == "European Union"


def test_a_market_of_coding_tools_is_named_in_english():
    df = facts_of_text("据测算，2025年中国AI编程工具市场规模约为21亿元。", _DAY)
    assert entity_of(df, "21亿元") == "China AI coding tools market"
