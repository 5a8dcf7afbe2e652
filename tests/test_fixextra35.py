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
