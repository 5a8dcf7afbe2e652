"""Failure classes seen on reports in no scored set: number forms, units, qualifiers, fractions,
theme and metric choice. Every example is an invented sentence, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from text_facts import facts_of


def _one(text: str):
    qs = find_quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


# --- D: computing capacity with spelled-out SI prefixes -------------------------------------
@pytest.mark.parametrize("text, value, span", [
    ("新集群算力约为12,500 PetaFLOPS。", 1.25e19, "约为12,500 PetaFLOPS"),
    ("整机柜可提供1.8 exaFLOPS的推理算力", 1.8e18, "1.8 exaFLOPS"),
    ("单芯片达到450 TeraFLOPS", 4.5e14, "450 TeraFLOPS"),
    ("合计提供36 PFLOPS", 3.6e16, "36 PFLOPS"),
    ("规划总算力7 EFLOPS", 7e18, "7 EFLOPS"),
])
def test_flops_prefixes(text, value, span):
    q = _one(text)
    assert q.unit == "flops" and q.value == pytest.approx(value)
    assert span.endswith(q.text) and q.text.endswith("FLOPS")


def test_flops_fact_is_compute_capacity():
    f = facts_of("某云厂商的新集群总算力达8,000 petaflops。")
    row = f[f["unit"] == "flops"].iloc[0]
    assert row["theme"] == "compute" and row["value"] == pytest.approx(8e18)
    assert "flops" not in row["entity"].lower()  # the unit is not a name


# --- D: prices per GPU hour ---------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("B200的租赁报价约 US$5.5/GPU小时", 5.5),
    ("the spot rate fell to US$1.9 per GPU-hour", 1.9),
    ("国内H800算力租赁约12元/卡时", 12.0),
])
def test_price_per_gpu_hour(text, value):
    q = [q for q in find_quantities(text) if q.per][0]
    assert q.value == pytest.approx(value) and q.per == "gpu hour" and q.kind == "price"


def test_gpu_hour_price_is_a_price_fact():
    f = facts_of("Lambda的H200租赁价格约 US$3.1/GPU小时。")
    row = f[f["per"] == "gpu hour"].iloc[0]
    assert (row["theme"], row["unit"], row["value"]) == ("pricing", "USD", pytest.approx(3.1))
    assert row["metric"].endswith("per_gpu_hour")


# --- C: bounds with a negation (不高于 is at most, not "above") ------------------------------
@pytest.mark.parametrize("text, span, value, qualifier", [
    ("新建机房PUE不高于1.3", "不高于1.3", 1.3, "at_most"),
    # 毫秒 is a unit since fixnum48: the bound reads 0.05 seconds
    ("单次调用延迟不超过50毫秒", "不超过50毫秒", 0.05, "at_most"),
    ("国产芯片占比不低于五成", "不低于五成", 0.5, "at_least"),
    ("客户数不多于300家", "不多于300", 300, "at_most"),
])
def test_negated_bounds(text, span, value, qualifier):
    q = _one(text)
    assert (q.text, q.value, q.qualifier) == (span, pytest.approx(value), qualifier)


# --- E: Chinese tenths with a half, near-doubling, underperformance, shrinking volume -----
@pytest.mark.parametrize("text, span, value", [
    ("单位推理成本减少一成半", "减少一成半", -0.15),
    ("订阅价下调两成半", "下调两成半", -0.25),
    ("付费率提升三成半", "三成半", 0.35),
    ("成本约为原来的五分之二", "五分之二", 0.4),
])
def test_tenths_and_fractions(text, span, value):
    q = _one(text)
    assert q.text == span and q.value == pytest.approx(value)


def test_almost_doubling_is_an_approximate_multiple():
    q = _one("其云业务收入几乎翻倍")
    assert (q.text, q.value, q.unit, q.qualifier) == ("几乎翻倍", 2.0, "multiple", "approx")


@pytest.mark.parametrize("text, span, value, unit", [
    ("本周创业板指跑输约4.5个百分点", "跑输约4.5个百分点", -0.045, "pp"),
    ("全天成交额缩量860亿元", "缩量860亿元", -8.6e10, "CNY"),
])
def test_relative_falls_are_negative(text, span, value, unit):
    q = _one(text)
    assert (q.text, q.unit) == (span, unit) and q.value == pytest.approx(value)


# --- B, C, D, E: the metric and theme a number takes ----------------------------------------
def _row(text: str, span: str):
    f = facts_of(text)
    rows = f[f["text"] == span]
    assert len(rows) >= 1, f[["theme", "metric", "text"]].to_dict("records")
    return rows.iloc[0]


@pytest.mark.parametrize("text, span, theme, metric, unit, value", [
    # B: IPO terms are valuation facts of the issuer, not a market size
    ("某芯片公司拟在港交所上市，计划募资约3亿至4.5亿美元。", "约3亿至4.5亿美元", "valuation", "ipo_proceeds", "USD", 3e8),
    ("招股价区间为42.10至47.80港元。", "42.10至47.80港元", "valuation", "ipo_price", "HKD", 42.1),
    ("三家基石投资者合计认购约6.8亿港元。", "约6.8亿港元", "valuation", "cornerstone_investment", "HKD", 6.8e8),
    # B: a seller's contract wins are earnings (order intake), not the buyer's capex
    ("该服务器厂商三季度新签合同83亿元。", "83亿元", "earnings", "new_contracts", "CNY", 8.3e9),
    ("公司斩获约12亿美元的算力订单。", "约12亿美元", "earnings", "new_contracts", "USD", 1.2e9),
    # B: a part's share of a company's revenue is no market share
    ("广告业务在集团营收占比约三分之一。", "约三分之一", "earnings", "revenue_share", "ratio", 0.3333),
    ("云服务的收入份额已超过五分之二。", "超过五分之二", "earnings", "revenue_share", "ratio", 0.4),
    # C: MoE active share and token efficiency are no price changes
    ("这款MoE模型激活参数占比仅约5.5%。", "约5.5%", "parameters", "active_parameter_share", "ratio", 0.055),
    ("新版本完成同类任务的token消耗减少35%。", "减少35%", "compute", "token_consumption_change", "ratio", -0.35),
    # C: a free allowance in tokens is a pricing fact, not a user count
    ("平台为每位开发者赠送300万tokens。", "300万", "pricing", "free_quota_tokens", "count", 3e6),
    # C: PUE is a ratio as written, with its bound
    ("新建智算中心的PUE不高于1.2。", "不高于1.2", "compute", "pue", "ratio", 1.2),
    # D: valuation multiples other than P/E
    ("目前公司EV/Sales约 7.3x。", "约 7.3x", "valuation", "ev_sales", "multiple", 7.3),
    ("对应EV/EBITDA为15.2x。", "15.2x", "valuation", "ev_ebitda", "multiple", 15.2),
    # D: a fall of a GPU rent is a price move, not GPU demand
    ("H200的GPU租金同比下降约45%。", "下降约45%", "pricing", "price_change", "ratio", -0.45),
    # E: underperformance in points and a shrinking turnover are negative changes
    ("本月科创50跑输沪深300约2.4个百分点。", "约2.4个百分点", "valuation", "relative_return", "pp", -0.024),
    ("周五两市成交额缩量930亿元。", "缩量930亿元", "valuation", "turnover_change", "CNY", -9.3e10),
])
def test_theme_and_metric(text, span, theme, metric, unit, value):
    row = _row(text, span)
    assert (row["theme"], row["metric"], row["unit"]) == (theme, metric, unit)
    assert row["value"] == pytest.approx(value)


def test_token_volume_is_no_user_count():
    f = facts_of("每位新注册用户可领取800万tokens。")
    assert not ((f["metric"] == "users") | (f["theme"] == "parameters")).any()


# --- A: table columns -------------------------------------------------------------------------
def test_last_integer_column_of_a_valuation_table_is_kept():
    text = ("表5：可比公司估值\n公司\t2025E PE（倍）\t2026E PE（倍）\n"
            "甲公司\t152\t97\n乙公司\t64\t41\n")
    f = facts_of(text, dt.date(2025, 11, 20))
    pe = f[f["metric"] == "pe_ratio"]
    assert sorted(pe["value"]) == [41, 64, 97, 152]
    assert set(pe[pe["value"].isin([97, 41])]["period"]) == {"2026"}


def test_table_of_contents_page_numbers_stay_dropped():
    text = "目录\n一、行业回顾\t3\n二、投资建议\t15\n"
    assert facts_of(text).empty


def test_year_to_date_column():
    text = ("港股互联网公司表现\n公司\t收盘价(港元)\t周涨跌幅(%)\t年初至今(%)\n"
            "丙公司\t88.4\t2.1\t+31.7\n丁公司\t15.2\t-0.6\t-12.4\n")
    f = facts_of(text, dt.date(2025, 11, 20))
    ytd = f[f["metric"] == "return_ytd"]
    assert sorted(ytd["value"].round(4)) == [-0.124, 0.317]
    assert (ytd["theme"] == "valuation").all() and (ytd["unit"] == "ratio").all()


# --- B: a rise word in the clause after an amount is that amount's growth ---------------------
def test_rise_after_an_amount_of_an_earlier_clause_is_its_growth():
    f = facts_of("第二季度，该公司收入为8.6亿美元，按年上升27.3%。")
    row = _row("第二季度，该公司收入为8.6亿美元，按年上升27.3%。", "27.3%")
    assert (row["theme"], row["metric"]) == ("earnings", "revenue_growth")
    assert "return" not in set(f["metric"])


def test_rise_after_another_named_subject_stays_a_return():
    row = _row("腾讯收入为1800亿元，恒生指数上涨1.7%。", "1.7%")
    assert (row["theme"], row["metric"]) == ("valuation", "return")


def test_token_volume_after_a_parameter_count_is_no_parameter_count():
    f = facts_of("该模型总参数量为6000亿，单次可处理300万tokens。")
    assert list(f[f["theme"] == "parameters"]["value"]) == [6e11]


def test_table_column_repeating_the_prose_is_one_claim():
    text = ("港股周报\n本周联想集团上涨3.7%。\n\n"
            "表2：港股硬件股表现（截至11月14日）\n公司\t周涨跌幅(%)\n联想集团\t3.7\n")
    f = facts_of(text, dt.date(2025, 11, 16))
    assert len(f[(f["entity"] == "Lenovo") & (f["value"].round(4) == 0.037)]) == 1


def test_two_table_columns_with_one_value_stay_two_claims():
    text = ("公司收入增速\n公司\t2024营收增速(%)\t2025E营收增速(%)\n联想集团\t9.5\t9.5\n")
    f = facts_of(text, dt.date(2025, 11, 16))
    assert sorted(f[f["entity"] == "Lenovo"]["period"]) == ["2024", "2025"]


def test_whole_number_written_with_a_decimal_in_a_value_table():
    text = "毛利率对比\n公司\t2024毛利率(%)\t2025E毛利率(%)\n联想集团\t16.0\t17.5\n"
    f = facts_of(text, dt.date(2025, 11, 16))
    assert sorted(f["value"].round(4)) == [0.16, 0.175]


def test_a_won_deal_is_the_sellers_order_intake():
    row = _row("某算力云厂商签下约95亿美元的五年期合同。", "约95亿美元")
    assert (row["theme"], row["metric"]) == ("earnings", "new_contracts")


def test_gpu_hour_written_with_two_slashes():
    q = [q for q in find_quantities("A100租金约1.2美元/GPU/小时") if q.per][0]
    assert (q.value, q.unit, q.per) == (1.2, "USD", "gpu hour")


def test_trial_allowance_in_tokens_is_a_free_quota():
    row = _row("某模型平台为新注册开发者提供1500万tokens体验包。", "1500万")
    assert (row["theme"], row["metric"], row["unit"]) == ("pricing", "free_quota_tokens", "count")


# --- layout: a name's digits before the verb 成, a headline rounding the body's figure -------
def test_digits_of_a_name_before_the_verb_cheng_are_no_tenths():
    # the facts layer drops them (_glued_to_latin), the tenths after a numeral stay
    assert facts_of("延伸阅读：存储报价续扬 LPX5成厂商新宠\n\nZeta20成主力型号，出货占比约6成。\n",
                    dt.date(2025, 6, 10))["text"].tolist() == ["约6成"]
    assert _one("整体营收增长约4成").value == pytest.approx(0.4)


def test_a_headline_rounding_a_figure_the_body_states_precisely_is_one_claim():
    text = ("甲半导体5月营收年增逾三成 创同期新高\n\n"
            "甲半导体公布5月合并营收320亿元，年增33.8%，主要受先进封装带动。\n")
    df = facts_of(text, dt.date(2025, 6, 10))
    growth = df[df["metric"].str.endswith("growth")]
    assert list(growth["value"]) == [pytest.approx(0.338)]
    # a rounded figure no precise one states stays
    df = facts_of("乙科技5月营收年增逾三成。\n", dt.date(2025, 6, 10))
    assert list(df["value"]) == [pytest.approx(0.3)]


def test_a_rounded_figure_beside_another_rounded_one_stays():
    text = "寒武纪年内股价最大回撤将近38%。\n\n寒武纪年内股价最大回撤约在四成左右。\n"
    df = facts_of(text, dt.date(2025, 6, 10))
    assert sorted(df["value"]) == [pytest.approx(-0.4), pytest.approx(-0.38)]


def test_a_seat_and_month_written_right_before_an_amount_make_it_a_price():
    df = facts_of("协作软件团队版单价多在每人每月25-40元之间。\n", dt.date(2025, 6, 10))
    row = df.iloc[0]
    assert (row["theme"], row["metric"], row["value"], row["value_high"]) == (
        "pricing", "price_per_user_per_month", 25.0, 40.0)
    df = facts_of("公司每月收入30亿元。\n", dt.date(2025, 6, 10))
    assert df.iloc[0]["theme"] == "earnings"  # 每月 before a revenue keyword is no price
