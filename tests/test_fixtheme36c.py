"""Money themes by what the amount measures (fixtheme36c).

An investment that goes to no one (no investee named, no word of a stake, a funding round or a
fund) is money a firm, an industry or a state spends on its own projects: capex. A fund set up
with no building purpose invests in firms: valuation. A share of venture funding is a funding
round's share, and venture funding put into a field is still venture funding: valuation.

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2026, 4, 20)


def _themes(text: str) -> dict:
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    f = facts_frame(extract_document(doc))
    return dict(zip(f["value"].round(4), zip(f["theme"], f["metric"])))


# ---- an investment with no investee is capex --------------------------------------------------

def test_planned_investment_of_an_operator_is_capex():
    # was: valuation | investment_amount
    got = _themes("年度规划方面，中国联通今年计划投资约860亿元，较上年略有下降。\n")
    assert got[8.6e10][0] == "capex", got


def test_retrofit_investment_is_capex():
    # was: valuation | investment_amount
    got = _themes("审计发现，部分机房制冷能力不足，改造投资预计需3.4亿元。\n")
    assert got[3.4e8][0] == "capex", got


def test_an_industrys_investment_and_its_growth_are_capex():
    # was: valuation | investment_amount and investment_amount_growth
    got = _themes("我们估算，今年全球航运业在AI与自动化上的投资约85亿美元，同比增长12%。\n")
    assert got[8.5e9][0] == "capex", got
    assert got[0.12][0] == "capex", got


def test_investment_amount_column_of_plants_is_capex():
    # was: valuation | investment_amount (a table of plants abroad: money for sites)
    text = ("表：主要厂商海外建厂计划（单位：亿美元）\n"
            "公司　　　　地点　　　　投资金额　　进度\n"
            "联发科　　　德州奥斯汀　　42　　　　2026年投产\n")
    got = _themes(text)
    assert got[4.2e9][0] == "capex", got


def test_investment_into_a_named_firm_stays_valuation():
    got = _themes("去年5月，腾讯向月之暗面投资约3亿美元。\n")
    assert got[3e8][0] == "valuation", got


def test_investment_into_whoever_xiang_names_stays_valuation():
    # 向 + a recipient the lexicon does not know (该公司, an unknown start-up) is still an investee
    got = _themes("据公告，星汉资本将向该公司追加投资6亿元。\n")
    assert got[6e8][0] == "valuation", got


def test_investment_by_two_firms_in_one_clause_stays_valuation():
    # two firms in the segment: the investors and the firm they put money in
    got = _themes("Mistral：11月，阿里巴巴和腾讯分别承诺投资最多8亿美元和6亿美元。\n")
    assert got[8e8][0] == "valuation", got


def test_investment_with_a_stake_stays_valuation():
    got = _themes("某产业资本计划投资12亿元，交割后持股约15%。\n")
    assert got[1.2e9][0] == "valuation", got


def test_investment_with_a_partner_stays_valuation():
    got = _themes("公司与Anthropic签署框架协议，拟分三期投资最多40亿美元。\n")
    assert got[4e9][0] == "valuation", got


def test_private_investment_stays_valuation():
    got = _themes("2025年英国AI私人投资约62亿美元，位居欧洲第一。\n")
    assert got[6.2e9][0] == "valuation", got


# ---- a fund is capex only when it pays for building -------------------------------------------

def test_fund_set_up_with_no_building_purpose_is_valuation():
    # was: capex | fund_size
    got = _themes("据报道，某主权基金曾与海外机构商讨设立规模约250亿美元的AI基金。\n")
    assert got[2.5e10][0] == "valuation", got


def test_fund_set_up_to_build_data_centres_stays_capex():
    got = _themes("某能源集团与海外资管机构设立规模180亿美元的合资平台，为数据中心配套建设电站。\n")
    assert got[1.8e10][0] == "capex", got


# ---- venture funding ----------------------------------------------------------------------------

def test_share_of_venture_funding_is_valuation():
    # was: capex | capex_share
    got = _themes("我们预计全年AI占全球风险投资比例有望达到45%。\n")
    assert got[0.45][0] == "valuation", got


def test_venture_funding_in_a_field_is_valuation():
    # was: capex | planned_investment (领域 read as money put into a field)
    got = _themes("今年一季度全球AI领域风险投资约730亿美元，同比明显回升。\n")
    assert got[7.3e10][0] == "valuation", got


# ---- a share that names its own whole keeps its own topic --------------------------------------

def test_share_naming_its_whole_does_not_take_the_neighbours_theme():
    # was: pricing | share (the switch price beside it lent its theme)
    text = ("某白盒交换机整机报价约1.2万美元，占数据中心交换机出货端口数的比例已升至约38%。\n")
    got = _themes(text)
    assert got[0.38][0] == "market", got


def test_share_in_a_whole_written_with_zai_zhong_keeps_its_theme():
    # was: pricing | share
    text = ("某国产CPU整机报价约9万元，在全国服务器出货中的占比今年有望达到约14%。\n")
    got = _themes(text)
    assert got[0.14][0] == "market", got


def test_bare_share_still_takes_the_neighbours_theme():
    # 占比 alone names no whole: the figure beside it says what it divides
    got = _themes("本轮融资中，战略投资者出资约18亿元，占比约35%。\n")
    assert got[0.35][0] == "valuation", got

