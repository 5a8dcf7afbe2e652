"""Pure extras: a prose number with a decimal fraction, no magnitude and no counter or unit word
after it read as a count of things. A count is a whole number, so such a figure is a ratio
(``持仓比2.37``), a spec (``0.5°网格``) or an amount whose unit the sentence left out
(``席位净买入5,318.42``), never a count. Invented reports of invented firms."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text

PUB = dt.date(2026, 3, 1)


def _counts(text: str) -> list[float]:
    df = facts_of_text(text, PUB)
    return sorted(float(v) for v in df.loc[df["unit"] == "count", "value"])


@pytest.mark.parametrize("text, kept", [
    # a ratio after its label, the count before it stays
    ("截至3月20日收盘，星河科技期权未平仓合约约1,200万张，看涨/看跌持仓比2.37。", [12000000.0]),
    # an amount whose 万元 the sentence left out, between two amounts in 亿元
    ("公司龙虎榜净卖出3.1亿元，机构专用席位净买入5,318.42，北向资金净卖出1.2亿元。", []),
    # a grid spacing in degrees
    ("训练一个0.5°网格的区域气象模型约需16块GPU。", []),
])
def test_fractional_bare_number_is_no_count(text, kept):
    assert _counts(text) == kept


@pytest.mark.parametrize("text, value", [
    ("某平台人均单日使用次数约4.7次，较上年增长12%。", 4.7),  # a counter after it
    ("测算显示，每台巡检机器人平均可替代2.5个人工岗位。", 2.5),
])
def test_average_count_with_counter_stays(text, value):
    assert value in _counts(text)


# --- a note's, section's or item's number is no count ----------------------------------------

from aigc_analysis.extract.quantities import find_quantities  # noqa: E402


def _quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.text) for q in find_quantities(text)]


@pytest.mark.parametrize("text, kept", [
    # a note mark in brackets after a figure
    ("青禾云的液冷机柜占比已升至约45%（注7）", [(0.45, "约45%")]),
    # the later members of a list of ordinals opened by 第
    ("风险提示见第5、6章，估值方法见附录", []),
    ("详见第2、3和4部分的测算", []),
    # item numbers opening clauses mid-line, after a note's colon and after a semicolon
    ("说明：1. 数据为不完全统计；2. 口径含外包团队；3. 同比按可比口径计算", []),
])
def test_item_reference_is_no_quantity(text, kept):
    assert _quantities(text) == kept


@pytest.mark.parametrize("text, value", [
    ("新增服务器订单：2. 5万台", 25000.0),      # a decimal split by a blank stays one number
    ("累计签约客户36家，其中17家为首次合作", 36.0),  # counts with their counters stay
    ("关注7纳米以下制程的扩产节奏；3家厂商已公布计划", 3.0),
])
def test_counts_beside_items_stay(text, value):
    assert value in [v for v, _ in _quantities(text)]
