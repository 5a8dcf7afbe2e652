"""A duration right before a doubling: the window it doubled in, or the time it takes to double.

Every example is invented (青禾 exists in no report).
"""
from __future__ import annotations

from tests.text_facts import facts_of


def _rows(text: str) -> list[tuple[str, float, str]]:
    f = facts_of(text)
    return list(zip(f["text"], f["value"], f["unit"]))


def test_a_half_year_before_a_past_doubling_is_its_window_not_a_fact():
    rows = _rows("截至今年六月，青禾平台用户规模达到三亿人，较去年十二月增加一亿五千万人，半年时间翻了一番。")
    assert ("翻了一番", 2.0, "multiple") in rows
    assert not any(unit in ("years", "months") for _, _, unit in rows)


def test_a_window_written_with_nei_keeps_the_doubling():
    rows = _rows("青禾平台用户规模在半年内翻番，达到3.2亿人。")
    assert ("翻番", 2.0, "multiple") in rows
    assert not any(unit in ("years", "months") for _, _, unit in rows)


def test_a_doubling_time_stays_a_duration():
    rows = _rows("青禾测算，头部模型训练算力需求3-4个月翻一番；芯片计算性能大约每18-24个月翻一番。")
    assert ("3-4个月", 3.0, "months") in rows
    assert ("18-24个月", 18.0, "months") in rows
    assert not any(unit == "multiple" for _, _, unit in rows)
