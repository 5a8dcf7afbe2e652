"""Space-laid tables whose row label closes on a bracket wide enough to fill its column, so that
the row's first figure touches the label with no blank or a single one (``微信读书（听书场景）6,120``,
``全球平板出货(百万台) 152.7``): the label and the figure are two cells.

Every example is invented (the products and figures are made up).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.segment import _row_cells
from tests.text_facts import facts_of

DAY = dt.date(2025, 9, 15)

APP_TABLE = """表　主要阅读类App月度数据（2025年8月）
App　　　　　　　MAU（万）　　环比　　　人均月使用时长（小时）
番茄小说　　　　　14,235　　　+6.8%　　6.2
微信读书（听书场景）6,120　　　+9.5%　　3.4
"""

FORECAST_TABLE = """表2：全球平板出货预测
                   2024A     2025E     2026E     2027E
全球平板出货(百万台) 152.7     156.1     160.4     164.8
"""


def _texts(line):
    cells, layout = _row_cells(line, 0)
    return [line[c.start:c.end] for c in cells], layout


def test_a_figure_touching_a_bracketed_label_is_its_own_cell():
    assert _texts("微信读书（听书场景）6,120　　　+9.5%　　3.4") == (
        ["微信读书（听书场景）", "6,120", "+9.5%", "3.4"], "space")
    assert _texts("全球平板出货(百万台) 152.7     156.1") == (["全球平板出货(百万台)", "152.7", "156.1"], "space")


def test_labels_that_only_end_in_a_bracket_stay_whole():
    # a stock code in the bracket, a bracket with no figure after it, a bare numbered item
    assert _texts("寒武纪（688256.SH）　　15.0　　-9.84")[0][0] == "寒武纪（688256.SH）"
    assert _texts("同比(%)          3.8       5.1")[0][0] == "同比(%)"
    assert _texts("（1）5.2　　　6.1")[0][0] == "（1）5.2"


def test_the_touching_figure_is_read():
    rows = facts_of(APP_TABLE, DAY)
    hit = rows[(rows["unit"] == "count") & ((rows["value"] - 61_200_000).abs() < 1)]
    assert len(hit) == 1, rows.to_string()
    rows = facts_of(FORECAST_TABLE, DAY)
    hit = rows[(rows["unit"] == "count") & ((rows["value"] - 152_700_000).abs() < 1)]
    assert len(hit) == 1 and hit.iloc[0]["theme"] == "market", rows.to_string()
