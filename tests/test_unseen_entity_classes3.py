"""Entities taken from the wrong word on reports in no scored set: a clause read as a sector, a
market or index of a transcript's question given to the answer, the comparables given the covered
company's call, an index given a survey's share, a month glued to a product's name. Every example
is an invented sentence, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.names import find_unknown_names, sector_name
from helpers_text import entity_of, facts_of_text

PUB = dt.date(2025, 9, 10)


# --- 1: a verb clause ending in 板块 is no sector ---------------------------------------------
@pytest.mark.parametrize("text, fact", [
    ("星川科技云业务收入同比增长40%。公司的目标是让AI云在2026年成为第一大业务板块，预计2026年AI云收入达到300亿元，占比35%。",
     "300亿元"),
    ("星川科技云业务收入同比增长40%。公司的目标是让AI云在2026年成为第一大业务板块，预计2026年AI云收入达到300亿元，占比35%。",
     "35%"),
    ("星川科技：公司计划在2027年跃居第二大业务板块，届时收入占比约25%。", "约25%"),
    ("星川科技希望在2026年打造智能驾驶板块，收入达到50亿元。", "50亿元"),
])
def test_clause_before_the_suffix_is_no_sector(text, fact):
    assert entity_of(facts_of_text(text, PUB), fact) == "Xingchuan"


def test_sector_name_rejects_a_clause():
    assert sector_name("成为第一大业务板块", 0, 9)[2] == "clause"
    assert sector_name("打造智能驾驶板块", 0, 8)[2] == "clause"
    assert sector_name("云业务板块", 0, 5)[2] == "clause"  # a firm's segment, no market sector
    assert sector_name("液冷板块", 0, 4) == (0, "Liquid Cooling sector", "index")  # near-miss


@pytest.mark.parametrize("text, fact, entity", [
    ("2025年以来液冷板块上涨30%。", "30%", "Liquid Cooling sector"),  # a sector after a time: still one
    ("昨日智算中心板块上涨2.6%。", "2.6%", "Intelligent computing centres sector"),
])
def test_sector_after_a_time_near_misses(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


def test_no_pinyin_sector_from_a_clause():
    f = facts_of_text("公司的目标是让AI云在2026年成为第一大业务板块，预计收入达到300亿元。", PUB)
    assert not f["entity"].str.endswith("sector").any(), f[["text", "entity"]].to_string()


# --- 2: an answer of a call transcript is about the company holding the call -------------------
_ANSWER = "A（CFO 王某）：三季度新签订单约45亿元，国产GPU占比在30%左右。"


@pytest.mark.parametrize("text", [
    "星川科技（港股）三季度业绩会纪要\nQ：订单情况如何？\n" + _ANSWER,
    "星川科技三季度业绩会纪要\n本次业绩会于香港举行。\nQ：港股市场对公司估值如何？\n" + _ANSWER,
    "星川科技三季度业绩会纪要\nQ：港股市场对公司估值如何？\n" + _ANSWER,
    "星川科技三季度业绩会纪要\n问：恒生科技指数成分调整影响？\n答：三季度新签订单约45亿元，国产GPU占比在30%左右。",
])
def test_answer_is_the_call_holders(text):
    f = facts_of_text(text, PUB)
    assert entity_of(f, "约45亿元") == "Xingchuan"
    assert entity_of(f, "30%左右") == "Xingchuan"


def test_answer_near_misses():
    # a firm the answer names is the answer's subject, and its next sentence goes on with it
    f = facts_of_text("星川科技三季度业绩会纪要\nQ：海外情况？\nA：微软二季度资本开支同比增长27%。预计明年资本开支增长30%。", PUB)
    assert entity_of(f, "27%") == "Microsoft"
    assert entity_of(f, "30%") == "Microsoft"
    # a figure of the question itself keeps the market it names
    f = facts_of_text("星川科技三季度业绩会纪要\nQ：港股市场今年上涨20%，公司怎么看？\nA：我们关注基本面。", PUB)
    assert entity_of(f, "20%") == "Hong Kong stock market"
    # no transcript: a sentence naming no one still carries the market named before
    f = facts_of_text("港股市场本周上涨2%。成交额达到3000亿港元。", PUB)
    assert entity_of(f, "3000亿港元") == "Hong Kong stock market"


# --- 3: the comparables own only the figures of their table or sentence ----------------------
_COMPS = ("星川科技首次覆盖：AI云龙头\n表3：可比公司估值\n公司\t2025E PE\t2026E PE\n岚渡智能\t45\t35\n"
          "曜芯半导体\t50\t38\n平均\t47.5\t36.5\n资料来源：Wind\n")


@pytest.mark.parametrize("text", [
    _COMPS + "给予目标价68.10元，对应2026年30倍PE，首次覆盖给予买入评级。",
    "星川科技深度报告\n我们选取岚渡智能、曜芯半导体作为可比公司，2026年可比公司平均PE为36倍。给予目标价68.10元，对应2026年30倍PE。",
    "星川科技首次覆盖：AI云龙头\n考虑可比公司估值水平，给予目标价68.10元，对应2026年30倍PE。",
    "星川科技首次覆盖：AI云龙头\n参考可比公司平均36倍PE，给予公司2026年30倍PE，目标价68.10元。",
])
def test_covered_company_keeps_its_call(text):
    f = facts_of_text(text, PUB)
    assert entity_of(f, "68.10元") == "Xingchuan"
    assert entity_of(f, "30倍") == "Xingchuan"


def test_comparables_keep_their_own_figures():
    f = facts_of_text("星川科技深度报告\n2026年可比公司平均PE为36倍，2027年为28倍。给予目标价68.10元。", PUB)
    assert entity_of(f, "36倍") == "Comparable companies"
    assert entity_of(f, "28倍") == "Comparable companies"  # its own sentence goes on with it
    f = facts_of_text(_COMPS, PUB)
    assert entity_of(f, "47.5") == "Comparable companies"  # the table's average row
    assert entity_of(f, "45") == "Landu"


def test_average_row_of_another_table_is_not_the_comparables():
    # near-miss: an average row under a caption naming no comparables is not theirs
    f = facts_of_text("表1：主要AI公司收入（亿元）\n公司\t2024\t2025E\n岚渡智能\t12\t18\n平均\t10\t15\n", PUB)
    assert entity_of(f, "10") != "Comparable companies"


# --- 4: a survey's share is of the population asked, not of an index near it ------------------
@pytest.mark.parametrize("text, fact, entity", [
    ("沪深300估值处于低位。调研显示，43.5%的企业已部署AI Agent，较年初提升19.2个百分点。", "43.5%", "Surveyed companies"),
    ("沪深300估值处于低位。调研显示，43.5%的企业已部署AI Agent，较年初提升19.2个百分点。", "19.2个百分点",
     "Surveyed companies"),
    ("沪深300估值处于低位。调研显示，AI Agent部署率达到43.5%。", "43.5%", "Surveyed companies"),
    ("港股本周上涨2%。问卷调查显示，43.5%的受访者表示已在使用AI助手。", "43.5%", "Survey respondents"),
])
def test_survey_share_is_the_populations(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


@pytest.mark.parametrize("text, fact, entity", [
    ("本周沪深300指数上涨1.2%。调研显示，43.5%的受访企业已部署AI Agent。", "1.2%", "CSI 300"),  # the index's move
    ("截至11月底沪深300市盈率为12倍。调研显示，43.5%的企业已部署AI Agent。", "12倍", "CSI 300"),
])
def test_index_keeps_its_moves_and_valuations(text, fact, entity):
    assert entity_of(facts_of_text(text, PUB), fact) == entity


def test_no_survey_keeps_what_was_named():
    # near-miss: without a survey the named population decides, not the survey rule
    f = facts_of_text("2025年，31%的A股上市公司已部署AI。", PUB)
    assert entity_of(f, "31%") not in ("Surveyed companies", "Survey respondents")


# --- 5: a month glued after a product's name is no version ----------------------------------
@pytest.mark.parametrize("text", ["快手可灵App 12月DAU环比翻倍，达到500万。", "快手可灵App12月收入达到2亿元。",
                                  "可灵APP 3月月活达到800万。"])
def test_month_after_a_product_name(text):
    f = facts_of_text(text, PUB)
    assert len(f)
    assert not f["entity"].str.contains(r"\d").any(), f[["text", "entity"]].to_string()


@pytest.mark.parametrize("text, names", [
    ("快手可灵App 12月DAU环比翻倍", []),
    ("可灵App12月收入达到2亿元", []),
    ("，Zorvex 12月发布新品", ["Zorvex"]),  # the name without its month
    ("，Qwen3月活跃用户达到1亿", ["Qwen3"]),  # near-miss: a version glued to a model is no month
    ("，Zorvex 12发布", ["Zorvex 12"]),      # near-miss: no 月 after: a version
    ("，Marco01模型上线", ["Marco01"]),
])
def test_unknown_names_without_the_month(text, names):
    assert [n.name for n in find_unknown_names(text)] == names
