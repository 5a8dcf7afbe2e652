"""Firms' industry and type words and facilities' nouns are translated inside a name written in
English (data/name_words.csv firm_type and institution rows), never spelt into one pinyin blob;
a Traditional name is matched in its Simplified form; a firm's name chained before its
facility's is written as two; a table row label naming a firm or a facility by its type word
is written in English; household appliances are product words (data/market_words.csv).
Every name below is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import english_name, firm_english, place_label_english, product_label_english
from helpers_text import entity_of, facts_of_text

_DAY = dt.date(2026, 10, 20)


@pytest.mark.parametrize("name, english", [
    ("禾岫餐饮管理", "Hexiu Catering Management"),  # chained type words, each translated
    ("澄岭矿业国际", "Chengling Mining International"),
    ("澄嶺礦業國際", "Chengling Mining International"),  # Traditional: matched in Simplified
    ("溪澄智能家电", "Xicheng AI Appliances"),
    ("岫川新能源", "Xiuchuan New Energy"),  # the longest word, not 能源 after a spelt 新
    ("澜北锂业", "Lanbei Lithium"),
    ("岫川铝业", "Xiuchuan Aluminium"),
    ("岚湖化妆品连锁", "Lanhu Cosmetics Chain"),
    ("岚汀钢铁", "Lanting Iron and Steel"),
    ("青屿影业发行", "Qingyu Pictures Distribution"),
    ("岫澄微電子", "Xiucheng Microelectronics"),  # a Traditional descriptor of name_suffixes.csv
])
def test_type_words_are_translated(name, english):
    assert english_name(name) == english


@pytest.mark.parametrize("name, english", [
    ("禾岫餐饮管理有限公司", "Hexiu"),  # a firm by its trade name: the type words drop too
    ("澄嶺礦業國際有限公司", "Chengling"),
    ("溪澄智能家电股份有限公司", "Xicheng"),
    ("岫川新能源", "Xiuchuan"),
    ("澜北锂业", "Lanbei"),
])
def test_firm_is_named_by_its_trade_name(name, english):
    assert firm_english(name) == english


@pytest.mark.parametrize("name, english", [
    ("青屿矿业白石沟煤矿", "Qingyu Mining Baishigou Coal Mine"),  # a firm's name, then its mine's
    ("岫丰煤业柳家岭煤矿", "Xiufeng Coal Liujialing Coal Mine"),
    ("澄北铜矿", "Chengbei Copper Mine"),
    ("澄北銅礦", "Chengbei Copper Mine"),
    ("岚湖算力枢纽", "Lanhu Computing Hub"),
    ("岚湖变电站", "Lanhu Substation"),
])
def test_facilities_keep_their_noun(name, english):
    assert english_name(name) == english
    assert firm_english(name) == english  # a facility's type word is part of its name


def test_no_chain_without_a_trade_name_either_side():
    # a firm's type word splits a run only with two characters of a name before and after it
    from aigc_analysis.extract.names import _inner_type_end
    assert _inner_type_end("青屿矿业白石沟") == 4
    assert _inner_type_end("屿矿业白石沟") is None
    assert _inner_type_end("青屿矿业沟") is None
    assert english_name("青屿矿业") == "Qingyu Mining"


@pytest.mark.parametrize("label, english", [
    ("岫均投资", "Xiujun Investment"),  # a firm's row in a holdings table
    ("澄岭矿业", "Chengling Mining"),
    ("澄北铜矿", "Chengbei Copper Mine"),
    ("岚溪算力枢纽", "Lanxi Computing Hub"),
])
def test_row_label_naming_a_firm_or_a_facility(label, english):
    assert place_label_english(label) == english


@pytest.mark.parametrize("label", ["股权投资", "资产管理", "工程服务", "在线零售", "全球零售", "零售", "营业收入", "药物及化妆品"])
def test_line_items_are_no_firms(label):
    # near misses: a common word (or none) before the type word is a line item, no firm
    assert place_label_english(label) is None


@pytest.mark.parametrize("label, english", [
    ("AI空调", "AI air conditioner"),
    ("AI冰箱", "AI refrigerator"),
    ("AI洗衣机", "AI washing machine"),
])
def test_appliances_are_product_words(label, english):
    assert product_label_english(label) == english


def test_firm_with_type_words_in_the_facts():
    df = facts_of_text("禾岫餐饮管理有限公司2026年上半年营业收入3.6亿元，同比增长18%。", _DAY)
    assert entity_of(df, "3.6亿元") == "Hexiu"
    assert entity_of(df, "18%") == "Hexiu"
