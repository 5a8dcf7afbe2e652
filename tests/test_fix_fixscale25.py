"""Durations in weeks and days of inventory (fixscale25, invented text).

* a number followed by 周 is a duration in ``weeks``, not a bare count; another word (3周年,
  20周线, 周一) or a point in time (2周前) is no such duration;
* 交期 reads a lead time in weeks, and that of compute hardware (servers, chips, memory) is
  compute while a power equipment's stays market;
* 库存 reads the weeks of stock held, 存货周转天数 the days of inventory, in prose and in a
  column headed ``（天）``.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aigc_analysis import find_quantities
from aigc_analysis.extract.quantities import parse_unit_label
from aigc_analysis.present.formatting import format_value

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 5, 12)

_NOTE = ("【澜桥证券】渠道跟踪：服务器与元器件 2026年5月\n发布：2026年5月12日\n\n"
         "一、交期\n"
         "· 星衡HX9整机服务器交期目前约14-18周，较年初明显缩短。\n"
         "· 园区配电变压器交期仍在30周以上。\n"
         "· 通用电容渠道库存降至约7周，处于健康区间。\n\n"
         "二、分销商\n"
         "表1　主要分销商一季度经营情况\n"
         "公司　　　　营收（亿元）　　存货周转天数（天）\n"
         "启川电子　　212　　　　　　44\n"
         "汇渡科技　　157　　　　　　53\n"
         "资料来源：公司公告\n"
         "启川电子存货周转天数由上季的49天降至44天。\n")


def test_weeks_after_a_number_are_a_duration():
    got = [(q.value, q.value_high, q.unit, q.kind) for q in find_quantities("交期约12周，现货4-6周内交付")]
    assert got == [(12.0, None, "weeks", "duration"), (4.0, 6.0, "weeks", "duration")]


def test_another_word_after_zhou_is_no_duration():
    for text in ("成立3周年", "跌破20周线", "2周前发布"):
        assert all(q.unit != "weeks" for q in find_quantities(text)), text


def test_a_bracketed_week_heads_a_column():
    assert parse_unit_label("（周）") == (Decimal(1), "weeks")
    assert parse_unit_label("周") is None  # 周 alone is a week, not a unit


def test_lead_times_in_weeks_are_facts_themed_by_the_hardware():
    df = facts_of_text(_NOTE, PUB)
    server = row_of(df, "约14-18周")
    assert (server["unit"], server["value"], server["value_high"], server["theme"]) == ("count", 14.0, 18.0, "compute")
    transformer = row_of(df, "30周以上")
    assert (transformer["unit"], transformer["theme"]) == ("count", "market")
    stock = row_of(df, "约7周")
    assert (stock["unit"], stock["value"], stock["metric"]) == ("count", 7.0, "inventory_duration")


def test_inventory_days_in_a_column_and_in_prose():
    df = facts_of_text(_NOTE, PUB)
    cell = df[df["text"] == "53"]
    assert list(cell["unit"]) == ["count"] and list(cell["metric"]) == ["inventory_days"]
    assert row_of(df, "44天")["unit"] == "count"
    assert row_of(df, "49天")["metric"] == "inventory_days"


def test_weeks_are_written_back():
    assert format_value(12, "weeks", "zh") == "12周"
    assert format_value(12, "weeks", "en") == "12 weeks"
