"""A name found by its shape and written in Chinese characters is output in English: pinyin for
the characters, the trailing descriptor (data/name_suffixes.csv) translated."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import english_name, firm_english
from helpers_text import entity_of, facts_of_text

_DAY = dt.date(2026, 10, 20)


@pytest.mark.parametrize("name, english", [
    ("岚峰科技", "Lanfeng Technology"),
    ("辰曜-Ultra", "Chenyao-Ultra"),
    ("青禾AI助手", "Qinghe AI Assistant"),
    ("澜汐微电子", "Lanxi Microelectronics"),  # the longest descriptor, not 电子
    ("岚峰科技股份有限公司", "Lanfeng Technology"),  # 股份, 有限公司 are dropped
    ("澜汐信息科技", "Lanxi Information Technology"),  # descriptors in a row each translated
    ("朔川视觉", "Shuochuan Vision"),  # 视觉 and the other trade descriptors of data/name_suffixes.csv
    ("朔川能源", "Shuochuan Energy"),
    ("Zeta-9 Pro", "Zeta-9 Pro"),  # no Chinese: unchanged
])
def test_english_name(name, english):
    assert english_name(name) == english


def test_english_name_is_ascii_and_one_word_per_han_run():
    out = english_name("翊川光电")
    assert out == "Yichuan Optoelectronics"
    assert out.isascii()


def test_shaped_company_is_named_in_english_in_the_facts():
    df = facts_of_text("岚峰科技（688999）2026年三季度营业收入12.5亿元，同比增长30%。", _DAY)
    assert entity_of(df, "12.5亿元") == "Lanfeng"  # a company by its trade name (firm_english)
    assert entity_of(df, "30%") == "Lanfeng"


def test_gloss_wins_over_pinyin():
    # the pinyin would be Lanfeng Technology: the English the report writes is the name
    df = facts_of_text("岚峰科技（Cloudpeak Tech）2026年收入达到8亿元。", _DAY)
    assert entity_of(df, "8亿元") == "Cloudpeak Tech"


def test_known_lexicon_name_is_not_romanised():
    df = facts_of_text("英伟达2026财年营业收入达到1300亿美元。", _DAY)
    assert entity_of(df, "1300亿美元") == "Nvidia"


@pytest.mark.parametrize("name, english", [
    ("朔湾光电", "Shuowan"),  # the trade name alone: no guess between Optoelectronics and Photonics
    ("朔湾光电科技", "Shuowan"),  # every spelling of one firm is one name
    ("朔湾", "Shuowan"),
    ("衡屿智能科技股份有限公司", "Hengyu"),
    ("衡屿人工智能科技", "Hengyu"),  # a meaning word before the descriptors is no trade name either
    ("苏州衡屿智算", "Suzhou Hengyu"),  # a leading place stays, translated
    ("澄汀资本", "Chengting Capital"),  # firm_name keep: an investor's descriptor is its name
    ("黎科技", "Li Technology"),  # one character alone says too little: descriptors kept
    ("无锡电气", "Wuxi Electric"),  # a place alone is no trade name
    ("Qolvo科技", "Qolvo Technology"),  # Latin letters may be a word or initials: kept
])
def test_firm_english_is_the_trade_name(name, english):
    assert firm_english(name) == english


def test_models_and_assistants_keep_their_descriptors():
    assert english_name("朔湾AI助手") == "Shuowan AI Assistant"
    assert english_name("朔湾光电") == "Shuowan Optoelectronics"


def test_one_firm_written_two_ways_is_one_entity():
    df = facts_of_text("朔湾光电科技2026年三季度营业收入12.5亿元。朔湾光电毛利率为31.5%。", _DAY)
    assert entity_of(df, "12.5亿元") == entity_of(df, "31.5%") == "Shuowan"
