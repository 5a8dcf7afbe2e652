"""Entity names the gold labels write by their short form or their usual English (fixent32).

A firm known by its initials (台燿 -> TUC, 建设银行 -> CCB) is named "Full Name (Initials)", so
either form of the name is the entity; OCI is Oracle's cloud segment, not the group; a Taiwan
ETF's Chinese name (元大台灣50) is the fund's English name, never pinyin; 通信 in an index or
fund name is Telecom.

Every example is invented: the figures exist in no report.
"""
from __future__ import annotations

import pytest

from tests.text_facts import facts_of


def _entity(text: str, cell: str) -> str:
    rows = facts_of(text)
    hit = rows[rows["text"] == cell]
    assert len(hit) == 1, rows[["entity", "metric", "value", "text"]].to_string()
    return hit.iloc[0]["entity"]


@pytest.mark.parametrize("text, cell, entity", [
    ("台燿第二季營收年增17.3%。", "17.3%", "Taiwan Union Technology (TUC)"),
    ("建设银行理赔自动化率达58%。", "58%", "China Construction Bank (CCB)"),
    ("本季度OCI收入41亿美元。", "41亿美元", "Oracle Cloud Infrastructure (OCI)"),
    ("元大台灣50基金規模4,321億元。", "4,321億元", "Yuanta Taiwan 50 ETF"),
    ("國泰永續高股息基金規模2,468億元。", "2,468億元", "Cathay MSCI Taiwan ESG Sustainability High Dividend Yield ETF"),
    ("本周通信ETF规模增长约两成。", "约两成", "Telecom ETF"),
])
def test_short_form_and_english_names(text, cell, entity):
    assert _entity(text, cell) == entity


@pytest.mark.parametrize("text, cell, entity", [
    ("预计全球智能语音助手市场2030年规模达到95亿美元。", "95亿美元", "Global voice assistant market"),
    ("全球端侧AI模组市场规模将增至37亿美元。", "37亿美元", "Global edge AI module market"),
    ("全球商业气象服务市场规模将增至71亿美元。", "71亿美元", "Global commercial weather services market"),
])
def test_market_names_are_english(text, cell, entity):
    assert _entity(text, cell) == entity


def test_portfolio_of_a_chinese_named_publisher_is_in_pinyin():
    rows = facts_of("我们的11月金股组合月度收益率为-1.7%，跑输沪深300指数0.6个百分点。",
                    publisher="岚溪证券研究所")
    assert set(rows["entity"]) == {"Lanxi golden stock portfolio"}, rows.to_string()
