"""Valuation chapters of company notes: scenario tables (乐观/中性/悲观情景 with their
probabilities, forecasts and target prices) and DCF inputs (WACC, 永续增长率, Beta, sensitivity
grids). Invented texts."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of as _row

PUB = dt.date(2025, 11, 20)

_SCENARIOS = """青岚芯（688321.SH）：三种情景下的估值分析

表1：情景假设与估值（收入、净利润单位：亿元；EPS单位：元）
情景　概率　2026E收入　2027E收入　2027E净利润　2027E EPS　2027E PS　目标价
乐观情景　30%　60　110　9.10　1.90　40倍　980元
中性情景　45%　44　75　3.05　0.64　32倍　520元
悲观情景　25%　28　40　-4.20　-0.90　22倍　210元
"""


# ---- scenario tables --------------------------------------------------------------------------

def test_scenario_rows_are_the_covered_company():
    df = facts_of_text(_SCENARIOS, PUB)
    assert not df["entity"].str.contains("情景").any()
    assert set(df["entity"]) == {"Qinglanxin"}
    r = _row(df, "110")
    assert (r.theme, r.metric, r.value, r.period) == ("earnings", "revenue", 1.1e10, "2027")
    assert _row(df, "-4.20").value == -4.2e8
    assert _row(df, "-0.90").metric == "eps"


def test_scenario_probabilities_are_valuation_ratios_with_no_period():
    df = facts_of_text(_SCENARIOS, PUB)
    r = _row(df, "45%")
    assert (r.theme, r.metric, r.unit, r.value, r.period) == (
        "valuation", "scenario_probability", "ratio", 0.45, "")


def test_scenario_target_prices_take_the_report_month():
    df = facts_of_text(_SCENARIOS, PUB)
    r = _row(df, "980元")
    assert (r.theme, r.metric, r.value, r.period) == ("valuation", "target_price", 980.0, "2025-11")
    assert _row(df, "22倍").metric == "ps_ratio"


def test_scenario_labels_in_other_forms():
    text = ("岚峰科技（688999.SH）估值分析\n\n表2：情景分析（单位：亿元）\n"
            "情形 | 2026E收入 | 目标价\n乐观 | 60 | 98元\n基准情形 | 44 | 62元\n悲观假设 | 28 | 30元\n")
    df = facts_of_text(text, PUB)
    assert set(df["entity"]) == {"Lanfeng"}


def test_scenario_prose():
    text = (_SCENARIOS + "\n按30%/45%/25%的权重，概率加权目标价约为560元，较现价下跌约3%。"
            "乐观情景对应约68%的上行空间，悲观情景对应约62%的下行空间。\n"
            "乐观：2026年训练卡出货10万张。\n若下游需求超预期，我们会把乐观情景概率上调至40%。\n")
    df = facts_of_text(text, PUB)
    r = _row(df, "约62%")
    assert (r.metric, r.value, r.entity) == ("downside", -0.62, "Qinglanxin")
    assert _row(df, "约68%").value == 0.68
    r = _row(df, "10万")
    assert (r.theme, r.entity, r.period, r.value) == ("compute", "Qinglanxin", "2026", 1e5)
    r = _row(df, "40%")
    assert (r.metric, r.value, r.period) == ("scenario_probability", 0.4, "")
    assert _row(df, "560元").period == "2025-11"


def test_row_labels_that_are_no_scenario_keep_their_entity():
    # near-miss: a label that only contains a scenario word is no scenario row
    text = ("岚峰科技（688999.SH）点评\n\n表3：产品收入（单位：亿元）\n"
            "产品 | 2025 | 2026\n乐观云平台 | 12 | 18\n悲观者联盟 | 3 | 4\n")
    df = facts_of_text(text, PUB)
    assert "Lanfeng" not in set(df[df["text"] == "12"]["entity"])


# ---- DCF inputs -------------------------------------------------------------------------------

_DCF = ("澜锋智能（688456.SH）首次覆盖报告：国产推理芯片龙头\n\n"
        "WACC测算：无风险利率1.90%，股权风险溢价6.50%，Beta 1.20，股权成本9.70%；税前债务成本3.40%，"
        "有效税率15%，目标资本结构中债务占比10%，WACC为9.1%；永续增长率3.0%。\n"
        "我们预计公司2024-2030年收入CAGR为25.1%，对应股权价值约190.5亿元，对应目标价56.4元。\n")


def test_dcf_inputs_are_valuation_facts_with_no_period():
    df = facts_of_text(_DCF, PUB)
    expected = {"1.90%": ("risk_free_rate", 0.019), "6.50%": ("equity_risk_premium", 0.065),
                "9.70%": ("cost_of_equity", 0.097), "3.40%": ("pre_tax_cost_of_debt", 0.034),
                "15%": ("effective_tax_rate", 0.15), "10%": ("target_debt_to_capital", 0.10),
                "9.1%": ("wacc", 0.091), "3.0%": ("terminal_growth", 0.03)}
    for text, (metric, value) in expected.items():
        r = _row(df, text)
        assert (r.theme, r.metric, r.unit, r.period, r.entity) == ("valuation", metric, "ratio", "", "Lanfeng"), text
        assert abs(r.value - value) < 1e-9


def test_beta_is_a_ratio_as_written():
    df = facts_of_text(_DCF, PUB)
    r = _row(df, "1.20")
    assert (r.theme, r.metric, r.unit, r.value, r.period) == ("valuation", "beta", "ratio", 1.2, "")
    df = facts_of_text("澜锋智能（688456.SH）：我们假设Beta为1.05，WACC为8.8%。", PUB)
    assert _row(df, "1.05").metric == "beta"


def test_model_versions_after_a_latin_word_stay_names():
    # near-miss: a bare number after another Latin word is still a model's version
    df = facts_of_text("Llama 2的参数量为700亿，Gemini 1.5随后发布。", PUB)
    assert "2" not in set(df["text"]) and "1.5" not in set(df["text"])


def test_revenue_cagr_is_earnings_and_equity_value_is_valuation():
    df = facts_of_text(_DCF, PUB)
    r = _row(df, "25.1%")
    assert (r.theme, r.metric, r.period) == ("earnings", "revenue_cagr", "2024/2030")
    r = _row(df, "约190.5亿元")
    assert (r.theme, r.metric, r.value, r.period) == ("valuation", "equity_value", 1.905e10, "")
    df = facts_of_text("澜锋智能（688456.SH）：预计2025-2028年公司归母净利润年复合增速约40%。", PUB)
    r = _row(df, "约40%")
    assert (r.theme, r.metric, r.period) == ("earnings", "net_profit_cagr", "2025/2028")


def test_market_cagr_stays_market():
    # near-miss: a market's CAGR is no company's earnings
    df = facts_of_text("预计2024-2029年全球AI芯片市场规模CAGR为30%。", PUB)
    r = _row(df, "30%")
    assert (r.theme, r.metric) == ("market", "cagr")


_GRID = ("澜锋智能（688456.SH）首次覆盖报告\n\n表5：DCF敏感性分析（目标价，元）\n"
         "WACC\\永续增长率 | 2.5% | 3.0% | 3.5%\n8.6% | 58.2 | 62.0 | 66.9\n"
         "9.1% | 53.1 | 56.4 | 60.3\n9.6% | 48.7 | 51.5 | 54.8\n")


def test_sensitivity_grid_keeps_only_its_base_case():
    df = facts_of_text(_GRID, PUB)
    r = _row(df, "56.4")
    assert (r.theme, r.metric, r.value, r.entity, r.period) == (
        "valuation", "target_price", 56.4, "Lanfeng", "2025-11")
    assert len(df) == 1
    # the base case stated in prose too is one row
    df = facts_of_text(_DCF + "\n" + _GRID.split("\n", 2)[2], PUB)
    assert len(df[df["metric"] == "target_price"]) == 1
    assert not df["text"].isin(["2.5%", "8.6%", "58.2", "54.8"]).any()


def test_tables_without_a_sensitivity_caption_keep_every_cell():
    # near-miss: the same grid under a plain caption keeps its cells as before
    df = facts_of_text(_GRID.replace("DCF敏感性分析", "目标价测算"), PUB)
    assert {"58.2", "56.4", "54.8"} <= set(df["text"])
