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
    df = facts_of_text("采用大模型的企业客服成本平均下降15%。", PUB)
    assert not df["entity"].str.endswith(" LLM").any()


# ---- the report's own portfolio ---------------------------------------------------------------

def _broker_facts(text):
    import datetime as _dt
    from aigc_analysis.extract.facts import extract_document, facts_frame
    from aigc_analysis.load.normalise import to_simplified
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": _dt.date(2025, 11, 3), "publisher": "Yunshan Securities", "boilerplate": []}
    return facts_frame(extract_document(doc))


def test_golden_stock_portfolio_is_the_entity_of_its_returns():
    df = _broker_facts("我们的10月金股组合月度收益率为-2.40%，同期沪深300下跌0.90%，组合跑输1.50个百分点。")
    ret = df[df["text"] == "-2.40%"].iloc[0]
    assert (ret["entity"], ret["metric"], ret["value"]) == ("Yunshan golden stock portfolio", "portfolio_return", -0.024)
    exc = df[df["text"] == "跑输1.50个百分点"].iloc[0]
    assert (exc["entity"], exc["metric"], exc["unit"]) == ("Yunshan golden stock portfolio", "excess_return", "pp")
    assert exc["value"] < 0
    # near-miss: the benchmark keeps its own move
    idx = df[df["text"] == "下跌0.90%"].iloc[0]
    assert idx["entity"] == "CSI 300" and idx["metric"] == "return"


def test_portfolio_excess_return_since_the_year_began():
    df = _broker_facts("10月组合收益率-1.80%，跑输基准0.60个百分点；年初至今累计超额约18.2个百分点。")
    row = df[df["text"] == "约18.2个百分点"].iloc[0]
    assert (row["entity"], row["metric"], row["value"]) == ("Yunshan portfolio", "excess_return_ytd", 0.182)
    assert df[df["text"] == "0.60个百分点"].iloc[0]["entity"] == "Yunshan portfolio"


def test_index_outperformance_without_a_portfolio_unchanged():
    # near-miss: no portfolio in the text, the index's relative return stays the index's
    df = _broker_facts("创业板指本月上涨6.2%，跑赢沪深300约3.1个百分点。")
    assert "portfolio" not in " ".join(df["entity"])


def test_portfolio_move_and_lead_over_a_named_benchmark():
    df = _broker_facts("我们的金股组合9月收益率为-2.75%，跑输沪深300指数1.35个百分点，胜率45%。")
    assert df[df["text"] == "-2.75%"].iloc[0]["metric"] == "portfolio_return"
    exc = df[df["text"] == "1.35个百分点"].iloc[0]
    assert (exc["entity"], exc["metric"]) == ("Yunshan golden stock portfolio", "excess_return")
    assert df[df["text"] == "45%"].iloc[0]["metric"] == "win_rate"
    df = _broker_facts("9月金股组合下跌2.75%，同期沪深300下跌0.80%。")
    assert entity_of(df, "下跌2.75%") == "Yunshan golden stock portfolio"
    assert entity_of(df, "下跌0.80%") == "CSI 300"


# ---- a product named as the subject -----------------------------------------------------------

def test_facebook_app_is_its_own_subject_under_meta():
    df = facts_of_text("Meta三季度广告展示量增长12%，其中Facebook提升约4%。", PUB)
    assert entity_of(df, "12%") == "Meta"
    assert entity_of(df, "约4%") == "Facebook"
    # near-miss: 脸书 in Chinese press is the company
    assert entity_of(facts_of_text("脸书2020年营收约860亿美元。", PUB), "约860亿美元") == "Meta"
