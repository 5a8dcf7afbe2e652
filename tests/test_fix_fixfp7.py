"""Numbers that name or frame something rather than measure it give no row (fixfp7).

Model numbers before a chip word, model size classes, look-back windows, option-market pricing,
bracketed "not data" remarks and screening thresholds. Every example is invented (青禾科技 and
星澜电子 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2026, 2, 10)


def _texts(text: str) -> list[str]:
    return list(facts_of_text(text, DAY)["text"])


def test_a_model_number_before_a_chip_word_is_a_name():
    assert _texts("星澜电子新一代6650芯片性能提升明显。") == []


def test_near_miss_the_count_of_chips_stays_and_the_model_number_goes():
    assert _texts("青禾科技出货7755芯片约80万颗。") == ["约80万"]


def test_model_size_classes_are_no_parameter_facts():
    assert _texts("6B、32B参数级别的开源模型下载量领先。") == []


def test_near_miss_a_models_parameter_count_stays():
    assert _texts("青禾大模型参数量为1300亿。") == ["1300亿"]


def test_the_length_of_a_look_back_window_is_no_fact():
    assert _texts("该应用近45天下载量位居前列。") == []


def test_near_miss_the_figure_in_the_window_stays():
    assert "320万" in _texts("该应用近45天下载量达320万次。")
    assert "近45" not in _texts("该应用近45天下载量达320万次。")


def test_option_pricing_in_a_desk_note_is_no_fact():
    assert _texts("青禾科技业绩前IV 52%，IV曾升至69%。") == []
    assert _texts("青禾科技业绩前隐含波动率升至58%，公布后回落至37%。") == []


def test_near_miss_a_growth_in_the_same_note_before_the_option_words_stays():
    t = _texts("青禾科技收入按年增长27%。业绩前IV 52%。")
    assert t == ["27%"]


def test_a_clause_a_bracketed_remark_calls_no_data_gives_no_row():
    assert _texts("星澜耳机支持85种语言（功能参数，非统计数据）。") == []
    assert _texts("星澜X9单卡显存容量141GB（规格，非规模数据）。") == []


def test_near_miss_a_bracket_without_the_remark_keeps_its_clause():
    # (a memory size, not a bandwidth: a rate per second is no amount at all since lexunit16)
    assert "141GB" in "".join(_texts("星澜X9单卡显存容量141GB（实测）。"))


def test_screening_thresholds_are_no_facts():
    assert _texts("建议关注PS低于25倍、收入增速高于60%的标的。") == []


def test_near_miss_a_stated_valuation_stays():
    assert _texts("青禾科技PE约25倍。") == ["约25倍"]


# h27b class 2: convertible-bond metrics are valuation instrument metrics, not the basket's theme


def _rows(text: str) -> list[tuple]:
    f = facts_of_text(text, DAY)
    return list(zip(f["theme"], f["metric"], f["value"].round(4)))


def test_a_conversion_premium_of_a_bond_basket_is_valuation_not_compute():
    assert _rows("光模块相关转债平均转股溢价率为21.6%。") == [("valuation", "average_conversion_premium", 0.216)]


def test_a_bonds_conversion_premium_is_its_own_metric():
    assert ("valuation", "conversion_premium", 0.1275) in _rows("星澜转债收盘价为142.3元，转股溢价率为12.75%。")


def test_central_premium_and_median_yield_to_maturity():
    rows = _rows("本周百元平价溢价率中枢约为27.4%，到期收益率中位数降至-2.3%。")
    assert ("valuation", "average_conversion_premium", 0.274) in rows
    assert ("valuation", "median_yield_to_maturity", -0.023) in rows


def test_near_miss_return_on_equity_is_untouched():
    assert _rows("青禾科技净资产收益率为14%。") == [("earnings", "roe", 0.14)]
