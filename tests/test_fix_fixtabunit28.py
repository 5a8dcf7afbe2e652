"""A table's unit written in its caption or header with a qualifier after it (fixtabunit28).

SCHEMA "Tables": a bare cell under a caption or header giving the unit is the cell times the
header's scale. Three forms of such a label were not read, so the cells fell back to bare counts:

* a rental price per card-hour written with two slashes, ``（元/卡/小时，按月结算）``: ``卡/小时``
  is the GPU-hour of ``卡·小时`` (label_per_good), and the note after the comma then rides on
  the rate label as ``（元/百万tokens，…）`` already did;
* a currency and then the month the figures are for, ``参考价格（美元，2025年6月）``: a month
  or day note is a dated note like ``截至…`` (a year alone, ``（亿元，2025年）``, stays prose);
* a magnitude of a measure word of two letters, ``累计里程（万公里）`` (label_counter_words).

Every table is invented: the figures are in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_unit_labels, unit_label_per
from tests.text_facts import facts_of

PUBLISHED = dt.date(2026, 11, 20)


@pytest.mark.parametrize("caption, mult, unit", [
    ("表3 智算卡租赁报价（元/卡/小时，按季结算）", 1, "CNY"),
    ("（美元/GPU/小时）", 1, "USD"),
    ("报价（美元，2026年9月）", 1, "USD"),
    ("（亿元，2026-09-30）", 10 ** 8, "CNY"),
    ("累计测试里程（万公里）", 10 ** 4, "count"),
    ("（单位：亿公里）", 10 ** 8, "count"),
])
def test_label_with_qualifier_is_read(caption, mult, unit):
    (_, _, m, u), = find_unit_labels(caption)
    assert (float(m), u) == (mult, unit)


@pytest.mark.parametrize("text", ["（亿元，2026年）", "（美元，9月）", "（亿元，2026年9月同比）", "（公里）"])
def test_near_misses_stay_prose(text):
    assert find_unit_labels(text) == []


def test_card_hour_rate_label_is_per_gpu_hour():
    assert unit_label_per("表3 智算卡租赁报价（元/卡/小时，按季结算）") == "gpu hour"


CARD_HOUR = ("表3 智算卡租赁报价（元/卡/小时，按季结算）\n"
             "型号　　　　2026年3月　　　2026年9月\n"
             "H100　　　　14.2　　　　　11.6\n"
             "A800　　　　7.4　　　　　 6.3\n"
             "注：调研口径为一年期合约中位数。\n")


def test_card_hour_table_cells_are_prices():
    df = facts_of(CARD_HOUR, PUBLISHED)
    cells = df[df["text"].isin(["14.2", "11.6", "7.4", "6.3"])]
    assert len(cells) == 4, df[["theme", "entity", "metric", "value", "unit", "period", "text"]].to_string()
    assert set(cells["unit"]) == {"CNY"} and set(cells["theme"]) == {"pricing"}
    row = cells[cells["text"] == "11.6"].iloc[0]
    assert (row["value"], row["period"]) == (11.6, "2026-09")


MILEAGE = ("表2　自动驾驶测试车队指标\n"
           "运营商　　　　车队规模（辆）　　累计里程（万公里）　　数据截至\n"
           "甲出行　　　　　800　　　　　　　12,400　　　　　　　2026-10\n"
           "乙智驾　　　　　350　　　　　　　3,150　　　　　　　 2026-09\n")


def test_mileage_in_ten_thousand_km():
    df = facts_of(MILEAGE, PUBLISHED)
    cell = df[df["text"] == "12,400"]
    assert len(cell) == 1, df[["theme", "entity", "metric", "value", "unit", "period", "text"]].to_string()
    assert (cell.iloc[0]["value"], cell.iloc[0]["unit"]) == (124000000.0, "count")
