"""Fines, damages and settlements; savings as falls; discount rates, 翻倍有余 and buy flows;
spoken numeral ranges.

Every figure is invented; 青禾科技 and 星海科技 exist in no report.
"""
from __future__ import annotations

import datetime as dt

from helpers_text import entity_of, facts_of_text, row_of

from aigc_analysis.extract.numerals import parse_approximate_pair
from aigc_analysis.extract.quantities import find_quantities

DAY = dt.date(2025, 9, 14)


def _facts(text: str):
    return facts_of_text(text, DAY)


# ---- fines, damages and settlements (a1, P7) ----------------------------------------------

def test_a_fine_is_earnings_of_the_firm_after_dui_not_of_the_regulator():
    f = _facts("意大利监管机构对OpenAI处以1300万欧元罚款，OpenAI表示将上诉。")
    r = row_of(f, "1300万欧元")
    assert (r["theme"], r["entity"], r["unit"], r["value"]) == ("earnings", "OpenAI", "EUR", 1.3e7)


def test_a_civil_penalty_paid_is_no_investment():
    r = row_of(_facts("美国证监会表示，Meta同意支付民事罚款32.5万美元。"), "32.5万美元")
    assert r["theme"] == "earnings"


def test_court_damages_are_earnings_of_no_named_party_and_no_capex():
    f = _facts("上海互联网法院判令被告平台赔偿原告经济损失（含合理开支）6万元。")
    r = row_of(f, "6万元")
    assert (r["theme"], r["entity"]) == ("earnings", "unspecified")
    assert "capex" not in set(f["theme"])


def test_an_unnamed_fined_firm_stays_unspecified_and_so_does_its_later_revenue():
    f = _facts("腾讯发布了新模型。欧盟对某AI公司开出1700万欧元罚单。该公司2024年全球营收约3.2亿欧元。")
    assert entity_of(f, "1700万欧元") == "unspecified"
    assert entity_of(f, "约3.2亿欧元") == "unspecified"


def test_a_settlement_paid_is_earnings():
    r = row_of(_facts("星海科技支付至少15亿美元与作者群体和解。"), "至少15亿美元")
    assert r["theme"] == "earnings"


def test_a_statutory_cap_is_a_max_fine_with_no_period():
    f = _facts("根据《数据安全条例》，违反数据出境规定的，最高可处4000万元或上一年度营业额6%的罚款。")
    cap, share = row_of(f, "4000万元"), row_of(f, "6%")
    assert (cap["theme"], cap["metric"], cap["period"]) == ("earnings", "max_fine", "")
    assert (share["metric"], share["value"], share["period"]) == ("max_fine_share_of_turnover", 0.06, "")


def test_near_miss_a_revenue_ceiling_is_no_fine():
    r = row_of(_facts("青禾科技今年营收最高可达5000万元，罚款风险较低。"), "5000万元")
    assert r["metric"] == "revenue"


def test_near_miss_a_stake_bought_stays_an_investment():
    f = _facts("腾讯支付2亿元收购某AI公司20%股权。")
    assert row_of(f, "2亿元")["theme"] == "valuation"


def test_near_miss_a_firm_named_in_passing_does_not_take_the_pronoun():
    f = _facts("腾讯与某企业签约。该公司2024年全球营收约5.2亿欧元。")
    assert entity_of(f, "约5.2亿欧元") == "Tencent"


# ---- savings as falls (a9) -------------------------------------------------------------------

def test_a_share_saved_is_a_fall_and_so_is_the_next_fall_clause():
    f = _facts("青禾科技的AI排产系统可帮助工厂节省电力12%-15%，减少停机时间20%。")
    saved = row_of(f, "12%-15%")
    assert (saved["theme"], saved["value"], saved["value_high"]) == ("adoption", -0.12, -0.15)
    assert row_of(f, "20%")["value"] == -0.2


def test_near_miss_money_saved_stays_positive():
    r = row_of(_facts("青禾科技的AI排产系统全年节省运营成本约2.1亿元。"), "约2.1亿元")
    assert (r["metric"], r["value"]) == ("cost_savings", 2.1e8)


def test_near_miss_a_later_rise_clause_is_no_fall():
    f = _facts("青禾科技的AI排产系统可帮助工厂节省电力12%，提升产能20%。")
    assert row_of(f, "12%")["value"] == -0.12
    assert row_of(f, "20%")["value"] == 0.2


# ---- discount rates, 翻倍有余, buy flows (b13) -------------------------------------------------

def test_a_discount_rate_is_a_negative_premium():
    f = _facts("近五日半导体股大宗交易平均折价率为6.4%，折价率均在2%至5%之间。")
    r = row_of(f, "6.4%")
    assert (r["theme"], r["value"]) == ("valuation", -0.064)
    assert row_of(f, "2%至5%")["value"] == -0.02


def test_more_than_doubled_is_a_doubling_with_its_qualifier():
    q = find_quantities("付费用户一年间翻倍有餘")[-1]
    assert (q.text, q.value, q.qualifier) == ("翻倍有餘", 2.0, "over")
    r = row_of(_facts("青禾科技付费用户一年间翻倍有余。"), "翻倍有余")
    assert (r["unit"], r["value"]) == ("multiple", 2.0)


def test_a_purchase_after_an_outflow_is_positive():
    f = _facts("主力资金净流出23.7亿元；其中机构专用席位通过大宗交易合计买入4.38亿元。")
    assert row_of(f, "23.7亿元")["value"] == -2.37e9
    assert row_of(f, "4.38亿元")["value"] == 4.38e8


def test_near_miss_a_price_at_half_stays_a_cut():
    assert row_of(_facts("青禾科技宣布API价格打五折。"), "五折")["value"] == -0.5


# ---- spoken numeral ranges (a10) -------------------------------------------------------------

def _read(text: str):
    return [(q.text, q.value, q.value_high) for q in find_quantities(text)]


def test_yi_er_before_a_magnitude_is_a_range():
    assert parse_approximate_pair("一二十") is not None
    assert _read("目前已有一二十家企业接入") == [("一二十", 10.0, 20.0)]


def test_neighbouring_digits_around_the_enumeration_comma_are_a_range():
    assert _read("管理面积达七、八百亩") == [("七、八百", 700.0, 800.0)]
    assert _read("每天处理三、四千单") == [("三、四千", 3000.0, 4000.0)]


def test_near_misses_lists_ordinals_and_whole_numerals_stay():
    assert _read("一二线城市") == []
    assert _read("七百八十亩") == [("七百八十", 780.0, None)]
    assert _read("第七、八百") == [("八百", 800.0, None)]
    assert _read("有七、八百五十亩") == [("八百五十", 850.0, None)]
    assert _read("三、四千家企业参与") == [("四千", 4000.0, None)]
