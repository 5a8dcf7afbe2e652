"""Extras: rows no claim of the text backs (index levels in points, a translation's repeat).

Every example is invented (青禾, 蓝湾 and the Acme figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 9, 14)

_SECTOR_TABLE = (
    "青禾证券 算力周报\n\n"
    "本周青禾算力板块继续走强，主力资金净流入12.8亿元。\n\n"
    "表1　青禾算力细分板块指数表现（截至9月12日）\n"
    "指数名称　　　　　收盘点位　　周涨跌幅(%)　　周成交额(亿元)\n"
    "光模块(CPO)　　　 4321.55　　　5.12　　　　　2150.6\n"
    "液冷服务器　　　　1288.40　　　2.36　　　　　412.8\n"
    "资料来源：青禾证券研究所\n"
)


def test_a_points_column_of_a_sector_index_table_is_no_share_price():
    f = facts_of(_SECTOR_TABLE, DAY)
    texts = set(f["text"])
    assert not {"4321.55", "1288.40"} & texts, f[["text", "metric"]].to_string()
    # the moves and turnovers of the same rows stay facts
    assert {"5.12", "2.36", "2150.6", "412.8"} <= texts


def test_a_points_unit_in_brackets_marks_the_column_too():
    text = _SECTOR_TABLE.replace("收盘点位", "收盘（点）")
    f = facts_of(text, DAY)
    assert not {"4321.55", "1288.40"} & set(f["text"]), f[["text", "metric"]].to_string()


_BILINGUAL = (
    "Weekly Run-Rate Notes / 周度收入速记\n\n"
    "EN: Acme AI's annualized revenue run-rate rose from about $2bn in March to roughly $6bn in September. "
    "It targets $8bn by year-end and $15bn–$18bn for 2026.\n"
    "中文：Acme AI 的年化收入从3月约 $2bn 增至9月约 $6bn；公司目标是年底 $8bn、2026年 $15bn–$18bn。\n\n"
    "EN: Beta Labs raised $3.5bn in a Series D at a post-money valuation of $61bn, and it expects its "
    "compute spending to reach about $12bn over the three years to 2027.\n"
    "中文：Beta Labs 完成 $3.5bn D轮融资，投后估值 $61bn；公司预计到2027年的三年间算力支出约 $12bn。\n"
)


def test_a_translation_after_an_english_line_ending_in_a_year_is_one_claim():
    f = facts_of(_BILINGUAL, dt.date(2025, 10, 31))
    six = f[f["value"] == 6e9]
    assert len(six) == 1, f[["text", "metric", "value", "start"]].to_string()
    assert len(f[f["value"] == 1.5e10]) == 1, f[["text", "metric", "value"]].to_string()

