"""Figures of legal and quasi-legal texts: amounts claimed, awarded and offered in a dispute, the
costs of a lawsuit, compliance costs and the terms of a non-compete.

Every figure is invented; 星海科技, 青禾科技 and the parties named 张某 exist in no report.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 9, 14)


def _facts(text: str):
    return facts_of_text(text, DAY)


# ---- the costs of a lawsuit are earnings, never capex or industry spending -----------------

def test_lawyer_and_notary_fees_are_earnings_not_spending():
    f = _facts("原告为本案支出律师费6万元、公证费及鉴定费2.2万元。")
    for text in ("6万元", "2.2万元"):
        r = row_of(f, text)
        assert (r["theme"], r["metric"]) == ("earnings", "legal_fees")
    assert set(f["theme"]) == {"earnings"}


def test_reasonable_expenses_awarded_are_no_capex():
    f = _facts("法院判令青禾科技赔偿经济损失80万元、合理开支5万元。")
    assert row_of(f, "5万元")["theme"] == "earnings"
    assert "capex" not in set(f["theme"])


def test_legal_fees_carry_no_period():
    assert row_of(_facts("2024年，原告支出律师费7万元。"), "7万元")["period"] == ""


def test_labour_award_items_are_earnings():
    f = _facts("被申请人应支付竞业限制经济补偿42,000元，并支付延时加班费15,000元。")
    assert row_of(f, "42,000元")["theme"] == "earnings"
    assert row_of(f, "15,000元")["metric"] == "overtime_pay"


def test_a_contract_penalty_is_earnings():
    r = row_of(_facts("青禾科技应向星海科技支付逾期违约金410万元。"), "410万元")
    assert (r["theme"], r["metric"]) == ("earnings", "contract_penalty")


# ---- an amount after a claim, order or award word names what is claimed -------------------

def test_an_amount_claimed_with_no_metric_word_is_earnings():
    f = _facts("原告请求判令被告：一、支付拖欠的云服务费2310万元；二、支付逾期利息150万元。")
    for text in ("2310万元", "150万元"):
        r = row_of(f, text)
        assert (r["theme"], r["metric"]) == ("earnings", "legal_claim")


def test_an_offer_in_court_mediation_is_earnings():
    f = _facts("法庭主持调解：被告提出一次性支付900万元；原告提出不低于1500万元。")
    assert row_of(f, "900万元")["theme"] == "earnings"
    assert row_of(f, "不低于1500万元")["theme"] == "earnings"


def test_list_items_go_on_from_their_lead_and_a_sum_line_adds_them_up():
    f = _facts("判决如下：\n一、被告于十日内支付原告年终奖8万元；\n二、被告支付原告赔偿金12万元。\n"
               "以上第一、二项合计20万元。")
    assert row_of(f, "8万元")["theme"] == "earnings"
    assert (row_of(f, "20万元")["theme"], row_of(f, "20万元")["metric"]) == ("earnings", "legal_claim")


def test_near_miss_a_list_item_with_no_legal_lead_takes_no_claim():
    f = _facts("公司业务概况：\n一、支付业务全年手续费收入8亿元。\n二、云业务年营收3亿元。")
    assert "legal_claim" not in set(f["metric"])


def test_near_miss_a_payment_in_prose_is_no_claim():
    f = _facts("星海科技向供应商支付了一笔2000万元的款项。")
    assert "legal_claim" not in set(f["metric"])


def test_near_miss_losses_recovered_by_mediation_are_no_claim():
    # a consumer body's 通过调解挽回 is no court's mediation
    f = _facts("通过调解为用户挽回经济损失120万元。")
    assert "legal_claim" not in set(f["metric"])


# ---- compliance costs are earnings with no period --------------------------------------

def test_a_compliance_cost_is_earnings_with_no_period():
    r = row_of(_facts("据测算，一套医疗AI系统的年度合规成本约为2.1万欧元。"), "2.1万欧元")
    assert (r["theme"], r["metric"], r["period"]) == ("earnings", "compliance_cost", "")


def test_compliance_spending_is_no_industry_spending():
    f = _facts("一家中型企业年度合规相关支出约200万元至500万元，约占其研发费用的2%至4%。")
    assert row_of(f, "约200万元至500万元")["theme"] == "earnings"
    assert "market" not in set(f["theme"])


def test_a_third_party_evaluation_fee_is_a_compliance_cost():
    assert row_of(_facts("备案所需的第三方测评费用单次约8万元。"), "约8万元")["metric"] == "compliance_cost"


# ---- the terms of a non-compete --------------------------------------------------------

def test_a_non_compete_compensation_rate_is_market():
    r = row_of(_facts("星海科技按张某离职前平均月工资的40%按月支付竞业限制补偿金。"), "40%")
    assert (r["theme"], r["metric"]) == ("market", "non_compete_compensation_rate")


def test_a_bonus_awarded_is_earnings_but_a_salary_cited_stays_market():
    # merge mend: the pay keywords of fixpay40 name the amount; the award still makes it a charge
    f = _facts("裁决如下：\n一、被申请人支付申请人2023年度年终奖6万元。\n"
               "另查明，申请人离职前月工资为3.2万元。")
    assert row_of(f, "6万元")["theme"] == "earnings"
    assert row_of(f, "3.2万元")["theme"] == "market"
