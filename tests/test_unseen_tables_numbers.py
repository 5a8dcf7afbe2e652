"""Failure classes of tables and numbers seen on reports in no scored set (T1-T7, P1).

Every example is an invented text, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_unit_labels
from text_facts import facts_of


def _row(f, text):
    rows = f[f["text"] == text]
    assert len(rows) == 1, f[["metric", "value", "unit", "text"]].to_string()
    return rows.iloc[0]


# --- T1: units written in a table's column header or caption ------------------------------
@pytest.mark.parametrize("label, mult, unit", [
    ("營收(新台幣億元)", 1e8, "TWD"),
    ("單位：新台幣億元", 1e8, "TWD"),
    ("（人民币百万元）", 1e6, "CNY"),
    ("(亿美元)", 1e8, "USD"),
])
def test_currency_before_magnitude_in_a_label(label, mult, unit):
    (_, _, m, u), = find_unit_labels(label)
    assert (float(m), u) == (mult, unit)


VALUATION_TABLE = (
    "表3：样本公司估值一览\n\n"
    "公司名称    收盘价(元)    2026E EPS(元)    2027E EPS(元)    PE(倍)    PB\n"
    "示例科技    64.10    2.05    2.61    31.3    4.2\n"
)


def test_price_eps_and_multiples_take_their_header_units():
    f = facts_of(VALUATION_TABLE)
    price = _row(f, "64.10")
    assert (price["metric"], price["unit"], price["theme"]) == ("share_price", "CNY", "valuation")
    for text, year in (("2.05", "2026"), ("2.61", "2027")):
        eps = _row(f, text)
        assert (eps["metric"], eps["unit"], eps["period"], bool(eps["is_estimate"])) == ("eps", "CNY", year, True)
    pe = _row(f, "31.3")
    assert (pe["metric"], pe["unit"]) == ("pe_ratio", "multiple")
    pb = _row(f, "4.2")
    assert (pb["metric"], pb["unit"]) == ("pb_ratio", "multiple")


def test_bare_multiple_column_is_never_a_count():
    f = facts_of("公司    市盈率    市净率\n示例科技    18.6    2.9\n")
    assert set(f["unit"]) == {"multiple"}
    assert set(f["metric"]) == {"pe_ratio", "pb_ratio"}


def test_twd_caption_gives_money_not_growth():
    f = facts_of("表5：示例晶圆厂营收（單位：新台幣億元）\n\n項目    2024A    2025E\n營收    18420    22150\n")
    row = _row(f, "22150")
    assert (row["metric"], row["unit"], row["period"]) == ("revenue", "TWD", "2025")
    assert row["value"] == pytest.approx(2.215e12)
    assert bool(row["is_estimate"])


def test_twd_header_cell_gives_money():
    f = facts_of("公司    營收(新台幣億元)    本益比(倍)\n示例電子    5120    16.4\n")
    row = _row(f, "5120")
    assert (row["metric"], row["unit"], row["value"]) == ("revenue", "TWD", pytest.approx(5.12e11))


# --- T3: valuation words -------------------------------------------------------------------
@pytest.mark.parametrize("text", ["示例電子目前本益比約18倍，低於同業。", "示例电子本益比约18倍，低于同业平均。"])
def test_taiwanese_pe_word_is_a_valuation_multiple(text):
    f = facts_of(text)
    assert len(f) == 1, f[["metric", "value", "text"]].to_string()
    row = f.iloc[0]
    assert (row["theme"], row["metric"], row["unit"], row["value"]) == ("valuation", "pe_ratio", "multiple", 18)


# --- T4: doubling words and counts of adopters ------------------------------------------------
def test_two_doublings_of_different_things_are_two_facts():
    f = facts_of("示例公司今年营收翻倍，同时服务器出货量倍增。")
    doubled = f[f["value"] == 2]
    assert len(doubled) == 2
    assert set(doubled["metric"]) == {"revenue_growth", "shipment_growth"}
    assert set(doubled["unit"]) == {"multiple"}


@pytest.mark.parametrize("text", ["收入3倍增长", "订单成倍增长"])
def test_bei_zeng_inside_a_multiple_is_no_doubling(text):
    from aigc_analysis.extract.quantities import find_quantities
    assert all(q.value != 2 for q in find_quantities(text))


def test_half_more_is_fifty_percent():
    row = facts_of("示例公司今年收入比去年多出一半。").iloc[0]
    assert (row["metric"], row["value"], row["unit"]) == ("revenue_growth", 0.5, "ratio")


def test_count_of_businesses_plugged_in_is_adoption():
    row = facts_of("示例平台已有超过600个业务接入该模型。").iloc[0]
    assert (row["theme"], row["metric"], row["value"], row["unit"]) == ("adoption", "adopters", 600, "count")
    assert row["qualifier"] == "over"


# --- T2: a currency named once carries over a list ------------------------------------------
def _quantities(text):
    from aigc_analysis.extract.quantities import find_quantities
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


def test_twd_carries_to_bare_yuan_in_the_same_sentence():
    qs = [q for q in _quantities("示例晶圓廠今年資本支出約新台幣900億元，其中封裝350億元；三年累計1.2兆元。")
          if q[2] != "years"]
    assert [u for _, _, u in qs] == ["TWD", "TWD", "TWD"]
    assert qs[2][1] == pytest.approx(1.2e12)  # 兆 is 1e12


@pytest.mark.parametrize("text", [
    "示例公司營收新台幣300億元，約合68億元人民幣。",  # a conversion into yuan
    "示例公司營收新台幣300億元。另一家公司收入20億元。",  # another sentence
    "海外厂商资本开支超过900亿美元，国内厂商资本开支300亿元。",  # mainland writers: 元 is yuan
])
def test_bare_yuan_stays_yuan_after_a_conversion_a_full_stop_or_dollars(text):
    assert _quantities(text)[-1][2] == "CNY"


# --- T5 / P1: English signed figures and tolerance bands ------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Operating cash flow was -US$1.4bn in the quarter.", -1.4e9),
    ("net cash of -$250m at year end", -2.5e8),
])
def test_minus_before_a_currency_is_the_sign(text, value):
    (_, v, unit), = _quantities(text)
    assert v == pytest.approx(value) and unit == "USD"


@pytest.mark.parametrize("text", ["guidance implies ±US$1.5bn of swing", "误差在±3%以内"])
def test_plus_minus_is_a_tolerance_not_a_figure(text):
    assert _quantities(text) == []


def test_signed_english_growth_figures_are_growth_facts():
    f = facts_of("Cloud revenue rose +31% y/y (constant currency +28%), subscriptions +9% y/y.")
    growth = f[f["unit"] == "ratio"]
    assert sorted(growth["value"].round(2)) == [0.09, 0.28, 0.31]


def test_signed_amount_keeps_its_sentence_period():
    f = facts_of("FY2024 free cash flow was -US$2.2bn, with a band of ±US$1bn.")
    assert len(f) == 1
    row = f.iloc[0]
    assert (row["value"], row["period"], row["metric"]) == (pytest.approx(-2.2e9), "FY2024", "free_cash_flow")


# --- T6: market moves of indexes and sectors --------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("本周示例光模块指数上涨6%。", 0.06),
    ("算力租赁板块年内上涨18%。", 0.18),
    ("随后示例半导体指数回调9%。", -0.09),
])
def test_index_and_sector_moves_are_returns(text, value):
    f = facts_of(text)
    assert len(f) == 1, f[["metric", "value", "text"]].to_string()
    row = f.iloc[0]
    assert (row["theme"], row["metric"]) == ("valuation", "return")
    assert row["value"] == pytest.approx(value)


def test_a_rise_after_a_revenue_amount_stays_growth():
    f = facts_of("示例公司服务器收入为12亿元，同比上涨30%。")
    assert "revenue_growth" in set(f["metric"]) or "server_revenue_growth" in set(f["metric"])
    assert "return" not in set(f["metric"])


# --- T7: moves over a date range, and the base of a comparison ---------------------------------
def test_move_over_a_date_range_is_a_return_with_a_span():
    # a past move: the span is the latest one up to publication (a report of 2025-11-20)
    row = facts_of("10月13日至11月14日，示例算力指数反弹11%。", published=dt.date(2025, 11, 20)).iloc[0]
    assert (row["metric"], row["value"], row["period"]) == ("return", pytest.approx(0.11), "2025-10-13/2025-11-14")


def test_comparison_base_amount_is_a_level_of_its_period():
    f = facts_of("两市日均成交额1.6万亿元，较8月的2.1万亿元缩量。")
    base, now = _row(f, "2.1万亿元"), _row(f, "1.6万亿元")
    assert base["metric"] == now["metric"] and base["metric"].endswith("turnover")
    assert (base["value"], base["period"]) == (pytest.approx(2.1e12), "2025-08")


def test_amount_a_change_reaches_is_a_level():
    f = facts_of("两市成交额较8月的2.1万亿元缩量至1.6万亿元。")
    assert set(f["metric"]) == {"turnover"}
    assert (f["value"] > 0).all()


def test_amount_of_a_change_stays_a_change():
    f = facts_of("两市成交额1.6万亿元，较8月缩量5000亿元。")
    row = f[f["metric"] == "turnover_change"].iloc[0]
    assert row["value"] == pytest.approx(-5e11)


@pytest.mark.parametrize("text", ["增持：预期未来6个月内股价相对基准指数涨幅在5%-15%之间。",
                                  "买入：若未来12个月股价相对涨幅超过20%以上，评级为买入。"])
def test_rating_scale_thresholds_are_boilerplate(text):
    assert facts_of(text).empty


def test_upside_beside_a_rating_is_kept():
    f = facts_of("我们维持买入评级，目标价对应上涨空间25%。")
    assert list(f["metric"]) == ["upside"] and f["value"].iloc[0] == pytest.approx(0.25)


def test_slogan_is_no_price():
    f = facts_of("推理价格迈入“一元时代”，示例模型输入价格降至每百万tokens 0.6元。")
    assert list(f["text"]) == ["0.6元"]


@pytest.mark.parametrize("text", ["示例公司推出参数量上万亿的大模型。", "示例模型参数规模超过千亿。"])
def test_vague_order_of_magnitude_is_no_parameter_count(text):
    assert facts_of(text).empty


def test_parameter_count_with_digits_is_kept():
    f = facts_of("示例模型参数量达1.2万亿。")
    assert list(f["metric"]) == ["parameters"] and f["value"].iloc[0] == pytest.approx(1.2e12)


# --- T6: holdings and tenders ------------------------------------------------------------------
def test_fund_holding_share_is_a_valuation_stake():
    row = facts_of("截至三季度末，示例基金对该股的持仓占比为3.8%。").iloc[0]
    assert (row["theme"], row["metric"], row["value"]) == ("valuation", "stake", pytest.approx(0.038))


def test_carrier_server_tender_units_are_market():
    f = facts_of("某运营商启动AI服务器集中采购，规模约5000台。")
    row = _row(f, "约5000")
    assert (row["theme"], row["metric"], row["unit"]) == ("market", "procurement_units", "count")


# --- T1: a metric header line above a line of forecast years ----------------------------------
@pytest.mark.parametrize("table", [
    "公司    EPS(元)            PE(倍)\n        2026E    2027E    2026E    2027E\n示例科技    1.40    1.95    42.0    30.2\n",
    "公司\tEPS(元)\t\tPE(倍)\t\n\t2026E\t2027E\t2026E\t2027E\n示例科技\t1.40\t1.95\t42.0\t30.2\n",
])
def test_two_line_header_gives_metric_unit_and_forecast_year(table):
    f = facts_of(table)
    got = {(r.text, r.metric, r.unit, r.period, bool(r.is_estimate)) for r in f.itertuples()}
    assert got == {("1.40", "eps", "CNY", "2026", True), ("1.95", "eps", "CNY", "2027", True),
                   ("42.0", "pe_ratio", "multiple", "2026", True), ("30.2", "pe_ratio", "multiple", "2027", True)}


@pytest.mark.parametrize("table, unit", [
    ("公司    收盘价    2026E EPS    2027E EPS\n示例科技    64.10    2.05    2.61\n", "CNY"),
    ("公司\t收盘价(港元)\t2026E EPS\t2027E EPS\n示例控股\t64.10\t2.05\t2.61\n", "HKD"),
])
def test_bare_per_share_columns_are_money_and_forecasts_are_kept(table, unit):
    f = facts_of(table)
    price = _row(f, "64.10")
    assert (price["metric"], price["unit"]) == ("share_price", unit)
    eps = f[f["metric"] == "eps"].sort_values("period")
    assert list(eps["period"]) == ["2026", "2027"] and set(eps["unit"]) == {unit}
    assert eps["is_estimate"].all()


def test_bare_yuan_label_in_a_twd_table_is_twd():
    f = facts_of("表8：示例電子盈利預測（新台幣億元）\n\n指標\t2024A\t2025E\n營收\t1520\t1880\nEPS(元)\t5.20\t6.40\n")
    assert set(f[f["metric"] == "eps"]["unit"]) == {"TWD"}
    assert set(f[f["metric"] == "revenue"]["unit"]) == {"TWD"}


def test_bare_yuan_label_in_a_yuan_table_stays_cny():
    f = facts_of("表9：示例科技盈利预测（亿元）\n\n指标\t2024A\t2025E\n营收\t1520\t1880\nEPS(元)\t5.20\t6.40\n")
    assert set(f["unit"]) == {"CNY"}


def test_round_multiple_in_a_markdown_row_is_a_value():
    f = facts_of("| 公司 | 股价(元) | EPS(元) | PE(倍) |\n|---|---|---|---|\n| 示例科技 | 45.6 | 1.2 | 38.0 |\n")
    row = _row(f, "38.0")
    assert (row["metric"], row["unit"], row["value"]) == ("pe_ratio", "multiple", 38.0)
