"""Vocabulary classes: a metric word the lexicon lacked dropped its number or filed it under
another theme; 概率 named a valuation scenario's weight wherever it stood.

Every example is invented (青禾科技, 岚川电讯, 宏晟电子 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2026, 4, 10)


def _rows(text: str) -> dict[str, tuple]:
    f = facts_of_text(text, DAY)
    return {t: (th, m, v, u) for t, th, m, v, u in zip(f["text"], f["theme"], f["metric"], f["value"], f["unit"])}


# --- 概率: a scenario's weight only where a valuation scenario is in view -------------------

def test_a_probability_outside_a_scenario_is_no_scenario_weight():
    got = _rows("青禾科技表示，大客户明年续约概率约为85%。")
    assert all(m != "scenario_probability" for _, m, _, _ in got.values())


def test_a_scenario_probability_in_prose_stays():
    got = _rows("我们将青禾科技乐观情景概率上调至40%，对应目标价120元。")
    assert got["40%"][:2] == ("valuation", "scenario_probability")


def test_a_scenario_table_keeps_its_probability_column():
    got = _rows("青禾科技估值情景分析\n\n| 情景 | 概率 | 目标价 |\n| --- | --- | --- |\n"
                "| 乐观 | 30% | 150元 |\n| 中性 | 50% | 120元 |\n")
    assert got["30%"][1] == got["50%"][1] == "scenario_probability"


def test_a_table_headed_by_probability_with_scenario_rows_keeps_it():
    got = _rows("青禾科技估值测算\n\n| 假设 | 概率 | 目标价 |\n| --- | --- | --- |\n"
                "| 乐观 | 25% | 150元 |\n| 悲观 | 20% | 80元 |\n")
    assert got["25%"][1] == got["20%"][1] == "scenario_probability"


# --- dividends: per-share amounts and payout ratios are profit paid out (earnings); the yield is valuation

def test_dividend_per_share_its_growth_and_payout_ratio_are_earnings():
    got = _rows("岚川电讯全年每股股息0.38港元，同比增长5.4%，派息率提升至72%。")
    assert got["0.38港元"] == ("earnings", "dividend_per_share", 0.38, "HKD")
    assert got["5.4%"][:2] == ("earnings", "dividend_per_share_growth")
    assert got["72%"][:2] == ("earnings", "payout_ratio")


def test_a_distribution_plan_is_earnings():
    got = _rows("青禾科技拟每10股派发现金红利2.20元，合计派发现金红利1.6亿元。")
    assert got["2.20元"][:2] == ("earnings", "dividend_per_10_shares")
    assert got["1.6亿元"][:2] == ("earnings", "dividend_total")


def test_dividend_yield_stays_valuation():
    got = _rows("岚川电讯当前股息率约5.1%。")
    assert got["约5.1%"][:2] == ("valuation", "dividend_yield")


# --- metric words the lexicon lacked ---------------------------------------------------------

def test_taiwan_operating_profit_word():
    got = _rows("宏晟電子公布第三季營業利益約2.6兆韓元，年增41%。")
    assert got["約2.6兆韓元"] == ("earnings", "operating_profit", 2.6e12, "KRW")
    assert got["41%"][:2] == ("earnings", "operating_profit_growth")


def test_technology_budget_is_capex():
    assert _rows("某股份制银行2026年IT预算约为88亿元。")["88亿元"][:2] == ("capex", "technology_budget")


def test_bookings_and_their_growth():
    got = _rows("Orbit Games二季度bookings达4.4亿美元，同比增长23%。")
    assert got["4.4亿美元"][:2] == ("earnings", "bookings")
    assert got["23%"][:2] == ("earnings", "bookings_growth")


def test_deliveries_and_funding_deals_are_counted():
    got = _rows("青禾科技上半年交付量超过900台。3月国内具身智能领域共披露融资事件64起。")
    assert got["超过900"][:3] == ("market", "deliveries", 900)
    assert got["64"][:3] == ("valuation", "funding_deals", 64)


def test_loan_to_value_gmv_and_bom_cost():
    got = _rows("集团股票质押贷款价值比为21.5%。青禾科技学习机双十一GMV同比增长约95%。"
                "一台四足机器人BOM成本约3.8万元。")
    assert got["21.5%"][:2] == ("valuation", "loan_to_value")
    assert got["约95%"][:2] == ("earnings", "gmv_growth")
    assert got["约3.8万元"][:2] == ("market", "bom_cost")


def test_bond_vocabulary_is_valuation():
    got = _rows("今年以来，三家云厂商合计发行约540亿美元新债。其最长期限票息为5.35%。"
                "调整后净负债/EBITDA升至约2.6倍。")
    assert got["约540亿美元"][:2] == ("valuation", "bond_issuance")
    assert got["5.35%"][:2] == ("valuation", "bond_coupon")
    assert got["约2.6倍"][:2] == ("valuation", "net_debt_to_ebitda")


def test_payback_attendees_and_use_cases():
    got = _rows("按当前租价测算，单集群静态回收期约4-5年。今年大会现场观众约2.7万人。青禾科技已投产AI用例超过260个。")
    assert got["约4-5年"][:3] == ("earnings", "payback_period", 4)  # a return measure, like IRR (fixrec10)
    assert got["约2.7万"][:3] == ("adoption", "attendees", 27000)
    assert got["超过260"][:2] == ("adoption", "ai_use_cases")


def test_near_misses_stay_out():
    got = _rows("本文第3页列出风险提示。预算有限，暂不披露。测试用例超过300个。")
    assert got == {}


def test_yearly_capacity_stays_capacity():
    got = _rows("青禾光学计划明年把智能眼镜年产能提升到600万副。")
    assert got["600万"][1] == "capacity"


def test_output_is_not_capacity_nor_output_value():
    got = _rows("青禾科技年产量约4万台，年产值约30亿元。")
    assert got["约4万"][:2] == ("market", "annual_output")
    assert got["约30亿元"][:2] == ("market", "market_value")


# --- counts whose counter names the counted noun (facts_words count_counter) -----------------

def test_counters_name_the_counted_noun():
    got = _rows("该平台已覆盖全国约580个区县。"
                "该平台累计生成超过3,600万张图片。青禾出行已在14个城市运营Robotaxi。")
    assert got["约580"][:3] == ("adoption", "counties_covered", 580)
    assert got["超过3,600万"][:3] == ("adoption", "images_generated", 3.6e7)
    assert got["14"][:3] == ("adoption", "cities_covered", 14)


def test_a_count_beside_a_funding_word_is_of_deals():
    got = _rows("今年一季度国内具身智能领域共发生融资约70起，披露金额超过120亿元。")
    assert got["约70"][:3] == ("valuation", "funding_deals", 70)
    assert got["超过120亿元"][:2] == ("valuation", "funding_amount")


def test_counter_near_misses_stay_out():
    # an ordinal, a read counter and a vague count name nothing
    got = _rows("这是本系列报告的第3个城市案例。\n阅读 2.3万\n数十个城市正在试点。")
    assert got == {}


# --- colloquial and bond wordings -------------------------------------------------------------

def test_a_round_named_without_funding_word_a_churn_rate_and_a_bond_size():
    got = _rows("青禾科技上个月完成了3亿美元的B轮。青禾科技的月流失率控制在5%以内。"
                "岚川电讯本次发行的债券规模为40亿美元。")
    assert got["3亿美元"][:2] == ("valuation", "funding_amount")
    assert got["5%以内"][:3] == ("adoption", "churn_rate", 0.05)
    assert got["40亿美元"][:2] == ("valuation", "bond_issuance")


def test_a_round_word_does_not_take_the_valuation():
    got = _rows("青禾科技B轮投后估值达60亿元。")
    assert got["60亿元"][:2] == ("valuation", "valuation")


# --- what AI changes in a firm's work (S4): cycles, efficiency, costs ----------------------------

def test_ai_impact_percentages_are_adoption():
    got = _rows("引入AI后，青禾游戏的关卡设计周期缩短约30%，3D美术成本下降25%，审核效率提升约45%。")
    assert got["缩短约30%"][:3] == ("adoption", "development_cycle_change", -0.3)
    assert got["下降25%"][:3] == ("adoption", "art_cost_change", -0.25)
    assert got["约45%"][:2] == ("adoption", "efficiency_gain")


def test_a_development_cycle_alone_is_no_change():
    # the cycle is a length of time (a duration level, fixphys44), never a change of one
    rows = _rows("某游戏的开发周期约4年。")
    assert rows == {"约4年": ("adoption", "cycle_time", 4.0, "years")}
    assert not any(metric.endswith("_change") for _, metric, *_ in rows.values())
