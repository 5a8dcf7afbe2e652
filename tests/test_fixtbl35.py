"""Tables fixtbl35 fixed: the unit a table's header gives without brackets or 单位.

- A space-laid table whose header is two lines, a label line (``2025年  2024年  变动``) over a
  unit line (``人民币千元  人民币千元  (%)``): a row's cell that a display-width count puts under no
  cell of the unit line but under a label whose one unit cell stands right under it takes both
  (``变动`` + ``(%)``): the change column's cells are percentages, not bare numbers dropped for
  want of a unit. Such a change column is of the stretch its year column is (``截至6月30日止
  六个月`` over ``2025年``: 2025H1), as that column's own cells are.
- A corner header cell holding a unit alone (``人民币百万元　　2021年　　2022年``) is the unit of
  the whole table, as ``（人民币百万元）`` or ``单位：人民币百万元`` there would be.

Every example is invented (the firm and figures are made up).
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.segment import _stacked_under

from tests.text_facts import facts_of

DAY = dt.date(2025, 9, 1)

TWO_LINE_HEADER = ("示例科技中期业绩摘要\n\n"
                   "                          2025年            2024年          變動\n"
                   "                        人民幣千元        人民幣千元          (%)\n"
                   "毛利                      900,100         700,300        28.5\n"
                   "收入                    2,100,400         1,500,200        40.0\n"
                   "研發開支                  (400,000)       (350,000)        14.3\n")


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of(text, DAY)
    return {t: (m, v, u) for t, m, v, u in zip(f["text"], f["metric"], f["value"], f["unit"])}


@pytest.mark.parametrize("cell, metric, value", [
    ("28.5", "gross_profit_growth", 0.285),  # short label: the width count falls one column short of (%)
    ("40.0", "revenue_growth", 0.4),
    ("14.3", "rd_expense_growth", 0.143),  # long label: the cell stood under (%) already
])
def test_change_column_under_a_two_line_header_is_a_growth(cell, metric, value):
    r = _rows(TWO_LINE_HEADER)
    assert r[cell] == (metric, value, "ratio")


def test_levels_of_the_table_stay():
    r = _rows(TWO_LINE_HEADER)
    assert r["900,100"] == ("gross_profit", 900100000.0, "CNY")


def test_stacked_under_needs_one_lower_cell_under_one_upper_cell():
    upper = [(10, 15), (30, 40)]
    # 变动 (30-40) over (%) (36-39) alone: the column's unit
    assert _stacked_under(upper[1], [(8, 16), (36, 39)], upper) == 1
    # EPS(元) over 2025E and 2026E: a merged cell names neither of its columns alone
    assert _stacked_under(upper[1], [(8, 16), (28, 33), (36, 41)], upper) is None
    # a lower cell reaching under two upper cells belongs to neither
    assert _stacked_under(upper[1], [(12, 35)], upper) is None


STRETCH_HEADER = ("示例科技中期业绩摘要\n\n"
                  "                                 截至6月30日止六個月\n"
                  + TWO_LINE_HEADER.split("\n\n", 1)[1])


def test_change_column_takes_the_stretch_of_its_year_column():
    f = facts_of(STRETCH_HEADER, DAY)
    periods = dict(zip(f["text"], f["period"]))
    assert periods["900,100"] == "2025H1"
    assert periods["28.5"] == "2025H1" and periods["14.3"] == "2025H1"


@pytest.mark.parametrize("corner", ["人民币百万元", "人民幣百萬元", "RMB million"])
def test_corner_cell_unit_scales_the_table(corner):
    text = ("财务摘要\n"
            f"{corner}　　　　　　2022年　　2023年　　2024年\n"
            "收入　　　　　　　　　　512　　　　780　　　　1,206\n"
            "研发开支　　　　　　　　1,020　　1,310　　1,655\n")
    r = _rows(text)
    assert r["780"] == ("revenue", 780000000.0, "CNY")
    assert r["1,655"] == ("rd_expense", 1655000000.0, "CNY")


def test_corner_cell_of_words_gives_no_unit():
    text = ("财务摘要\n"
            "项目　　　　　　2022年　　2023年　　2024年\n"
            "收入　　　　　　　　　　512　　　　780　　　　1,206\n")
    assert "780" not in _rows(text)


def test_corner_cell_unit_leaves_a_counted_row_alone():
    text = ("主要财务数据\n"
            "| 人民币千元 | 2024年 | 2025年 |\n|---|---|---|\n"
            "| 收入 | 85,200 | 120,400 |\n"
            "| 员工人数（人） | 320 | 410 |\n")
    r = _rows(text)
    assert r["85,200"] == ("revenue", 85200000.0, "CNY")
    assert r["410"][1:] == (410.0, "count")
