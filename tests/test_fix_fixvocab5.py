"""Vocabulary gaps, number forms and non-facts (fixer fixvocab5).

Every example is invented: 青禾科技, 晨岳电子, 远峰科技 and their figures exist in no report.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 6, 10)


def _q(text: str) -> dict[str, tuple]:
    return {q.text: (q.value, q.unit) for q in find_quantities(text)}


# --- number forms --------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, value", [
    ("青禾科技国内份额约为两成三。", "两成三", 0.23),
    ("全年出货年增约一成二。", "一成二", 0.12),
    ("海外收入约占七成五，", "七成五", 0.75),
    ("份额升至三成八左右", "三成八", 0.38),
])
def test_tenths_with_a_hundredths_digit(text, words, value):
    got = _q(text)
    key = next(k for k in got if words in k)
    assert got[key][0] == pytest.approx(value) and got[key][1] == "ratio"


def test_near_miss_tenths_before_a_word_that_opens_with_a_digit():
    # 七成一线城市: seven tenths of first-tier cities, not 0.71
    got = _q("约七成一线城市已覆盖")
    assert [v for v, _ in got.values()] == [pytest.approx(0.7)]


@pytest.mark.parametrize("text, words", [
    ("远峰科技股价盘中一度下挫12%，收市跌5.1%。", "下挫12%"),
    ("晨岳电子股价午后跳水7%。", "跳水7%"),
    ("晨岳电子股价急泻9%。", "泻9%"),
])
def test_more_fall_words_make_the_move_negative(text, words):
    assert _q(text)[words][0] < 0


def test_a_centimetre_limit_up_is_a_twenty_percent_move():
    df = facts_of_text("晨岳电子今日20cm涨停，成交额12亿元。", DAY)
    r = row_of(df, "20cm涨停")
    assert r["value"] == pytest.approx(0.2) and r["theme"] == "valuation"
    assert _q("远峰科技20cm跌停")["20cm跌停"][0] == pytest.approx(-0.2)


def test_near_miss_a_limit_up_without_width_is_no_number():
    assert _q("晨岳电子今日涨停，封单金额3亿元。").keys() == {"3亿元"}


# --- currencies and units ------------------------------------------------------------------

def test_the_japanese_yen_sign_is_jpy():
    got = _q("单季净利润4,320億円，营业利润1兆2,000億円，目标价由6,800円上调至7,400円。")
    assert got["4,320億円"] == (pytest.approx(4.32e11), "JPY")
    assert got["1兆2,000億円"] == (pytest.approx(1.2e12), "JPY")
    assert got["7,400円"] == (7400, "JPY")


def test_near_miss_the_spelled_yen_and_yuan_keep_working():
    got = _q("约3.48万亿日元，营收86亿元")
    assert got["约3.48万亿日元"][1] == "JPY" and got["86亿元"][1] == "CNY"


def test_basis_points_written_in_chinese_are_read_as_bp():
    assert _q("CDS息差扩阔约80个基点")["约80个基点"] == (pytest.approx(0.008), "pp")
    assert _q("息差擴闊約80個基點")["約80個基點"] == (pytest.approx(0.008), "pp")


# --- vocabulary ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, metric, value, unit", [
    ("本周晨岳电子遭融资净卖出1.7亿元。", "1.7亿元", "net_buy", -1.7e8, "CNY"),
    ("本周远峰科技获融资净买入3.3亿元。", "3.3亿元", "net_buy", 3.3e8, "CNY"),
    ("全天涨停58家，跌停3家，炸板率19%。", "58", "limit_up_count", 58, "count"),
    ("全天涨停58家，跌停3家，炸板率19%。", "3", "limit_down_count", 3, "count"),
    ("全天涨停58家，跌停3家，炸板率19%。", "19%", "failed_limit_up_rate", 0.19, "ratio"),
    ("截至6月末，青禾科技现金及现金等价物约人民币8.4亿元。", "约人民币8.4亿元", "cash_and_equivalents", 8.4e8, "CNY"),
    ("青禾科技首场数字人直播累计观看人次超800万。", "超800万", "views", 8e6, "count"),
    ("配电柜交货周期普遍超过10个月。", "超过10个月", "lead_time", 10, "months"),
    ("青禾科技现金足以支撑至少18个月的运营。", "至少18个月", "cash_runway", 18, "months"),
    ("青禾云总债务约为140亿美元。", "140亿美元", "total_debt", 1.4e10, "USD"),
    ("青禾云净债务/EBITDA升至2.8倍。", "2.8倍", "net_debt_to_ebitda", 2.8, "multiple"),
    ("青禾云LTV升至19.2%，较上季末上升0.9个百分点。", "19.2%", "loan_to_value", 0.192, "ratio"),
    ("青禾银行净息差1.52%。", "1.52%", "net_interest_margin", 0.0152, "ratio"),
    ("青禾科技目标股价由8,500元下调至7,400元。", "7,400元", "target_price", 7400, "CNY"),
])
def test_vocabulary_rows(text, words, metric, value, unit):
    r = row_of(facts_of_text(text, DAY), words)
    assert (r["metric"], r["unit"]) == (metric, unit)
    assert r["value"] == pytest.approx(value)


def test_near_miss_net_selling_alone_and_a_customer_ltv_ratio():
    df = facts_of_text("青禾科技股价涨3%，成交额12亿元；LTV/CAC约为3.2。", DAY)
    assert "loan_to_value" not in set(df["metric"])
    assert row_of(df, "12亿元")["metric"] == "turnover"


# --- non-facts -------------------------------------------------------------------------------

def _texts(text: str) -> set[str]:
    return set(facts_of_text(text, DAY)["text"])


def test_a_taiwanese_rating_scale_gives_nothing():
    got = _texts("優於大盤：股價表現優於加權指數10%以上；落後大盤：弱於加權指數10%以上。")
    assert not got


def test_a_rank_percentile_is_no_fact_but_the_move_beside_it_is():
    got = _texts("青禾科技本周上涨8.2%，位列全部主题指数前5%。")
    assert got == {"8.2%"}


def test_near_miss_a_top_share_without_a_ranking_word_stays():
    df = facts_of_text("青禾科技前五大客户收入占比约62%。", DAY)
    assert "约62%" in set(df["text"])


def test_a_threshold_before_a_modified_firm_kind_is_a_definition():
    got = _texts("全球估值10亿美元以上的AI初创公司共有240家。")
    assert not any("10亿" in t for t in got)


def test_near_miss_an_amount_before_a_plain_noun_stays():
    got = _texts("青禾科技完成超过10亿美元的新一轮融资。")
    assert any("10亿美元" in t for t in got)


def test_the_basis_of_a_per_unit_value_is_no_capacity():
    df = facts_of_text("青禾电气测算，每1GW数据中心对应变压器价值量约5亿-6亿元。", DAY)
    assert "1GW" not in set(df["text"]) and "约5亿-6亿元" in set(df["text"])


def test_near_miss_a_capacity_stated_stays():
    assert "1GW" in _texts("青禾云新建数据中心总容量达到1GW。")


def test_a_free_chart_is_no_price_cut():
    assert "免费" not in _texts("青禾科技的应用位列免费榜第一。")


def test_a_scenario_threshold_is_no_forecast():
    assert not _texts("若资本开支出现一成以上的下修，青禾科技收入将承压。")


def test_near_miss_a_plain_forecast_with_a_qualifier_stays():
    assert _texts("预计青禾科技资本开支增长一成以上。")


# --- placing terms and price bands -----------------------------------------------------------

def test_placing_terms():
    df = facts_of_text("青禾科技以每股8.40港元配售约2.2亿股新股，配售价较前一交易日收市价折让约7.5%。", DAY)
    assert (row_of(df, "8.40港元")["metric"], row_of(df, "8.40港元")["unit"]) == ("placing_price", "HKD")
    assert row_of(df, "约2.2亿")["metric"] == "placing_shares"
    r = row_of(df, "约7.5%")
    assert (r["theme"], r["value"]) == ("valuation", pytest.approx(-0.075))


def test_near_miss_a_placing_amount_stays_an_amount():
    df = facts_of_text("青禾科技拟配售新股，配售所得款项约12亿港元。", DAY)
    assert row_of(df, "约12亿港元")["metric"] != "placing_price"


def test_ipo_lot_terms():
    df = facts_of_text("青禾智能每手股数50股，入场费约3,282.8港元。", DAY)
    assert row_of(df, "50")["metric"] == "board_lot"
    assert row_of(df, "约3,282.8港元")["metric"] == "minimum_subscription"


def test_a_price_band_names_a_segment_not_a_price():
    got = _texts("10万-15万元价格带辅助驾驶渗透率约55%；15万元以下车型标配化加速。")
    assert not any("万" in t for t in got)


def test_near_miss_a_car_price_stays():
    assert "15万元" in _texts("青禾汽车新车型售价15万元。")


# --- English broker wording -------------------------------------------------------------------

def test_english_shipped_and_price_target():
    df = facts_of_text("Qinghe shipped ~450k units in 2025. Our price target of HK$205 implies 18% upside.", DAY)
    r = row_of(df, "~450k")
    assert (r["metric"], r["value"], r["period"]) == ("shipments", 450000, "2025")
    r = row_of(df, "HK$205")
    assert (r["metric"], r["value"]) == ("target_price", 205)


def test_near_miss_a_shipped_date_is_no_count():
    df = facts_of_text("The order shipped on Jan 5.", DAY)
    assert df.empty
