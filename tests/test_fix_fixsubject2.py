"""Subject choice, second wave (invented texts): architecture and benchmark words are no subjects,
a pair's joint figure is one row, and a chip family written inside a product's name is no second
subject."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

PUB = dt.date(2026, 3, 12)


def _rows(df, text):
    return df[df["text"] == text]


# ---- architecture and benchmark words ---------------------------------------------------------

def test_architecture_word_is_no_subject():
    df = facts_of_text("DiT架构的单次生成成本下降约35%。", PUB)
    assert entity_of(df, "下降约35%") != "DiT"


def test_benchmark_name_does_not_carry_into_the_next_sentence():
    df = facts_of_text("Veyra-2在HumanEval上的得分约88%。公司全年研发投入约9亿元。", PUB)
    assert entity_of(df, "约9亿元") != "HumanEval"


def test_model_named_in_its_own_sentence_stays_the_subject():
    # near-miss: the model is the subject of its own sentence
    df = facts_of_text("Veyra-2的参数量约为700亿。", PUB)
    assert entity_of(df, "700亿") == "Veyra-2"


# ---- joint subjects ------------------------------------------------------------------------------

def test_joint_investment_of_a_pair_is_one_row():
    df = facts_of_text("Google Cloud与PIF宣布共同投资80亿美元建设AI园区。", PUB)
    rows = _rows(df, "80亿美元")
    assert len(rows) == 1, rows.to_string()
    assert rows.iloc[0]["entity"] == "Google Cloud"
    df = facts_of_text("微软、谷歌与亚马逊联合投资约60亿美元。", PUB)
    assert len(_rows(df, "约60亿美元")) == 1


def test_another_firms_equal_figure_on_its_own_line_is_kept():
    # near-miss: the same amount of a firm on another line is its own row
    df = facts_of_text("英特尔宣布投资约80亿美元扩建工厂。\n谷歌与PIF宣布共同投资80亿美元建设AI园区。", PUB)
    assert entity_of(df, "约80亿美元") == "Intel"
    assert entity_of(df, "80亿美元") == "Google"


def test_chip_family_inside_a_product_name_is_no_second_row():
    df = facts_of_text("英伟达GB300 Grace Blackwell出货量预计约4万台。", PUB)
    rows = _rows(df, "约4万")
    assert len(rows) == 1, rows.to_string()
    assert rows.iloc[0]["entity"] == "GB300 Grace Blackwell"


# ---- a model named by its brand before 大模型 -------------------------------------------------

def test_brand_before_llm_is_the_model():
    df = facts_of_text("岚声大模型调用量全年同比增长约7倍。", PUB)
    assert entity_of(df, "约7倍") == "Lansheng LLM"


def test_brand_after_its_maker_is_the_model_not_the_maker():
    df = facts_of_text("中国联通青川大模型调用量增长9倍。", PUB)
    assert entity_of(df, "9倍") == "Qingchuan LLM"


def test_generic_modifier_before_llm_stays_the_concept():
    # near-misses: a kind of model is no brand; a model in the lexicon keeps its name
    assert entity_of(facts_of_text("国内大模型价格下降约55%。", PUB), "下降约55%") == "large models"
    assert entity_of(facts_of_text("多模态大模型训练成本约1800万美元。", PUB), "约1800万美元") == "large models"
    assert entity_of(facts_of_text("百度主力大模型日调用量增长6倍。", PUB), "6倍") != "Zhuli LLM"
    assert entity_of(facts_of_text("腾讯混元大模型调用量增长4倍。", PUB), "4倍") == "Hunyuan"
