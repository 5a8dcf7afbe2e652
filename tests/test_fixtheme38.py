"""Themes read from which side of a contract the sentence puts the firm on (fixtheme38).

A contract or tender figure that would be a buyer's capex is the seller's order book (earnings,
SCHEMA: order backlogs) when the sentence before it says the firm holds it (在手…合同, 合同余额),
undertook it (承接…项目…合同金额), or, with the reporting firm as the sentence's subject (公司,
发行人, 全资子公司), won it in a tender (中标), even where the buyer's project name holds a
purchase word (采购). A purchase contract with none of these cues stays capex.

Every example is invented (青禾科技, 星河云 and the projects named exist in no report).
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import battery_hit

DAY = dt.date(2025, 10, 31)


# ---- a contract the firm holds or undertook --------------------------------------------------

def test_contracts_on_hand_are_the_sellers_backlog():
    text = "截至2025年6月末，星河云在手算力服务合同总金额27.5亿元，加权平均剩余期限2.6年。"
    row = battery_hit(text, DAY, 2.75e9, "CNY")
    assert row["theme"] == "earnings"
    assert battery_hit(text, DAY, 2.6, "years")["theme"] == "earnings"


def test_contract_balance_is_the_sellers_backlog():
    text = "青禾科技已签约的长期算力租赁合同余额约31亿元，前五大客户收入占比下降。"
    assert battery_hit(text, DAY, 3.1e9, "CNY")["theme"] == "earnings"


def test_work_undertaken_under_contract_is_the_sellers():
    text = "该研究院成立两年来累计承接企业委托项目52项，合同金额达1.3亿元。"
    assert battery_hit(text, DAY, 1.3e8, "CNY")["theme"] == "earnings"


# ---- a tender the reporting firm won -----------------------------------------------------------

def test_tender_won_by_the_reporting_firm_is_its_order():
    text = "公司全资子公司青禾智算中标某运营商边缘推理服务器集中采购项目，中标金额约5.2亿元。"
    assert battery_hit(text, DAY, 5.2e8, "CNY")["theme"] == "earnings"


def test_tender_won_by_the_reporting_firm_after_a_bullet_is_its_order():
    text = "■ 公司预中标某市智算中心推理服务器采购项目，中标金额为1.75亿元。"
    assert battery_hit(text, DAY, 1.75e8, "CNY")["theme"] == "earnings"


# ---- what stays capex --------------------------------------------------------------------------

def test_a_purchase_contract_stays_capex():
    text = "为扩充算力租赁业务，青禾科技拟向供应商采购GPU服务器，采购合同金额不超过18亿元。"
    assert battery_hit(text, DAY, 1.8e9, "CNY")["theme"] == "capex"


def test_a_buyers_contract_with_cash_on_hand_elsewhere_stays_capex():
    # 在手 says nothing of a sale when it is about cash, far from any contract
    text = "星河云在手现金充裕，本月与某芯片厂商签订采购合同，合同金额约9亿元。"
    assert battery_hit(text, DAY, 9e8, "CNY")["theme"] == "capex"


# ---- a ratio after 占 is a share, not a compute noun's growth ----------------------------------
# A bare ratio next to a product noun (芯片, GPU, 产能) reads as that noun's demand growth; after
# 占 it is a share, whose theme the whole after 占 (or the sentence before it) gives.

def test_share_of_a_regions_capacity_is_market():
    text = "从分布看，甲国占该区域已投运容量的约45%，乙国约25%。"
    row = battery_hit(text, DAY, 0.45, "ratio")
    assert row["theme"] == "market"


def test_share_of_tender_amount_by_class_is_market():
    text = "前三季度累计中标项目1,530个，中标金额96亿元；按金额计，算力租赁与智算服务类占58.4%，大模型平台类占30.2%。"
    assert battery_hit(text, DAY, 0.584, "ratio")["theme"] == "market"


def test_share_of_an_investment_total_is_capex():
    text = "2026-29E全球智算中心累计投资约$0.9tn，其中GPU/ASIC占约52%。"
    assert battery_hit(text, DAY, 0.52, "ratio")["theme"] == "capex"


def test_share_of_a_chip_cost_is_no_capex():
    # a share of a cost is no investment share; since fixtheme39 a bare chip word's share or
    # growth with no demand, shipment or capacity word is the chip industry's (market), as the
    # gold sets label component shares of a chip's or a product's cost (BOM shares, test cost)
    text = "按拆解估算，HBM占星河X1芯片成本约38%。"
    assert battery_hit(text, DAY, 0.38, "ratio")["theme"] == "market"


