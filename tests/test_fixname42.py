"""Institution names (an airline, a metro, a theatre, a league, a daily, a port) are written
as the pinyin of their distinctive head and the English of their type word, a place's level
word is dropped or translated, and a clause before a firm (本公告由…) is no part of its name.

Every example is invented (no such firm, place or venue exists in any report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.names import (coded_label_english, english_name, find_unknown_names, firm_english,
                                         place_label_english)
from helpers_text import entity_of, facts_of_text

DAY = dt.date(2026, 3, 2)


def test_an_institution_keeps_its_type_word_in_english():
    assert firm_english("青屿航空股份有限公司") == "Qingyu Airlines"
    assert firm_english("岚川歌舞剧院有限公司") == "Lanchuan Song and Dance Theatre"
    assert firm_english("澄湖足球职业联赛有限公司") == "Chenghu Football League"
    assert firm_english("岳溪港务集团") == "Yuexi Port"
    assert firm_english("青屿日报报业集团") == "Qingyu Daily"
    assert english_name("青屿日报报业集团") == "Qingyu Daily Group"


def test_a_place_level_word_inside_a_name_is_not_spelt():
    assert firm_english("岚溪市轨道交通集团有限公司") == "Lanxi Metro"
    assert english_name("澄屿省人工智能产业基金") == "Chengyu Province AI Industry Fund"
    # a common word ending in a level word (城市) is no place's level
    assert english_name("智慧城市科技") != "Zhihuicheng Technology"


def test_firms_without_institution_words_are_unchanged():
    assert firm_english("岚峰科技") == "Lanfeng"
    assert firm_english("澄曜资本") == "Chengyao Capital"


def test_a_clause_before_an_agent_preposition_is_no_part_of_the_firm():
    names = [n.name for n in find_unknown_names("本通告由澄屿汽车集团有限公司发出")]
    assert names == ["澄屿汽车集团"]
    assert firm_english(names[0]) == "Chengyu"


def test_a_size_word_opens_no_firm():
    assert [n.name for n in find_unknown_names("需求已由大型科技公司扩展至中小企业")] == []


def test_row_labels_that_are_places_or_venues_are_written_in_english():
    assert place_label_english("岚江市") == "Lanjiang"
    assert place_label_english("澄西区") == "Chengxi District"
    assert place_label_english("青湖主题乐园") == "Qinghu Theme Park"
    assert place_label_english("岳谷文化博物馆") == "Yuegu Culture Museum"
    assert place_label_english("高新区") is None
    assert place_label_english("全市") is None


def test_a_place_row_of_a_table_is_named_in_english():
    text = ("各市受理申请数\n"
            "地市        申请数（件）    占比（%）\n"
            "岚江市         1,024        41.2\n"
            "澄西市           788        31.7\n")
    df = facts_of_text(text, DAY)
    assert entity_of(df, "1,024") == "Lanjiang"


def test_a_pronoun_short_name_leaves_the_clause_before_the_firm_out():
    text = ("澄屿汽车集团有限公司\n自愿公告\n本公告由澄屿汽车集团有限公司（“本公司”）自愿作出。\n"
            "本公司于2025年10月共交付新车12,345辆，同比增长20.5%。")
    df = facts_of_text(text, DAY)
    assert entity_of(df, "12,345") == "Chengyu"


def test_a_clause_before_a_large_model_word_names_no_model():
    assert [n.name for n in find_unknown_names("获批职位中，约六成属大模型应用开发")] == []
    assert [n.name for n in find_unknown_names("公司向两家大模型企业提供授权")] == []


def test_a_brand_and_model_code_label_is_written_in_english():
    assert coded_label_english("澄屿S7") == "Chengyu S7"
    assert coded_label_english("营业收入") is None


def test_a_harbour_short_form_opening_an_institution_is_translated():
    assert firm_english("维港眼科集团").startswith("Victoria Harbour")
    assert english_name("维港当代艺术馆") == "Victoria Harbour Contemporary Art Museum"
