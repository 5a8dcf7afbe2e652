"""Investment and financing amounts by what the money is for (fixtheme35b): the growth or share
of an investment that reads as capex is capex too; an economy's investment set against GDP is
capex (SCHEMA: cumulative AI investment); debt or funds raised to build a facility (a park, a
data centre, a computing centre) are project financing, capex; a funding round, a listing or
a stake stays valuation.

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 3, 10)


def _themes(text: str) -> dict:
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    f = facts_frame(extract_document(doc))
    return dict(zip(f["value"].round(4), zip(f["theme"], f["metric"])))


def test_growth_after_a_capex_investment_is_capex():
    # was: valuation | investment_amount_growth (the amount itself was capex)
    got = _themes("据测算，今年前三季度地方国企AI相关投资约410亿元，同比增长37%；全年有望继续提速。\n")
    assert got[4.1e10][0] == "capex", got
    assert got[0.37][0] == "capex", got


def test_growth_of_a_venture_investment_stays_valuation():
    got = _themes("据测算，今年前三季度全球AI风险投资约410亿美元，同比增长37%。\n")
    assert got[0.37][0] == "valuation", got


def test_growth_of_an_investment_in_a_field_is_capex():
    # was: valuation | investment_amount_growth
    got = _themes("全年规模以上工业投资平稳，其中智能制造领域投资增长23.4%。\n")
    assert got[0.234][0] == "capex", got


def test_investment_share_of_gdp_is_capex():
    # was: valuation | investment_amount_share
    got = _themes("我们估算，今年某国数据中心与服务器投资约占GDP的0.8%，高于上一轮周期。\n")
    assert got[0.008][0] == "capex", got


def test_venture_investment_share_of_gdp_stays_valuation():
    got = _themes("我们估算，今年某国AI风险投资约占GDP的0.3%。\n")
    assert got[0.003][0] == "valuation", got


def test_financing_a_park_is_capex():
    # was: valuation | funding_amount
    got = _themes("星河能源与某资管公司成立的合资公司为其德州园区融资约180亿美元，星河能源持股25%。\n")
    assert got[1.8e10][0] == "capex", got


def test_loan_terms_of_a_data_centre_are_capex():
    # was: valuation | loan_to_value, credit_spread
    got = _themes("据统计，主要银行对数据中心项目贷款的平均LTV约55%，平均利差约1.8%。\n")
    assert got[0.55][0] == "capex", got
    assert got[0.018][0] == "capex", got


def test_funding_round_of_a_data_centre_firm_stays_valuation():
    got = _themes("某数据中心运营商完成12亿美元C轮融资，投后估值约80亿美元。\n")
    assert got[1.2e9][0] == "valuation", got
