"""Sector lists of a strategy weekly's market section: industry and theme items several per line
after a header, year-to-date lines, sector fund flows and a valuation block of bullets labelled
by sectors (invented texts)."""
from __future__ import annotations

import datetime as dt
import doctest

import pytest

from aigc_analysis.extract import sector_lists
from helpers_text import facts_of_text, row_of

PUB = dt.date(2031, 6, 15)  # a Sunday: the weekly covers 2031-06-09/2031-06-13
WEEK = "2031-06-09/2031-06-13"
HEAD = "岳川证券｜策略周报\n\n一周回顾（6月9日-6月13日）\n"


def _rows(df):
    return sorted(zip(df["entity"], df["metric"], df["value"].round(6), df["period"]))


@pytest.mark.parametrize("line, expected", [
    ("- 申万一级行业：机械+2.1%居首，电力设备+1.4%，食品饮料-0.8%，煤炭-2.2%垫底。",
     [("SW Machinery Index", 0.021), ("SW Power Equipment Index", 0.014),
      ("SW Food & Beverage Index", -0.008), ("SW Coal Index", -0.022)]),
    ("申万一级行业周涨跌幅（%）：汽车（+1.3%）、家电（+0.9%）领涨；钢铁（-1.7%）领跌。",
     [("SW Auto Index", 0.013), ("SW Home Appliances Index", 0.009), ("SW Steel Index", -0.017)]),
    ("行业涨跌：\n通信+3.1%，非银金融-0.4%\n",
     [("SW Telecom Index", 0.031), ("SW Non-bank Financial Index", -0.004)]),
    ("中信一级行业：电子+1.9%，银行-0.6%",
     [("CITIC Electronics Index", 0.019), ("CITIC Bank Index", -0.006)]),
])
def test_industry_items_are_weekly_index_returns(line, expected):
    df = facts_of_text(HEAD + line + "\n", PUB)
    assert _rows(df) == sorted((e, "return", v, WEEK) for e, v in expected)
    assert (df["theme"] == "valuation").all() and (df["unit"] == "ratio").all()


@pytest.mark.parametrize("line", [
    "本周申万一级行业中，机械（+3.1%）、电力设备（+1.7%）涨幅居前，煤炭（-2.9%）垫底。",
    "市场整体震荡。分行业看，机械上涨3.1%，电力设备上涨1.7%，煤炭下跌2.9%。",
])
def test_industry_lists_in_prose(line):
    df = facts_of_text(HEAD + line + "\n", PUB)
    assert _rows(df) == sorted([("SW Machinery Index", "return", 0.031, WEEK),
                                ("SW Power Equipment Index", "return", 0.017, WEEK),
                                ("SW Coal Index", "return", -0.029, WEEK)])


def test_a_longer_name_is_no_industry_item():
    # near-miss: 电子化学品 is a theme, not the electronics industry
    df = facts_of_text(HEAD + "主题细分：电子化学品+3.0%，液冷+4.4%\n", PUB)
    assert "SW Electronics Index" not in set(df["entity"])
    assert row_of(df, "+4.4%").entity == "Liquid Cooling Index"


def test_a_rank_after_an_item_is_no_fact():
    df = facts_of_text(HEAD + "申万一级行业：煤炭-2.2%垫底（31个行业中排名第31）。\n", PUB)
    assert _rows(df) == [("SW Coal Index", "return", -0.022, WEEK)]


@pytest.mark.parametrize("line, expected", [
    ("主题细分：液冷指数+5.5%，数据要素指数-2.0%，机器人指数+0.7%",
     [("Liquid Cooling Index", 0.055), ("Data Elements Index", -0.02), ("Robotics Index", 0.007)]),
    ("- 概念主题：CPO概念指数+3.2%，液冷+4.4%",
     [("CPO Concept Index", 0.032), ("Liquid Cooling Index", 0.044)]),
])
def test_theme_items_are_their_indexes_returns(line, expected):
    df = facts_of_text(HEAD + line + "\n", PUB)
    assert _rows(df) == sorted((e, "return", v, WEEK) for e, v in expected)


@pytest.mark.parametrize("line", ["年初至今：机械累计+12.4%，电力设备-3.0%",
                                  "- 年初以来涨跌幅：机械+12.4%，电力设备下跌3.0%"])
def test_year_to_date_items_hold_on_the_weeks_last_day(line):
    df = facts_of_text(HEAD + line + "\n", PUB)
    assert _rows(df) == [("SW Machinery Index", "return_ytd", 0.124, "2031-06-13"),
                         ("SW Power Equipment Index", "return_ytd", -0.03, "2031-06-13")]


def test_year_to_date_items_of_a_dated_note_hold_on_its_day():
    df = facts_of_text("策略点评\n\n年初至今：机械累计+12.4%\n", dt.date(2031, 6, 17))  # (a weekday: on a Saturday, Sunday or Monday the quote is the last close's, test_fixper44)
    assert _rows(df) == [("SW Machinery Index", "return_ytd", 0.124, "2031-06-17")]


@pytest.mark.parametrize("block", [
    "▍估值（PE-TTM，近五年分位）\n- 机械：30.2倍，分位66%\n- 全A（非金融）：18.1倍，分位40%\n",
    "估值（PE-TTM）\n- 机械：30.2倍（近五年分位66%）\n- 全A非金融：18.1倍，近五年分位40%\n",
])
def test_valuation_block_bullets_are_their_labels_multiples(block):
    df = facts_of_text(HEAD + block, PUB)
    assert _rows(df) == sorted([
        ("SW Machinery Index", "pe_ttm", 30.2, "2031-06-13"),
        ("SW Machinery Index", "pe_ttm_percentile", 0.66, "2031-06-13"),
        ("A-share market (non-financial)", "pe_ttm", 18.1, "2031-06-13"),
        ("A-share market (non-financial)", "pe_ttm_percentile", 0.4, "2031-06-13")])
    assert "PE-TTM" not in set(df["entity"])


def test_bullets_labelled_by_industries_under_a_move_heading():
    df = facts_of_text(HEAD + "本周行业表现\n- 机械：+2.1%（年初至今+12.4%）\n- 煤炭：-2.2%\n"
                       "年初至今涨跌幅\n- 电子：+8.8%\n", PUB)
    assert _rows(df) == sorted([
        ("SW Machinery Index", "return", 0.021, WEEK), ("SW Machinery Index", "return_ytd", 0.124, "2031-06-13"),
        ("SW Coal Index", "return", -0.022, WEEK), ("SW Electronics Index", "return_ytd", 0.088, "2031-06-13")])


def test_a_bullet_under_a_heading_naming_no_valuation_keeps_its_reading():
    # near-miss: 行业观点 is no valuation heading; 机械 is then no subject of the 20%
    df = facts_of_text(HEAD + "行业观点\n- 机械：订单增长20%\n", PUB)
    assert not df["entity"].str.startswith("SW ").any()


@pytest.mark.parametrize("text, number, entity, metric, value", [
    ("电力设备行业融资净买入55亿元。", "55亿元", "SW Power Equipment Index", "net_buy", 5.5e9),
    ("本周机械设备行业主力资金净流出12亿元。", "12亿元", "SW Machinery Index", "net_inflow", -1.2e9),
])
def test_an_industry_with_its_word_in_a_flow(text, number, entity, metric, value):
    r = row_of(facts_of_text(HEAD + text + "\n", PUB), number)
    assert (r.entity, r.metric, r.value, r.period) == (entity, metric, value, WEEK)


def test_flow_items_are_their_sectors():
    df = facts_of_text(HEAD + "主力资金：煤炭净流出30亿元，机械净流出12亿元。\n"
                       "融资净买入前三：电子20亿元，传媒8亿元。\n资金：汽车获融资净买入3亿元。\n", PUB)
    assert _rows(df) == sorted([
        ("SW Coal Index", "net_inflow", -3e9, WEEK), ("SW Machinery Index", "net_inflow", -1.2e9, WEEK),
        ("SW Electronics Index", "net_buy", 2e9, WEEK), ("SW Media Index", "net_buy", 8e8, WEEK),
        ("SW Auto Index", "net_buy", 3e8, WEEK)])


@pytest.mark.parametrize("text", [
    "半导体行业融资净买入55亿元。",  # 半导体 is no level-1 industry: no SW index by this rule
    "电子行业营收同比增长20%。",  # not a valuation figure: the industry's word does not name its index
    "行业观点：机械景气度回升，订单增长20%。",  # an opinion line: no number after the name
    "从行业看，电子营收增长20%。",  # a prose list head before a figure that is no move
])
def test_near_misses_keep_their_entities(text):
    df = facts_of_text(HEAD + text + "\n", PUB)
    assert not df["entity"].isin({"SW Semiconductor Index", "SW Electronics Index", "SW Machinery Index"}).any()


def test_doctests():
    assert doctest.testmod(sector_lists).failed == 0
