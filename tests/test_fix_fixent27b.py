"""Which named thing a figure belongs to when the text before it named several: a numbered
sub-heading or a labelled list item resets the name carried from the item before.

Every example is invented (its figures belong to no report).
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

DAY = dt.date(2025, 11, 20)

CALL = """某某证券 电话会纪要
一、Meta电话会要点
1. 利润
净利润31.2亿美元。Reality Labs经营亏损52亿美元。
2. 资本开支与人员
三季度资本开支211.4亿美元。员工总数80120人。

二、腾讯电话会要点
1. 广告
营销服务收入362亿元。
2. 资本开支
三季度资本开支130亿元。
"""


def _entities(text: str) -> dict[str, str]:
    f = facts_of(text, DAY)
    return dict(zip(f["text"], f["entity"]))


def test_a_numbered_sub_heading_ends_the_segment_named_in_the_item_before():
    e = _entities(CALL)
    assert e["亏损52亿美元"] == "Reality Labs"  # its own sentence's name
    # the item after the sub-heading names no one: the section heading's firm, not the segment
    assert e["211.4亿美元"] == "Meta"
    assert e["80120"] == "Meta"
    assert e["130亿元"] == "Tencent"


LIST = """Anthropic 的年化收入10月约 $7bn。
· Claude Code：run-rate 已接近 $1bn；
· 客户：企业客户超过 300,000 家，大客户数量一年增长近 7 倍；
"""


def test_a_name_heading_its_own_list_item_is_not_carried_into_the_next_item():
    e = _entities(LIST)
    assert e["超过 300,000"] == "Anthropic"
    assert e["近 7 倍"] == "Anthropic"


def test_a_name_alone_on_its_head_line_heads_the_lines_below():
    e = _entities("Meta：\n· 广告：三季度广告收入412.6亿美元。\n")
    assert e["412.6亿美元"] == "Meta"
