"""Counts whose measure word (个, 件, 户, 台, 张...) claims nothing alone, claimed by the noun they count.

个 or 件 say nothing of a theme (the labelled sets count market, adoption and compute rows with
each), so such a count is read only where a counted noun of facts_words.csv counter_noun closes
the short compound after its counter (120多个大模型应用) or stands right before the count
(压力传感器2,460个, 案件共37件), in that noun's theme. No such noun, no row. Every example is
invented (松岚市, 云杉智算 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import rows_by_text

DAY = dt.date(2025, 9, 15)


def _rows(text: str) -> dict[str, tuple]:
    return rows_by_text(text, DAY)


def test_noun_closing_the_compound_after_the_counter_names_the_theme():
    r = _rows("截至8月底，松岚市已上线120多个大模型应用。")
    assert r["120多"][:2] == ("adoption", "applications") and r["120多"][3] == "count"


def test_noun_before_the_count_names_the_theme():
    r = _rows("松岚县自来水公司在主干管网布设压力传感器2,460个。")
    assert r["2,460"][:2] == ("adoption", "sensors") and r["2,460"][2] == 2460
    r = _rows("松岚数据港配置柴油发电机组16台。")
    assert r["16"][:2] == ("compute", "generators")


def test_noun_before_with_a_link_word():
    r = _rows("松岚市监管平台本年度移送调查之案件共37件。")
    assert r["37"][:2] == ("adoption", "cases")


def test_measure_word_without_a_counted_noun_stays_no_fact():
    r = _rows("松岚市图书馆本年度新增藏书4,120册，整理档案87份。")
    assert "87" not in r
    r = _rows("云杉智算的合同第12条约定，其余32台另行结算。")
    assert "12" not in r and "32" not in r


def test_a_duration_is_no_count_of_the_noun_after_it():
    r = _rows("云杉智算预计3个月内完成数据中心迁移。")
    assert "3" not in r
