"""Number forms seen on reports in no scored set: computing capacity written with the SI letter
alone (万P, E), English broker amounts glued to a currency code or after ``c.``, accounting
negatives in table cells and data-centre racks. Every example is an invented sentence or table,
not a line of any report; each class has near-misses that must not change."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.quantities import find_quantities
from helpers_text import facts_of_text

_PUBLISHED = dt.date(2025, 9, 1)


def _quantities(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


def _facts(text: str):
    return facts_of_text(text, _PUBLISHED)


# --- 1: computing capacity with a bare P or E --------------------------------------------------
@pytest.mark.parametrize("text, span, value, qualifier", [
    ("截至今年6月，该市集群智算规模已达3.2万P。", "3.2万P", 3.2e19, None),
    ("到2027年底，全省智能算力建成20万P以上。", "20万P以上", 2e20, "at_least"),
    ("今年新增算力1.5E，增速居全国前列。", "1.5E", 1.5e18, None),
    ("该园区算力规模达2000P。", "2000P", 2e18, None),
    ("全国算力总规模约280E左右。", "约280E左右", 2.8e20, "approx"),
    ("新建超算中心的计算能力达到8,500 P。", "8,500 P", 8.5e18, None),
])
def test_bare_si_letter_is_flops_in_a_compute_sentence(text, span, value, qualifier):
    qs = [q for q in find_quantities(text) if q.unit == "flops"]
    assert len(qs) == 1, _quantities(text)
    q = qs[0]
    assert q.text == span and q.value == pytest.approx(value) and q.qualifier == qualifier


def test_bare_si_letter_range():
    q = next(q for q in find_quantities("规划智算规模10-20万P。") if q.unit == "flops")
    assert (q.value, q.value_high) == (pytest.approx(1e20), pytest.approx(2e20))


def test_bare_si_letter_fact_is_computing_capacity_without_a_year():
    f = _facts("该市智算中心算力规模达2000P，较去年翻倍。")
    row = f[f["text"] == "2000P"].iloc[0]
    assert row["theme"] == "compute" and row["metric"] == "computing_capacity"
    assert row["unit"] == "flops" and row["value"] == pytest.approx(2e18)
    assert row["period"] != "2000"  # a capacity in PFLOPS, not the year 2000


@pytest.mark.parametrize("text, kept", [
    ("公司当前P/E 35倍，估值合理。", [("35倍", 35.0, "multiple")]),         # P/E is a valuation multiple
    ("预计25E营收增长20%，算力业务占比提升。", [("20%", 0.2, "ratio")]),      # 25E is a forecast year
    ("2025E智算规模增速为30%。", [("30%", 0.3, "ratio")]),                  # 2025E is a forecast year
    ("我国已建成E级超算，算力领先。", []),                                   # E级 is a word (exascale)
    ("GPT-5E模型发布，算力需求大增。", []),                                 # a model's name
    ("空调销量中1.5P机型占比30%。", [("30%", 0.3, "ratio")]),               # 1.5P is horsepower
    ("公司门店数达3.2万P。", [("3.2万", 32000.0, "count")]),                # no word of computing capacity
    ("智算中心存储容量达5PB。", [("5PB", 5e15, "bytes")]),                  # PB is bytes
    ("建设3个万P级智算中心。", [("3", 3.0, "count")]),                       # 万P级 is a class of centre
])
def test_bare_si_letter_near_misses(text, kept):
    assert _quantities(text) == kept


# --- 2: English broker amounts ------------------------------------------------------------------
@pytest.mark.parametrize("text, span, value, unit, qualifier", [
    ("We expect capex to reach RMB42.5bn in 2025.", "RMB42.5bn", 4.25e10, "CNY", None),
    ("Global AI spending could reach USD1.2tn by 2028.", "USD1.2tn", 1.2e12, "USD", None),
    ("腾讯2025年资本开支预计为RMB 42.5bn。", "RMB 42.5bn", 4.25e10, "CNY", None),
    ("Alibaba plans c.RMB90bn of AI capex.", "c.RMB90bn", 9e10, "CNY", "approx"),
    ("Microsoft capex was c. US$80bn.", "c. US$80bn", 8e10, "USD", "approx"),
    ("Kuaishou revenue of HK$15bn.", "HK$15bn", 1.5e10, "HKD", None),
    ("Cloud revenue grew c.40% YoY.", "c.40%", 0.4, "ratio", "approx"),
    ("We estimate the market at c.250bn.", "c.250bn", 2.5e11, "count", "approx"),
    ("The stock trades at 150x earnings.", "150x", 150.0, "multiple", None),
    ("The model was trained on 12tn tokens.", "12tn", 1.2e13, "count", None),
    ("营收约EUR3.5bn。", "约EUR3.5bn", 3.5e9, "EUR", "approx"),
])
def test_english_broker_amounts(text, span, value, unit, qualifier):
    q = next((q for q in find_quantities(text) if q.text == span), None)
    assert q is not None, _quantities(text)
    assert q.value == pytest.approx(value) and q.unit == unit and q.qualifier == qualifier


def test_currency_code_amount_is_a_fact_of_the_company():
    f = _facts("腾讯2025年资本开支预计为RMB42.5bn，同比增长c.40%。")
    capex = f[f["text"] == "RMB42.5bn"].iloc[0]
    assert (capex["entity"], capex["metric"], capex["unit"]) == ("Tencent", "capex", "CNY")
    assert capex["value"] == pytest.approx(4.25e10)
    growth = f[f["text"] == "c.40%"].iloc[0]
    assert growth["metric"] == "capex_growth" and growth["value"] == pytest.approx(0.4)
    assert "RMB42.5bn" not in set(f["entity"])  # the amount is not a model name


@pytest.mark.parametrize("text, kept", [
    ("Apple Inc.40% of revenue", [("40%", 0.4, "ratio")]),     # Inc. is no "circa"
    ("The Rubin NVL144 rack ships.", []),                        # a product's name
    ("模型ABCRMB5 发布", []),                                      # RMB inside a longer word
])
def test_english_broker_near_misses(text, kept):
    assert _quantities(text) == kept
    assert all(q.qualifier is None for q in find_quantities(text))


# --- 3: accounting negatives in table cells -----------------------------------------------------
_TAB_TABLE = (
    "岚峰科技盈利预测（人民币百万元）\n"
    "项目\t2024A\t2025E\t2026E\n"
    "营业收入\t5,320\t6,100\t7,450\n"
    "归母净利润\t(1,230)\t(985)\t312\n"
)
_ALIGNED_TABLE = (
    "岚峰科技主要财务指标（百万元）\n"
    "项目          2024A      2025E      2026E\n"
    "营业收入      5,320      6,100      7,450\n"
    "净利润        (1,230)    (985.5)    (2025)\n"
)


def test_accounting_negatives_in_a_tab_table():
    f = _facts(_TAB_TABLE).set_index("text")
    assert f.loc["(1,230)", "value"] == pytest.approx(-1.23e9)
    assert f.loc["(985)", "value"] == pytest.approx(-9.85e8)
    assert f.loc["(1,230)", "metric"] == "net_profit" and f.loc["(1,230)", "unit"] == "CNY"
    assert f.loc["(1,230)", "period"] == "2024" and f.loc["(985)", "period"] == "2025"
    assert f.loc["312", "value"] == pytest.approx(3.12e8)  # the positive cell of the row stays


def test_accounting_negatives_in_an_aligned_table():
    f = _facts(_ALIGNED_TABLE)
    values = dict(zip(f["text"], f["value"]))
    assert values["(1,230)"] == pytest.approx(-1.23e9)
    assert values["(985.5)"] == pytest.approx(-9.855e8)
    assert "(2025)" not in values  # a bracketed year-like figure without a comma is not read


def test_accounting_negatives_in_a_markdown_table_with_full_width_brackets():
    text = ("岚峰科技盈利预测（单位：人民币百万元）\n| 项目 | 2024A | 2025E |\n|---|---|---|\n"
            "| 营业收入 | 5,320 | 6,100 |\n| 净利润 | （1,230） | （985） |\n")
    values = dict(zip(_facts(text)["text"], _facts(text)["value"]))
    assert values["（1,230）"] == pytest.approx(-1.23e9) and values["（985）"] == pytest.approx(-9.85e8)


@pytest.mark.parametrize("text", [
    "公司成立于2019年(注1)，目标见(2025)规划。",
    "营收(1,230)和(985)均为百万元。",           # brackets in prose, not table cells
    "净利润\t(2025)\t(2026)",                   # year-like figures in brackets
])
def test_bracketed_numbers_outside_table_cells_are_not_negatives(text):
    assert all(q.value >= 0 for q in find_quantities(text))
    assert not any(q.text.startswith("(") for q in find_quantities(text))


# --- 4: data-centre racks -----------------------------------------------------------------------
@pytest.mark.parametrize("text, span, value, metric", [
    ("智算中心标准机架3.1万架。", "3.1万", 31000.0, "standard_racks"),
    ("全国在用机架超过800万架。", "超过800万", 8e6, "racks"),
    ("该园区已投产标准机架1.2万个。", "1.2万", 12000.0, "standard_racks"),
    ("截至6月底，在用算力中心标准机架达950万架。", "950万", 9.5e6, "standard_racks"),
])
def test_racks_are_compute_counts(text, span, value, metric):
    f = _facts(text)
    row = f[f["text"] == span]
    assert len(row) == 1, f[["text", "metric", "theme"]].to_string()
    row = row.iloc[0]
    assert (row["theme"], row["metric"], row["unit"]) == ("compute", metric, "count")
    assert row["value"] == pytest.approx(value)


def test_rack_growth_and_rack_servers_near_miss():
    f = _facts("机架数量同比增长25%。")
    assert f.iloc[0]["metric"] == "rack_growth" and f.iloc[0]["theme"] == "compute"
    # 机架式服务器 is a kind of server: its shipments are no rack count
    g = _facts("该公司机架式服务器出货量达50万台。")
    assert not {"racks", "standard_racks"} & set(g["metric"])
