"""Table cells written with a bound word (不低于30%, 不超过30%, ≥10GW): values read as prose reads them."""
from __future__ import annotations

import pytest

from aigc_analysis.extract.segment import is_value_cell
from tests.text_facts import facts_of


@pytest.mark.parametrize("cell", ["不低于25%", "不少于6亿元", "不超过20%", "不高于1.3", "最高35%",
                                  "至少500万", "≥8%", "≤1.2", "＞15%"])
def test_bound_cells_are_value_cells(cell):
    assert is_value_cell(cell)


@pytest.mark.parametrize("cell", ["不低于上年", "最高档", "≥", "2026年"])
def test_bound_words_without_a_number_stay_text(cell):
    assert not is_value_cell(cell)


def test_target_table_of_bound_cells():
    # an invented performance-target table: every target cell opens with 不低于
    text = ("公司层面业绩考核目标如下：\n"
            "解除限售期　　考核年度　　净利润　　　　　　营业收入\n"
            "第一个解除限售期　2026年　　不低于3亿元　　　不低于25亿元\n"
            "第二个解除限售期　2027年　　不低于4亿元　　　不低于32亿元\n")
    facts = facts_of(text)
    got = {(round(v), q) for v, q in zip(facts["value"], facts["qualifier"])}
    assert {(3e8, "at_least"), (25e8, "at_least"), (4e8, "at_least"), (32e8, "at_least")} <= got


def test_subsidy_rate_column_is_a_price_term():
    text = ("| 城市 | 资金规模 | 补贴比例 |\n|---|---|---|\n"
            "| 甲市 | 3亿元 | 最高35% |\n| 乙市 | 2亿元 | 不超过25% |\n")
    facts = facts_of(text)
    rates = facts[facts["unit"] == "ratio"]
    assert sorted(rates["value"].round(2)) == [0.25, 0.35]
    assert set(rates["theme"]) == {"pricing"} and set(rates["metric"]) == {"subsidy_rate"}
