"""Industry rows named by their table's index family: a label column headed by a family
(申万一级行业) and a Shenwan level-2 industry under a sector column (子板块); invented reports."""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

from aigc_analysis.extract.sector_lists import column_family

PUB = dt.date(2026, 3, 14)


def test_column_family_from_header_or_level2_word():
    assert column_family("传媒", "申万一级行业") == "申万"
    assert column_family("计算机设备", "细分板块") == "申万"
    assert column_family("传媒", "行业") is None  # a level-1 word under a bare 行业 stays a sector
    assert column_family("计算机设备", "代表公司") is None


def test_rows_under_a_family_header_are_its_indices():
    text = ("# 两融周观察\n\n表3　科技行业融资数据（单位：亿元）\n申万一级行业    融资净买入    融资余额\n"
            "计算机          +7.35         1,544.2\n传媒            -2.18         517.6\n")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "1,544.2") == "SW Computer Index"
    assert entity_of(df, "-2.18") == "SW Media Index"


def test_level2_rows_under_a_sector_column_are_sw_indices():
    text = ("# 电子行业周报\n\n表1：电子细分板块涨跌幅（单位：%）\n子板块　　　　本周涨跌幅　　　年初至今\n"
            "光学光电子　　　1.27　　　　　　18.40\n消费电子　　　　-0.66　　　　　　9.15\n")
    df = facts_of_text(text, PUB)
    assert entity_of(df, "18.40") == "SW Optoelectronics Index"
    assert entity_of(df, "-0.66") == "SW Consumer Electronics Index"
