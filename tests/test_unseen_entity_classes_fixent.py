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


# --- 1: a Chinese model's facts are the model's, not its maker's --------------------------------
@pytest.mark.parametrize("text, model", [
    ("岳川科技今日发布岳川-3，总参数6800亿，激活参数370亿，API输入价格每百万tokens 2元，较上一代下降70%。", "Yuechuan-3"),
    ("岳川科技发布岳川3.5。总参数6800亿，激活参数370亿，API输入价格每百万tokens 2元，较上一代下降70%。", "Yuechuan 3.5"),
    ("岳川科技正式推出岳川V3大模型，总参数6800亿，激活参数370亿，API输入价格每百万tokens 2元，较上一代下降70%。",
     "Yuechuan V3"),
    ("岳川科技今日发布新一代模型岳川-3。该模型总参数6800亿，激活参数370亿，API输入价格每百万tokens 2元，较上一代下降70%。",
     "Yuechuan-3"),
    ("岳川科技今日发布岳川-3。总参数6800亿，激活参数370亿，API输入价格每百万tokens 2元，较上一代下降70%。", "Yuechuan-3"),
    ("今日发布了岳川-3，总参数6800亿，激活参数370亿，API输入价格每百万tokens 2元，较上一代下降70%。", "Yuechuan-3"),
])
def test_model_facts_belong_to_the_model(text, model):
    f = facts_of_text(text, PUB)
    for value in ("6800亿", "370亿", "2元", "下降70%"):
        assert entity_of(f, value) == model


def test_model_facts_near_misses():
    # the maker's revenue in the same paragraph stays the maker's
    f = facts_of_text("岳川科技今日发布新一代模型岳川-3。该模型总参数6800亿。岳川科技2025年营收12亿元，同比增长30%。", PUB)
    assert entity_of(f, "6800亿") == "Yuechuan-3"
    assert entity_of(f, "12亿元") == "Yuechuan"
    assert entity_of(f, "30%") == "Yuechuan"
    assert entity_of(facts_of_text("岳川科技营收12亿元。", PUB), "12亿元") == "Yuechuan"
    # a stem glued to an amount is money, not a model 岳川3.5
    f = facts_of_text("岳川科技三季度营收12亿元，净利润3.5亿元。", PUB)
    assert entity_of(f, "3.5亿元") == "Yuechuan"


def test_model_version_is_no_number():
    # the -3 of 岳川-3 is part of the name, not a count of users
    f = facts_of_text("岳川科技2025年营收12亿元，岳川-3发布后用户数增长50%。", PUB)
    assert "-3" not in set(f["text"])
    assert entity_of(f, "50%") == "Yuechuan-3"


# --- 2: a group subject inside a one-company note is the group ----------------------------------
NOTE = "澄岳证券研究所 | 公司点评\n青柏光电（300999.SZ）：三季度业绩超预期\n\n公司三季度营收12亿元，同比增长50%。"


@pytest.mark.parametrize("sentence, value, group", [
    ("北美三大云厂商三季度资本开支合计同比增长约60%。", "约60%", "Big-3 US cloud providers"),
    ("北美三大CSP三季度资本开支合计约800亿美元。", "约800亿美元", "Big-3 US cloud providers"),
    ("海外四大CSP三季度资本开支同比增长55%。", "55%", "Big-4 US cloud providers"),
    ("国内头部互联网厂商2025年资本开支合计约3000亿元。", "约3000亿元", "China leading internet companies"),
    ("国内互联网大厂三季度资本开支同比增长80%。", "80%", "China leading internet companies"),
])
def test_group_subject_in_company_note(sentence, value, group):
    f = facts_of_text(NOTE + sentence, PUB)
    assert entity_of(f, value) == group
    assert entity_of(f, "12亿元") == "Qingbai"


@pytest.mark.parametrize("sentence", [
    "公司对北美三大云厂商的收入同比增长60%。",
    "公司对海外四大CSP的收入同比增长60%。",
    "公司对国内头部互联网厂商的收入同比增长60%。",
])
def test_group_as_customer_stays_with_company(sentence):
    # near-miss: the group after 公司对 is a customer; the number is the note's company's
    assert entity_of(facts_of_text(NOTE + sentence, PUB), "60%") == "Qingbai"


@pytest.mark.parametrize("text, value, entity", [
    ("青柏科技是国内领先的光模块厂商。北美三大云厂商三季度资本开支合计同比增长约60%。", "约60%", "Big-3 US cloud providers"),
    ("青柏科技是国内领先的光模块厂商。北美三大云厂商三季度资本开支合计同比增长约60%。公司对北美三大云厂商的收入同比增长40%。",
     "40%", "Qingbai"),
    ("青柏科技三季度营收12亿元。公司向海外四大CSP的收入同比增长40%。", "40%", "Qingbai"),
])
def test_group_or_customer_in_prose(text, value, entity):
    assert entity_of(facts_of_text(text, PUB), value) == entity


# --- 3: a category keeps its scope words -----------------------------------------------------
@pytest.mark.parametrize("text, value, entity", [
    ("全球AI数据中心IT负载约30GW。", "约30GW", "Global AI data centres"),
    ("海外AI数据中心资本开支同比增长50%。", "50%", "Overseas AI data centres"),
    ("全球数据中心IT负载约30GW。", "约30GW", "Global data centres"),
    ("国内新建大型数据中心PUE不高于1.3。", "不高于1.3", "China new large data centres"),
    ("全国新建大型及以上数据中心PUE降到1.3以下。", "1.3以下", "China new large and hyperscale data centres"),
    ("我国超大型数据中心PUE约1.35。", "约1.35", "China hyperscale data centres"),
    ("新建大型数据中心PUE不高于1.3。", "不高于1.3", "new large data centres"),
    ("全球光模块出货量约2000万只。", "约2000万", "Global optical modules"),
    ("全球光模块市场规模约150亿美元。", "约150亿美元", "Global optical transceiver market"),
    ("全球数据中心市场规模约3000亿美元。", "约3000亿美元", "Global data centre market"),
])
def test_category_keeps_scope(text, value, entity):
    assert entity_of(facts_of_text(text, PUB), value) == entity


@pytest.mark.parametrize("text, entity", [
    # a named data centre, or its owner, is no category
    ("青柏科技的云栖数据中心PUE为1.2。", "Qingbai"),
    # a company's data-centre business is the company's
    ("英伟达数据中心收入同比增长50%。", "Nvidia"),
])
def test_category_scope_near_misses(text, entity):
    f = facts_of_text(text, PUB)
    assert len(f) == 1 and f.iloc[0]["entity"] == entity
