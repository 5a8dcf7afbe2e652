"""Module constants bound twice, untangled: each reader reads the value its rule was written for.

A second module-level binding of one name had replaced the first for every reader, so three
rules read values meant for others. Every example is invented (喵账本, 小林 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

from aigc_analysis.extract.quantities import find_quantities

DAY = dt.date(2025, 12, 20)

_TABLE = ("\n\n作者：小林　|　2025-12-20\n\n今年底层模型从文心一言换成了通义千问，成本降了不少。\n\n"
          "## 一、收入\n\n按季度拆开（单位：万元）：\n\n| 季度 | 订阅收入 | 合计 |\n|---|---|---|\n"
          "| Q1 | 5.2 | 5.9 |\n| Q2 | 6.1 | 6.8 |\n")


def test_a_title_of_up_to_forty_characters_names_the_table_under_it():
    """``_heading_name`` was written for headings of up to 40 characters (_TABLE_HEADING_MAX); the
    bullet heading's 30 had replaced it, so a post's 35-character title naming its app went unread."""
    title = "副业第四年：我的AI记账小程序「喵账本」在2025年的收入账本全部公开"
    assert 30 < len(title) <= 40
    f = facts_of(title + _TABLE, published=DAY)
    rows = f[f["metric"] == "subscription_sales"]
    assert len(rows) == 2 and set(rows["entity"]) == {"Miaozhangben"}, f.to_string()


def test_a_long_first_line_names_no_table():
    title = "副业第四年：我的AI记账小程序「喵账本」在2025年从零到一的全部收入与成本账本一次性完整公开"
    assert len(title) > 40
    f = facts_of(title + _TABLE, published=DAY)
    rows = f[f["metric"] == "subscription_sales"]
    assert len(rows) == 2 and "Miaozhangben" not in set(rows["entity"]), f.to_string()


def test_a_packaging_technology_of_a_firm_penetrates_a_market_not_users():
    """``_adopters_named`` reads a firm's product or model before a penetration word as users
    adopting it (_PENETRATING_TYPES); the adoption rules' wider kinds (concept, technology) had
    replaced them, so a foundry's packaging technology read as adopted by users."""
    f = facts_of("在AI加速卡封装中，2026年CoWoS渗透率预计升至35%。", published=DAY)
    row = f[f["value"] == 0.35].iloc[0]
    assert row["theme"] == "market", f.to_string()


def test_a_firms_app_still_penetrates_its_users():
    f = facts_of("元宝渗透率约为12%。", published=DAY)
    assert f[f["value"] == 0.12].iloc[0]["theme"] == "adoption", f.to_string()


def test_a_unit_cut_onto_a_line_of_its_own_is_read_with_its_number():
    """``_without_row_label_units``: a unit a line break cut from its number (420亿⏎元) is read
    whole unless a cell edge (tab, bar, two blanks: _LABEL_CELL_EDGE) follows it; the value
    cell's edge, which a line end also closes, had replaced it, so the unit was dropped."""
    qs = find_quantities("据测算，全年营收为420亿\n元\n")
    assert [(q.value, q.unit) for q in qs] == [(4.2e10, "CNY")]


def test_a_unit_character_opening_the_next_rows_label_stays_apart():
    qs = find_quantities("营业收入\t120.5\t98.3\n亿元\t12\n")
    assert [q.value for q in qs][:2] == [120.5, 98.3]
    assert all(q.unit == "count" for q in qs[:2])
