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
from aigc_analysis.extract.quantities import find_unit_labels
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
