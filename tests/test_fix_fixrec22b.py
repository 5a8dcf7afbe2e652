"""Short durations: minutes, hours and days (invented text).

* a number followed by 分钟, 小时 or 天 is a duration in ``minutes``, ``hours`` or ``days``,
  not a bare count; a time window (3天内) or another word (天猫) is no such duration;
* a metric keyword naming a duration (使用时长, 使用天数, 训练了) makes it a fact;
* a column headed by a bracketed short duration (``人均单日时长（分钟）``) holds durations.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from aigc_analysis import find_quantities
from aigc_analysis.extract.quantities import parse_unit_label
from aigc_analysis.present.formatting import format_value

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 3, 9)

_BULLETS = ("【星桥数据】AI助手月报 2026年2月\n发布：2026年3月9日\n\n"
            "• 青鸟助手人均单日使用时长约31.5分钟，较上月增加2.5分钟。\n"
            "• 全体样本App的人均月使用天数为9.4天。\n"
            "• 云雀-R2模型训练了126小时。\n")

_TABLE = ("【星桥数据】AI助手月报 2026年2月\n发布：2026年3月9日\n\n"
          "表1　主要AI助手2月活跃情况\n"
          "App　　　　MAU(万)　　人均单日时长(分钟)\n"
          "青鸟助手　　8120　　　　21.7\n"
          "云雀助手　　3460　　　　12.9\n"
          "资料来源：星桥数据\n")


def test_short_duration_words_are_units():
    got = [(q.value, q.unit, q.kind) for q in find_quantities("时长31.5分钟，耗时126小时，约9天")]
    assert got == [(31.5, "minutes", "duration"), (126.0, "hours", "duration"), (9.0, "days", "duration")]


def test_a_time_window_or_another_word_is_no_duration():
    assert all(q.unit == "count" for q in find_quantities("3天内完成，7天后上线"))
    assert [q.unit for q in find_quantities("天猫")] == []


def test_a_bracketed_short_duration_heads_a_column():
    assert parse_unit_label("（分钟）") == (Decimal(1), "minutes")
    assert parse_unit_label("(小时)") == (Decimal(1), "hours")
    assert parse_unit_label("天") is None  # 天 alone is a day, not a unit


def test_durations_in_prose_are_facts():
    df = facts_of_text(_BULLETS, PUB)
    time_spent = row_of(df, "约31.5分钟")
    # fixnew46: a length of time keeps its unit (was the count of it)
    assert (time_spent["unit"], time_spent["value"], time_spent["theme"]) == ("minutes", 31.5, "adoption")
    assert row_of(df, "9.4天")["unit"] == "count"  # 使用天数 counts days (counted_duration_metric)
    assert row_of(df, "126小时")["unit"] == "hours"


def test_a_minutes_column_holds_durations():
    df = facts_of_text(_TABLE, PUB)
    cells = df[df["text"] == "21.7"]
    assert list(cells["unit"]) == ["minutes"]  # fixnew46: was count


def test_short_durations_are_written_back():
    assert format_value(26.5, "minutes", "zh") == "26.5分钟"
    assert format_value(198, "hours", "en") == "198 hours"
