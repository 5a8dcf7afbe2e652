"""A bare level reached after a change from a percent is a percent; growth by over (nearly) once
the base is the ratio 1.

Every example is invented (青禾科技 exists in no report).
"""
from __future__ import annotations

from aigc_analysis.extract.quantities import find_quantities


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit, q.text) for q in find_quantities(text)]


def test_a_bare_level_after_a_change_from_a_percent_is_a_percent():
    assert _read("青禾科技在华份额已“从80%降到0”。") == [(0.8, "ratio", "80%"), (0.0, "ratio", "0")]
    assert _read("青禾科技的渗透率由约12%提升至30，") == [(0.12, "ratio", "约12%"), (0.3, "ratio", "30")]


def test_a_bare_number_not_after_a_change_from_a_percent_stays_a_count():
    # no 从/由: a percent, then a count
    assert _read("青禾科技份额12%，门店增至30，")[1][1] == "count"
    # a measure word after the second number keeps it a count
    assert _read("青禾科技从12%增至30家门店")[1][1] == "count"


def test_growth_by_over_once_the_base_is_the_ratio_one():
    assert _read("青禾科技订单同比增长超过一倍，") == [(1.0, "ratio", "超过一倍")]
    assert _read("青禾科技营收年增逾1倍") == [(1.0, "ratio", "逾1倍")]
    assert _read("青禾科技单价上涨近一倍。") == [(1.0, "ratio", "近一倍")]


def test_other_multiples_stay_multiples():
    assert _read("青禾科技订单增长超过4倍，")[0][1] == "multiple"
    assert _read("青禾科技股价上涨约一倍，")[0][1] == "multiple"
    assert _read("青禾科技收入翻了近一倍")[0][:2] == (2.0, "multiple")
    assert _read("青禾科技规模是对手的超过一倍")[0][1] == "multiple"
