"""Real companies of the AI supply chain that the lexicon lacked, and companies known by two
English names. A firm missing from ``entities.csv`` is romanised from its Chinese name (宁畅 ->
a pinyin guess) and misses its usual English name; a firm with two names in wide use (润泽科技:
Runze Technology and Range Intelligent Computing) is written with both, the short or brand name
in brackets, as ``Hon Hai Precision Industry (Foxconn)`` is. Every example is an invented
sentence, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.lexicon import find_entities
from aigc_analysis.load.normalise import to_simplified
from helpers_text import entity_of, facts_of_text

PUB = dt.date(2026, 3, 10)


def _found(text: str) -> list[str]:
    return [m.entity for m in find_entities(to_simplified(text))]


@pytest.mark.parametrize("text, entity", [
    ("宁畅发布新一代液冷服务器。", "Nettrix"),
    ("寧暢發布新一代液冷伺服器。", "Nettrix"),
    ("创梦天地上调全年指引。", "iDreamSky"),
    ("創夢天地上調全年指引。", "iDreamSky"),
    ("朝夕光年削减部分项目。", "Nuverse"),
    ("樺漢科技打入邊緣AI供應鏈。", "Ennoconn"),
    ("中強光電切入散熱模組。", "Coretronic"),
    ("雲鯨智能推出新款掃地機器人。", "Narwal"),
    ("中昊芯英完成新一轮融资。", "Zhonghao Xinying"),
    ("Kulicke & Soffa raised its outlook.", "Kulicke & Soffa"),
])
def test_added_firms_resolve_in_both_scripts(text, entity):
    assert entity in _found(text)


@pytest.mark.parametrize("text", [
    "润泽科技2025年营业收入52.3亿元。",
    "潤澤科技2025年營業收入52.3億元。",
    "Range Intelligent Computing 2025年营业收入52.3亿元。",
])
def test_a_firm_with_two_english_names_carries_both(text):
    f = facts_of_text(text, PUB)
    assert list(f.loc[f["text"].str.startswith("52.3"), "entity"]) == [
        "Runze Technology (Range Intelligent Computing)"]


@pytest.mark.parametrize("text, entity", [
    ("鴻海精密第三季營收年增12%。", "Hon Hai Precision Industry (Foxconn)"),
    ("浪潮信息第三季营收同比增长12%。", "Inspur Electronic Information (Inspur Information)"),
    ("天孚通信第三季营收同比增长12%。", "Tianfu Communication (TFC Optical Communication)"),
    ("劍橋科技第三季營收年增12%。", "Cambridge Industries (CIG Shanghai)"),
])
def test_two_name_firms_from_either_script(text, entity):
    assert entity_of(facts_of_text(text, PUB), "12%") == entity


def test_added_names_are_no_common_words():
    # the added short names stay out of ordinary phrases that hold similar characters
    assert "Getui" not in _found("用户每日互动次数提升")
    assert _found("推广明年的计划") == []
    assert "Foxsemicon" not in _found("北京鼎汇科技")
