"""Prices, their effective dates and the specs that carry no period (invented text, issue 13).

A price table with an effective-date column dates the current prices of each row and the
price changes the prose states about the same model; the prices before a cut held before that
date; a comparison base after ``较上一代`` is never the subject; training data counted in
tokens and the power of one rack carry no period; a wrapped line's break ends a name; a
concept alias is a whole noun; an overseas table takes USD and the token volume from its heading.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.keywords import find_concepts
from aigc_analysis.extract.quantities import find_unit_labels, unit_label_per
from text_facts import facts_of

PUB = dt.date(2026, 5, 20)

PRICE_TABLE = (
    "表1 国内大模型价格跟踪（元/百万tokens）\n\n"
    "| 模型 | 厂商 | 输入 | 输出 | 调价前输入 | 调价前输出 | 生效日期 |\n"
    "|---|---|---|---|---|---|---|\n"
    "| Zorin-3 | 北辰数智 | 1.00 | 4.00 | 2.50 | 10.00 | 2026-05-18 |\n"
    "| Quill-Pro | 远帆智能 | 0.40 | 1.60 | — | — | 2026-05-10 |\n\n"
)


def _row(df, text, **match):
    rows = df[df["text"] == text]
    for col, value in match.items():
        rows = rows[rows[col] == value]
    assert len(rows) == 1, df[["entity", "metric", "value", "unit", "period", "text"]].to_string()
    return rows.iloc[0]


# ---- the effective date of a price ----------------------------------------------------------


def test_current_prices_take_the_rows_effective_date_and_before_cut_prices_none():
    df = facts_of(PRICE_TABLE, PUB)
    cur = _row(df, "1.00")
    assert (cur["entity"], cur["metric"], cur["unit"], cur["period"]) == \
        ("Zorin-3", "input_price_per_1m_tokens", "CNY", "2026-05-18")
    assert _row(df, "0.40")["period"] == "2026-05-10"
    before = _row(df, "2.50")
    assert before["metric"] == "input_price_per_1m_tokens_before_cut"
    assert before["period"] == ""  # it held before the effective date, from a time the text does not give
    assert _row(df, "10.00")["period"] == ""


def test_a_price_change_in_prose_takes_the_models_effective_date_from_the_table():
    text = PRICE_TABLE + "几点观察：\n1. **Zorin-3降价最狠。** 输入价格降价60%，输出价格降幅达60%。\n"
    df = facts_of(text, PUB)
    assert _row(df, "降价60%")[["entity", "period"]].tolist() == ["Zorin-3", "2026-05-18"]
    assert _row(df, "降幅达60%")["period"] == "2026-05-18"


def test_the_table_may_come_after_the_prose():
    text = "Quill-Pro输入价格降价一半。\n\n" + PRICE_TABLE
    assert _row(facts_of(text, PUB), "降价一半")["period"] == "2026-05-10"


def test_a_model_without_a_dated_row_gets_no_date_from_the_table():
    text = PRICE_TABLE + "另外，Vexa-2的输入价格也降价30%。\n"
    row = _row(facts_of(text, PUB), "降价30%")
    assert (row["entity"], row["period"]) == ("Vexa-2", "")


def test_a_table_without_an_effective_date_column_dates_nothing_in_prose():
    table = PRICE_TABLE.replace("生效日期", "备注").replace("2026-05-18", "旗舰").replace("2026-05-10", "轻量")
    df = facts_of(table + "Zorin-3输入价格降价60%。\n", PUB)
    assert _row(df, "降价60%")["period"] == ""
    assert _row(df, "1.00")["period"] == ""


def test_a_change_stated_for_two_models_at_once_takes_no_single_rows_date():
    text = PRICE_TABLE + "Zorin-3与Vexa-2的批量接口都打五折。\n"
    df = facts_of(text, PUB)
    rows = df[df["text"] == "五折"]
    assert len(rows) >= 1 and set(rows["period"]) == {""}, rows.to_string()


def test_a_row_of_the_price_before_a_cut_does_not_date_the_models_changes():
    table = ("表2 价格（元/百万tokens）\n\n| 模型 | 输入 | 输出 | 生效日期 |\n|---|---|---|---|\n"
             "| Zorin-3（调价前） | 2.50 | 10.00 | 2025-11-01 |\n\n")
    df = facts_of(table + "Zorin-3输入价格降价60%。\n", PUB)
    assert _row(df, "2.50")["period"] == "2025-11-01"  # that row's own prices: the date they held from
    assert _row(df, "降价60%")["period"] == ""


# ---- the base of a comparison ---------------------------------------------------------------


def test_a_model_after_a_comparison_and_a_generation_word_is_the_base_not_the_subject():
    df = facts_of("Zorin-3较上一代Zorin-2降价一半。", PUB)
    assert _row(df, "降价一半")["entity"] == "Zorin-3"
    df = facts_of("Zorin-3相比前代的Zorin-2降价40%。", PUB)
    assert _row(df, "降价40%")["entity"] == "Zorin-3"


def test_a_generation_word_without_a_comparison_names_the_subject():
    df = facts_of("上一代Zorin-2的输入价格降价40%。", PUB)
    assert _row(df, "降价40%")["entity"] == "Zorin-2"


# ---- no period for training data and per-unit specs -------------------------------------------


def test_training_data_in_tokens_is_training_tokens_without_the_release_date():
    df = facts_of("北辰数智5月18日发布Zorin-3大模型，训练数据约18万亿tokens，总参数量达到1.2万亿。", PUB)
    row = _row(df, "约18万亿")
    assert (row["entity"], row["metric"], row["period"]) == ("Zorin-3", "training_tokens", "")


def test_training_data_in_bytes_takes_no_period_from_a_release_date_but_keeps_a_stated_year():
    df = facts_of("远帆智能5月18日发布Quill-2大模型，训练数据约50TB。", PUB)
    assert _row(df, "约50TB")[["metric", "period"]].tolist() == ["training_data_size", ""]
    df = facts_of("2024年Quill-1的训练数据量约20TB。", PUB)
    assert _row(df, "约20TB")["period"] == "2024"


def test_the_power_and_compute_of_one_rack_carry_no_period():
    text = "北辰数智于2026年5月18日发布Astra NVL72整机柜方案，单个Astra NVL72机柜功耗约120kW，单柜算力达到1.4EFLOPS。"
    df = facts_of(text, PUB)
    assert _row(df, "约120kW")[["entity", "period"]].tolist() == ["Astra NVL72", ""]
    assert _row(df, "1.4EFLOPS")["period"] == ""


def test_a_fleets_total_power_keeps_its_period():
    df = facts_of("2026年5月，北辰数智的数据中心总功耗约300MW。", PUB)
    assert _row(df, "约300MW")["period"] == "2026-05"


# ---- names and nouns --------------------------------------------------------------------------


WRAPPED = ("封装产能方面，先进封装的需求仍在快速扩张，主要供应商包括日月光与台积电\n"
           "CoWoS产能预计明年翻倍，目前月产能约7万片，扩产节奏快于此前市场的普遍预期，\n"
           "供不应求的局面至少要持续到明年下半年才能缓解，这一判断来自多家产业链调研。\n")


def test_a_line_break_of_wrapped_text_ends_a_name():
    df = facts_of(WRAPPED, PUB)
    assert len(df) >= 2
    assert not df["entity"].str.contains("\n").any(), df["entity"].tolist()
    assert "台积电\nCoWoS" not in set(df["entity"])


def test_a_name_on_one_line_still_takes_its_more_specific_words():
    df = facts_of("Claude Opus 4.5的输入价格降价约67%。", PUB)
    assert _row(df, "降价约67%")["entity"] == "Claude Opus 4.5"


def test_a_concept_alias_is_a_whole_noun_not_the_head_of_a_compound():
    assert [h.word for h in find_concepts("全球数据中心新增并网容量约25GW")] == ["Global data centres"]
    df = facts_of("据测算，全球数据中心新增并网容量约25GW。", PUB)
    assert _row(df, "约25GW")["entity"] != "global data volume"


def test_the_alias_still_matches_where_it_is_the_whole_noun():
    assert [h.word for h in find_concepts("2025年全球数据总量达到180ZB")] == ["global data volume"]


# ---- overseas price tables ------------------------------------------------------------------


def test_english_price_labels_give_the_currency_and_the_token_volume():
    for label in ("(USD per 1M tokens)", "(USD/1M tokens)", "（$/百万tokens）", "(US$ per million tokens)"):
        assert find_unit_labels(label)[0][3] == "USD", label
        assert unit_label_per(label) == "1m tokens", label
    assert unit_label_per("(USD mn)") is None


def test_an_overseas_table_takes_usd_per_million_tokens_from_its_heading():
    text = ("## 三、海外API价格（美元/百万tokens）\n\n下表为各家官网标价。\n\n"
            "| 模型 | 输入 | 输出 |\n|---|---|---|\n| GPT-5.1 | 1.25 | 10.00 |\n| Zeta-9 Pro | 0.80 | 3.20 |\n")
    df = facts_of(text, PUB)
    row = _row(df, "1.25")
    assert (row["entity"], row["metric"], row["unit"], row["value"]) == \
        ("GPT-5.1", "input_price_per_1m_tokens", "USD", 1.25)
    assert _row(df, "3.20")["metric"] == "output_price_per_1m_tokens"


def test_a_heading_above_another_table_gives_no_unit():
    text = ("海外API价格（美元/百万tokens）\n\n| 模型 | 输入 |\n|---|---|\n| GPT-5.1 | 1.25 |\n\n"
            "| 模型 | 参数 |\n|---|---|\n| Zeta-9 Pro | 0.80 |\n")
    df = facts_of(text, PUB)
    assert "0.80" not in set(df["text"]), df.to_string()


def test_a_prose_price_equal_to_the_rows_current_price_is_the_same_dated_claim():
    text = PRICE_TABLE + "Zorin-3调价后输入价格为1元/百万tokens。\n"
    df = facts_of(text, PUB)
    rows = df[(df["entity"] == "Zorin-3") & (df["metric"] == "input_price_per_1m_tokens")]
    assert set(rows["period"]) == {"2026-05-18"} and len(rows) == 1, rows.to_string()


def test_a_prose_price_that_is_not_the_rows_price_stays_undated():
    df = facts_of(PRICE_TABLE + "Quill-Pro输出价格为2元/百万tokens。\n", PUB)
    assert _row(df, "2元/百万tokens")["period"] == ""


def test_an_amount_in_a_currency_sign_without_a_unit_is_skipped_not_a_crash():
    from aigc_analysis.extract.quantities import find_quantities

    found = [(q.text, q.unit) for q in find_quantities("估值为R$40亿，同比增长20%；融资额达US$40亿")]
    assert ("US$40亿", "USD") in found and ("20%", "ratio") in found
    assert not any(t.endswith("40亿") and u != "USD" for t, u in found), found


def test_a_name_framed_by_yu_xiangbi_is_the_base_and_the_name_after_the_comma_the_subject():
    df = facts_of("与上一代Zorin-2相比，Zorin-3输出价格下降25%。", PUB)
    assert _row(df, "下降25%")["entity"] == "Zorin-3"
    df = facts_of("Zorin-3比前代产品Zorin-2的价格降低30%。", PUB)
    assert _row(df, "降低30%")["entity"] == "Zorin-3"


def test_a_name_after_yu_that_closes_no_comparison_is_not_a_base():
    df = facts_of("北辰数智与Zorin-3团队宣布，Zorin-3输出价格下降25%。", PUB)
    assert _row(df, "下降25%")["entity"] == "Zorin-3"
    df = facts_of("Zorin-2的价格比Zorin-3高出一倍，相比之下Zorin-3输入价格下降20%。", PUB)
    assert _row(df, "下降20%")["entity"] == "Zorin-3"


WRAPPED_NAME = ("某机构数据显示，全球推理芯片市场规模在今年有望达到约320亿美元，主要供应商包括英伟\n"
                "达，其数据中心收入同比增长35%，其中云端部署的占比继续提升，带动整体市场加速扩张，\n"
                "边缘侧的出货量则在下半年明显放量，预计明年还将继续保持较高增速，维持行业推荐评级。\n")


def test_a_known_name_cut_in_two_by_a_wrap_is_still_that_name():
    row = _row(facts_of(WRAPPED_NAME, PUB), "35%")
    assert row["entity"] == "Nvidia Data Center", row.to_dict()


def test_a_break_the_joiner_keeps_does_not_join_a_name():
    # a heading line ending in 英伟 and a line starting with 达: two lines, no wrap, no name
    text = "一、英伟\n达成协议后数据中心收入同比增长35%。\n"
    assert "Nvidia" not in " ".join(facts_of(text, PUB)["entity"])


TAB_TABLE = ("表3 主要厂商调价一览（元/百万tokens）\n\n"
             "厂商\t模型\t输入\t输出\t原价输入\t调价日期\n"
             "北辰数智\tZorin-3\t1.00\t4.00\t2.50\t5月18日\n"
             "远帆智能\tQuill-Pro\t0.40\t1.60\t0.80\t5月10日\n\n")


def test_a_tab_table_with_a_model_column_and_a_date_of_adjustment():
    df = facts_of(TAB_TABLE + "Zorin-3输入价格下调60%，Quill-Pro则下调50%。\n", PUB)
    assert _row(df, "1.00")[["entity", "period"]].tolist() == ["Zorin-3", "2026-05-18"]
    assert _row(df, "0.40")[["entity", "period"]].tolist() == ["Quill-Pro", "2026-05-10"]
    assert _row(df, "0.80")[["metric", "period"]].tolist() == ["input_price_per_1m_tokens_before_cut", ""]
    assert _row(df, "下调60%")["period"] == "2026-05-18"
    assert _row(df, "下调50%")[["entity", "period"]].tolist() == ["Quill-Pro", "2026-05-10"]


def test_a_name_never_runs_into_the_next_tab_cell():
    from aigc_analysis.extract.names import find_unknown_names

    assert [n.name for n in find_unknown_names("北辰数智\tZorin-3\t1.00\t4.00")] == ["Zorin-3"]
    assert [n.name for n in find_unknown_names("发布Zeta-9 Pro，")] == ["Zeta-9 Pro"]  # a blank still joins


def test_a_company_name_ending_like_a_compound_still_matches():
    # the whole-noun rule is for generic concepts only: a company called 奥飞数据 runs data centres
    from aigc_analysis.extract.lexicon import find_entities

    assert [m.entity for m in find_entities("奥飞数据中心业务收入同比增长20%")] == ["Aofei Data"]


def test_a_caption_unit_of_one_column_leaves_the_other_columns_alone():
    # （…；EPS单位：元/股）: a unit stated for EPS only; the PE columns stay multiples
    text = ("某证券 计算机行业周报 2031年3月28日\n\n"
            "表1：重点公司盈利预测与估值（收盘价日期：2031年3月27日；EPS单位：元/股）\n\n"
            "| 公司 | 代码 | 收盘价(元) | EPS 2031E | EPS 2032E | PE 2031E | PE 2032E | 评级 |\n"
            "|---|---|---|---|---|---|---|---|\n"
            "| 中科曙光 | 603019 | 68.40 | 1.92 | 2.46 | 35.6 | 27.8 | 买入 |\n")
    f = facts_of(text, PUB)
    assert (_row(f, "35.6")["metric"], _row(f, "35.6")["unit"]) == ("pe_ratio", "multiple")
    assert (_row(f, "1.92")["metric"], _row(f, "1.92")["unit"]) == ("eps", "CNY")


def test_a_caption_unit_scoped_to_a_column_is_that_column_s():
    # （單位：新台幣億元；年增率單位：%）: amounts in 1e8 TWD, the 年增率 column in percent
    text = ("某投顧 2031年11月12日\n\n表一：主要ODM 10月營收（單位：新台幣億元；年增率單位：%）\n\n"
            "| 公司 | 10月營收 | 年增率 |\n|---|---|---|\n| 廣達 | 1,842 | 38.6 |\n")
    f = facts_of(text, PUB)
    assert (_row(f, "1,842")["value"], _row(f, "1,842")["unit"]) == (1842e8, "TWD")
    assert (_row(f, "38.6")["value"], _row(f, "38.6")["unit"]) == (pytest.approx(0.386), "ratio")
