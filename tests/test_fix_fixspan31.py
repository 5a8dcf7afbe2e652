"""A multiple grown over a past duration (``一年半增长了300多倍``, ``两个多月翻了近一倍``) holds over
the window between the points its sentence states, or from its one stated point to the report's
month: SCHEMA Periods, "a span as START/END", "a cumulative move carries its as-of date".

Every example is invented (青禾科技 and 岚峰智能 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2026, 11, 20)


def _periods(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["period"]))


def test_a_multiple_over_a_duration_spans_the_two_points_of_its_sentence():
    p = _periods("截至2026年9月底，青禾科技日均调用量已突破20万亿，而2025年初只有800亿，一年半时间增长了200多倍。")
    assert p["200多倍"] == "2025-01/2026-09"


def test_a_multiple_over_a_duration_from_its_one_point_runs_to_the_report_month():
    p = _periods("岚峰智能2025年底的年化收入约为3000万美元，不到一年增长4倍多。")
    assert p["4倍多"] == "2025-12/2026-11"


def test_a_doubling_time_keeps_no_window():
    p = _periods("2026年6月，青禾科技称其模型算力需求每3个月翻一番。")
    assert "/" not in p.get("3个月", "") and "/" not in p.get("翻一番", "")


def test_the_months_before_a_point_make_no_window_to_the_report_month():
    p = _periods("2026年8月青禾科技称其年化收入已超过5亿元，此前三个月调用量增长超过8倍。")
    assert p["超过8倍"] != "2026-08/2026-11"


def test_a_period_carried_from_an_earlier_line_is_no_point_of_the_window():
    p = _periods("截至2026年8月，青禾科技年化收入约9亿元。\n- 客户：大客户数量一年增长近6倍；")
    assert p.get("近6倍", "") != "2026-08/2026-11"
