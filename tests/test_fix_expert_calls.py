"""Expert-call minutes and chip deep dives (invented texts): data-centre economics per MW, payback
and lead times, utilisation of clusters, card purchases per firm, chip prices and power in
watts, a share of a named whole; each with near-misses that must not change."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 11, 20)


def _facts(text: str):
    return facts_of_text(text, PUB)


# ---- 1. data-centre economics -------------------------------------------------------------------
@pytest.mark.parametrize("text, shown, value, high, unit", [
    ("北美全口径（含GPU）每MW IT负载约2800万美元，不含GPU的话约850万-1000万美元。", "约2800万美元", 2.8e7, None, "USD"),
    ("北美全口径（含GPU）每MW IT负载约2800万美元，不含GPU的话约850万-1000万美元。", "约850万-1000万美元", 8.5e6, 1e7, "USD"),
    ("国内不含服务器的机电和土建部分，每MW大约3200万元。", "大约3200万元", 3.2e7, None, "CNY"),
    ("海外智算中心每兆瓦总投入约2600万美元。", "约2600万美元", 2.6e7, None, "USD"),
])
def test_amount_per_mw_with_no_investment_word_is_capex_per_mw(text, shown, value, high, unit):
    row = row_of(_facts(text), shown)
    assert (row["theme"], row["metric"], row["unit"], row["period"]) == ("capex", "capex_per_mw", unit, "")
    assert row["value"] == value
    assert (row["value_high"] == high) if high is not None else row["value_high"] != row["value_high"]


def test_an_answer_naming_nothing_is_about_the_question_s_concept_in_the_place_it_opens_with():
    text = ("问：海外数据中心的单位投资大概是多少？\n"
            "答：全口径每MW约2800万美元。国内不含服务器的部分，每MW大约3200万元。\n")
    df = _facts(text)
    assert row_of(df, "约2800万美元")["entity"] == "Overseas data centres"
    assert row_of(df, "大约3200万元")["entity"] == "China data centres"


def test_near_misses_of_per_mw_stay_what_they_were():
    # a rent per kW per month is a price, not capex
    row = row_of(_facts("机柜租金每kW每月约750元。"), "约750元")
    assert row["theme"] == "pricing"
    # the investment word after the unit keeps the existing rule, and its multiple
    df = _facts("国内智算中心单MW投资约3200万元，约为海外的2.4倍。")
    assert row_of(df, "约3200万元")["metric"] == "capex_per_mw"
    assert row_of(df, "2.4倍")["metric"] == "capex_per_mw_multiple"
    # an amount with no per-capacity word is not per MW
    assert "capex_per_mw" not in set(_facts("数据中心投资约3200万元。")["metric"])


def test_payback_depreciation_and_lead_time_are_durations_with_no_period():
    text = ("算力集群回本周期大约4-5年。云厂商已经把GPU服务器折旧年限从6年缩短到5年。"
            "一个万卡集群从签约到交付，现在大约需要8个月。")
    df = _facts(text)
    row = row_of(df, "大约4-5年")
    assert (row["theme"], row["metric"], row["unit"], row["value"], row["value_high"], row["period"]) == \
        ("earnings", "payback_period", "years", 4.0, 5.0, "")  # a return measure (fixrec10: holdout labelling)
    assert set(df[df["metric"] == "depreciation_years"]["value"]) == {5.0, 6.0}
    row = row_of(df, "8个月")
    assert (row["theme"], row["metric"], row["unit"], row["value"], row["period"], row["entity"]) == \
        ("compute", "delivery_lead_time", "months", 8.0, "", "10k-GPU clusters")
    assert row_of(_facts("万卡集群交付周期约6个月。"), "约6个月")["metric"] == "delivery_lead_time"


def test_near_miss_durations_stay_no_fact():
    assert _facts("未来8年，公司将持续投入。").empty  # a span, no duration claim
    assert _facts("该项目已运行8个月。").empty  # no measure named for the duration


# ---- 2. utilisation and occupancy -------------------------------------------------------------
def test_utilisation_ratios_belong_to_the_cluster_or_centre_of_their_clause():
    text = ("问：H100现在的利用率怎么样？\n答：H100目前还是很紧。推理集群平均在60%左右，"
            "训练集群MFU大概在35%-45%，很多中小智算中心上架率不足30%。\n")
    df = _facts(text)
    for shown, entity in (("60%左右", "inference clusters"), ("35%-45%", "training clusters"),
                          ("不足30%", "intelligent computing centres")):
        row = row_of(df, shown)
        assert (row["entity"], row["theme"], row["unit"]) == (entity, "compute", "ratio"), shown
    assert row_of(df, "35%-45%")["metric"] == "mfu"
    assert row_of(df, "不足30%")["metric"] == "rack_occupancy_rate"
    assert row_of(_facts("GPU集群利用率约70%。"), "约70%")["metric"] == "utilization"


def test_near_miss_a_chip_s_own_share_keeps_the_chip():
    row = row_of(_facts("H100在英伟达数据中心收入中的占比约40%。"), "约40%")
    assert row["entity"] != "inference clusters"


# ---- 3. card purchases per firm ----------------------------------------------------------------
def test_card_counts_in_an_answer_are_each_firm_s():
    text = ("问：H200今年的采购情况？\n答：H200主要是大厂在买，卡很紧张。\n问：各家采购量？\n"
            "答：字节最多，今年大约40万张，阿里和腾讯各在18万张上下。\n")
    df = _facts(text)
    cards = df[df["metric"] == "accelerator_cards"]
    assert sorted(zip(cards["entity"], cards["value"])) == \
        [("Alibaba", 180000.0), ("ByteDance", 400000.0), ("Tencent", 180000.0)]
    assert set(cards["period"]) == {"2025"} and set(cards["theme"]) == {"compute"}


def test_near_misses_of_the_card_counter():
    # 张 of pictures, no card word: no cards (the pictures generated are an adoption count)
    assert not (_facts("平台累计生成图片超过1000万张。")["metric"] == "accelerator_cards").any()
    # 张 of tickets: no cards; tickets sold are a counted noun's adoption count (counter_noun)
    tickets = _facts("去年共售出门票约50万张。")
    assert "accelerator_cards" not in set(tickets["metric"])
    assert list(zip(tickets["metric"], tickets["value"])) == [("tickets", 500000.0)]
    df = _facts("算力方面，4张4090跑量化模型，每秒能出40多个token。")
    assert "accelerator_cards" not in set(df["metric"])  # the card is named after 张


# ---- 4. chip specs and unit prices -------------------------------------------------------------
def test_unit_prices_per_card_belong_to_each_chip():
    df = _facts("芯片深度：B300单卡售价约4.2万-4.6万美元，H20约1.1万美元；国产卡报价约6万元人民币。"
                "GB300 NVL72整柜价格约300万美元。")
    assert row_of(df, "约4.2万-4.6万美元")["entity"] == "B300"
    assert row_of(df, "约1.1万美元")["entity"] == "H20"
    assert row_of(df, "约6万元人民币")["entity"] == "China-made AI accelerators"
    assert row_of(df, "约300万美元")["entity"].startswith("GB300")


def test_power_in_watts_per_chip():
    df = _facts("B300单卡TDP为1100W，GB300单颗升至1300W，边缘推理卡仅60瓦。")
    for shown, entity, value in (("1100W", "B300", 1100.0), ("1300W", "GB300", 1300.0),
                                 ("60瓦", "edge inference cards", 60.0)):
        row = row_of(df, shown)
        assert (row["entity"], row["theme"], row["unit"], row["value"], row["period"]) == \
            (entity, "compute", "watts", value, ""), shown


@pytest.mark.parametrize("text, value", [("功耗1200W", 1200), ("功耗75 W", 75), ("功耗约700瓦", 700),
                                         ("功耗1.2kW", 1200), ("300MW", 3e8)])
def test_watts_are_read(text, value):
    q = [q for q in find_quantities(text) if q.unit == "watts"]
    assert len(q) == 1 and q[0].value == pytest.approx(value)


def test_near_miss_watts():
    assert _facts("本文阅读量10W+。").empty  # a read counter, no power
    assert not [q for q in find_quantities("型号为W100") if q.unit == "watts"]


def test_a_cause_is_never_the_subject():
    df = _facts("全球AI服务器出货量增长40%；受GB300机柜交付节奏影响，其已将2025年出货增速预测下修至22%。")
    assert row_of(df, "22%")["entity"] != "GB300"


# ---- 5. a share of a named whole, between two years ---------------------------------------------
def test_from_to_share_of_a_named_whole_is_the_whole_s():
    df = _facts("B300出货节奏加快。推理在全球AI算力需求中的占比将由2024年的约30%升至2028年的约70%。")
    first, second = row_of(df, "约30%"), row_of(df, "约70%")
    assert (first["entity"], first["period"], first["value"]) == ("Global AI compute demand", "2024", 0.3)
    assert (second["entity"], second["period"], second["value"]) == ("Global AI compute demand", "2028", 0.7)


def test_near_miss_a_named_part_keeps_its_share():
    df = _facts("HBM在DRAM产业收入中的占比由2025年的约20%提升至2027年的约35%。")
    assert row_of(df, "约20%")["entity"] == "HBM"


@pytest.mark.parametrize("text", ["阅读量10W，点赞5W。", "粉丝破50W，月薪3W。"])
def test_a_bare_w_without_power_words_is_no_watts(text):
    # W for 万 in web Chinese: a bare W is watts only in a sentence about power (功耗, TDP, 瓦)
    assert not [q for q in find_quantities(text) if q.unit == "watts"]


@pytest.mark.parametrize("text", ["公司预期25年实现盈利。", "营收达23年新高。"])
def test_a_two_digit_year_after_a_word_ending_in_a_duration_lead_character_stays_a_year(text):
    # 期 of 预期 and 达 of 营收达 are no 为期 / 长达: 25年 here is 2025, no length of time
    assert not [q for q in find_quantities(text) if q.unit == "years"]
