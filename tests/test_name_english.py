"""A name found by its shape and written in Chinese characters is output in English: pinyin for
the characters, the trailing descriptor (data/name_suffixes.csv) translated."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import english_name
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
    assert entity_of(df, "12.5亿元") == "Lanfeng Technology"
    assert entity_of(df, "30%") == "Lanfeng Technology"


def test_gloss_wins_over_pinyin():
    # the pinyin would be Lanfeng Technology: the English the report writes is the name
    df = facts_of_text("岚峰科技（Cloudpeak Tech）2026年收入达到8亿元。", _DAY)
    assert entity_of(df, "8亿元") == "Cloudpeak Tech"


def test_known_lexicon_name_is_not_romanised():
    df = facts_of_text("英伟达2026财年营业收入达到1300亿美元。", _DAY)
    assert entity_of(df, "1300亿美元") == "Nvidia"
