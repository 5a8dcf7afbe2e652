"""A prose list whose head is written right against its first item, with no comma
(``申万一级行业中机械（+3.1%）、…``), and an item moving against the market (``逆势下跌``):
each item's percent is its industry index's return (invented texts)."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.sector_lists import sector_items
from helpers_text import facts_of_text

PUB = dt.date(2031, 6, 15)  # a Sunday: the weekly covers 2031-06-09/2031-06-13
WEEK = "2031-06-09/2031-06-13"
HEAD = "岳川证券｜策略周报\n\n一周回顾（6月9日-6月13日）\n"


@pytest.mark.parametrize("line", [
    "本周大盘震荡。申万一级行业中机械（+3.1%）、电力设备（+1.7%）涨幅居前，煤炭逆势下跌2.9%。",
    "本周大盘震荡。申万一级行业中机械+3.1%，电力设备+1.7%，煤炭-2.9%。",
])
def test_a_head_glued_to_its_first_item_opens_the_list(line):
    df = facts_of_text(HEAD + line + "\n", PUB)
    got = sorted(zip(df["entity"], df["metric"], df["value"].round(6), df["period"]))
    assert got == sorted([("SW Machinery Index", "return", 0.031, WEEK),
                          ("SW Power Equipment Index", "return", 0.017, WEEK),
                          ("SW Coal Index", "return", -0.029, WEEK)])


@pytest.mark.parametrize("text", [
    "AI行业中计算机视觉增长20%，传媒应用增长3%。",  # longer names: no industry item
    "本周行业中机械订单增长20%。",  # one item, and a measure between name and number
])
def test_glued_near_misses_open_no_list(text):
    assert sector_items(text, text) == []


@pytest.mark.parametrize("line, entity, value", [
    ("年初至今，岚川数据A股上涨约8%，同期通信（申万）指数上涨约46%。", "SW Telecom Index", 0.46),
    ("本周大盘震荡，机械（申万）指数上涨1.2%。", "SW Machinery Index", 0.012),
    ("本周大盘震荡，电子(中信)下跌2.1%。", "CITIC Electronics Index", -0.021),
])
def test_a_family_in_a_bracket_after_the_sector_names_its_index(line, entity, value):
    # the family (申万, also a broker's alias) names the index, never the broker nor a firm before
    df = facts_of_text(HEAD + line + "\n", PUB)
    row = df[df["value"].round(6) == value]
    assert list(row["entity"]) == [entity]
    assert "Shenwan Hongyuan" not in set(df["entity"])


def test_a_bracket_family_after_no_sector_words_names_no_index():
    # near-miss: 研报 is no index word, so 申万 in the bracket stays a broker's alias
    from aigc_analysis.extract.names import _bracket_family_indices
    assert list(_bracket_family_indices("据研报（申万）测算，市场规模增长20%。")) == []


def test_a_comic_drama_market_is_named_in_english():
    # 漫剧 (market_words.csv): the market's words are all known, so its name is translated
    df = facts_of_text("岳川证券｜传媒周报\n\n我们预计2030年国内AI漫剧市场规模约500亿元。\n", PUB)
    assert list(df.loc[df["value"] == 5e10, "entity"]) == ["China AI comic drama market"]


def test_listing_board_in_a_bracket_is_no_sector_index():
    # invented: a firm's listing board in brackets after a name ending in a sector word
    from aigc_analysis.extract import names

    assert list(names._bracket_family_indices("澄湖电子（创业板）2025年收入增长12%")) == []
    assert [w for _, _, w in names._bracket_family_indices("电子（申万）上涨3%")] == ["申万电子"]
