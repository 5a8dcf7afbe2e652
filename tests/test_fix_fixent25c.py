"""The subject of market-wide and holding figures (fixent25c).

- ``大市``/``大盘`` alone is the stock market of the place of the index named last before it
  (``恒指…大市成交`` is the Hong Kong stock market's turnover, not the Hang Seng Index's), but
  not as a comparison's base (``跑赢大市``) nor as the start of another noun (``大市值``).
- A firm between a verb of holding or trading shares and a share word (``清仓所持X股份``) is the
  stock traded: the shares and the money are the holder's.

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from text_facts import facts_of

DAY = dt.date(2026, 3, 2)


def _by_text(text: str) -> dict:
    f = facts_of(text, DAY, publisher="Test Broker")
    return dict(zip(f["text"], f["entity"]))


def test_broad_market_turnover_is_the_market_of_the_index_place():
    # was: Hang Seng Index
    got = _by_text("恒指周三收报24,810点，升0.6%。当日大市成交1,874亿元，沽空金额达301.2亿元。\n")
    assert got["1,874亿元"] == "Hong Kong stock market", got
    assert got["301.2亿元"] == "Hong Kong stock market", got


def test_broad_market_in_traditional_text_after_a_mainland_index():
    got = _by_text("滬深300指數今日收漲0.8%，大盤全日成交額9,612億元。\n")
    assert "A-share market" in got["9,612億元"], got


def test_broad_market_as_a_comparison_base_is_no_subject():
    # 跑赢大市 measures against the market: the index keeps its own move
    got = _by_text("恒生科技指数周三急升2.7%，跑赢大市。\n")
    assert got["2.7%"] == "Hang Seng Tech Index", got


def test_sold_stake_is_the_holders():
    # was: Microsoft, the stock sold
    got = _by_text("桥水基金：3月1日披露已于2月清仓所持微软股份，约1,150万股，套现46.8亿美元。\n")
    assert got["46.8亿美元"] == "Bridgewater Associates", got
