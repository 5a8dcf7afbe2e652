"""Industries listed bare after a family's sector index take that family (invented texts):
``申万电子指数上涨5%，计算机上涨3%`` is the SW Computer Index's move, not the opener's again."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text
from aigc_analysis.extract.sector_lists import family_list_items

PUB = dt.date(2026, 6, 15)


@pytest.mark.parametrize("text, expected", [
    # Simplified: the opener's family carried clause by clause
    ("年初至今，申万电子指数累计上涨18.2%，通信上涨9.6%，传媒仅上涨2.3%。\n",
     {"18.2%": "SW Electronics Index", "9.6%": "SW Telecom Index", "2.3%": "SW Media Index"}),
    # a level-2 industry and a lead word (同期) before it
    ("本月申万计算机指数下跌3.4%，同期计算机设备下跌5.1%，IT服务则下跌1.2%。\n",
     {"3.4%": "SW Computer Index", "5.1%": "SW Computer Equipment Index", "1.2%": "SW IT Services Index"}),
    # Traditional, the family 申萬
    ("今年以來，申萬傳媒指數累計上漲27.5%，電子上漲12.8%，機械亦上漲6.1%。\n",
     {"27.5%": "SW Media Index", "12.8%": "SW Electronics Index", "6.1%": "SW Machinery Index"}),
    # another family (中信), a family-less 指数 item renamed
    ("上周中信电子指数上涨4.4%；计算机指数年内上涨31.0%。\n",
     {"4.4%": "CITIC Electronics Index", "31.0%": "CITIC Computer Index"}),
    # Traditional 中證 (CSI) opening a list of 指數 items
    ("本週中證半導體指數上漲6.3%，軟件指數下跌2.2%。\n",
     {"6.3%": "CSI Semiconductor Index", "2.2%": "CSI Software Index"}),
])
def test_family_carried_along_a_list(text, expected):
    df = facts_of_text(text, PUB)
    for written, entity in expected.items():
        rows = df[df["text"].str.endswith(written)]
        assert list(rows["entity"]) == [entity], (written, df[["text", "entity"]].to_string())


def test_the_list_stops():
    # a sentence end: the next sentence's bare industry is not the family's list
    t = "申万电子指数上涨5.0%，计算机上涨3.0%。电子上涨1.0%"
    assert [t[a:b] for a, b, _ in family_list_items(t, [(0, 6, "index")])] == ["计算机"]
    # a clause naming another index ends the list before the industry after it
    t = "申万电子指数上涨5.0%，跑输沪深300指数，计算机上涨3.0%"
    assert family_list_items(t, [(0, 6, "index"), (14, 21, "index")]) == []
    # a broad index names no industries: 上证指数, 创业板指, 科创50 open no list
    for opener in ("上证指数", "创业板指数", "恒生指数"):
        t = opener + "上涨1.0%，电子上涨2.0%"
        assert family_list_items(t, [(0, len(opener), "index")]) == [], opener
    # a firm opener, and an industry followed by another measure, are no items
    assert family_list_items("申万宏源上涨1.0%，电子上涨2.0%", [(0, 4, "company")]) == []
    t = "申万电子指数上涨5.0%，计算机营收增长30.0%"
    assert family_list_items(t, [(0, 6, "index")]) == []


def test_a_different_family_opens_its_own_list():
    t = "申万电子指数上涨5.0%，中信通信指数上涨2.0%，传媒上涨1.0%"
    items = family_list_items(t, [(0, 6, "index"), (13, 19, "index")])
    assert [(t[a:b], n) for a, b, n in items] == [("传媒", "CITIC Media Index")]
