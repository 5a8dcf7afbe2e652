"""Tables whose caption bracket gives the month of its figures before the unit (fixtbl32):
``表1：部分地区数据中心典型电价（2025年5月，元/千瓦时）``, ``参考价（2025年3月，万美元/颗）``.

The bracket was read as prose (its first item is no label), so every bare cell under it was
dropped or read as a count; written the other way round (``（美元，2025年6月）``) it was already
the table's unit. The rule: a bracket holding a month or day, a separator and then one label is a
unit caption; a year alone before the label (``（2025年，亿元）``) still is not.

Every table is invented: the figures are in no report.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aigc_analysis.extract.quantities import find_unit_labels
from tests.text_facts import facts_of

PRICES = ("表2：部分城市智算中心机柜租金（2025年7月，万元/年）\n"
          "城市            标准机柜租金        高密机柜租金\n"
          "成都            4.2                 9.6\n"
          "呼和浩特        3.1                 7.4\n"
          "资料来源：调研整理\n")


def test_month_then_label_is_a_unit_caption():
    (start, end, mult, unit), = find_unit_labels("表1：加速卡参考价（2024年11月，万美元/颗）")
    assert (mult, unit) == (Decimal(10000), "USD")
    assert "表1：加速卡参考价（2024年11月，万美元/颗）"[start:end] == "万美元/颗"


def test_day_then_label_is_a_unit_caption():
    labels = find_unit_labels("表3：各地电价（2025-06-30，元/千瓦时）")
    assert [u for *_, u in labels] == ["CNY"]


def test_year_alone_then_label_stays_prose():
    assert find_unit_labels("营收规模（2025年，亿元）") == []


def test_cells_under_month_then_label_caption_take_its_scale():
    rows = facts_of(PRICES, dt.date(2025, 8, 15))
    cells = rows[rows["text"].isin(["4.2", "9.6", "3.1", "7.4"])]
    assert len(cells) == 4, rows[["entity", "metric", "value", "unit", "period", "text"]].to_string()
    assert set(cells["unit"]) == {"CNY"}
    assert sorted(cells["value"].round(2)) == [31000.0, 42000.0, 74000.0, 96000.0]
    assert set(cells["period"]) == {"2025-07"}
