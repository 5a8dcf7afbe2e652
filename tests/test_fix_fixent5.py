"""Entity fixes (set 23 classes 2 and 18, then 3, 5, 7, 9): who a number is about.

Every example is invented (星桥, 蓝海科技, 岚川 name no real firm).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text

DAY = dt.date(2025, 3, 9)

_SW_TABLE = """表2：AI链条申万二级行业周度表现（统计区间：2025.03.03—2025.03.07）
| 行业 | 本周涨跌幅(%) | 年初至今(%) |
|---|---|---|
| 光学光电子 | +3.41 | +12.20 |
| 电网设备 | +2.10 | +8.50 |
| 中际旭创 | +5.00 | +20.10 |
"""


# class 2: the index family a caption names reaches its industry rows
def test_industry_rows_under_a_family_caption_are_that_familys_indices():
    f = facts_of_text(_SW_TABLE, DAY)
    assert entity_of(f, "+3.41") == "SW Optoelectronics Index"
    assert entity_of(f, "+2.10") == "SW Grid Equipment Index"


def test_a_firm_row_under_a_family_caption_keeps_the_firm():
    f = facts_of_text(_SW_TABLE, DAY)
    assert entity_of(f, "+5.00") == "Innolight"


def test_a_citic_caption_names_citic_indices():
    f = facts_of_text(_SW_TABLE.replace("申万二级行业", "中信二级行业"), DAY)
    assert entity_of(f, "+3.41") == "CITIC Optoelectronics Index"


def test_a_caption_naming_no_family_leaves_the_row_label():
    # the label column headed by a plain word: a 行业/板块 header over Shenwan level-2 names says
    # the family itself (round 24, fixlex24b), so this near-miss heads its column 方向
    f = facts_of_text(_SW_TABLE.replace("AI链条申万二级行业周度表现", "AI链条细分方向周度表现")
                      .replace("| 行业 |", "| 方向 |"), DAY)
    assert not entity_of(f, "+3.41").startswith("SW ")


def test_two_industries_summed_in_prose_are_a_named_group():
    f = facts_of_text("本周计算机设备与IT服务两个二级行业合计成交额占比9.4%。", DAY)
    assert entity_of(f, "9.4%") == "SW Computer Equipment and SW IT Services"


# class 18: function words and verbs make no names
def test_an_excess_return_verb_before_an_index_makes_no_pinyin_index():
    f = facts_of_text("本周组合跑输基准指数恒生指数2.1个百分点。", DAY)
    assert set(f.loc[f["text"] == "2.1个百分点", "entity"]) == {"Hang Seng Index"}


def test_qizhong_opens_no_model_name():
    f = facts_of_text("蓝海科技二季度收入12亿元，其中大模型相关收入约4亿元。", DAY)
    assert not entity_of(f, "约4亿元").startswith("Qizhong")
    assert entity_of(f, "12亿元") == "Lanhai"


def test_a_brand_before_the_model_word_is_still_a_model():
    f = facts_of_text("岚川大模型日均调用量增长8倍。", DAY)
    assert entity_of(f, "8倍") != "large models"


# class 7: a line headed by a firm's name and a colon reports that firm's figures
def test_a_firm_shaped_line_head_owns_its_figures():
    f = facts_of_text("电力设备点评\n\n晨光电力：前三季度营收88.2亿元，同比增长21.4%。\n", DAY)
    assert entity_of(f, "88.2亿元") == entity_of(f, "21.4%") == "Chenguang"


def test_a_segment_line_head_is_no_firm():
    f = facts_of_text("蓝海科技三季度业绩点评\n\n蓝海科技三季度营收12亿元。\n云业务：营收同比增长35%。\n", DAY)
    assert entity_of(f, "35%") != "云业务"


# class 5: after a comparative, the name before 的 owns the share
def test_rivals_after_a_comparative_own_their_shares():
    f = facts_of_text("英特尔以约55%的份额领先，远高于AMD的30%和Arm阵营的15%。", DAY)
    assert entity_of(f, "30%") == "AMD"
    assert entity_of(f, "15%") == "Arm"


def test_the_whole_of_a_fraction_is_still_no_owner():
    f = facts_of_text("蓝海科技云业务收入占营收的30%。", DAY)
    assert entity_of(f, "30%") == "Lanhai"


# class 3: a short name no alias holds, its stock code a known firm's ticker, is that firm
def test_a_code_bracket_names_the_listed_firm():
    f = facts_of_text("港股快讯\n\n征程智驾（09660）今早股价上涨5.2%。\n", DAY)
    assert entity_of(f, "5.2%") == "Horizon Robotics"


def test_an_unknown_code_keeps_the_pinyin_fallback():
    f = facts_of_text("港股快讯\n\n星图声智（02671）今早股价上涨5.2%。\n", DAY)
    assert entity_of(f, "5.2%") == "Xingtushengzhi"


# class 5: 全A is the A-share market, never the index of the clause before
def test_all_a_turnover_is_the_a_share_markets():
    f = facts_of_text("本周沪深300上涨1.2%，全A日均成交额1.5万亿元。", DAY)
    assert entity_of(f, "1.5万亿元") == "A-share market"
    assert entity_of(f, "1.2%") == "CSI 300"


# class 9: a technology's own market keeps its name (near-miss)
def test_a_technologys_own_market_keeps_its_name():
    f = facts_of_text("生成式AI市场规模达1200亿美元。", DAY)
    assert entity_of(f, "1200亿美元") == "Generative AI market"


def test_a_use_word_joins_the_user_and_the_product_of_a_market():
    f = facts_of_text("行业点评\n\nAI服务器用高多层PCB市场规模2026年有望达80亿美元。\n", DAY)
    assert entity_of(f, "80亿美元") == "AI server high-layer-count PCB market"
