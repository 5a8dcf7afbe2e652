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



@pytest.mark.parametrize("text, wrong", [
    ("公司为客户供应材料，2030年营收增长23%。", "Applied Materials"),
    ("公司技术达到世界先进的水平，2030年营收增长23%。", "Vanguard International Semiconductor"),
    ("中国银行间市场交易商协会数据显示，2030年债券发行规模增长12%。", "Bank of China"),
    ("项目建设可能花3年时间，2030年营收增长23%。", None),
])
def test_short_aliases_and_keywords_do_not_fire_inside_everyday_words(text, wrong):
    from tests.text_facts import facts_of

    rows = facts_of("2031年3月10日 某券商\n" + text)
    assert len(rows) >= 1
    assert wrong is None or wrong not in set(rows["entity"])
    assert "cash_runway" not in set(rows["metric"])
