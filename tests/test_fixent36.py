"""The place a government document speaks for (fixer fixent36).

A statistics release, an audit report or a reply a city bureau writes states its place's figures
and often names no one before them (``前三季度，全省软件业务收入…``). The body issuing it, named on
one of its first lines, tells whose they are: a province's or a city's bureau speaks for that
place, a ministry for the country. The place's words for its whole self (全省, 本市, 我市) are that
place, and a Taiwanese text's words for its own country (我國, 國內, 全國) are Taiwan.

Every example is invented: the sentences, places and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

from aigc_analysis.extract import facts

DAY = dt.date(2025, 10, 30)


# --- the issuing body on a head line ---------------------------------------------------------

def test_issuing_body_is_the_shortest_head_ending_in_a_body_word():
    assert facts._issuing_body("岳川省统计局") == "岳川省统计局"
    assert facts._issuing_body("财政部统计处") == "财政部"
    assert facts._issuing_body("国家数据局发布") == "国家数据局"
    assert facts._issuing_body("青澄市人力资源和社会保障局文件") == "青澄市人力资源和社会保障局"


def test_a_word_after_the_body_that_is_no_issuer_line_word_makes_no_body():
    assert facts._issuing_body("行政处罚决定书") is None  # 行政处 then 罚: no office
    assert facts._issuing_body("数字政府观察") is None  # a newsletter's title


def test_a_firms_department_is_no_government_body():
    assert facts._issuing_body("宝瀚投顾研究部") is None


# --- figures naming no one are the issuing place's -------------------------------------------

PROVINCE = ("岳川省统计局\n\n2025年前三季度全省数字经济运行情况\n\n"
            "前三季度，软件和信息技术服务业务收入1520.6亿元，同比增长11.3%。\n"
            "规模以上电子信息制造业营业收入8342亿元，增长9.6%。\n")


def test_a_provincial_bureaus_unnamed_figures_are_the_provinces():
    df = facts_of_text(PROVINCE, DAY)
    assert entity_of(df, "1520.6亿元") == "Yuechuan"
    assert entity_of(df, "8342亿元") == "Yuechuan"


def test_a_ministrys_unnamed_figures_are_the_countrys():
    text = "国家数据局发布前三季度数据要素市场运行情况\n\n前三季度，数据交易额达到1268亿元，同比增长42%。\n"
    df = facts_of_text(text, DAY)
    assert entity_of(df, "1268亿元") == "China"
    assert entity_of(df, "42%") == "China"


def test_a_taiwanese_ministrys_unnamed_figures_are_taiwans():
    text = "財政部統計處　新聞稿\n\n發佈日期：2025/10/08\n\n9月出口金額達512.3億美元，年增28.6%。\n"
    assert entity_of(facts_of_text(text, DAY), "512.3億美元") == "Taiwan"


def test_a_regions_government_speaks_for_the_region():
    text = "香港特區政府新聞公報\n\n統計處公布數字\n\n前三季，軟件和資訊服務收入1520.6億港元，同比增長11.3%。\n"
    assert entity_of(facts_of_text(text, DAY), "1520.6億港元") == "Hong Kong"


def test_a_brokers_research_department_speaks_for_no_place():
    text = "宝瀚投顾研究部\n\n产业快报\n\n前三季度，营业收入1520.6亿元，同比增长11.3%。\n"
    assert entity_of(facts_of_text(text, DAY), "1520.6亿元") == "unspecified"


def test_a_body_of_a_withheld_place_speaks_for_no_place():
    text = "某省消费者权益保护委员会\n\n人工智能产业发展情况\n\n前三季度，软件业务收入1520.6亿元，同比增长11.3%。\n"
    assert entity_of(facts_of_text(text, DAY), "1520.6亿元") == "unspecified"


# --- the place's words for its whole self ----------------------------------------------------

CITY = ("青澄市经济和信息化局\n\n关于市人大代表建议的答复\n\n"
        "截至今年9月底，全市智能算力规模达到3,600P，是去年底的1.8倍。"
        "今年前三季度，全市大模型日均Token调用量约900亿。\n")


def test_the_whole_city_is_the_issuing_city():
    df = facts_of_text(CITY, DAY)
    assert entity_of(df, "3,600P") == "Qingcheng"
    assert entity_of(df, "1.8倍") == "Qingcheng"


def test_the_whole_citys_models_are_no_brand():
    assert entity_of(facts_of_text(CITY, DAY), "约900亿") == "Qingcheng"


# --- a Taiwanese text's own country ----------------------------------------------------------

TAIWAN = "鼎峰投顧　產業研究部\n\n"


def test_our_country_in_a_taiwanese_text_is_taiwan():
    df = facts_of_text(TAIWAN + "我國代工廠今年AI伺服器全球市占率逾8成。國內AI主題基金規模突破新台幣3,100億元。\n", DAY)
    assert entity_of(df, "逾8成") == "Taiwan"
    assert entity_of(df, "新台幣3,100億元") == "Taiwan"


def test_china_named_in_a_taiwanese_text_stays_china():
    df = facts_of_text(TAIWAN + "我國代工廠今年AI伺服器全球市占率逾8成。對中國大陸出口128.4億美元。\n", DAY)
    assert entity_of(df, "128.4億美元") == "China"


def test_our_country_in_a_simplified_text_stays_china():
    df = facts_of_text("产业快报\n\n我国智能算力规模达到820 EFLOPS。\n", DAY)
    assert entity_of(df, "820 EFLOPS").startswith("China")


def test_a_rank_of_the_top_few_names_no_firm():
    text = TAIWAN + "據本處調查，國內前五大科技業者今年資本支出合計約新台幣1.2兆元。\n"
    assert entity_of(facts_of_text(text, DAY), "約新台幣1.2兆元") != "Guoneiqianwuda"


# --- a sentence goes on about the place its first clause opened with -------------------------

def test_a_later_clause_of_the_countrys_sentence_is_the_countrys_part():
    text = "产业周报\n\n截至2024年底，我国算力总规模达到300 EFLOPS，其中智能算力规模95 EFLOPS，占比提升至31%。\n"
    df = facts_of_text(text, DAY)
    assert entity_of(df, "95 EFLOPS") == "China intelligent computing capacity"
    assert entity_of(df, "31%").startswith("China")


def test_a_later_clause_of_the_issuing_citys_sentence_is_the_citys():
    text = "岳川市统计局\n\n年末全市算力总规模达到13,500 PFLOPS，其中智能算力11,200 PFLOPS，占比83%。\n"
    df = facts_of_text(text, DAY)
    assert entity_of(df, "11,200 PFLOPS") == "Yuechuan"
    assert entity_of(df, "83%") == "Yuechuan"


def test_a_clause_naming_another_place_keeps_its_own_subject():
    text = "产业周报\n\n我国智能算力规模达到820 EFLOPS，美国数据中心用电量占比约4.6%。\n"
    df = facts_of_text(text, DAY)
    assert not entity_of(df, "约4.6%").startswith("China")


def test_a_clause_after_a_semicolon_is_no_part_of_the_place():
    text = "产业周报\n\n我国智能算力规模达到820 EFLOPS；大模型日均调用量增长约3倍。\n"
    df = facts_of_text(text, DAY)
    assert not entity_of(df, "约3倍").startswith("China")


# --- a table row labelled by a metric or a time names no one ---------------------------------

def test_a_metric_row_label_no_english_translates_is_the_tables_subject():
    text = ("岳川省统计局\n\n附表：平台运营情况\n\n| 指标 | 2025Q3 | 2025Q2 | 环比 |\n|---|---|---|---|\n"
            "| 日均调用量（亿tokens） | 2,860 | 1,940 | +47.4% |\n| 付费企业客户数（家） | 10,200 | 8,350 | +22.2% |\n")
    df = facts_of_text(text, DAY)
    assert entity_of(df, "2,860") == "Yuechuan"
    assert entity_of(df, "10,200") == "Yuechuan"


def test_a_period_row_label_with_a_forecast_mark_names_a_time():
    text = ("岳川省统计局\n\n表1　经济增长预测\n项目　　　　GDP增长率(%)　　固定资产投资(%)\n"
            "2025年第3季度　5.36　　　　　4.12\n2025年第4季度f　5.10　　　　　3.95\n")
    df = facts_of_text(text, DAY)
    assert entity_of(df, "5.10") == "Yuechuan"


# --- the issuer's own word for itself and a two-character trade name -------------------------

def test_this_companys_group_is_no_firm_called_ben():
    text = "决算短信\n\n在此背景下，本公司集团上半年订单额为3,210亿日元，同比增长21.5%。\n"
    assert entity_of(facts_of_text(text, DAY), "3,210亿日元") != "Ben Group"


def test_a_two_character_trade_name_ending_in_cloud_is_spelt_whole():
    text = "公告\n\n截至6月30日，澜云数据控股有限公司算力租赁收入为4.21亿元，同比增长63.5%。\n"
    assert entity_of(facts_of_text(text, DAY), "4.21亿元") == "Lanyun"


def test_a_longer_trade_name_keeps_its_cloud():
    from aigc_analysis.extract.names import english_name
    assert english_name("澜云数据控股") == "Lanyun Data Holdings"
    assert english_name("青澄云") == "Qingcheng Cloud"


def test_a_subject_carried_from_before_the_places_clause_gives_way_to_the_place():
    text = ("行业观察\n\n我们预计2026年海外专家标注市场规模将超过120亿美元；国内标注员结构将从“人海战术”转向"
            "“少而精”，全职高学历标注员占比有望由不到一成提升至四成。\n")
    df = facts_of_text(text, DAY)
    assert entity_of(df, "超过120亿美元") == "Overseas expert annotation market"
    assert entity_of(df, "不到一成") == "China"
