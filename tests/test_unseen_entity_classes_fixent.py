"""Entity classes seen on reports in no scored set (helper ``fixent``): well-known AI-chain firms
missing from the lexicon, model facts given to the model's maker, a group subject inside a
one-company note, categories that lose their scope words. Every example is an invented sentence,
not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.lexicon import find_entities, load_entities
from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 11, 20)


# --- 4: well-known firms of the AI chain are lexicon rows, not pinyin ---------------------------
@pytest.mark.parametrize("name, entity", [
    ("软银集团", "SoftBank Group"), ("軟銀集團", "SoftBank Group"), ("软银", "SoftBank Group"),
    ("东京电子", "Tokyo Electron"), ("東京威力科創", "Tokyo Electron"),
    ("爱德万测试", "Advantest"), ("愛德萬", "Advantest"),
    ("瑞萨电子", "Renesas Electronics"), ("瑞薩", "Renesas Electronics"),
    ("铠侠", "Kioxia"), ("英飞凌", "Infineon"), ("新思科技", "Synopsys"), ("格芯", "GlobalFoundries"),
    ("聯電", "UMC"), ("创意电子", "Global Unichip"), ("世芯-KY", "Alchip"), ("康宁", "Corning"),
])
def test_missing_firms_are_lexicon_rows(name, entity):
    assert [m.entity for m in find_entities(f"{name}三季度营收")] == [entity]


def test_missing_firms_rows_have_tickers_and_countries():
    table = load_entities().set_index("entity")
    assert table.loc["SoftBank Group", "tickers"] == "9984.T"
    assert table.loc["SoftBank Group", "country"] == "JP"
    assert table.loc["UMC", "country"] == "TW"


@pytest.mark.parametrize("text, value, entity", [
    ("软银集团2025财年营收约7万亿日元。", "约7万亿日元", "SoftBank Group"),
    ("軟銀集團第二財季淨利潤同比增長15%。", "15%", "SoftBank Group"),
    ("东京电子三季度营收同比增长20%。", "20%", "Tokyo Electron"),
    ("爱德万三季度营收同比增长30%。", "30%", "Advantest"),
])
def test_missing_firms_are_subjects(text, value, entity):
    assert entity_of(facts_of_text(text, PUB), value) == entity


@pytest.mark.parametrize("text", ["串联电路", "關聯電路", "并联电容", "互联电信网络"])
def test_umc_alias_near_misses(text):
    # 联电 (UMC) inside a common compound is no name
    assert find_entities(text) == []
