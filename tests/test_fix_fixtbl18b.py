"""Table captions and cells that were not read: a unit followed by a note after a semicolon,
bracketed losses in fixed-width columns, a value column whose unit only the header gives,
bullets under a unit lead without a colon, and an English caption naming each column's unit.

Every example is invented (青岚智算, 688000.SH, exists in no report).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import aigc_analysis as aa
from aigc_analysis.extract.quantities import find_unit_labels, scoped_unit_labels
from helpers_text import facts_of_text

DAY = dt.date(2026, 3, 2)


@pytest.mark.parametrize("caption, mult, unit", [
    ("三、财务摘要（人民币百万元；截至12月31日止年度）", 1_000_000, "CNY"),
    ("表5：经营数据（亿元；2025年为预测值，其余为实际值，数据经四舍五入）", 100_000_000, "CNY"),
    ("四、財務摘要（人民幣千元；截至6月30日止六個月）", 1000, "CNY"),
])
def test_a_unit_then_a_note_after_a_semicolon(caption, mult, unit):
    (_, _, m, u), = find_unit_labels(caption)
    assert (m, u) == (Decimal(mult), unit)


@pytest.mark.parametrize("caption", ["（亿元，2025年）", "（同比+35%；预计）", "（2025年；亿元）", "（注：下同；单位见表头）"])
def test_prose_brackets_stay_no_unit(caption):
    assert find_unit_labels(caption) == []


def test_results_table_under_a_noted_caption_with_bracketed_losses():
    text = ("青岚智算（688000.SH）上市摘要\n\n"
            "三、财务摘要（人民币百万元；截至12月31日止年度）\n"
            "项目　　　　　　2023年　　　2024年　　　2025年\n"
            "营业收入　　　　356.7　　　 1,204.3　　 2,318.9\n"
            "年内亏损　　　　(415.2)　　 (1,087.6) (1,342.8)\n")
    f = facts_of_text(text, DAY)
    got = {(r.text, r.period): (r.value, r.unit) for r in f.itertuples()}
    assert got[("1,204.3", "2024")] == (1_204_300_000, "CNY")
    assert got[("(415.2)", "2023")] == (-415_200_000, "CNY")
    assert got[("(1,087.6)", "2024")] == (-1_087_600_000, "CNY")
    assert got[("(1,342.8)", "2025")] == (-1_342_800_000, "CNY")


def test_single_blank_between_words_is_no_accounting_cell():
    assert [q.value for q in aa.find_quantities("公司亏损(1,206.5) (1,478.3)元")] == []


def test_every_row_of_a_value_column_whose_header_gives_the_unit():
    text = ("青岚智算（688000.SH）招股摘要\n\n"
            "公司已与四名基石投资者订立协议，合共认购约1.4亿美元的发售股份。\n\n"
            "投资者　　　　　　　　　　认购金额（百万美元）\n"
            "松涛资本（主权基金）　　　40.0\n"
            "远岫产业基金　　　　　　　35.0\n"
            "Grey Cliff Fund　　　　　 30.0\n"
            "某长线资管公司　　　　　　35.0\n")
    f = facts_of_text(text, DAY)
    cells = {r.text: (r.value, r.unit) for r in f.itertuples() if r.text.endswith(".0")}
    assert cells == {"40.0": (40_000_000, "USD"), "35.0": (35_000_000, "USD"), "30.0": (30_000_000, "USD")}
    assert len(f[f["text"].str.endswith(".0")]) == 4


def test_a_version_number_outside_a_table_stays_no_value():
    assert [q.text for q in aa.find_quantities("公司发布岚山3.0大模型")] == []


def test_bullets_under_a_unit_lead_without_a_colon():
    text = ("出行周报\n\n"
            "▍价格跟踪（元/公里，工作日晚高峰，抽样）\n"
            "- 萝卜快跑（成都）：2.2\n"
            "- 小马智行（深圳）：2.5\n"
            "- 出租车（成都，对照组）：3.1\n")
    f = facts_of_text(text, DAY)
    got = {r.text: (r.value, r.unit) for r in f.itertuples()}
    assert got == {"2.2": (2.2, "CNY"), "2.5": (2.5, "CNY"), "3.1": (3.1, "CNY")}


def test_a_prose_line_ending_in_a_bracket_leads_no_list():
    text = ("出行周报\n\n"
            "本周运价整体平稳，成都略有回落（元/公里）。\n"
            "- 萝卜快跑（成都）：2.2\n"
            "- 小马智行（深圳）：2.5\n")
    f = facts_of_text(text, DAY)
    assert not any(f["unit"] == "CNY")


def test_english_scoped_qualifier_holds_blanks():
    scoped = scoped_unit_labels("Table 3: Selected markets (capacity/under construction in MW; rent in US$/kW/month)")
    assert [(q, u) for q, *_, u in scoped] == [("capacity/under construction", "watts"), ("rent", "USD")]


def test_english_caption_names_the_unit_of_each_column():
    text = ("Data-centre leasing monitor\n\n"
            "Table 3: Selected markets, 2H25 (capacity/under construction in MW; rent in US$/kW/month)\n"
            "Market         Capacity   Vacancy   Under constr.   Asking rent\n"
            "Phoenix        1,230      1.4%      640             128\n"
            "Columbus       715        2.2%      1,180           117\n")
    f = facts_of_text(text, DAY)
    got = {r.text: (r.value, r.unit) for r in f.itertuples()}
    assert got["1,230"] == (1_230_000_000, "watts")
    assert got["640"] == (640_000_000, "watts")
    assert got["1,180"] == (1_180_000_000, "watts")
    assert got["128"] == (128, "USD")
    assert got["2.2%"] == (0.022, "ratio")
