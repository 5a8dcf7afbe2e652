"""Table cells that were missed or mis-read: a unit line (no bracket) scoping a unit to one
column, a change column of signed per cents beside price columns, equal cells of one table,
a row whose label spans two blank-aligned columns, a cumulative column under a title and unit
line, and a spread column in basis points.

Every example is invented (the firms and clouds named here exist in no report).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aigc_analysis.extract.quantities import scoped_unit_labels
from aigc_analysis.extract.segment import _unit_line
from helpers_text import facts_of_text

DAY = dt.date(2026, 2, 4)


def test_a_unit_line_scopes_a_unit_to_a_column():
    # the line's first item is the table's unit; a later ``X单位`` item is column X's
    assert [(q, m, u) for q, _, _, m, u in scoped_unit_labels("单位：元/卡时；周变动单位：%")] == \
        [("周变动", Decimal("0.01"), "ratio")]
    assert [(q, u) for q, *_, u in scoped_unit_labels("单位：百万元；收入、利润增速单位为%")] == [("收入、利润增速", "ratio")]
    # a title naming its measure before 单位 scopes nothing: the table's own unit
    assert scoped_unit_labels("图表2：样本厂商出货量单位：万台") == []


def test_a_scoped_unit_line_is_still_a_unit_line():
    assert _unit_line("单位：百万元；收入、利润增速单位为%")
    assert not _unit_line("单位：百万元；收入为集团口径")


RENTAL = (
    "云端算力租价周报\n\n"
    "【租价一览】\n"
    "单位：元/卡时（按需价）；周变动单位：%\n"
    "卡型      云厂商              本周      上周      周变动\n"
    "L40S      星河云               9.60      9.60       0.0\n"
    "L40S      北辰算力             8.80      9.20      -4.3\n"
    "L40S      青岚云               7.50      7.50       0.0\n"
    "资料来源：各厂商官网\n"
)


def test_a_weekly_change_column_beside_price_columns_is_a_change_in_percent():
    df = facts_of_text(RENTAL, DAY)
    moves = df[df["text"].isin(["0.0", "-4.3"])]
    assert sorted(moves["value"].round(4)) == [-0.043, 0.0, 0.0]
    assert set(moves["unit"]) == {"ratio"}
    # and no change is read as a price
    assert not ((df["unit"] == "CNY") & (df["value"] < 0)).any()


def test_equal_cells_of_one_table_are_two_claims():
    df = facts_of_text(RENTAL, DAY)
    # 9.60 in two columns of one row, 0.0 in two rows: each cell is a claim of its own
    assert (df["text"] == "9.60").sum() == 2
    assert (df["text"] == "0.0").sum() == 2


def test_a_label_spanning_two_columns_keeps_its_cells_under_their_headers():
    text = (
        "云端算力租价周报\n\n"
        "单位：元/卡时；周变动单位：%\n"
        "卡型      云厂商              本周      上周      周变动\n"
        "A800      星河云               6.10      6.40      -4.7\n"
        "A800 80G 青岚云（均价）         5.20      5.60      -7.1\n"
        "A800 80G 北辰算力               4.90      4.90       0.0\n"
        "资料来源：各厂商官网\n"
    )
    df = facts_of_text(text, DAY)
    by_text = {t: (u, round(v, 4)) for t, u, v in zip(df["text"], df["unit"], df["value"])}
    assert by_text["5.20"][0] == by_text["5.60"][0] == "CNY"
    assert by_text["-7.1"] == ("ratio", -0.071)


def test_a_cumulative_column_takes_the_measure_of_the_title_above_the_unit_line():
    text = (
        "星衡电子（688000.SH）月度经营跟踪\n\n"
        "表2　样本厂商11月出货金额\n"
        "单位：亿元；月增、年增单位为%\n"
        "公司　　　11月　　　月增　　　年增　　　前11月累计　　累计年增\n"
        "星衡电子　　　412.30　　5.2　　　21.4　　　4,380.65　　　18.8\n"
        "北辰精密　　　188.05　　-3.1　　　9.7　　　2,105.90　　　12.0\n"
        "资料来源：公司公告\n"
    )
    df = facts_of_text(text, DAY)
    cumulative = df[df["text"].isin(["4,380.65", "2,105.90"])]
    assert sorted(cumulative["value"]) == [210_590_000_000.0, 438_065_000_000.0]
    assert set(cumulative["unit"]) == {"CNY"}
    assert set(cumulative["period"]) == {"2025-01/2025-11"}


def test_a_spread_column_in_basis_points():
    text = (
        "信用债周观察\n\n"
        "表3：近期科技公司美元债（规模：亿美元；利差：bp）\n"
        "发行人       定价日         规模    票息      利差\n"
        "星衡电子     2026-01-12     60      5.20%     +128\n"
        "北辰精密     2026-01-20     45      5.65%     +171\n"
        "资料来源：公司公告\n"
    )
    df = facts_of_text(text, DAY)
    spreads = df[df["text"].isin(["+128", "+171"])]
    assert sorted(spreads["value"].round(6)) == [0.0128, 0.0171]
    assert set(spreads["unit"]) == {"pp"}
    assert set(spreads["theme"]) == {"valuation"}
