"""Deal-term vocabulary: the payments of a licensing deal (首付款, 近期付款, 里程碑付款, 销售分成比例)
and the term of a contract (合同期) give facts (metrics.csv rows), on invented sentences."""
from __future__ import annotations

from tests.text_facts import facts_of


def _row(frame, text):
    rows = frame[frame["text"] == text]
    assert len(rows) == 1, frame[["theme", "metric", "value", "unit", "text"]].to_string()
    return rows.iloc[0]


def test_licensing_payments_are_the_licensors_earnings():
    df = facts_of("9月，蓝海生物宣布与Alphagen达成授权协议。其中首付款6,100万美元、近期付款3,900万美元；"
                  "此外有资格获得最高21亿美元的研发里程碑付款和最高9亿美元的销售里程碑付款。")
    assert (_row(df, "6,100万美元")[["theme", "metric"]] == ["earnings", "upfront_payment"]).all()
    assert (_row(df, "3,900万美元")[["theme", "metric"]] == ["earnings", "near_term_payment"]).all()
    assert _row(df, "21亿美元")["metric"] == "development_milestone_payments"
    assert _row(df, "9亿美元")["metric"] == "sales_milestone_payments"


def test_potential_milestones_and_royalty_rate():
    df = facts_of("礼来支付3,200万美元首付款，潜在里程碑最高14亿美元；销售分成比例为5%至9%。")
    assert _row(df, "3,200万美元")["theme"] == "earnings"
    assert (_row(df, "14亿美元")[["theme", "metric"]] == ["earnings", "milestone_payments"]).all()
    rate = _row(df, "5%至9%")
    assert (rate["theme"], rate["metric"], rate["value_high"]) == ("earnings", "royalty_rate", 0.09)


def test_contract_period_is_a_term_not_a_doubling_time():
    df = facts_of("宏图科技与某客户签订算力服务合同，合同金额5.12亿元，合同期3年。")
    term = _row(df, "3年")
    assert (term["theme"], term["metric"], term["value"], term["unit"]) == ("earnings", "contract_term", 3.0, "years")


def test_prepayment_share_is_a_contract_term_not_a_market_share():
    df = facts_of("宏图科技与某客户签订算力服务合同，合同金额5.12亿元，预付款比例为20%。")
    share = _row(df, "20%")
    assert (share["theme"], share["metric"]) == ("earnings", "contract_prepayment_share")
