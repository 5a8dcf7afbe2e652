"""Market names and the market a pointer names (fixent23b).

- ``大模型`` inside a compound name is written ``LLM`` and ``解决方案`` is plural, as English
  reports write them (``企业级大模型解决方案市场`` -> ``enterprise LLM solutions market``,
  ``大模型算法工程师`` -> ``LLM algorithm engineers``); ``大模型`` alone stays ``large models``.
- ``该市场``/``这一市场`` after a clause about a firm's rank or share in a market is that market,
  not the firm carried from the clause before.

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.extract.names import market_phrases, market_pointers
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 3, 2)


def _by_text(text: str) -> dict:
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    f = facts_frame(extract_document(doc))
    return dict(zip(f["text"], f["entity"]))


def test_llm_solutions_market_is_named_the_english_way():
    # was: China enterprise large model solution market
    got = _by_text("据测算，2025年中国企业级大模型解决方案市场规模约为215亿元，同比增长48%。\n")
    assert got["215亿元"] == "China enterprise LLM solutions market", got


def test_llm_job_title_is_named_the_english_way():
    # was: Large model algorithm engineers
    got = _by_text("薪酬方面，大模型算法工程师月薪中位数约5.3万元。\n")
    assert got["约5.3万元"] == "LLM algorithm engineers", got


def test_bare_large_models_stay_the_concept():
    got = _by_text("国内大模型价格下降约45%。\n")
    assert got["下降约45%"] == "large models", got


def test_market_pointer_names_the_market_before_it_not_the_firm():
    # was: Qinghe Software for the market's size and its forecast
    got = _by_text("青禾软件（Qinghe Software）招股。公司在中国企业级AI客服市场排名第三，市占率约4.2%；"
                   "该市场规模2025年约为150亿元，预计2030年将增至900亿元。\n")
    assert got["约4.2%"] == "Qinghe Software", got
    assert got["150亿元"] == "China enterprise AI customer service market", got
    assert got["900亿元"] == "China enterprise AI customer service market", got


def test_market_pointer_in_traditional_text():
    got = _by_text("青禾軟件（Qinghe Software）招股。公司在全球AI客服市場排名第五；這一市場規模約為38億美元。\n")
    assert got["38億美元"] == "Global AI customer service market", got


def test_pointer_needs_a_market_before_it_and_a_market_head_after_it():
    assert market_pointers("该市场规模约150亿元", []) == []
    t = "公司在全球AI客服市场排名第三；该公司收入约15亿元"
    assert market_pointers(t, market_phrases(t)) == []
    t = "全球AI客服市场增长较快，我们认为应该市场化定价"
    assert market_pointers(t, market_phrases(t)) == []


def test_pointer_at_one_firm_is_no_market():
    t = "国内AI企业数量超过4000家，该企业收入约15亿元"
    assert market_pointers(t, market_phrases(t)) == []
