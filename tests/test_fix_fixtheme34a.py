"""Numbers whose value and unit were read but filed under the wrong theme between market and
compute (fixtheme34a): the growth of a computing capacity the sentence sizes (智算规模…，较年初增长
约40%) is compute supply, not a market's size (theme_boundaries.csv), and the shipments of a chip
family named by its brand (征程系列出货221万套) are compute like other chip shipments, even where
the counter (套) names no chip (grammar.csv chip_object). Invented sentences."""
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


def test_chip_family_shipments_counted_in_sets_are_compute():
    rows = facts_of("公司预计2026年征程6系列出货超过150万套，同比增长约80%。", DAY)
    ship = rows[rows["metric"].str.startswith("shipment")]
    assert len(ship) == 2, rows.to_string()
    assert set(ship["theme"]) == {"compute"}


def test_chip_family_in_traditional_script_is_compute():
    row = _row("2024年征程系列出貨315萬套。", 3.15e6, "count")
    assert row["theme"] == "compute"


def test_new_journey_phrase_names_no_chip():
    # 新征程 (a new journey) is no chip family: a phone maker's shipments stay market
    row = _row("公司开启新征程，今年手机出货超过200万套。", 2e6, "count")
    assert row["theme"] == "market"
