"""Bugs found reading the round's whole change: each test fails without its mend."""
from __future__ import annotations

import pytest

from aigc_analysis.extract.names import _named_llms
from aigc_analysis.extract.quantities import find_quantities


def test_a_head_word_at_the_start_does_not_end_the_brand_search():
    # 大模型 at offset 0 has no room for a brand; the loop used to stop there and miss 华声大模型
    assert _named_llms("大模型竞争激烈。华声大模型调用量增长", lambda a, b: True, set(), ["大模型"]) == [(8, 13)]


@pytest.mark.parametrize("text", ["交易时间为9:30至11:30", "会议持续到15:30", "预计约10:45开盘"])
def test_a_clock_time_after_a_verb_is_no_ratio(text):
    assert [q for q in find_quantities(text) if q.kind == "fraction" or q.unit == "ratio"] == []


@pytest.mark.parametrize("text, value", [("资本开支与收入之比约为1:4", 0.25), ("比例达到1：8", 0.125),
                                         ("收入比1:30", 1 / 30)])
def test_ratios_written_with_a_colon_still_read(text, value):
    assert [q.value for q in find_quantities(text)] == [pytest.approx(value)]

