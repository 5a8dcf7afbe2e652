"""Classes of entity failures seen on unseen reports, each on invented text with near-misses:
Q&A speaker tags, lexicon aliases inside longer shaped names, shaped names left in Chinese,
garbage names (a date, an amount, a name glued to a year, a clause), and aggregates of a sector."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import (extend_known, find_unknown_names, known_inside_names, market_phrase,
                                         shaped_firm)
from helpers_text import entity_of, facts_of_text

_DAY = dt.date(2025, 8, 20)


# ---- 1. a questioner's affiliation in a transcript is no subject ---------------------------

_CALL = ("{firm}2025年二季度业绩交流会纪要\n"
         "{q}（{asker}）：公司二季度云业务收入增速如何？\n"
         "{a}（CFO 王某）：二季度云业务收入同比增长35%，达到120亿元。\n")


@pytest.mark.parametrize("q, a", [("问", "答"), ("Q1", "A1"), ("Q", "A"), ("提问", "回答")])
@pytest.mark.parametrize("asker", ["某外资机构", "外资机构分析师", "高盛"])
def test_questioner_affiliation_is_not_the_subject(q, a, asker):
    df = facts_of_text(_CALL.format(firm="星川科技", q=q, a=a, asker=asker), _DAY)
    assert entity_of(df, "35%") == "Xingchuan"
    assert entity_of(df, "120亿元") == "Xingchuan"


def test_tag_clears_only_the_bracket_of_a_speaker_line():
    # near-miss: a company named with a bracket and a colon on a line with no Q/A marker keeps it
    df = facts_of_text("英伟达（NVDA）：二季度营业收入同比增长56%。", _DAY)
    assert entity_of(df, "56%") == "Nvidia"
    # near-miss: the answer itself naming a firm still gives that firm
    df = facts_of_text("问（某券商）：海外情况？\n答：微软二季度资本开支同比增长27%。", _DAY)
    assert entity_of(df, "27%") == "Microsoft"


# ---- 2. a lexicon or concept hit inside a longer shaped name loses to it --------------------

@pytest.mark.parametrize("text, amount, entity", [
    ("澜思科技完成C轮融资5亿美元。", "5亿美元", "Lansi"),          # 思科 (Cisco) inside
    ("据悉，澜思科技获得新一轮融资3亿元。", "3亿元", "Lansi"),
    ("曜芯半导体获战略融资15亿元。", "15亿元", "Yaoxin"),      # concept at the tail
    ("【曜芯半导体完成B轮融资8亿元", "8亿元", "Yaoxin"),
])
def test_shaped_name_wins_over_an_alias_inside_it(text, amount, entity):
    assert entity_of(facts_of_text(text, _DAY), amount) == entity


@pytest.mark.parametrize("text, amount, entity", [
    ("思科发布财报，季度收入同比增长8%。", "8%", "Cisco"),                 # the alias alone
    ("阿里巴巴集团季度收入同比增长6%。", "6%", "Alibaba"),                # a known name opening it
    ("DevDay称朗新科技希望继续注资233亿美元。", "233亿美元", "Longshine Technology"),  # full alias with its suffix
    ("据统计，功率半导体出货量同比增长20%。", "20%", "semiconductors"),   # no news verb after: no firm
])
def test_alias_alone_or_opening_the_name_stays(text, amount, entity):
    assert entity_of(facts_of_text(text, _DAY), amount) == entity


def test_known_inside_names_needs_every_overlap_inside():
    assert known_inside_names("澜思科技完成C轮融资", [(1, 3)]) == {(1, 3)}
    assert known_inside_names("思科发布财报", [(0, 2)]) == set()
    # 英伟达与微软科技: a name opening the run means the run is no one name
    assert known_inside_names("，英伟达与微软科技合作", [(1, 4), (5, 7)]) == set()


# ---- 3. a shaped Chinese name is written in English wherever it is found --------------------

_TABLE = "表1：主要AI公司收入（亿元）\n公司\t2024\t2025E\n{rows}"


@pytest.mark.parametrize("label, entity", [
    ("岚渡智能", "Landu"),
    ("岚渡智能（多模态）", "Landu"),       # a bracketed note after the name
    ("曜芯半导体", "Yaoxin"),          # the concept 半导体 is only its tail
    ("澜思科技", "Lansi"),                # 思科 inside
])
def test_table_row_name_in_english(label, entity):
    df = facts_of_text(_TABLE.format(rows=f"{label}\t12\t18\n星禾科技\t7\t9\n"), _DAY)
    assert entity_of(df, "12") == entity
    assert entity_of(df, "7") == "Xinghe"


def test_shaped_firm_shape():
    assert shaped_firm("岚渡智能") and shaped_firm("曜芯半导体") and shaped_firm("澜思科技")
    # near-misses: a field, a place, a market word or a function word before the descriptor
    assert not any(shaped_firm(w) for w in ("人工智能", "全球半导体", "国产半导体", "存储芯片", "合计", "其他"))


def test_no_entity_keeps_chinese_characters():
    text = _TABLE.format(rows="岚渡智能（多模态）\t12\t18\n\n") + "澜思科技完成C轮融资5亿美元。曜芯半导体获战略融资15亿元。"
    df = facts_of_text(text, _DAY)
    assert len(df) >= 3
    assert not df["entity"].str.contains(r"[\u4e00-\u9fff]").any(), df[["text", "entity"]].to_string()


# ---- 4. a date, an amount, a year or a clause is no name ----------------------------------

@pytest.mark.parametrize("text, name", [
    ("谷歌TPU 2026年出货量", "TPU"),
    ("快手Kling App 12月收入", "Kling App"),
    ("Claude Opus 4.5的价格", "Claude Opus 4.5"),   # near-miss: a version stays
    ("Llama 3发布", "Llama 3"),
])
def test_a_time_after_a_known_name_ends_it(text, name):
    start = text.index(name.split()[0])
    assert text[start:extend_known(text, start, start + len(name.split()[0]))] == name


@pytest.mark.parametrize("text", ["公司Jan-2024至今股价上涨120%。", "Revenue reached RMB97.0bn in 2Q25.",
                                  "收入为USD12bn。", "截至Sept2025，"])
def test_dates_and_amounts_are_no_latin_names(text):
    assert find_unknown_names(text) == []


@pytest.mark.parametrize("text, name", [
    ("，Zorvex-3发布", "Zorvex-3"),          # near-miss: a model name with a digit
    ("，Marco01模型上线", "Marco01"),         # a word opening like a month is still a name
    ("，GLM4.5定价", "GLM4.5"),
])
def test_shaped_latin_names_stay(text, name):
    assert name in [n.name for n in find_unknown_names(text)]


def test_a_clause_ending_in_a_name_suffix_is_no_name():
    assert find_unknown_names("收入同比增长40%，成为第一大业务板块，占比35%") == []
    df = facts_of_text("星川科技云业务收入同比增长40%，成为第一大业务板块。", _DAY)
    assert entity_of(df, "40%") == "Xingchuan"
    # near-miss: a sector named by its suffix is still found
    assert [n.name for n in find_unknown_names("，计算机板块上涨5%")]


def test_a_clause_before_the_market_word_names_no_market():
    t = "收入120亿元，高于季报前市场预期的110亿元"
    assert market_phrase(t, t.index("市场")) == -1
    df = facts_of_text("二季度收入120亿元，高于季报前市场预期的110亿元。", _DAY)
    assert "高于季报前市场" not in set(df["entity"])
    t = "预计2027年国内车载激光雷达市场规模"  # near-miss
    assert t[market_phrase(t, t.index("市场")):t.index("市场") + 2] == "国内车载激光雷达市场"


# ---- 5. an aggregate of the sector ---------------------------------------------------------

@pytest.mark.parametrize("text, amount, entity", [
    ("3月国内AI领域共发生融资186起，融资总额约412亿元，环比增长12%。", "约412亿元", "China AI sector"),
    ("3月国内AI领域共发生融资186起，融资总额约412亿元，环比增长12%。", "12%", "China AI sector"),
    ("全球人工智能领域融资额约1000亿美元。", "约1000亿美元", "Global AI sector"),
    ("一级市场融资额同比增长20%。", "20%", "AI sector"),
])
def test_sector_aggregate(text, amount, entity):
    assert entity_of(facts_of_text(text, _DAY), amount) == entity


def test_a_named_firm_beats_the_sector():
    df = facts_of_text("AI领域融资活跃，其中澜思科技完成C轮融资5亿美元。", _DAY)
    assert entity_of(df, "5亿美元") == "Lansi"
