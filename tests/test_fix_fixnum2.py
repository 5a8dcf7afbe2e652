"""Number forms (fixnum2): a money range whose first end looks like a year, a slash list of
values over a span of years, 过半, 翻了近两番, a multiple after a fall word, a ratio written A:B,
A与B之比, spoken runway and plan prices, a part's share of a whole named before 中.

Every example is invented (澄岭科技, 溯光智能 exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text, row_of

DAY = dt.date(2025, 9, 10)


def _q(text: str):
    return [(q.text, q.value, q.value_high, q.unit, q.qualifier) for q in find_quantities(text)]


def _facts(text: str):
    return facts_of_text(text, DAY)


# ---- a money range whose first end looks like a year ---------------------------------------

def test_a_money_range_starting_at_a_year_like_number_is_a_range_without_a_year():
    df = _facts("澄岭科技的客单价从过去的2000-3500元提高到6000元。")
    row = row_of(df, "2000-3500元")
    assert (row["value"], row["value_high"], row["unit"], row["period"]) == (2000.0, 3500.0, "CNY", "")


def test_a_count_range_starting_at_a_year_like_number_is_a_range():
    assert _q("门店数从2010-2600家扩张") == [("2010-2600", 2010.0, 2600.0, "count", None)]


@pytest.mark.parametrize("text, period", [
    ("澄岭科技2021-2026年营收复合增速约18%。", "2021/2026"),
    ("澄岭科技2024-25年营收增长27%。", "2024/2025"),
])
def test_a_span_of_years_stays_a_span(text, period):
    df = _facts(text)
    assert len(df) == 1 and df.iloc[0]["period"] == period


# ---- a slash list over a span of years -----------------------------------------------------

def test_a_slash_list_after_a_span_takes_one_year_each():
    df = _facts("预计澄岭科技2027-2029年营收为41/57/73亿元。")
    got = [(r.value, r.period) for r in df.itertuples()]
    assert got == [(4.1e9, "2027"), (5.7e9, "2028"), (7.3e9, "2029")]


def test_a_second_slash_list_in_the_sentence_takes_the_years_too():
    df = _facts("我们上调溯光智能2026-2028年净利润预测至3.2/4.5/6.1亿元，对应PE为52/37/27倍。")
    pe = df[df["metric"] == "pe_ratio"]
    assert list(pe["period"]) == ["2026", "2027", "2028"]


@pytest.mark.parametrize("text", [
    "澄岭科技2027-2029年营收复合增速约25%。",           # one value keeps the span
    "澄岭科技2027-2028年营收为41/57/73亿元。",           # three values, two years: no pairing
])
def test_a_span_not_matching_the_list_is_kept(text):
    df = _facts(text)
    assert set(df["period"]) == {text[4:13].replace("-", "/").removesuffix("年")}


# ---- 过半, 翻了近两番, a multiple after a fall word ------------------------------------------

def test_over_half_is_a_half_with_over():
    assert _q("企业客户占比已过半") == [("过半", 0.5, None, "ratio", "over")]
    assert _q("海外收入逾半") == [("逾半", 0.5, None, "ratio", "over")]


@pytest.mark.parametrize("text", ["公司成立已过半年", "项目周期已过半个月", "逾半百的老员工"])
def test_over_half_of_a_time_is_no_share(text):
    assert all(q.text not in ("过半", "逾半") for q in find_quantities(text))


def test_nearly_quadrupled_keeps_its_qualifier():
    assert _q("推理调用量翻了近两番") == [("翻了近两番", 4.0, None, "multiple", "approx")]
    assert _q("推理调用量翻了两番") == [("翻了两番", 4.0, None, "multiple", None)]


def test_a_fall_as_a_multiple_is_positive():
    assert _q("单位推理成本降幅超过150倍") == [("降幅超过150倍", 150.0, None, "multiple", "over")]
    assert _q("单位推理成本下降了12倍") == [("下降了12倍", 12.0, None, "multiple", None)]


def test_a_fall_in_percent_stays_negative():
    assert _q("单位推理成本下降40%") == [("下降40%", -0.4, None, "ratio", None)]


# ---- a ratio written A:B, and A与B之比 --------------------------------------------------------

def test_a_colon_ratio_after_a_verb_is_a_fraction():
    assert _q("GPU与CPU的配比达到1:6") == [("1:6", 1 / 6, None, "ratio", None)]
    assert _q("配比为1：5") == [("1：5", 0.2, None, "ratio", None)]


@pytest.mark.parametrize("text", ["发布会于9:30开始", "会议定在14:00", "截至15:30收盘"])
def test_a_time_of_day_is_no_ratio(text):
    assert all(q.unit != "ratio" for q in find_quantities(text))


def test_the_ratio_of_two_amounts_names_both():
    row = row_of(_facts("溯光智能资本开支与收入之比约为1:5。"), "1:5")
    assert (row["theme"], row["metric"], row["value"]) == ("capex", "capex_to_revenue", 0.2)


# ---- spoken runway, plan prices, a share of a whole named before 中 --------------------------

def test_cash_that_lasts_n_years_is_a_runway():
    row = row_of(_facts("澄岭科技账上的钱够花三年以上。"), "三年以上")
    assert (row["metric"], row["value"], row["unit"]) == ("cash_runway", 3.0, "years")


def test_a_plan_priced_per_month_is_a_monthly_price():
    row = row_of(_facts("澄岭科技的旗舰版每月29.9美元。"), "29.9美元")
    assert (row["theme"], row["metric"]) == ("pricing", "price_per_user_per_month")


def test_monthly_revenue_is_no_price():
    row = row_of(_facts("澄岭科技每月营收约3亿元。"), "约3亿元")
    assert row["metric"] == "revenue"


def test_a_part_after_whole_zhong_takes_the_whole_share():
    row = row_of(_facts("澄岭科技收入中海外占七成。"), "七成")
    assert (row["theme"], row["metric"], row["value"]) == ("earnings", "revenue_share", 0.7)


def test_a_growth_after_whole_zhong_stays_a_growth():
    row = row_of(_facts("澄岭科技收入中海外业务同比增长35%。"), "35%")
    assert row["metric"] == "revenue_growth"


# ---- bare 千卡 / 万卡 cluster sizes ------------------------------------------------------------

def test_bare_card_magnitudes_are_cluster_sizes():
    df = _facts("溯光智能的训练集群规模从千卡扩展到万卡。")
    got = sorted((r.metric, r.value, r.unit) for r in df.itertuples())
    assert got == [("cluster_size_gpus", 1000.0, "count"), ("cluster_size_gpus", 10000.0, "count")]


def test_a_planned_cluster_of_ten_myriad_cards():
    row = row_of(_facts("溯光智能正在建设十万卡集群。"), "十万")
    assert (row["theme"], row["metric"], row["value"]) == ("compute", "cluster_size_gpus", 100000.0)


@pytest.mark.parametrize("text", ["万卡集群成为行业标配。", "千卡片已经全部发完。", "溯光智能发放了上万张会员卡。"])
def test_a_kind_of_cluster_or_other_cards_is_no_cluster_size(text):
    assert "cluster_size_gpus" not in set(_facts(text)["metric"])
