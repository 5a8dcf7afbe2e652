"""Capex read where no capex word stands next to the number (fixmiss32b): a Taiwan fixed-asset
acquisition filing (取得机器设备, 交易总金额新台币…元 in full digits, 每单位价格, 交易数量, the
transaction's share of total assets and of equity); money in a sentence about a capacity
expansion (扩产投资, 扩产案) or a project's total investment and its parts (项目总投资…，其中
设备购置…); employees' share sales (老股出售), an equity deal; and the size of a bond issue
(发行总额), an offering term, valuation.

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import facts_of

DAY = dt.date(2025, 10, 16)


def _rows(text: str) -> dict:
    f = facts_of(text, DAY)
    return {round(v, 6): (t, m) for v, t, m in zip(f["value"], f["theme"], f["metric"])}


FILING = ("(1) 公司代號：9999　公司簡稱：青松電子\n"
          "主旨：本公司公告取得機器設備\n"
          "3.交易數量、每單位價格及交易總金額：交易數量：測試設備1,240台；每單位價格：平均約新台幣51.2萬元；"
          "交易總金額：新台幣634,880,000元\n"
          "6.占最近期財務報表中總資產比例：0.41%；占歸屬於母公司業主之權益之比例：0.77%\n")


def test_full_digit_total_of_an_equipment_acquisition_is_capex():
    # was: not extracted (no keyword named the amount)
    got = _rows(FILING)
    assert got[634880000.0][0] == "capex", got


def test_unit_price_and_quantity_of_the_acquisition_are_capex():
    # was: pricing (the unit price) and valuation deal_count (the quantity)
    got = _rows(FILING)
    assert got[512000.0][0] == "capex", got
    assert got[1240.0][0] == "capex", got


def test_shares_of_assets_and_equity_of_the_acquisition_are_capex():
    # was: market share
    got = _rows(FILING)
    assert got[0.0041] == ("capex", "transaction_share_of_total_assets"), got
    assert got[0.0077] == ("capex", "transaction_share_of_equity"), got


def test_an_acquisition_of_shares_stays_valuation():
    got = _rows("·青松電子（9999，10/09）：取得某公司普通股一批，交易總金額新台幣1,234,560,000元。\n")
    assert got[1234560000.0][0] == "valuation", got


def test_money_of_a_capacity_expansion_is_capex():
    # was: valuation investment_amount
    got = _rows("本週取得機器設備及擴產投資公告，合計約新台幣96.4億元，較前一週的70.3億元增加37%。\n"
                "董事會通過馬來西亞二廠擴產案，投資金額新台幣2,150,000,000元。\n")
    assert got[9.64e9][0] == "capex", got
    assert got[7.03e9][0] == "capex", got
    assert got[0.37][0] == "capex", got
    assert got[2.15e9][0] == "capex", got


def test_parts_of_a_project_total_investment_are_capex():
    # was: valuation investment_amount and share_of_investment_amount
    got = _rows("项目总投资158,000.00万元，其中设备购置及安装费121,300.00万元，占项目总投资的76.77%；"
                "建筑工程费24,500.00万元。\n")
    assert got[1.213e9][0] == "capex", got
    assert got[0.7677][0] == "capex", got
    assert got[2.45e8][0] == "capex", got


def test_a_stake_bought_in_an_expansion_sentence_stays_valuation():
    got = _rows("青松资本以3.2亿元入股某公司扩产项目，持股比例为20%。\n")
    assert got[3.2e8][0] == "valuation", got


def test_employee_share_sale_is_a_secondary_sale():
    # was: not extracted
    got = _rows("9月12日，某AI公司完成一笔约US$2.4bn的员工老股出售，买方包括多家基金。\n")
    assert got[2.4e9] == ("valuation", "secondary_sale_amount"), got


def test_size_of_a_bond_issue_is_an_offering_term():
    # was: not extracted (no keyword named 发行总额), or a price where 定价 stood before it
    got = _rows("統計今年以來至8月底，台股CB發行檔數約98檔，發行總額約870億元，年增27%。\n"
                "青松電子8月12日完成CB定價，發行總額新台幣45億元，發行期間5年。\n")
    assert got[8.7e10] == ("valuation", "issuance_amount"), got
    assert got[0.27] == ("valuation", "issuance_amount_growth"), got
    assert got[4.5e9] == ("valuation", "issuance_amount"), got
