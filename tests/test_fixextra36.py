"""Pure extras: thresholds and restatements that state no figure of anything.

* A bound on a measure (any metric keyword right before it) joined by 的/之 to a group the
  sentence then counts or shares out (``年销售额5000万元以上的门店中，约七成…``) picks out the group;
  the bound is no amount, rate or share of anything.
* A bound in a clause a condition word opens (``若上架率持续低于60%``) is a scenario's trigger,
  whichever way the bound points.
* ``即係``/``即是`` (Cantonese and colloquial 即, 就是) opening a clause restate the figure before.
* A table cell holding only a magnitude and a unit (``十亿美元`` in a unit column) is no value.

Invented sentences about invented firms."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text

PUB = dt.date(2026, 3, 1)


def _values(text: str) -> list[tuple[float, str]]:
    df = facts_of_text(text, PUB)
    return sorted((round(float(v), 6), u) for v, u in zip(df["value"], df["unit"]))


@pytest.mark.parametrize("text, kept", [
    # a sales bound picking out stores, the share of them after 中 stays
    ("调研显示，年销售额5000万元以上的门店中，约七成已部署智能客服。", [(0.7, "ratio")]),
    # a utilisation bound picking out centres, then their share in the same clause
    ("据统计，集群利用率高于60%的智算中心大约只有四分之一。", [(0.25, "ratio")]),
    # a deal-size bound picking out orders
    ("单笔成交额超过500万元的订单中，约三成来自海外客户。", [(0.3, "ratio")]),
    # 之 joining the bound in the written style, the group counted after it
    ("据调研，算力利用率在30%以下之项目共有12个。", []),
])
def test_measure_bound_picking_out_a_group_is_no_fact(text, kept):
    assert _values(text) == kept


@pytest.mark.parametrize("text, value", [
    ("青禾科技股东拟减持不超过2%的公司股份。", 0.02),           # the size of a planned sale
    ("管理层表示将维持长期毛利率55%以上的目标。", 0.55),         # a target level
    ("预计行业收入将保持20%以上的年均增速，2030年达到800亿元。", 0.2),  # a forecast rate
    ("公司上架率持续低于60%，评级已被下调。", 0.6),              # a level stated, no condition
])
def test_bound_that_is_the_claim_stays(text, value):
    assert (value, "ratio") in _values(text)


def test_condition_threshold_below_is_no_fact():
    assert _values("若公司上架率持续低于60%，评级可能面临下调压力。") == []


@pytest.mark.parametrize("text", [
    "主持：嗰间公司上季收入按年升咗百分之一百零五，即係翻倍有多。",
    "公司上季收入同比增长105%，即是翻了一倍有余。",
])
def test_colloquial_restatement_is_one_claim(text):
    assert _values(text) == [(1.05, "ratio")]


def test_unit_column_cell_is_no_value():
    # a table whose last column writes each row's unit: the unit cell is no amount of anything
    text = ("| 项目 | 本季末 | 上季末 | 单位 |\n|---|---|---|---|\n"
            "| 存货 | 21.4 | 17.2 | 十亿美元 |\n| 采购承诺 | 40.1 | 38.9 | 十亿美元 |")
    assert _values(text) == [(17.2e9, "USD"), (21.4e9, "USD"), (38.9e9, "USD"), (40.1e9, "USD")]
