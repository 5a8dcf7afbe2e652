"""Entity names (fixer fixent37): firms whose legal name holds a bracket, and descriptors spelt out.

A company registered in a city writes the city (or 集团, 香港) in a bracket inside its legal name,
before the descriptor that ends it (``岚瞳智能（苏州）科技有限公司``). The bracket used to cut the
name in two, so the descriptor after it was read as a firm of its own and written as its English
alone (``Technology``) for every figure of a company text that names its company only so. Heavy
industry and electromechanical firms (``重工``, ``机电``) are written by their trade name, as other
descriptors are, not spelt out syllable by syllable.

Every example is invented: the names, sentences and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

from aigc_analysis.extract import names

DAY = dt.date(2025, 12, 30)


def test_a_registered_place_bracket_stays_inside_the_firms_name():
    text = "本函仅供岚瞳智能（苏州）科技有限公司内部阅读"
    assert [(text[a:b], name) for a, b, name in names.registered_firms(text)] == \
        [("岚瞳智能（苏州）科技有限公司", "岚瞳智能科技有限公司")]


def test_a_group_bracket_and_a_long_run_before_it_keep_the_trade_name():
    assert [n for _, _, n in names.registered_firms("上海岭澜（集团）股份有限公司")] == ["上海岭澜股份有限公司"]
    text = "公司全资附属公司澜云算力（香港）有限公司"
    assert [text[a:b] for a, b, _ in names.registered_firms(text)] == ["澜云算力（香港）有限公司"]


def test_a_bracketed_word_without_a_legal_form_after_it_is_no_firm():
    assert names.registered_firms("营收增长（同比）科技板块上涨") == []
    assert names.registered_firms("（苏州）有限公司") == []
    assert names.registered_firms("岚瞳智能（苏州）的产线") == []


def test_a_company_text_naming_its_firm_with_a_place_bracket_reports_that_firm():
    df = facts_of_text("澄岚视觉（无锡）科技有限公司全年确认收入3.12亿元，同比增长87%。", DAY)
    assert entity_of(df, "3.12亿元") == "Chenglan"
    assert entity_of(df, "87%") == "Chenglan"


def test_the_firm_is_not_its_descriptor_alone():
    df = facts_of_text("岚瞳智能（苏州）科技有限公司上半年营业收入2.46亿元。", DAY)
    assert entity_of(df, "2.46亿元") != "Technology"


def test_heavy_industry_and_electromechanical_firms_are_named_by_their_trade_name():
    assert names.firm_english("岭通重工") == "Lingtong"
    assert names.firm_english("澜岳机电") == "Lanyue"
    assert names.english_name("岭通重工") == "Lingtong Heavy Industry"


# --- a full name opening with a known firm, or with a city and then a known firm -------------

def test_a_defined_full_name_made_of_a_known_firm_and_a_descriptor_is_that_firm():
    # 美超微 is the lexicon's Super Micro Computer; 电脑公司 after it is its descriptor and legal form
    df = facts_of_text("美超微电脑公司（以下简称“公司”）今日公布：净销售额为47亿美元。公司毛利率为8.3%。", DAY)
    assert entity_of(df, "47亿美元") == "Super Micro Computer"
    assert entity_of(df, "8.3%") == "Super Micro Computer"


def test_a_known_firm_after_the_city_opening_a_registered_name_keeps_its_name():
    assert names.known_inside_names("北京月之暗面科技有限公司", [(2, 6)]) == set()
    df = facts_of_text("北京月之暗面科技有限公司今日公布：收入为5.7亿元。", DAY)
    assert entity_of(df, "5.7亿元") == "Moonshot AI"


def test_a_known_alias_inside_an_unknown_firms_name_still_gives_way():
    # 思科 (Cisco) inside 澜思科技 after a city: the firm is Lansi, no Cisco
    assert names.known_inside_names("杭州澜思科技有限公司", [(3, 5)]) == {(3, 5)}


# --- common words holding a firm's two-character short name ----------------------------------

def test_a_labour_or_compute_cost_names_no_firm():
    # 人力成本 holds 力成 (Powertech's short name): the cost is no firm's figure
    from aigc_analysis.extract.lexicon import get_matcher
    assert not [h for h in get_matcher().find("岭川工厂的人力成本上升约两成") if h.entity == "Powertech Technology"]
    assert not [h for h in get_matcher().find("单位算力成本明显下降") if h.entity == "Powertech Technology"]
    assert [h.entity for h in get_matcher().find("力成上半年营收增长12%")] == ["Powertech Technology"]


def test_solar_and_chips_words_name_no_memory_or_foundry_firm():
    from aigc_analysis.extract.lexicon import get_matcher
    assert not [h for h in get_matcher().find("北美光伏装机增长") if h.entity == "Micron"]
    assert not [h for h in get_matcher().find("其中芯片收入增长35%") if h.entity == "SMIC"]
    assert [h.entity for h in get_matcher().find("中芯上半年营收增长35%")] == ["SMIC"]
