"""fixent26b: a listing market before a kind of firm and a firm noun (A股光伏相关公司, 港股主要
SaaS公司) names the group of that market's listed firms, never the market itself; a 的 inside a
run ending in a firm suffix (出席的有集团总裁) parts a clause from the name, so no firm is read."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.names import find_unknown_names, market_firms
from text_facts import facts_of

DAY = dt.date(2026, 11, 20)


def _entities(text: str) -> dict[str, str]:
    f = facts_of(text, DAY, publisher="Test Broker")
    return dict(zip(f["text"], f["entity"]))


def test_a_listing_market_before_a_kind_of_firm_names_the_group():
    assert market_firms("统计显示A股机器人相关公司回购") == [(4, 13, "A-share robot-related companies")]
    assert [n for _, _, n in market_firms("A股光伏产业链公司")] == ["A-share solar PV industry chain companies"]
    assert [n for _, _, n in market_firms("港股主要SaaS公司")] == ["Hong Kong-listed SaaS companies"]
    assert [n for _, _, n in market_firms("A股主要ABF/BT公司")] == ["A-share ABF/BT companies"]
    # two markets joined: firms listed on either
    assert [n for _, _, n in market_firms("8家A股及港股光伏公司")] == ["A-share and Hong Kong-listed solar PV companies"]
    # a market alone, or a firm noun with no kind before it, is the market as before
    assert market_firms("A股市场成交额") == []
    assert market_firms("A股公司数量") == []
    assert market_firms("A股上市公司") == []


def test_the_group_is_the_subject_of_its_sum():
    ents = _entities("测算显示，A股主要ABF/BT公司2026年合计资本开支约210亿元，同比增长35%。")
    assert ents["约210亿元"] == "A-share ABF/BT companies"      # was A-share market
    ents = _entities("今年以来，A股AI相关公司回购金额合计约95亿元。")
    assert ents["约95亿元"] == "A-share AI-related companies"


def test_a_relative_de_parts_a_clause_from_a_firm_suffix():
    # 今天到场的有集团总裁: who attended, no firm named 今天到场的有集团
    assert find_unknown_names("今天到场的有集团总裁李华，他说营收增长12%。") == []
    assert [n.name for n in find_unknown_names("云岭的星河科技营收增长")] == ["星河科技"]
