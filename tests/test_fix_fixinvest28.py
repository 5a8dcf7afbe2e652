"""Money of investment plans, asset purchases and bond financing that came out under another
theme (fixinvest28): an investment in cloud or AI infrastructure, one that adds capacity, one a
programme drives (带动投资) and a purchase of land and buildings are capex (SCHEMA: multi-year
infrastructure plans); a bond issue's size and its order book are financing (valuation), not a
market size or a firm's orders.

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import to_simplified

DAY = dt.date(2025, 11, 20)


def _themes(text: str) -> dict:
    doc = {"doc_id": "t.txt", "text": text, "text_simplified": to_simplified(text),
           "published": DAY, "publisher": "Test Broker", "boilerplate": []}
    f = facts_frame(extract_document(doc))
    return dict(zip(f["value"].round(4), zip(f["theme"], f["metric"])))


def test_investment_in_cloud_infrastructure_is_capex():
    # was: valuation | investment_amount
    got = _themes("星河云计划在2024-2027年度向GPU云投资约800亿日元，其中约三成来自政府补贴。\n")
    assert got[8e10][0] == "capex", got


def test_investment_adding_capacity_is_capex():
    # was: valuation | investment_amount
    got = _themes("星河云此前宣布投资最高300亿美元，为政府客户新增近0.9GW的AI与超算容量，预计明年动工。\n")
    assert got[3e10][0] == "capex", got


def test_investment_into_a_firm_stays_valuation():
    got = _themes("星河资本以5亿美元入股某AI基础设施运营商，持股约15%。\n")
    assert got[5e8][0] == "valuation", got


def test_investment_a_programme_drives_is_capex():
    # was: valuation | investment_amount
    got = _themes("据公开信息，西部算力枢纽新开工项目已带动投资超过1260亿元。\n")
    assert got[1.26e11][0] == "capex", got


def test_purchase_of_land_and_buildings_is_capex():
    # was: valuation | acquisition_amount
    got = _themes("星河通信以约420亿日元收购某面板厂部分土地与厂房，改建为AI数据中心。\n")
    assert got[4.2e10] == ("capex", "asset_acquisition"), got


def test_purchase_of_a_business_stays_valuation():
    got = _themes("星河集团宣布以12亿美元收购某公司的工业机器人业务。\n")
    assert got[1.2e9][0] == "valuation", got


def test_bond_issue_before_its_bond_is_valuation_in_a_market_sentence():
    # was: market | market_size (the sentence names the investment-grade market)
    got = _themes("10月以来，三家云厂商在美元投资级市场合计发行约520亿美元债券。\n")
    assert got[5.2e10] == ("valuation", "bond_issuance"), got


def test_bond_order_book_is_valuation_not_orders():
    # was: earnings | orders
    got = _themes("订单依旧火爆：星河云200亿美元发行录得约900亿美元认购，创下纪录。\n")
    assert got[9e10] == ("valuation", "bond_order_book"), got
    assert got[2e10] == ("valuation", "bond_issuance"), got
