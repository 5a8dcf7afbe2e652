"""Issue 13 classes seen on unseen reports: expense lines, product shipments, terse price cuts.

Every example is an invented text, not a line of any report."""
from __future__ import annotations

import pytest

from text_facts import facts_of


def _row(f, text):
    rows = f[f["text"] == text]
    assert len(rows) == 1, f[["metric", "value", "unit", "text"]].to_string()
    return rows.iloc[0]


# --- income-statement expense lines and their ratios ----------------------------------------
EXPENSES = ("样例科技发布季报。公司前三季度研发费用4.27亿元，同比增长12.6%，研发费用率9.3%，"
            "同比下降0.8个百分点；销售费用2.15亿元，管理费用率5.1%，财务费用-0.32亿元。")


def test_expense_amounts_growth_ratios_and_pp_change():
    f = facts_of(EXPENSES)
    expected = {
        "4.27亿元": ("rd_expense", 4.27e8, "CNY"),
        "12.6%": ("rd_expense_growth", 0.126, "ratio"),
        "9.3%": ("rd_expense_ratio", 0.093, "ratio"),
        "下降0.8个百分点": ("rd_expense_ratio_change", -0.008, "pp"),
        "2.15亿元": ("selling_expense", 2.15e8, "CNY"),
        "5.1%": ("admin_expense_ratio", 0.051, "ratio"),
    }
    for text, (metric, value, unit) in expected.items():
        row = _row(f, text)
        assert (row["metric"], row["unit"], row["theme"]) == (metric, unit, "earnings")
        assert row["value"] == pytest.approx(value)
        assert row["entity"] == "Yangli"


@pytest.mark.parametrize("sentence, metric", [
    ("样例软件全年研发投入8.6亿元。", "rd_expense"),
    ("样例软件期间费用率18.4%。", "period_expense_ratio"),
    ("样例软件销售费用率12.2%。", "selling_expense_ratio"),
])
def test_other_expense_words(sentence, metric):
    f = facts_of(sentence)
    assert metric in set(f["metric"]), f[["metric", "text"]].to_string()


def test_expense_word_does_not_take_the_revenue_growth():
    # The growth sits with 营收; the expense amount after it must not pull the growth over.
    f = facts_of("样例科技前三季度营收同比增长21.5%；销售费用2.15亿元。")
    assert _row(f, "21.5%")["metric"] == "revenue_growth"
    assert _row(f, "2.15亿元")["metric"] == "selling_expense"
    assert not f["metric"].str.contains("expense_growth").any()


# --- terse price cuts: 输入降/输出降 sign the side's price change ----------------------------
def test_terse_input_output_cuts_are_signed_price_changes():
    f = facts_of("样例云宣布调价：Qwen-Plus输入降40%，输出降65%；Qwen-Max输出涨10%。")
    expected = {"降40%": ("input_price_change", -0.40), "降65%": ("output_price_change", -0.65),
                "10%": ("output_price_change", 0.10)}
    for text, (metric, value) in expected.items():
        row = _row(f, text)
        assert (row["metric"], row["theme"], row["unit"]) == (metric, "pricing", "ratio")
        assert row["value"] == pytest.approx(value)


def test_input_output_without_a_price_verb_is_no_price_change():
    # 输入/输出 of tokens or power are no prices: only the verb right after them makes one.
    f = facts_of("样例模型支持输入25万tokens，输出速度提升30%。")
    assert not f["metric"].str.contains("price").any(), f[["metric", "text"]].to_string()


# --- product shipments in a company note ------------------------------------------------------
NOTE = "样例科技（688000）：新品放量\n公司PCIe 6.0 Switch单季出货约260万颗，环比增长约三成。"


def test_chip_shipments_counted_in_ke_are_the_companys_compute_facts():
    f = facts_of(NOTE)
    ship = _row(f, "约260万")
    assert (ship["theme"], ship["entity"], ship["metric"], ship["unit"]) == \
        ("compute", "Yangli", "shipments", "count")
    assert ship["value"] == pytest.approx(2.6e6)
    growth = _row(f, "约三成")
    assert (growth["entity"], growth["unit"]) == ("Yangli", "ratio")
    assert growth["metric"].startswith("shipment_growth")
    assert growth["value"] == pytest.approx(0.3)


def test_server_shipments_counted_in_tai_stay_market():
    f = facts_of("样例科技（688000）：服务器放量\n公司服务器出货3.1万台，同比增长22%。")
    assert set(f.loc[f["metric"].str.startswith("shipment"), "theme"]) == {"market"}


# --- a growth column takes the period of the column left of it ---------------------------------
CAPEX_TABLE = ("表4：海外云厂商资本开支（亿美元）\n\n"
               "| 公司 | 2027Q1 | 同比 |\n|---|---|---|\n| 亚马逊 | 418 | 37% |\n| Meta | 193 | 61% |\n")


def test_capex_table_with_unit_in_caption_and_growth_column():
    f = facts_of(CAPEX_TABLE)
    amount = _row(f, "418")
    assert (amount["entity"], amount["metric"], amount["unit"], amount["period"]) == \
        ("Amazon", "capex", "USD", "2027Q1")
    assert amount["value"] == pytest.approx(418e8)
    growth = _row(f, "61%")
    assert (growth["entity"], growth["metric"], growth["unit"], growth["period"]) == \
        ("Meta", "capex_growth", "ratio", "2027Q1")
    assert growth["value"] == pytest.approx(0.61)


def test_growth_column_after_a_metric_column_keeps_the_caption_period():
    # 收入 | 同比: the growth belongs to the metric column, the period is the caption's
    f = facts_of("表5：2026年样例公司经营数据（亿元）\n\n| 公司 | 2025年收入 | 净利润 | 同比 |\n"
                 "|---|---|---|---|\n| 样例科技 | 88 | 12 | 25% |\n")
    assert _row(f, "25%")["period"] == "2026"


def test_output_falls_to_a_level_is_a_positive_price():
    # 输出降至0.8元: a level reached after a fall is a price, positive (SCHEMA)
    f = facts_of("样例云宣布：Qwen-Plus输出降至0.8元/百万tokens。")
    row = _row(f, "0.8元/百万tokens")
    assert row["value"] == pytest.approx(0.8) and row["unit"] == "CNY"
    assert not row["metric"].endswith("_change")


# --- 销售、管理、研发费用率分别为: listed words share the keyword's tail ----------------------
def test_elided_expense_list_distributes_its_metrics():
    f = facts_of("样例科技（688000）：季报点评\n公司上半年销售、管理、财务费用率分别为3.6%、6.1%、0.4%。")
    got = {r["text"]: r["metric"] for _, r in f.iterrows()}
    assert got == {"3.6%": "selling_expense_ratio", "6.1%": "admin_expense_ratio", "0.4%": "finance_expense_ratio"}
    f = facts_of("样例科技（688000）：季报点评\n公司上半年销售/研发费用分别为1.4/2.6亿元。")
    assert list(f.sort_values("start")["metric"]) == ["selling_expense", "rd_expense"]


def test_listed_words_that_make_no_keyword_keep_the_keyword():
    # 华东、华南收入: regions are no metric words, so no metric is made up from them
    f = facts_of("样例科技（688000）：季报点评\n公司华东、华南收入分别为12亿元、9亿元。")
    assert set(f["metric"]) == {"revenue"}, f[["metric", "text"]].to_string()
