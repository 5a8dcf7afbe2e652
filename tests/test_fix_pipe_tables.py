"""Preview tables written with pipes, remarks cells giving guidance, and a sector total in the
prose after a table of companies (fixpipe classes 1-3).

Every example is an invented text, not a line of any report."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from aigc_analysis.extract.segment import tab_bare_pipe_rows
from helpers_text import facts_of_text, row_of

PUBLISHED = dt.date(2026, 1, 20)


def _facts(text: str) -> pd.DataFrame:
    return facts_of_text(text, PUBLISHED)


# --- 1: a preview table with pipes between its cells and none at the line's ends -------------
PREVIEW = (
    "AI应用板块业绩前瞻\n\n"
    "表2：AI应用A股公司业绩前瞻（单位：亿元；同比单位：%，为2025Q4同比）\n"
    "序号 | 公司 | 代码 | 2025Q4E归母净利润 | 同比 | 2026Q1E归母净利润 | 备注\n"
    "01 | 金山办公 | 688111 | 5.20 | 31.5 | 4.10 | 订阅增长\n"
    "02 | 澜光智能 | 688999 | 0.45 | 扭亏 | 0.38 | 推理卡批量交付\n"
    "03 | 青禾科技 | 300000 | -0.85 | 不适用 | -- | 训练卡放量\n"
)


def test_each_row_is_its_firm_cell_with_the_header_metric_and_period():
    f = _facts(PREVIEW)
    first = row_of(f, "5.20")
    assert (first["entity"], first["metric"], first["value"], first["unit"], first["period"]) == \
        ("Kingsoft Office", "net_profit", 5.2e8, "CNY", "2025Q4")
    # an unknown firm is its own row, never the row above's; its remark names no metric
    unknown = row_of(f, "0.45")
    assert (unknown["entity"], unknown["metric"], unknown["period"]) == ("Languang", "net_profit", "2025Q4")
    assert row_of(f, "0.38")["period"] == "2026Q1"
    assert row_of(f, "0.38")["metric"] == "net_profit"


def test_growth_column_is_the_captions_quarter_and_a_negative_cell_a_loss():
    f = _facts(PREVIEW)
    growth = row_of(f, "31.5")
    assert (growth["metric"], growth["value"], growth["unit"], growth["period"]) == \
        ("net_profit_growth", pytest.approx(0.315), "ratio", "2025Q4")
    loss = row_of(f, "-0.85")
    assert (loss["entity"], loss["metric"], loss["value"]) == ("Qinghe", "net_profit", -8.5e7)


def test_serials_codes_and_placeholders_are_no_facts():
    f = _facts(PREVIEW)
    assert not f["text"].isin(["01", "02", "03", "688111", "688999", "300000", "--"]).any()
    assert len(f) == 6, f[["text", "entity", "metric"]].to_string()
    assert set(f["metric"]) == {"net_profit", "net_profit_growth"}


@pytest.mark.parametrize("header, row", [
    ("公司 | 2025Q4E归母净利润 | 2026Q1E归母净利润", "澜光智能 | 0.45 | 0.38"),  # no serial, no code
    ("代码 | 公司 | 2025Q4E归母净利润 | 2026Q1E归母净利润", "688999 | 澜光智能 | 0.45 | 0.38"),
    ("公司 | 2025Q4E归母净利润 | 2026Q1E归母净利润", "澜光智能 |0.45| 0.38"),  # blanks as they come
])
def test_layout_variants(header, row):
    text = "表1：业绩前瞻（单位：亿元）\n" + header + "\n金山办公 | 5.20 | 4.10\n" + row + "\n" \
        if header.startswith("公司") else \
        "表1：业绩前瞻（单位：亿元）\n" + header + "\n688111 | 金山办公 | 5.20 | 4.10\n" + row + "\n"
    f = _facts(text)
    r = row_of(f, "0.45")
    assert (r["entity"], r["metric"], r["value"], r["period"]) == ("Languang", "net_profit", 4.5e7, "2025Q4")


def test_a_lone_line_with_a_pipe_is_no_table():
    byline = "计算机 | 算力基础设施  2025.11.03\n正文一句。\n"
    assert tab_bare_pipe_rows(byline) == byline
    menu = "首页 | 研究 | 关于我们\n首页 | 研究 | 联系我们\n"
    assert tab_bare_pipe_rows(menu) == menu  # no value rows: navigation, not a table
    two = "公司 | 营收\n金山办公 | 5.20\n"
    assert tab_bare_pipe_rows(two) == two  # one value row is too little to call a table


def test_markdown_rows_with_outer_pipes_are_left_to_the_markdown_reader():
    md = "| 公司 | 营收 |\n|---|---|\n| 甲 | 1.0 |\n| 乙 | 2.0 |\n"
    assert tab_bare_pipe_rows(md) == md


def test_short_markdown_separator_holds_no_cells():
    text = "资本开支（十亿美元）\n公司 | 2024A | 2025E\n---|---|---\nAlphabet | 52.5 | 91.0\nMeta | 39.2 | 70.0\n"
    f = _facts(text)
    assert (row_of(f, "91.0")["entity"], row_of(f, "91.0")["period"]) == ("Alphabet", "2025")
    assert len(f) == 4


# --- 2: a remarks cell giving guidance -------------------------------------------------------
def _capex_table(remark: str) -> str:
    return ("海外云厂商资本开支跟踪\n\n单位：十亿美元 (US$bn)\n"
            "| 公司 | 2024A | 2025E | 2026E | 备注 |\n|---|---|---|---|---|\n"
            f"| Alphabet | 52.5 | 91.0 | 120.0 | {remark} |\n"
            "| Meta | 39.2 | 70.0 | 110.0 | -- |\n")


@pytest.mark.parametrize("remark, text", [
    ("2025指引91-93", "91-93"),
    ("2025年指引91-93", "91-93"),
    ("公司指引2025年91~93", "91~93"),
])
def test_guidance_range_in_a_remarks_cell(remark, text):
    f = _facts(_capex_table(remark))
    g = row_of(f, text)
    assert (g["entity"], g["theme"], g["metric"], g["value"], g["value_high"], g["unit"], g["period"]) == \
        ("Alphabet", "capex", "capex_guidance", 91e9, 93e9, "USD", "2025")
    # the value cell of the same year stays the estimate it is
    est = row_of(f, "91.0")
    assert (est["metric"], est["value"], est["period"]) == ("capex", 91e9, "2025")


@pytest.mark.parametrize("remark", ["2025上调91-93", "2025预计91-93", "2025年91-93"])
def test_a_remarks_cell_without_a_guidance_word_gives_nothing(remark):
    f = _facts(_capex_table(remark))
    assert len(f) == 6, f[["text", "metric"]].to_string()
    assert not f["metric"].str.endswith("_guidance").any()


def test_fiscal_and_growth_tables_beside_it():
    text = _capex_table("2025指引91-93") + (
        "\n甲骨文资本开支（US$bn）\n| 公司 | FY24A | FY25A | FY26E |\n|---|---|---|---|\n| Oracle | 6.9 | 21.2 | 35.0 |\n"
        "\n资本开支同比增速 (YoY, %)\n| 公司 | 2024A | 2025E |\n|---|---|---|\n| Alphabet | 62.9 | 73.3 |\n")
    f = _facts(text)
    assert (row_of(f, "21.2")["entity"], row_of(f, "21.2")["period"], row_of(f, "21.2")["value"]) == \
        ("Oracle", "FY2025", 21.2e9)
    g = row_of(f, "73.3")
    assert (g["metric"], g["value"], g["unit"], g["period"]) == ("capex_growth", pytest.approx(0.733), "ratio", "2025")


# --- 3: a sector total in the prose after the table ------------------------------------------
AGGREGATE = "预计2025Q4合计归母净利润约182.7亿元，同比增长约51%；2026Q1合计约139.8亿元（科大讯飞、澜光智能未覆盖）。\n"


def test_total_after_the_table_is_the_covered_sample():
    f = _facts(PREVIEW + "\n" + AGGREGATE)
    for text in ("约182.7亿元", "约51%", "约139.8亿元"):
        assert row_of(f, text)["entity"] == "Covered AI application A-shares"
    assert (row_of(f, "约139.8亿元")["metric"], row_of(f, "约139.8亿元")["period"]) == ("net_profit", "2026Q1")
    assert row_of(f, "约51%")["metric"] == "net_profit_growth"


@pytest.mark.parametrize("caption, name", [
    ("表2：重点港股公司业绩前瞻（单位：亿元）", "Covered Hong Kong stocks"),
    ("表2：AI应用公司业绩前瞻（单位：亿元）", "Covered AI application companies"),
    ("业绩前瞻（单位：亿元）", "Covered companies"),
])
def test_sample_named_from_the_caption(caption, name):
    table = caption + "\n公司 | 2025Q4E归母净利润\n金山办公 | 5.20\n澜光智能 | 0.45\n"
    f = _facts(table + "\n" + AGGREGATE)
    assert row_of(f, "约182.7亿元")["entity"] == name


def test_named_members_keep_their_own_total():
    text = PREVIEW + "\n金山办公、澜光智能合计归母净利润约5.65亿元。\n"
    assert "Covered" not in row_of(_facts(text), "约5.65亿元")["entity"]


def test_no_table_no_covered_sample():
    text = "AI应用板块业绩前瞻\n\n" + AGGREGATE
    assert "Covered" not in row_of(_facts(text), "约182.7亿元")["entity"]


def test_a_table_of_models_has_no_covered_sample():
    text = ("表1：主要模型参数量\n模型 | 参数量（亿）\nGPT-4o | 2000\nClaude 3 | 1750\n\n"
            "预计2025Q4合计资本开支约182.7亿元。\n")
    f = _facts(text)
    assert not f["entity"].str.startswith("Covered").any()


def test_total_before_the_table_it_sums():
    text = "AI应用板块业绩前瞻\n\n" + AGGREGATE + "\n" + PREVIEW.split("\n\n", 1)[1]
    assert row_of(_facts(text), "约139.8亿元")["entity"] == "Covered AI application A-shares"


def test_a_named_group_keeps_its_total():
    text = PREVIEW + "\n海外云厂商合计资本开支约182.7亿元。\n"
    assert "Covered" not in row_of(_facts(text), "约182.7亿元")["entity"]


def test_a_counted_group_keeps_its_total():
    """``四家公司…合计`` names its own group (the firms counted), even next to a company table."""
    text = "三家公司2025年四季度归母净利润合计约182.7亿元，同比增长约51%。\n\n" + PREVIEW.split("\n\n", 1)[1]
    assert "Covered" not in row_of(_facts(text), "约182.7亿元")["entity"]
