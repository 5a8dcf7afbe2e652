"""Generic Chinese words inside a name are translated, never spelt in pinyin nor left in Chinese:
a row label made of class words (其他国产厂商), a model named by its kind (端侧基础模型), the layers
of an industry chain, a process node, a sector or index named by measure words (细分, 用量, 价格),
a market named by its words; a comparative or an enumeration marker is no part of a name
(invented texts)."""
from __future__ import annotations

import re

from aigc_analysis.extract.names import find_unknown_names, label_english, market_phrases
from tests.text_facts import facts_of

#: a run of Latin letters no English word looks like: several pinyin syllables glued together
_PINYIN = re.compile(r"\b(?:Qita|Guochan|Changshang|Duance|Jichu|Moxing|Xifen|Yongliang|Jiage|Kuaiyu|Ershi)", re.I)


def _entity(df, text: str) -> str:
    rows = df[df["text"] == text]
    assert len(rows) == 1, df[["text", "entity", "metric"]].to_string()
    return rows.iloc[0]["entity"]


def test_other_vendors_row_label_is_translated():
    text = ("表4　中国推理芯片出货份额（%）\n厂商　　　　2024　　2025E\n英伟达　　　58　　　47\n"
            "其他国产厂商　9　　　16\n资料来源：某机构\n")
    assert _entity(facts_of(text), "16") == "Other Domestic Vendors"


def test_model_named_by_its_kind_is_translated():
    text = "表5　手机厂商端侧模型参数量（单位：亿）\n厂商      模型                参数量\n苹果      端侧基础模型         45\n"
    assert _entity(facts_of(text), "45") == "On-device Foundation Model"


def test_industry_chain_layers_are_named_in_english():
    text = ("表3　分层规模与结构（单位：亿元）\n层级　　　　　2025年　　占比\n基础层（芯片等）　2100　　41%\n"
            "应用层（行业等）　1800　　35%\n")
    df = facts_of(text)
    assert _entity(df, "41%") == "Infrastructure layer"
    assert _entity(df, "35%") == "Application layer"


def test_process_node_label():
    assert label_english("7奈米") == "7nm"
    assert label_english("16纳米制程") == "16nm"
    assert label_english("奈米") is None


def test_sector_and_index_measure_words_are_translated():
    df = facts_of("上周液冷细分板块成交额56.2亿元。")
    assert _entity(df, "56.2亿元") == "Liquid Cooling sector"
    names = [n.name for n in find_unknown_names("· 星桥Token用量指数本月上升8.5%；星桥模型价格指数下降2.1%。")]
    assert "Token Usage Index" in names
    assert not any(_PINYIN.search(n) for n in names), names


def test_comparative_clause_names_no_index():
    names = [n.name for n in find_unknown_names("我们预计龙头组合盈利增长25%，依然大幅快于指数其他成分股的11%。")]
    assert not any(_PINYIN.search(n) or "Index" in n for n in names), names


def test_enumeration_marker_is_no_part_of_a_name():
    text = "驱动因素有两点：一是算力投入加大；二是大模型加速落地，星澜大模型的参数量为700亿。"
    names = [n.name for n in find_unknown_names(text)]
    assert not any(n.startswith("二是") for n in names), names
    df = facts_of(text)
    assert not any(_PINYIN.search(e) for e in df["entity"]), df[["text", "entity"]].to_string()


def test_market_named_by_generic_words():
    assert [n.name for n in market_phrases("2024年北美云基础设施服务市场规模约900亿美元")] \
        == ["North America cloud infrastructure service market"]


def test_cagr_and_one_years_growth_are_two_claims():
    text = ("我们预测，2030年中国AI应用市场规模将达到3300亿元，2024-2030年年均复合增长率（CAGR）为18.6%。\n\n"
            "表1　2024-2028年中国AI应用市场规模预测（单位：亿元）\n年份　　　　2024　　2025E　　2026E　　2027E\n"
            "市场规模　　1000　　1190　　1411　　1685\n同比增速　　21.0%　 19.0%　　18.6%　　19.4%\n")
    rows = facts_of(text)
    rows = rows[rows["text"] == "18.6%"]
    assert sorted(zip(rows["metric"], rows["period"])) == [("cagr", "2024/2030"), ("market_size_growth", "2026")]
