"""fixnew46: a length of time in days, hours, minutes or seconds keeps its own unit in the facts
table (the newer gold tables: 平均等待时间48秒 is 48 ``seconds``, not the count 48); weeks, energy
and a number of hours a metric counts (利用小时数) stay counts.

Every example is invented: the places, bureaus and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.facts import _table_unit
from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 6, 30)


@pytest.mark.parametrize("text, value, unit", [
    ("青禾区政务大厅2025年平均等待时间由9分钟缩短至4.5分钟。", 4.5, "minutes"),
    ("澄川市热线平均办结时长由30.5小时缩短至12.8小时。", 12.8, "hours"),
    ("岚山县社保窗口平均办理时间由5天压缩至2天。", 2.0, "days"),
    ("柘城街道智能客服平均响应时间约15秒。", 15.0, "seconds"),
])
def test_a_length_of_time_keeps_its_unit(text, value, unit):
    # was: unit count (fixval35's convention)
    f = facts_of_text(text, DAY)
    hit = f[(f["value"] - value).abs() < 1e-9]
    assert len(hit) >= 1, f.to_string()
    assert set(hit["unit"]) == {unit}


def test_working_days_are_days():
    # was: no fact (个工作日 no duration word)
    f = facts_of_text("岚山县社保窗口平均办理时间由5个工作日压缩至2个工作日。", DAY)
    assert (row_of(f, "2个工作日")["value"], row_of(f, "2个工作日")["unit"]) == (2.0, "days")


def test_a_deadline_in_working_days_is_no_fact():
    # near miss: 内 after it makes it a time limit, as 3天内
    f = facts_of_text("岚山县规定社保待遇须在3个工作日内办结。", DAY)
    assert not (f["unit"] == "days").any(), f.to_string()


def test_days_a_metric_counts_stay_a_count():
    f = facts_of_text("2025年禾川电器存货周转天数为47天。", DAY)
    assert row_of(f, "47天")["unit"] == "count"


def test_hours_a_metric_counts_stay_a_count():
    # near miss: 利用小时数 counts hours (a plant's output), not how long something takes
    f = facts_of_text("2025年溪南风场平均利用小时数1,206小时，同比减少58小时。", DAY)
    assert row_of(f, "1,206小时")["unit"] == "count"


@pytest.mark.parametrize("unit, metric, written", [
    ("minutes", "wait_time", "minutes"),
    ("hours", "utilisation_hours", "count"),
    ("hours", "utilisation_hours_change", "count"),
    ("hours", "utilisation_hoursx", "hours"),
    ("weeks", "delivery_lead_time", "count"),
    ("kWh", "", "count"),
])
def test_table_unit_of_durations(unit, metric, written):
    assert _table_unit(unit, metric) == written
