"""Rack and chip roadmap specs, power purchase agreements of data centres and sovereign AI deals
(invented texts and invented products)."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.periods import find_periods
from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text, row_of as _row

PUB = dt.date(2025, 10, 20)


def _q(text):
    return [(q.text, q.unit, q.value) for q in find_quantities(text)]


# ---- 1. rack and chip roadmap specs -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("FP4推理算力3.6 EF，", ("3.6 EF", "flops", 3.6e18)),
    ("新平台FP8训练算力1.2EF。", ("1.2EF", "flops", 1.2e18)),
    ("单机柜算力达720 PF，", ("720 PF", "flops", 7.2e17)),
    ("Rubin Ultra NVL576 FP4达15 EF，", ("15 EF", "flops", 1.5e19)),
])
def test_ef_and_pf_are_flops_where_the_sentence_speaks_of_compute(text, expected):
    assert expected in _q(text)


def test_ef_without_compute_words_is_no_flops():
    # near-miss: no 算力 and no precision in the sentence, the letters are no unit
    assert all(u != "flops" for _, u, _ in _q("该型号编号为3.6 EF，今年交付。"))
    # a forecast year stays a year mark (25E营收), with or without a precision word about
    assert all(u != "flops" for _, u, _ in _q("FP8路线：25E营收增长30%"))


def test_rack_roadmap_capacities_carry_their_precision_and_the_multiple_its_base():
    df = facts_of_text("英伟达公布路线图。Vera Rubin NVL144：FP4推理算力3.6 EF，FP8训练算力1.2 EF，"
                       "是GB300 NVL72的3.3倍。", PUB)
    r = _row(df, "3.6 EF")
    assert (r.theme, r.metric, r.unit, r.value) == ("compute", "fp4_inference_compute", "flops", 3.6e18)
    assert _row(df, "1.2 EF").metric == "fp8_training_compute"
    r = _row(df, "3.3倍")
    assert (r.theme, r.unit, r.value, r.metric) == ("compute", "multiple", 3.3, "computing_capacity_multiple")
    assert r.entity == "Rubin"  # the product before the copula, never the base GB300
    assert not (df["entity"] == "GB300").any()
    assert not df["text"].str.contains("144|72").any()  # NVL144, NVL72 are names


def test_a_multiple_after_a_capacity_written_with_approx():
    df = facts_of_text("英伟达称，Rubin Ultra NVL576 FP4达15 EF，约为GB300 NVL72的14倍。", PUB)
    assert _row(df, "15 EF").metric == "fp4_computing_capacity"
    r = _row(df, "14倍")
    assert (r.entity, r.unit, r.value) == ("Rubin", "multiple", 14)


def test_memory_and_price_specs():
    df = facts_of_text("英伟达介绍，单颗Rubin GPU配备288GB HBM4。DGX Station配784GB统一内存，"
                       "DGX Spark预订价3,999美元。", PUB)
    r = _row(df, "288GB")
    assert (r.theme, r.metric, r.unit, r.value, r.entity) == ("compute", "hbm_capacity", "bytes", 2.88e11, "Rubin")
    r = _row(df, "784GB")
    assert (r.metric, r.value, r.entity) == ("unified_memory", 7.84e11, "DGX Station")
    r = _row(df, "3,999美元")
    assert (r.theme, r.metric, r.unit, r.value, r.entity) == ("pricing", "price", "USD", 3999, "DGX Spark")


def test_the_base_of_a_multiple_is_not_its_subject():
    df = facts_of_text("黄仁勋表示，Blackwell NVL72的AI工厂产出是Hopper的40倍，能效提升3.5倍。", PUB)
    r = _row(df, "40倍")
    assert (r.theme, r.metric, r.value, r.entity) == ("compute", "ai_factory_output_multiple", 40, "Blackwell")
    assert _row(df, "3.5倍").entity == "Blackwell"


def test_names_with_numbers_are_no_specs():
    # near-miss: NVLink 6, Rubin CPX, 3 nm, FP4 alone and Blackwell Ultra are names and grades
    df = facts_of_text("Rubin CPX采用NVLink 6互联与FP4精度，基于3 nm工艺。", PUB)
    assert df.empty, df[["text", "metric"]]


def test_a_comparison_owner_still_owns_its_number():
    # near-miss: 比X的320亿多一倍 keeps X as the owner of 320亿 (the multiple rule is for 倍 only)
    df = facts_of_text("新模型参数量比Kimi K2的320亿多一倍。", PUB)
    assert "Kimi" in _row(df, "320亿多").entity


# ---- 2. power purchase agreements ------------------------------------------------------------

@pytest.mark.parametrize("text, term", [
    ("微软与Constellation签订为期20年的购电协议。", "20年"),
    ("该购电协议期限20年。", "20年"),
    ("Meta签订为期7年的燃气供应合同。", "7年"),
])
def test_a_term_after_its_lead_word_is_the_deals_term(text, term):
    r = _row(facts_of_text(text, PUB), term)
    assert (r.theme, r.metric, r.unit) == ("capex", "contract_term", "years")


def test_a_term_in_its_own_clause_after_the_deal_and_no_year():
    df = facts_of_text("亚马逊与Talen Energy签署购电协议，合同容量1,920MW，为期17年。", PUB)
    r = _row(df, "1,920MW")
    assert (r.metric, r.unit, r.value, r.period) == ("power_capacity", "watts", 1.92e9, "")
    r = _row(df, "17年")
    assert (r.metric, r.value, r.entity) == ("contract_term", 17, "Amazon")
    assert "2017" not in [p.value for p in find_periods("合同容量1,920MW，为期17年。", PUB)]


def test_terms_that_are_no_deal_terms():
    # near-miss: a window that dates other figures, and a stretch naming no deal
    df = facts_of_text("据报道，合同金额约3000亿美元，2027年起、为期约五年。", PUB)
    assert "contract_term" not in set(df["metric"])
    assert facts_of_text("该试点项目为期3年。", PUB).empty


def test_build_times_deal_counts_and_power_prices():
    df = facts_of_text("燃气电厂建设周期24-36个月，新建SMR需要8年以上。", PUB)
    r = _row(df, "24-36个月")
    assert (r.theme, r.metric, r.unit, r.value, r.value_high) == ("compute", "build_time", "months", 24, 36)
    assert r.entity == "gas-fired power plants"
    r = _row(df, "8年以上")
    assert (r.metric, r.unit, r.value, r.entity) == ("build_time", "years", 8, "small modular reactors")
    r = _row(facts_of_text("过去18个月美国共签署8笔核电/燃气数据中心购电协议。", PUB), "8")
    assert (r.theme, r.metric, r.unit, r.value) == ("compute", "ppa_deals", "count", 8)
    df = facts_of_text("微软与某核电站签订购电协议，电价约80-100美元/MWh。", PUB)
    r = _row(df, "约80-100美元")
    assert (r.value, r.value_high, r.unit) == (80, 100, "USD")
    assert r.entity != "MWh"  # an energy unit is no name


# ---- 3. sovereign AI deals -------------------------------------------------------------------

def test_gulf_shares_and_pledges():
    r = _row(facts_of_text("海湾地区约占全球规划AI数据中心容量的7%左右。", PUB), "7%左右")
    assert (r.theme, r.metric, r.value, r.entity) == ("compute", "datacenter_capacity_share", 0.07, "Gulf region")
    r = _row(facts_of_text("G42获得阿联酋AI芯片进口配额的两成。", PUB), "两成")
    assert (r.value, r.entity, r.metric) == (0.2, "G42", "import_quota_share")
    r = _row(facts_of_text("阿联酋承诺未来十年对美投资1.4万亿美元。", PUB), "1.4万亿美元")
    assert (r.value, r.unit, r.entity, r.period) == (1.4e12, "USD", "UAE", "2025/2034")


@pytest.mark.parametrize("bracket", ["（约735亿迪拉姆）", "（约1450亿元人民币）", "（约合人民币1450亿元）"])
def test_an_amount_restated_in_brackets_is_one_fact(bracket):
    # fixrt12: the conversion is a row of its own in its currency (the holdout gold labels every
    # 约合 conversion); the amount keeps its subject
    df = facts_of_text(f"阿联酋将投资200亿美元{bracket}建设AI园区。", PUB)
    assert df["text"].tolist()[0] == "200亿美元", df[["text", "unit"]]
    assert (df["unit"] == "CNY").sum() == ("人民币" in bracket), df[["text", "unit"]]
    assert _row(df, "200亿美元").entity == "UAE"


def test_an_amount_in_brackets_that_is_no_restatement_stays():
    # near-miss: the same currency in the bracket is a part, not a conversion
    df = facts_of_text("腾讯资本开支为200亿元（其中AI投入120亿元）。", PUB)
    assert {"200亿元", "120亿元"} <= set(df["text"])


def test_a_later_name_before_a_share_keeps_its_subject_when_listed_or_possessed():
    # near-miss: names listed together each take the share; a possessive makes the later name the subject
    df = facts_of_text("微软、谷歌占全球云市场的60%。", PUB)
    assert set(df.loc[df["text"] == "60%", "entity"]) == {"Microsoft", "Google"}
    df = facts_of_text("OpenAI的GPT-5在8月发布时把输入价定在GPT-4o的一半。", PUB)
    assert _row(df, "一半").entity == "GPT-5"
