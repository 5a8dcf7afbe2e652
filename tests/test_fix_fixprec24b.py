"""Distractor battery, part 2: the two ends of one range, each written in full, are one fact —
invented reports of invented firms, each range beside a real figure that must still come out.

A span of fractions (国产价格约为海外的1/4至1/3), two 成 shares whose first ends in a digit
(季增一成五至两成), a floor then a cap (回购金额不低于2亿元、不超过4亿元) and two counts of shares
(约300万股至600万股) were each read as two facts: the low end and the high end, each a claim of its
own. A change between two levels (从1/5提升到1/3), two bounds of different things and a second end
with its own fall word stay apart."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text

PUB = dt.date(2026, 4, 10)


def _rows(body: str) -> dict[str, tuple[float, float | None]]:
    df = facts_of_text("# 算力周报（2026年3月）\n\n" + body + "\n", PUB)
    return {r["text"].strip(): (r["value"], None if r["value_high"] != r["value_high"] else r["value_high"])
            for _, r in df.iterrows()}


def _ranges(text: str) -> list[tuple[float, float | None]]:
    return [(q.value, q.value_high) for q in find_quantities(text)]


@pytest.mark.parametrize("body, ends, low, high, finding", [
    ("调研显示，国产智能体平台价格约为海外同类产品的1/4至1/3，澄川智能营收同比增长22%。",
     ("1/4", "1/3"), 0.25, 1 / 3, "22%"),
    ("星河电子预计四季度营收季增一成五至两成，毛利率提升至38%。", ("季增一成五", "两成"), 0.15, 0.2, "38%"),
    ("澄川科技公告，拟以自有资金回购公司股份，回购金额不低于2亿元、不超过4亿元；公司三季度营收同比增长12%。",
     ("不低于2亿元", "不超过4亿元"), 2e8, 4e8, "12%"),
    ("澄川科技预计回购股份约300万股至600万股，占总股本的0.5%。", ("约300万", "600万"), 3e6, 6e6, "0.5%"),
])
def test_two_ends_are_one_range_and_the_finding_stays(body, ends, low, high, finding):
    rows = _rows(body)
    for end in ends:
        assert end not in rows, (end, rows)
    ranged = [v for v in rows.values() if v[1] is not None]
    assert len(ranged) == 1 and ranged[0] == pytest.approx((low, high), abs=1e-4), rows
    assert finding in rows, rows


@pytest.mark.parametrize("text, expected", [
    ("约三分之一到一半的企业", [(1 / 3, 0.5)]),
    ("价格约为海外的1/3～1/2", [(1 / 3, 0.5)]),
    # a range of falls: the fall word signs both ends
    ("成本下降1/4至1/3", [(-0.25, -1 / 3)]),
    ("季减一成五至两成", [(-0.15, -0.2)]),
    ("3亿元以上且5亿元以下", [(3e8, 5e8)]),
    ("不少于500台、不超过800台", [(500, 800)]),
])
def test_written_ends_join(text, expected):
    assert _ranges(text) == [pytest.approx(e) for e in expected]


@pytest.mark.parametrize("text, expected", [
    # a change between two levels, not a range
    ("渗透率从1/5提升到1/3", [(0.2, None), (1 / 3, None)]),
    ("占比由三成降至两成", [(0.3, None), (0.2, None)]),
    # two bounds of different things
    ("营收超过3亿元，净利润不超过5亿元", [(3e8, None), (5e8, None)]),
    # a cap before a floor, and two floors, are no range
    ("不超过5亿元、不低于3亿元", [(5e8, None), (3e8, None)]),
    ("不低于3亿元、超过5亿元", [(3e8, None), (5e8, None)]),
    # the high end first: no range runs downward
    ("约二分之一至三分之一", [(0.5, None), (1 / 3, None)]),
])
def test_apart_ends_stay_apart(text, expected):
    assert _ranges(text) == [pytest.approx(e) for e in expected]
