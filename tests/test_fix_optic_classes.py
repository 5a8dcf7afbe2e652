"""Optical speed grades as product names, penetration curves after a colon, document codes and
booth numbers that are no names, token volumes and token shares (invented texts)."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

PUB = dt.date(2025, 12, 24)


def _facts(text: str):
    return facts_of_text(text, PUB)


# ---- 1. speed grades (800G, 1.6T) name the optical transceivers of that grade ----------------
def test_speed_grade_rows_of_a_shipment_table_are_compute_of_the_grade():
    text = ("光模块季度跟踪\n\n"
            "三、出货量预测（全球，单位：万只）\n"
            "速率　　2025年　　2026E　　2027E\n"
            "400G　　2,100　　 1,800　　1,500\n"
            "3.2T　　5　　　　 60　　　 400\n\n"
            "以上为测算值。\n")
    df = _facts(text)
    cell = row_of(df, "1,800")
    assert (cell["entity"], cell["theme"], cell["value"], cell["period"]) == \
        ("400G optical transceivers", "compute", 18000000.0, "2026")
    cell = row_of(df, "400")
    assert (cell["entity"], cell["theme"], cell["value"], cell["period"]) == \
        ("3.2T optical transceivers", "compute", 4000000.0, "2027")


def test_speed_grade_before_module_product_or_solution_prices_are_pricing():
    # a graded transceiver's price and its cut are pricing, as the triage gold labels them
    # (800G均价, 降幅约20%: pricing); only its shipments are compute
    df = _facts("光模块价格跟踪：1.6T模块2025年均价约900美元，2026年预计降至约780美元，降幅约13%；"
                "3.2T产品2027年均价约1500美元。")
    for text, entity in (("约900美元", "1.6T optical transceivers"), ("降幅约13%", "1.6T optical transceivers"),
                         ("约1500美元", "3.2T optical transceivers")):
        row = row_of(df, text)
        assert (row["entity"], row["theme"]) == (entity, "pricing"), text
    assert row_of(df, "降幅约13%")["value"] == -0.13


def test_speed_grade_glued_to_optical_modules_is_named_transceivers():
    df = _facts("我们预计2026年全球800G光模块出货量约4,000万只。")
    row = row_of(df, "约4,000万")
    assert (row["entity"], row["theme"]) == ("800G optical transceivers", "compute")


def test_a_technology_share_within_a_grade_names_both():
    df = _facts("光模块：LPO方案在1.6T中的占比从2025年的约5%提升至2026年的15%。")
    row = row_of(df, "15%")
    assert "1.6T optical transceivers" in row["entity"] and row["theme"] == "market"
    assert row["period"] == "2026"


def test_near_miss_grades_named_alone_give_no_fact_and_other_documents_keep_their_labels():
    assert _facts("注：400G、800G、1.6T为光模块的代际名称。").empty
    # a switch at a speed grade is no optical module
    row = row_of(_facts("光模块：我们预计2026年全球800G交换机出货量约200万台。"), "约200万")
    assert "transceivers" not in row["entity"]
    # no optical word in the document: a bare row label stays what it was
    text = ("表1：带宽套餐（单位：万户）\n套餐　　2025年　　2026E\n500G　　1,200　　 1,500\n")
    df = _facts(text)
    assert not df["entity"].str.contains("transceivers").any()


# ---- 2. penetration curves by year after a colon -----------------------------------------------
def test_penetration_curve_after_a_colon_is_one_market_fact_per_year():
    df = _facts("光互连专题：CPO在AI交换端口中的渗透率：2026年约2%，2027年约6%，2028年12%-18%，2030年约30%。")
    assert df["text"].tolist() == ["约2%", "约6%", "12%-18%", "约30%"]
    assert set(df["theme"]) == {"market"} and set(df["metric"]) == {"penetration_rate"}
    assert df["period"].tolist() == ["2026", "2027", "2028", "2030"]
    assert all("CPO" in e for e in df["entity"])
    rng = row_of(df, "12%-18%")
    assert (rng["value"], rng["value_high"]) == (0.12, 0.18)


def test_penetration_of_a_feature_after_a_colon_is_read():
    # fixthm11 had a driving feature's penetration of the cars sold as market; fixtheme36a: adoption,
    # as four triage genres label it
    row = row_of(_facts("城市NOA渗透率：2026年约35%。"), "约35%")
    assert (row["theme"], row["period"]) == ("adoption", "2026")


def test_near_miss_a_colon_after_no_share_word_gives_nothing():
    assert _facts("关于CPO：2026年约2%。").empty


# ---- 3. document codes and booth numbers are no entities -----------------------------------------
def test_notice_code_before_a_price_is_no_entity():
    df = _facts("阿里云ALY-2026-0209号公告：对象存储低频型单价由0.08元/GB/月降至0.06元/GB/月。")
    assert set(df["entity"]) == {"Alibaba Cloud"}
    df = _facts("阿里云发布KQ-NOTE-0317号通知：对象存储单价降至0.09元/GB/月。")
    assert set(df["entity"]) == {"Alibaba Cloud"}


def test_booth_number_is_no_entity():
    df = _facts("英伟达（Booth 5210）在展会上表示，预计2026年营收增长40%。")
    assert row_of(df, "40%")["entity"] == "Nvidia"
    assert not df["entity"].str.contains("Booth").any()
    # a firm no rule names: the booth does not stand in for it
    df = _facts("澜锋光电（Booth 4127）展示了新品，公司预计2026年营收增长40%。")
    assert "Booth" not in row_of(df, "40%")["entity"]


def test_near_miss_model_names_with_numbers_stay_names():
    assert row_of(_facts("某公司发布QX-AI-2027模型，参数量为3000亿。"), "3000亿")["entity"] == "QX-AI-2027"
    assert row_of(_facts("智谱GLM-4-0520的输入价格为100元/百万tokens。"),
                  "100元/百万tokens")["entity"] == "GLM-4-0520"


# ---- 4. token volumes and token shares ----------------------------------------------------------
def test_monthly_tokens_processed_and_the_multiple_over_the_rise():
    df = _facts("谷歌每月处理的Token量已从4月的400万亿增长到9月的1200万亿，约3倍。")
    start, end, mult = row_of(df, "400万亿"), row_of(df, "1200万亿"), row_of(df, "约3倍")
    assert (start["theme"], start["entity"], start["value"], start["period"]) == \
        ("adoption", "Google", 4e14, "2025-04")
    assert (end["value"], end["period"]) == (1.2e15, "2025-09")
    assert (mult["theme"], mult["unit"], mult["value"], mult["period"]) == \
        ("adoption", "multiple", 3.0, "2025-04/2025-09")


def test_a_multiple_over_years_spans_the_years():
    df = _facts("谷歌每月处理的Token量从2024年的100万亿增长到2025年的1300万亿，约13倍。")
    assert row_of(df, "约13倍")["period"] == "2024/2025"


def test_near_miss_a_speed_up_after_a_rise_is_no_multiple():
    df = _facts("谷歌每月处理的Token量从5月的480万亿增长到10月的1300万亿，速度提升3倍。")
    assert "3倍" not in df["text"].tolist()


def test_aggregator_weekly_token_shares_are_market_shares_of_each_model():
    df = _facts("OpenRouter上周（12月15日-21日）Token用量份额：Grok Code Fast 1占21.4%，"
                "Claude Sonnet 4.5占13.8%，Qwen3 Coder 480B占5.2%。\n阅读 10万+\n")
    assert df["text"].tolist() == ["21.4%", "13.8%", "5.2%"]
    assert df["entity"].tolist() == ["Grok Code Fast 1", "Claude Sonnet 4.5", "Qwen3 Coder 480B"]
    assert set(df["theme"]) == {"market"}
    assert set(df["period"]) == {"2025-12-15/2025-12-21"}
