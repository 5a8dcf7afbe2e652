"""Entities and periods of a note's subject (branch fixep12).

Every example is invented (星河智驾, 云桥科技, 曜石算力 exist in no report; their codes in no
exchange).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2025, 11, 13)


def test_title_firm_with_a_share_class_mark_owns_the_metric_rows():
    text = ("某某证券研究部　新股报告\n"
            "星河智驾-W（2989.HK）招股书摘要：智驾芯片新秀启动招股\n\n"
            "表1　主要财务数据（单位：人民币百万元）\n"
            "　　　　　　　　2022年　　　2023年\n"
            "收入　　　　　　305.2　　　　611.7\n"
            "期内亏损　　　　(1,063.7)　　(2,719.8)\n")
    f = facts_of_text(text, DAY)
    assert entity_of(f, "(1,063.7)") == entity_of(f, "305.2")
    assert "期内" not in entity_of(f, "(1,063.7)")


def test_title_firm_with_an_exchange_letter_code_owns_the_metric_rows():
    text = ("某某投顾　研究部\n"
            "云桥科技（2899 TT）法说会重点：AI伺服器放量\n\n"
            "一、第三季财务概况（单位：新台币亿元）\n"
            "項目　　　　　　　3Q25　　　　2Q25\n"
            "營業收入　　　　　1,200.5　　 1,100.2\n"
            "營業毛利　　　　　96.6　　　 90.2\n"
            "稅後淨利　　　　　40.5　　　 38.6\n")
    f = facts_of_text(text, DAY)
    firm = entity_of(f, "1,200.5")
    assert entity_of(f, "96.6") == entity_of(f, "40.5") == firm
    assert "毛利" not in firm


def test_prospectus_title_legal_name_is_the_subject_not_the_board():
    text = ("某某证券研究所　新股研究\n"
            "【招股书要点】曜石算力科技（上海）股份有限公司（科创板IPO，已受理）\n\n"
            "一、发行概况\n"
            "● 拟发行股数：不超过2.00亿股\n\n"
            "表1：主要财务数据（单位：亿元）\n"
            "项目　　　　　　　　2023年　　　2024年\n"
            "营业收入　　　　　　1.15　　　　3.20\n"
            "归母净利润　　　　　-8.94　　　-6.73\n")
    f = facts_of_text(text, DAY)
    assert entity_of(f, "3.20") != "STAR Market"
    assert entity_of(f, "-6.73") == entity_of(f, "3.20")


def test_a_title_opening_on_a_firm_without_a_bracket_names_no_subject():
    text = ("某某证券　行业周报\n"
            "星河智驾发布新品：行业景气上行\n\n"
            "表1：样本公司营收（单位：亿元）\n"
            "公司　　　　2024年\n"
            "云桥电子　　12.5\n")
    f = facts_of_text(text, DAY)
    assert not entity_of(f, "12.5").startswith("Xinghe")


def _periods(text: str, day: dt.date = DAY) -> dict[str, str]:
    f = facts_of_text(text, day)
    return dict(zip(f["text"], f["period"]))


def test_an_undated_result_takes_the_year_the_title_states():
    text = ("某某证券研究所　　　　专题研究\n\n"
            "算力概念股2024年报总结：光模块领跑\n\n"
            "【报告摘要】\n"
            "样本营收增速中位数41.25%，研发费用率中位数5.18%。\n\n"
            "二、分环节看\n"
            "1. 服务器：云桥科技营收同比增长63.15%，但净利率仅约1.8%。\n")
    p = _periods(text, dt.date(2025, 5, 8))
    assert p["41.25%"] == p["5.18%"] == "2024"
    assert p["约1.8%"] == "2024"


def test_an_undated_share_of_revenue_takes_the_quarter_its_section_heading_states():
    text = ("某某投顾　研究部\n\n"
            "一、第三季财务概况（单位：亿元）\n"
            "项目　　　　　　　3Q25　　　　2Q25\n"
            "营业收入　　　　　1,200.5　　 1,100.2\n\n"
            "二、营收结构\n"
            "● 云桥科技服务器营收占比约66%，笔电占比约29%。\n")
    p = _periods(text)
    assert p["约66%"] == p["约29%"] == "2025Q3"



def test_industry_rows_of_a_survey_table_are_named_in_english():
    text = ("某某研究院 2025年12月3日\n2025工业企业AI应用调查\n\n"
            "表1　分行业AI采用率（2025年）\n"
            "行业　　　　　　　　采用率（%）　　平均AI投入（万元）\n"
            "汽车及零部件　　　　61.4　　　　　　702\n"
            "电子与半导体　　　　58.9　　　　　　555\n"
            "化工　　　　　　　　39.7　　　　　　238\n")
    f = facts_of_text(text, DAY)
    assert entity_of(f, "61.4") == "Auto and parts makers"
    assert entity_of(f, "58.9") == "Electronics and semiconductor makers"  # not a firm shaped by 半导体
    assert entity_of(f, "39.7") == "Chemical firms"


def test_a_regions_share_of_revenue_is_the_firms():
    text = ("某某证券 2025年11月13日\n海外设备周报\n\n"
            "云桥科技FY2026第二财季营收6,025亿日元，同比增长7.4%。按地区看，中国大陆收入占比降至30%，上年同期为41%。\n")
    f = facts_of_text(text, DAY)
    assert entity_of(f, "30%") == entity_of(f, "41%") == entity_of(f, "7.4%")


def test_a_product_lines_share_of_the_firms_revenue_is_the_firms():
    f = facts_of_text("某某证券 2025年11月13日\n\n云桥科技三季度营收24.45亿元，HBM占DRAM营收比重已超过40%。\n", DAY)
    assert entity_of(f, "超过40%") == entity_of(f, "24.45亿元")


def test_node_rows_under_a_captioned_firms_revenue_split_are_the_firms():
    text = ("某某证券 2025年8月13日\n\n"
            "表2　云桥科技晶圆收入按制程占比\n"
            "制程　　　　　　　2025Q2　　　2025Q1\n"
            "3nm　　　　　　　 21%　　　　 19%\n"
            "5nm　　　　　　　 33%　　　　 34%\n")
    f = facts_of_text(text, dt.date(2025, 8, 13))
    assert entity_of(f, "21%") == entity_of(f, "34%") == "Yunqiao"
