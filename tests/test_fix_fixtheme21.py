"""Money put into a country, a region or infrastructure is a capex plan, not an equity stake
(SCHEMA theme boundaries: multi-year infrastructure plans -> capex; equity investments and
stakes -> valuation). Every example is invented (Acme, Bcorp and every figure exist in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified


def _facts(text: str):
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": dt.date(2025, 9, 20), "publisher": "Test Broker", "boilerplate": []}
    return facts_frame(extract_document(doc))


def _theme_of(df, value):
    rows = df[(df["value"] - value).abs() <= 1e-6 * abs(value)]
    assert len(rows) == 1, df[["theme", "metric", "value", "text"]]
    return rows.iloc[0].theme


def test_money_put_into_a_country_is_capex():
    # a place, 的 and a total word between the place and 投资
    assert _theme_of(_facts("Acme本月宣布，2024—2028年在马来西亚的累计投资将达到86亿美元。"), 8.6e9) == "capex"
    # the place's investment written right after the number
    assert _theme_of(_facts("Bcorp重申了此前宣布的4200亿美元对美投资。"), 4.2e11) == "capex"


def test_money_put_into_a_firm_stays_an_equity_investment():
    assert _theme_of(_facts("Acme在新加坡投资微软12亿美元。"), 1.2e9) == "valuation"
    assert _theme_of(_facts("Acme向Bcorp投资12亿美元。"), 1.2e9) == "valuation"


def test_an_infrastructure_or_power_plant_investment_plan_is_capex():
    assert _theme_of(_facts("Acme上调三年AI及云基建投资计划（1,600亿元）。"), 1.6e11) == "capex"
    assert _theme_of(_facts("Bcorp规划的三座电厂更新计划合计投资约900亿元。"), 9e10) == "capex"
