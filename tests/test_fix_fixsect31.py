"""Undated figures dated by a time stated near them, not in their own clause.

Every example is invented (青禾, 云杉 and the projects exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

TENDER_RECAP = """算力招采观察｜第5期
智算中心招投标月报：3月全国智算项目中标金额环比回升
来源：青禾研究院　2027年4月6日

一、总体情况
3月共监测到智算相关招标项目88个，合计中标金额42.5亿元。

二、重点项目中标结果（单位：万元）

项目名称　　　　　　　　　　　　　　　预算金额　　　中标金额　　　规模
青禾某智算中心算力服务采购项目　　　　　123000　　　118800　　　2000 PFLOPS
云杉某算力枢纽智算集群建设项目　　　　　87600　　　84300　　　800 PFLOPS
"""


def _rows(text: str, day: dt.date):
    f = facts_of(text, day)
    return {(t, m): p for t, m, p in zip(f["text"], f["metric"], f["period"])}


def test_a_cell_of_a_monthly_tracker_of_a_month_over_is_that_months():
    rows = _rows(TENDER_RECAP, dt.date(2027, 4, 6))
    cells = {t: p for (t, _), p in rows.items() if t in ("2000 PFLOPS", "800 PFLOPS", "118800", "84300")}
    assert cells and set(cells.values()) == {"2027-03"}, rows


def test_a_tracker_of_the_month_still_running_leaves_its_cells_undated():
    # the same tracker out while its month runs is no record of a month over
    text = TENDER_RECAP.replace("2027年4月6日", "2027年3月28日")
    rows = _rows(text, dt.date(2027, 3, 28))
    assert rows.get(("2000 PFLOPS", "computing_capacity"), "") == "", rows


BULLETIN = """云杉市人工智能产业发展统计公报（2026年度）
云杉市统计局
2027年3月20日

一、产业规模
　　全年全市人工智能核心产业规模达到512.6亿元，同比增长18.4%。

　　分领域看，基础层规模160.2亿元，增长22.7%。
"""


def test_a_statistical_bulletin_reports_on_its_year_and_its_whole_year_is_that_year():
    rows = _rows(BULLETIN, dt.date(2027, 3, 20))
    periods = {t: p for (t, _), p in rows.items()}
    assert periods["512.6亿元"] == periods["160.2亿元"] == "2026", rows
