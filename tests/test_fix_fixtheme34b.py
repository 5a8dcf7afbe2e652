"""Theme of dividends and of a firm's ranked tender winnings (invented texts).

A dividend per share or per ten shares, a distribution plan's total, a payout ratio and a fund's
distribution per unit are profit paid out, earnings (as every document of the triage sets stating
one files them); the yield on the price and buybacks stay valuation. A listed firm's own tender
winnings with its place in the industry (公司…中标金额…位列行业第一) are its sales (earnings); a
vendor's place in a digest's ranking stays the procurement market."""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

PUB = dt.date(2026, 4, 20)


def _themes(text: str) -> dict[str, tuple]:
    df = facts_of(text, PUB)
    return {r.text: (r.theme, r.metric) for r in df.itertuples()}


def test_a_board_dividend_and_its_payout_ratio_are_earnings():
    got = _themes("朔川电子董事會通過配發現金股利每股7.5元，配發率約68%，殖利率約3.1%。")
    assert got["7.5元"] == ("earnings", "dividend_per_share")
    assert got["約68%"] == ("earnings", "payout_ratio")
    assert got["約3.1%"][0] == "valuation"


def test_a_distribution_plan_is_earnings_and_a_buyback_stays_valuation():
    got = _themes("澄岭智能拟向全体股东每10股派发现金红利3.60元（含税），合计派发现金红利0.84亿元。"
                  "公司另拟以不超过2亿元回购股份。")
    assert got["3.60元"] == ("earnings", "dividend_per_10_shares")
    assert got["0.84亿元"] == ("earnings", "dividend_total")
    assert got["不超过2亿元"][0] == "valuation"


def test_a_fund_distribution_per_unit_is_earnings():
    got = _themes("某高股息ETF第一季每單位配息0.52元。")
    assert got["0.52元"][0] == "earnings"


def test_a_firms_own_ranked_winnings_are_earnings():
    # a listed firm reporting its own tender winnings and its place in the industry: its sales
    got = _themes("公司上半年大模型相关项目中标金额达到3.17亿元，位列行业第一。")
    assert got["3.17亿元"][0] == "earnings"
    got = _themes("答：2026年一季度公司智能客服相关项目中标金额1.42亿元，在行业中标数量和金额均居首位。")
    assert got["1.42亿元"][0] == "earnings"


def test_a_vendors_place_in_a_tender_digest_stays_market():
    got = _themes("10月全国智算服务器中标项目中，岚峰计算中标金额约9.3亿元，份额15.4%，居首。")
    assert got["约9.3亿元"][0] == "market"
