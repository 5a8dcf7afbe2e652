"""Capex figures whose nearest word names another theme (fixcapex23): a bare size word glued after
a capex keyword (``资本开支规模``) measures the capex, not a market; an amount after an
expectation word (``市场预期``) with no amount before it expects the measure the sentence's
money keyword names (``capex_consensus``); the cash-flow line ``购建固定资产…支付的现金`` is capex,
not the balance-sheet item ``固定资产``.

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 2, 10)


def _themes(text: str) -> dict:
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    f = facts_frame(extract_document(doc))
    return dict(zip(f["value"].round(4), zip(f["theme"], f["metric"])))


def test_size_word_after_capex_keyword_is_the_capex():
    # was: market | market_size
    got = _themes("本季资本开支约18亿元，管理层预计全年资本开支规模在75亿元左右。\n")
    assert got[7.5e9] == ("capex", "capex"), got


def test_growth_of_capex_size_is_capex_growth():
    got = _themes("青松云计划今年资本开支规模同比增长约三成。\n")
    assert got[0.3] == ("capex", "capex_growth"), got


def test_market_size_keeps_its_theme():
    got = _themes("全球AI服务器市场规模约1200亿美元。\n")
    assert got[1.2e11] == ("market", "market_size"), got


def test_expectation_after_capex_guidance_is_capex_consensus():
    # was: market | market_size (市场 of 市场预期)
    got = _themes("周四：青峰半导体法说会（关注2027年资本开支指引，市场预期380亿-410亿美元）。\n")
    assert got[3.8e10] == ("capex", "capex_consensus"), got


def test_expectation_after_an_amount_still_expects_that_amount():
    got = _themes("岚峰科技EPS为4.12美元，高于市场预期的3.95美元。\n")
    assert got[3.95] == ("earnings", "eps_consensus"), got


def test_cash_paid_for_long_lived_assets_is_capex():
    # was: earnings | fixed_assets
    got = _themes("报告期内，购建固定资产、无形资产和其他长期资产支付的现金 6.12 亿元，"
                  "同比增长 38.5%，主要用于算力集群建设。\n")
    assert got[6.12e8] == ("capex", "capex"), got
    assert got[0.385] == ("capex", "capex_growth"), got


def test_fixed_assets_balance_stays_earnings():
    got = _themes("截至年末，公司固定资产 25.3 亿元，同比增长 12.1%。\n")
    assert got[2.53e9] == ("earnings", "fixed_assets"), got
