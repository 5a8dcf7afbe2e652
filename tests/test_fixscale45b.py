"""Round 45 (fixscale45b): table cells scaled by a caption unit that is not theirs.

Invented captions and tables: a caption scoping a bare counter to one column (“回流点击”单位为次)
keeps that column out of the table's 万次, and a caption in 亿度 / 万度 (the kilowatt-hour of
Taiwanese and everyday writing) scales its cells as kWh.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.quantities import find_unit_labels, scoped_unit_labels
from helpers_text import facts_of_text

_DAY = dt.date(2025, 11, 20)


def _values(df, text):
    return sorted(float(v) for v in df.loc[df["text"] == text, "value"])


def test_scoped_bare_counter_is_a_column_unit():
    found = scoped_unit_labels("表：请求量单位为万次；“回流点击”单位为次")
    assert [(q, u) for q, _, _, _, u in found] == [("回流点击", "count")]
    assert found[0][3] == 1


def test_scoped_counter_in_a_bracket():
    found = scoped_unit_labels("（单位：万元；员工单位：人）")
    assert [(q, m, u) for q, _, _, m, u in found] == [("员工", 1, "count")]


def test_scoped_counter_near_misses():
    # the caption's own head is the table's unit, never scoped to a column
    assert scoped_unit_labels("表：请求量单位为万次") == []
    # a word that is no counter scopes nothing
    assert scoped_unit_labels("单位：万次；回流点击单位为青岚") == []


_TABLE = ("青岚云2025年10月AI爬虫访问统计如下。\n\n表：请求量单位为万次{scope}\n\n"
          "| 爬虫 | 请求量 | 回流点击 |\n|---|---|---|\n"
          "| 甲虫Bot | 3,150 | 18,400 |\n| 乙虫Bot | 1,270 | 730 |\n")


def test_table_column_scoped_to_counter_is_not_scaled():
    df = facts_of_text(_TABLE.format(scope="；“回流点击”单位为次"), _DAY)
    assert _values(df, "18,400") == [18400.0]
    assert _values(df, "730") == [730.0]
    assert _values(df, "3,150") == [31500000.0]  # the caption's 万次 still scales its column


def test_table_without_scope_keeps_caption_unit():
    df = facts_of_text(_TABLE.format(scope=""), _DAY)
    assert _values(df, "18,400") == [184000000.0]


def test_du_label_is_kwh():
    assert [(m, u) for _, _, m, u in find_unit_labels("表一：澄州电力供需概况（单位：亿度）")] == [(100000000, "kWh")]
    assert [(m, u) for _, _, m, u in find_unit_labels("（单位：万度）")] == [(10000, "kWh")]


def test_du_label_near_misses():
    # 度 alone is no energy (a temperature, an angle); 元/度 stays a price
    assert find_unit_labels("（单位：度）") == []
    assert [u for _, _, _, u in find_unit_labels("（单位：元/度）")] == ["CNY"]


def test_table_in_yi_du_scales_cells():
    text = ("澄州电力公司公布2025年用电统计。\n\n表一：澄州电力供需概况（单位：亿度）\n\n"
            "年度　　　用电量　　　数据中心用电\n2023　　　1,874　　　36\n2024　　　1,932　　　52\n")
    df = facts_of_text(text, _DAY)
    assert _values(df, "1,874") == [187400000000.0]
    assert set(df.loc[df["text"] == "1,874", "unit"]) == {"count"}


def test_scoped_counter_yields_to_scoped_percent():
    # 外资持股比率 opens with 外资 (scoped 张) but is a share in % (scoped 持股比率)
    text = ("青岚投顾整理2025年11月13日法人动向。\n\n【AI重点个股法人动向】（外资、投信单位：张；持股比率单位：%）\n"
            "个股　　外资买卖超　　投信买卖超　　外资持股比率\n"
            "澄光电子　　5,210　　-320　　47.36\n")
    df = facts_of_text(text, _DAY)
    assert _values(df, "47.36") == [0.4736]
    assert set(df.loc[df["text"] == "47.36", "unit"]) == {"ratio"}
