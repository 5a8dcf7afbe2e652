"""Numbers whose value and unit were read but filed under the wrong theme between market and
compute (fixtheme34a): the growth of a computing capacity the sentence sizes (智算规模…，较年初增长
约40%) is compute supply, not a market's size (theme_boundaries.csv). Invented sentences."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 9, 30)


def _row(text: str, value: float, unit: str):
    rows = facts_of(text, DAY)
    hit = rows[(rows["unit"] == unit) & ((rows["value"] - value).abs() < 1e-9 * max(1.0, abs(value)))]
    assert len(hit) == 1, rows[["theme", "entity", "metric", "value", "unit", "text"]].to_string()
    return hit.iloc[0]


def test_capacity_growth_after_flops_is_compute():
    row = _row("截至8月末，某省智算规模合计约12 EFLOPS，较年初增长约35%。", 0.35, "ratio")
    assert row["theme"] == "compute"
    assert row["metric"] == "capacity_growth"


def test_total_capacity_growth_is_compute():
    row = _row("2024年全国算力总规模达到300 EFLOPS，同比增长27%。", 0.27, "ratio")
    assert row["theme"] == "compute"


def test_new_capacity_growth_forecast_is_compute():
    row = _row("预计明年智能算力新增规模有望同比增长45%以上。", 0.45, "ratio")
    assert row["theme"] == "compute"


def test_computing_industry_growth_stays_market():
    # an industry's size in money: a market, whatever it computes
    row = _row("2024年我国算力核心产业规模约2.1万亿元，同比增长18%。", 0.18, "ratio")
    assert row["theme"] == "market"
