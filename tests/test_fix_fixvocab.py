"""Vocabulary classes: a metric word the lexicon lacked dropped its number or filed it under
another theme; 概率 named a valuation scenario's weight wherever it stood.

Every example is invented (青禾科技, 岚川电讯, 宏晟电子 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2026, 4, 10)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {t: (th, m, v, u) for t, th, m, v, u in zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"])}


# --- 概率: a scenario's weight only where a valuation scenario is in view -------------------

def test_a_probability_outside_a_scenario_is_no_scenario_weight():
    got = _rows("青禾科技表示，大客户明年续约概率约为85%。")
    assert all(m != "scenario_probability" for _, m, _, _ in got.values())


def test_a_scenario_probability_in_prose_stays():
    got = _rows("我们将青禾科技乐观情景概率上调至40%，对应目标价120元。")
    assert got["40%"][:2] == ("valuation", "scenario_probability")


def test_a_scenario_table_keeps_its_probability_column():
    got = _rows("青禾科技估值情景分析\n\n| 情景 | 概率 | 目标价 |\n| --- | --- | --- |\n"
                "| 乐观 | 30% | 150元 |\n| 中性 | 50% | 120元 |\n")
    assert got["30%"][1] == got["50%"][1] == "scenario_probability"


def test_a_table_headed_by_probability_with_scenario_rows_keeps_it():
    got = _rows("青禾科技估值测算\n\n| 假设 | 概率 | 目标价 |\n| --- | --- | --- |\n"
                "| 乐观 | 25% | 150元 |\n| 悲观 | 20% | 80元 |\n")
    assert got["25%"][1] == got["20%"][1] == "scenario_probability"


# --- dividends: per-share amounts and payout ratios are earnings, the yield valuation -------

def test_dividend_per_share_its_growth_and_payout_ratio_are_earnings():
    got = _rows("岚川电讯全年每股股息0.38港元，同比增长5.4%，派息率提升至72%。")
    assert got["0.38港元"] == ("earnings", "dividend_per_share", 0.38, "HKD")
    assert got["5.4%"][:2] == ("earnings", "dividend_per_share_growth")
    assert got["72%"][:2] == ("earnings", "payout_ratio")


def test_a_distribution_plan_is_earnings():
    got = _rows("青禾科技拟每10股派发现金红利2.20元，合计派发现金红利1.6亿元。")
    assert got["2.20元"][:2] == ("earnings", "dividend_per_10_shares")
    assert got["1.6亿元"][:2] == ("earnings", "dividend_total")


def test_dividend_yield_stays_valuation():
    got = _rows("岚川电讯当前股息率约5.1%。")
    assert got["约5.1%"][:2] == ("valuation", "dividend_yield")
