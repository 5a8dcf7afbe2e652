"""Table rows that gave no fact although their cells hold a value with a readable unit
(fixtabrows28). SCHEMA "Tables": a cell under a header that gives the unit is a fact.

* A cell written with a trailing qualifier (``12兆韩元以上``, ``60亿美元以上``) or a compound
  amount (``1兆3500亿日元``) was not seen as a value cell, so a table of full-width-blank
  columns where half the rows hold such cells was not read as a table at all.
* A six-digit cell after the row's label (``243000`` under ``单位：万元``) was skipped as a stock
  code.
* A tender table's ``预算金额`` column is the project's budget (capex, as ``中标金额``).

Every table is invented: the figures are in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.segment import is_value_cell
from tests.text_facts import facts_of

PUBLISHED = dt.date(2026, 12, 5)

PLANS = (
    "表2　韩国AI基础设施主要投资计划\n"
    "主体　　　　　　　内容　　　　　　　　　　　　　　　　　金额\n"
    "韩国政府　　　　　至2030年AI算力支援　　　　　　　　　　12兆韩元以上\n"
    "谷歌　　　　　　　2025-2028年韩国数据中心　　　　　　　1兆3500亿日元\n"
    "亚马逊　　　　　　2025-2026年韩国云基础设施　　　　　　31亿美元\n"
    "英伟达　　　　　　未来5年韩国AI工厂投资　　　　　　　　60亿美元以上\n"
    "资料来源：各公司公告\n"
)

TENDERS = (
    "二、重点项目中标结果（单位：万元）\n\n"
    "项目名称　　　　　　　　　　　　　　　　　　　　　预算金额　　　中标金额　　　规模\n"
    "湖南长沙某智算中心算力租赁项目（一期）　　　　　243000　　　231500　　　3000 PFLOPS\n"
    "四川雅安某算力枢纽智算集群项目　　　　　　　　　87400　　　　82650　　　　2048卡\n"
    "注：规模列为招标文件所载规模。\n"
)


def _values(frame, unit):
    return sorted(round(v) for v in frame[frame["unit"] == unit]["value"])


def test_qualified_and_compound_amount_cells_are_value_cells():
    assert all(is_value_cell(c) for c in ("12兆韩元以上", "1兆3500亿日元", "60亿美元以上", "30%左右"))
    assert not is_value_cell("2025E")


def test_table_rows_with_qualified_and_compound_amounts_give_facts():
    f = facts_of(PLANS, PUBLISHED)
    assert 1.2e13 in _values(f, "KRW")
    assert 1.35e12 in _values(f, "JPY")
    assert _values(f, "USD") == [3.1e9, 6e9]
    assert set(f[f["unit"] == "USD"]["text"]) == {"31亿美元", "60亿美元以上"}


def test_six_digit_tender_cells_and_budget_column():
    f = facts_of(TENDERS, PUBLISHED)
    money = f[f["unit"] == "CNY"]
    got = {(r.metric, round(r.value)) for r in money.itertuples()}
    assert ("procurement_budget", 2430000000) in got
    assert ("winning_bid_amount", 2315000000) in got
    assert ("procurement_budget", 874000000) in got
    assert set(money[money["metric"] == "procurement_budget"]["theme"]) == {"capex"}


def test_six_digit_number_in_prose_stays_a_code():
    f = facts_of("公司（代码603516）今日发布公告，营收同比增长25%。", PUBLISHED)
    assert 603516 not in set(f["value"])
