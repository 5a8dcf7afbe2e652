"""Theme of contract/tender amounts, valuation-to-revenue multiples, operating cash outflows and
shareholder-meeting vote tallies (classes h34-1, h34-9, h34-13, h34-15).

Every example is invented (青禾科技, 岚峰智能 and the figures exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 10, 20)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {t: (th, float(v)) for t, th, v in zip(f["text"], f["theme"], f["value"])}


# h34-1: tenders and contracts without a compute object are no buyer's capex
def test_a_tender_tally_of_ai_services_is_a_procurement_market():
    r = _rows("今年1-6月，全国水利系统AI相关中标项目共计205个，中标总金额约3.3亿元，同比增长18%。")
    assert r["约3.3亿元"][0] == "market"
    assert r["18%"][0] == "market"


def test_a_compute_tender_stays_capex():
    r = _rows("今年1-6月，某运营商AI服务器集采中标总金额约83亿元。")
    assert r["约83亿元"][0] == "capex"


def test_a_software_modules_winning_price_is_pricing():
    r = _rows("以病理AI为例，单模块中标价已降至12万～20万元。")
    assert r["12万～20万元"][0] == "pricing"


def test_one_projects_typical_contract_value_is_pricing():
    r = _rows("单个区县级年度项目合同额通常在200万～500万元。")
    assert r["200万～500万元"][0] == "pricing"


def test_a_vendors_business_line_contracts_are_its_orders():
    r = _rows("青禾科技2024年大模型相关项目合同金额超过9亿元，是2023年的约2倍。")
    assert r["超过9亿元"][0] == "earnings"


def test_a_compute_lease_contract_stays_capex():
    r = _rows("青禾科技与某运营商签订算力租赁合同，金额约15亿元。")
    assert r["约15亿元"][0] == "capex"


# h34-9: a valuation as a multiple of revenue is valuation, not revenue growth
def test_valuation_over_annualized_revenue_is_valuation():
    r = _rows("岚峰智能本轮估值约为年化收入的27倍。北欧AI初创公司估值/年化收入的中位数约为19x，美国为33x左右。")
    assert r["27倍"][0] == "valuation"
    assert r["19x"][0] == "valuation"
    assert r["33x左右"][0] == "valuation"


def test_annualized_revenue_growth_stays_earnings():
    r = _rows("岚峰智能本轮估值达40亿美元，年化收入较去年增长逾四倍。")
    assert r["逾四倍"][0] == "earnings"


# h34-13: operating cash outflow is the firm's cash flow (earnings); 少流出 is an improvement
def test_operating_cash_outflow_is_earnings():
    r = _rows("青禾科技上半年经营活动现金流净流出约4亿元，较上年同期少流出约3亿元。")
    assert r["约4亿元"] == ("earnings", -4e8)
    assert r["约3亿元"] == ("earnings", 3e8)


def test_a_fund_outflow_stays_a_negative_net_inflow():
    r = _rows("本周北向资金净流出31亿元。")
    assert r["31亿元"] == ("valuation", -3.1e9)


# h34-15: shareholder-meeting vote tallies are procedure, not stakes
def test_meeting_vote_tallies_are_no_stakes():
    r = _rows("出席本次股东大会的股东代表有表决权股份2,345,678股，占公司有表决权股份总数的41.26%。"
              "表决结果：同意2,340,000股，占出席会议有表决权股份总数的99.76%。")
    assert "41.26%" not in r
    assert "99.76%" not in r


def test_a_stake_bought_in_a_round_stays():
    r = _rows("岚峰智能领投9亿欧元并取得约12%股权。")
    assert r["约12%"][0] == "valuation"


def test_a_computing_centres_winning_bid_stays_capex():
    # mend9a: 人工智能计算中心 is a compute object; its bid and unit price are no tender market or module price
    r = _rows("滨江新区人工智能计算中心项目中标金额约2.1亿元，中标单价约150万元/台。")
    assert r["约2.1亿元"][0] == "capex"
    assert r["约150万元/台"][0] == "capex"
