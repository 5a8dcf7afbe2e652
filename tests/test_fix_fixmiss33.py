"""Recall of facts no theme kept: a metric keyword missing from metrics.csv, a number form the
parser did not read.

- ``整机成本`` (the whole machine's cost) is the unit's bill of materials: a part's share of it
  is a share of BOM cost (market), as ``BOM成本``.
- ``轮次`` (funding rounds) and ``IPO`` count deals and listings (valuation), as ``融资事件``.
- ``分拣效率`` is an operating gain of AI, as ``生产效率``.
- ``38BP``, ``12BPs``: basis points written in capitals are basis points (pp), as ``bp``.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.quantities import find_quantities
from tests.text_facts import facts_of

PUBLISHED = dt.date(2025, 10, 15)


def _rows(text):
    return facts_of(text, PUBLISHED)


def _row(rows, value, unit):
    hit = rows[(rows["unit"] == unit) & ((rows["value"] - value).abs() <= 1e-9 * max(1.0, abs(value)))]
    assert len(hit) == 1, rows[["theme", "entity", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


def test_share_of_the_whole_machine_cost_is_a_bom_share():
    rows = _rows("拆分来看，减速器约占整机成本的32%，传感器单项约占11%。")
    for value in (0.32, 0.11):
        row = _row(rows, value, "ratio")
        assert (row["theme"], row["metric"]) == ("market", "share_of_bom_cost")


def test_rounds_and_listings_are_counted_deals():
    rows = _rows("三季度机器人领域超级轮次共41笔，金额合计128亿美元。同期机器人公司IPO共9家。")
    assert (_row(rows, 41, "count")["theme"], _row(rows, 41, "count")["metric"]) == ("valuation", "funding_deals")
    assert _row(rows, 1.28e10, "USD")["theme"] == "valuation"
    assert (_row(rows, 9, "count")["theme"], _row(rows, 9, "count")["metric"]) == ("valuation", "ipo_count")


def test_sorting_efficiency_is_an_adoption_gain():
    row = _row(_rows("某快递企业智能仓上线视觉分拣后，分拣效率提升35%。"), 0.35, "ratio")
    assert (row["theme"], row["metric"]) == ("adoption", "efficiency_gain")


def test_capital_basis_points_are_basis_points():
    found = [(q.text, q.value, q.unit) for q in find_quantities("较去年同期下降27BP，利差上浮约15BPs。")]
    assert found == [("下降27BP", -0.0027, "pp"), ("约15BPs", 0.0015, "pp")]


def test_capital_bp_in_a_name_is_no_unit():
    assert all(q.unit != "pp" for q in find_quantities("BP公司与12BPO项目"))


def test_years_to_break_even_and_grid_wait_are_durations():
    row = _row(_rows("多数投资人认为，机器人公司实现盈亏平衡还需要四至六年。"), 4, "years")
    assert (row["theme"], row["metric"], row["value_high"]) == ("earnings", "years_to_breakeven", 6)
    row = _row(_rows("当地电网接入排队时间普遍拉长至2～4年。"), 2, "years")
    assert (row["theme"], row["metric"]) == ("compute", "grid_connection_wait")
    row = _row(_rows("园区已投运IT负载约180MW，但电网新增接入等待期长达3-4年。"), 3, "years")
    assert (row["theme"], row["metric"]) == ("compute", "grid_connection_wait")


def test_fab_build_time_and_bond_terms():
    row = _row(_rows("美国厂的建厂时间由台湾的约18个月拉长到30个月左右。"), 30, "months")
    assert (row["theme"], row["metric"]) == ("compute", "build_time")
    row = _row(_rows("本次转债期限为6年。"), 6, "years")
    assert (row["theme"], row["metric"]) == ("valuation", "bond_term")
    row = _row(_rows("某公司无担保CB定价，发行总额新台币40亿元，发行期间3年，票面利率0%。"), 3, "years")
    assert (row["theme"], row["metric"]) == ("valuation", "bond_term")


def test_special_bonds_for_computing_are_capex():
    rows = _rows("今年以来，算力相关专项债合计约640亿元，较去年同期下降27BP。")
    assert _row(rows, 6.4e10, "CNY")["theme"] == "capex"
    assert _row(rows, -0.0027, "pp")["theme"] == "capex"


def test_internet_users_are_counted():
    row = _row(_rows("截至2025年6月，我国网民规模达11.5亿人。"), 1.15e9, "count")
    assert (row["theme"], row["metric"]) == ("adoption", "internet_users")

