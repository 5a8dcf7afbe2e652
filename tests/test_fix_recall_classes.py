"""Recall classes of unseen reports (invented texts): accelerator cards counted in 张, market value
lost, 逾倍 after a growth word, efficiency gains, compute investment as capex, developers and
ETF names written with a blank."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text, row_of as _row

PUB = dt.date(2025, 8, 15)



def _facts(text):
    return facts_of_text(text, PUB)


# ---- 1. accelerator cards counted in 张 ------------------------------------------------------

def test_cards_owned_and_planned():
    df = _facts("目前公司自有算力约1,800张卡，计划明年扩充至6000张左右。")
    r = _row(df, "约1,800")
    assert (r.theme, r.metric, r.unit, r.value) == ("compute", "accelerator_cards_owned", "count", 1800)  # 自有: the fleet the firm owns (fixspoken)
    r = _row(df, "6000")
    assert (r.theme, r.unit, r.value, r.period) == ("compute", "count", 6000, "2026")


@pytest.mark.parametrize("text, number, value", [
    ("我们测算对应AI加速卡需求约70万张。", "约70万", 7e5),
    ("该集群部署国产加速卡1.2万张。", "1.2万", 1.2e4),
    ("青禾云已上线智算资源共计4,096张卡。", "4,096", 4096),
    ("公司计划采购算力卡约2000张。", "约2000", 2000),
    ("年内新增上架推理卡3000张，全年累计超过1万张。", "超过1万", 1e4),
])
def test_cards_variants(text, number, value):
    r = _row(_facts(text), number)
    assert (r.theme, r.unit, r.value) == ("compute", "count", value)
    assert r.metric.startswith("accelerator_card")


@pytest.mark.parametrize("text", ["公司发行股票2,500万张。", "演唱会门票3000张售罄。", "累计发放消费券1200万张。"])
def test_other_sheets_are_no_cards(text):
    assert not (_facts(text)["theme"] == "compute").any()


# ---- 2. market value lost ---------------------------------------------------------------------

@pytest.mark.parametrize("text, number, value, entity", [
    ("英伟达市值一夜蒸发约1100亿美元。", "蒸发约1100亿美元", -1.1e11, "Nvidia"),
    ("受此影响，微软市值缩水约700亿美元。", "缩水约700亿美元", -7e10, "Microsoft"),
    ("台积电市值单日抹去约400亿美元。", "抹去约400亿美元", -4e10, "TSMC"),
])
def test_market_value_lost_is_negative_change(text, number, value, entity):
    r = _row(_facts(text), number)
    assert (r.theme, r.metric, r.unit, r.value, r.entity) == ("valuation", "market_cap_change", "USD", value, entity)


def test_market_value_gained_and_level():
    r = _row(_facts("受此消息影响，英伟达市值增加1500亿美元。"), "1500亿美元")
    assert (r.metric, r.value) == ("market_cap_change", 1.5e11)
    r = _row(_facts("英伟达市值达到4万亿美元。"), "4万亿美元")  # a level stays a market cap
    assert (r.metric, r.value) == ("market_cap", 4e12)


# ---- 3. 逾倍 after a growth word ---------------------------------------------------------------

@pytest.mark.parametrize("text, number, metric", [
    ("某公司7月营收季增逾倍。", "逾倍", "revenue_growth_qoq"),  # 季增: over the quarter before
    ("公司二季度净利润同比增长逾倍。", "逾倍", "net_profit_growth"),
    ("公司上半年营收同比增长超倍。", "超倍", "revenue_growth"),
])
def test_over_double(text, number, metric):
    r = _row(_facts(text), number)
    assert (r.theme, r.metric, r.unit, r.value, r.qualifier) == ("earnings", metric, "multiple", 2, "over")


@pytest.mark.parametrize("text", ["逾倍", "超倍数", "他的投资逾倍回报", "超过"])
def test_no_over_double_without_growth_word(text):
    assert not [q for q in find_quantities(text) if q.unit == "multiple"]


def test_numbered_multiple_keeps_its_number():
    assert [(q.value, q.text) for q in find_quantities("同比增长超3倍")] == [(3.0, "超3倍")]


def test_tenths_after_short_growth_word():
    r = _row(_facts("鸿海7月营收年增逾五成。"), "年增逾五成")
    assert (r.theme, r.metric, r.value, r.entity, r.period) == ("earnings", "revenue_growth", 0.5, "Hon Hai Precision Industry (Foxconn)", "2025-07")


@pytest.mark.parametrize("text, value, written", [
    ("营收季增三成", 0.3, "季增三成"),
    ("营收年增五成半", 0.55, "年增五成半"),
    ("营收年减两成", -0.2, "年减两成"),  # a fall word was always read
    ("营收同比增长三成", 0.3, "三成"),  # a long growth word stays outside, as before
    ("营收年增35%", 0.35, "35%"),  # only tenths take the short growth word
])
def test_short_growth_word_in_text(text, value, written):
    assert [(q.value, q.text) for q in find_quantities(text)] == [(value, written)]


# ---- 4. efficiency gains are compute, not prices --------------------------------------------

@pytest.mark.parametrize("text, number, value, metric", [
    ("单卡推理吞吐提升2.6倍。", "2.6倍", 2.6, "throughput_gain_multiple"),
    ("新架构下训练效率提升3倍。", "3倍", 3, "training_efficiency_gain_multiple"),
    ("模型调用价格降低至原来的三分之一，吞吐量提升4倍。", "4倍", 4, "throughput_gain_multiple"),
    ("新集群的能效比提升1.5倍。", "1.5倍", 1.5, "energy_efficiency_gain_multiple"),
    ("相比上一代，新芯片的推理性能提升15倍。", "15倍", 15, "inference_performance_gain_multiple"),
    # a price fall before it in the sentence made this a pricing price_growth
    ("通过新架构，模型API价格下降60%，单卡吞吐提升2.4倍。", "2.4倍", 2.4, "throughput_gain_multiple"),
])
def test_efficiency_gain(text, number, value, metric):
    r = _row(_facts(text), number)
    assert (r.theme, r.metric, r.unit, r.value) == ("compute", metric, "multiple", value)


def test_bare_performance_is_no_gain():
    # a model's benchmark gain is no fact: bare 性能 names no compute metric
    assert not (_facts("该模型在数学任务上性能提升30%。")["metric"].str.contains("gain")).any()


def test_price_fall_to_a_fraction_stays_pricing():
    r = _row(_facts("模型调用价格下降至原来的三分之一。"), "三分之一")
    assert (r.theme, r.metric) == ("pricing", "price_change")


# ---- 5. compute investment is capex ----------------------------------------------------------

def test_compute_investment_and_its_share():
    df = _facts("某运营商2025年计划资本开支1500亿元，其中算力投资320亿元，占比约五分之一。")
    r = _row(df, "320亿元")
    assert (r.theme, r.metric, r.value) == ("capex", "compute_investment", 3.2e10)
    r = _row(df, "约五分之一")
    assert (r.theme, r.metric, r.unit, r.value) == ("capex", "compute_investment_share", "ratio", 0.2)


def test_compute_investment_share_of_named_whole():
    r = _row(_facts("2025年三大运营商算力投资合计约800亿元，占资本开支比重约26%。"), "约26%")
    assert (r.theme, r.metric, r.value) == ("capex", "compute_investment_to_capex", 0.26)


def test_intelligent_compute_investment():
    r = _row(_facts("中国移动2025年智算投资达到373亿元。"), "373亿元")
    assert (r.theme, r.metric, r.entity) == ("capex", "compute_investment", "China Mobile")


def test_bare_share_after_revenue_is_revenue_share():
    r = _row(_facts("公司AI业务收入300亿元，占比约30%。"), "约30%")
    assert (r.theme, r.metric) == ("earnings", "revenue_share")


def test_share_after_a_count_stays_market_share():
    r = _row(_facts("AI服务器出货量50万台，占比约两成。"), "约两成")
    assert (r.theme, r.metric) == ("market", "share")


def test_equity_investment_stays_valuation():
    r = _row(_facts("微软向该公司投资100亿美元。"), "100亿美元")
    assert r.theme == "valuation"


# ---- 6. caps and floors ----------------------------------------------------------------------

def test_training_cost_cap():
    r = _row(_facts("训练成本控制在2,000万元以内。"), "2,000万元以内")
    assert (r.theme, r.metric, r.unit, r.value) == ("compute", "training_cost", "CNY", 2e7)


@pytest.mark.parametrize("text, number, value, metric", [
    ("平台注册开发者超过15万。", "超过15万", 1.5e5, "registered_developers"),
    ("平台开发者已逾8万。", "逾8万", 8e4, "developers"),
])
def test_developers_counted(text, number, value, metric):
    r = _row(_facts(text), number)
    assert (r.theme, r.metric, r.unit, r.value) == ("adoption", metric, "count", value)


def test_developer_cost_cut_is_no_developer_count():
    df = _facts("官方称开发者调用API的成本将降低50%以上。")
    assert not (df["theme"] == "adoption").any()


@pytest.mark.parametrize("text, entity", [
    ("今年以来科创AI ETF份额增长约三成。", "STAR AI ETF"),
    ("今年以来科创AI ETF份额增长约三成。".replace(" ", ""), "STAR AI ETF"),
])
def test_etf_units_growth_under_the_etf(text, entity):
    r = _row(_facts(text), "约三成")
    assert (r.theme, r.metric, r.value, r.entity) == ("valuation", "etf_units_growth", 0.3, entity)
