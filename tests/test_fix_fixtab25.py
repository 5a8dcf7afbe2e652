"""A caption's unit followed by a note on the figures it does not scale (fixtab25): results
tables of Hong Kong and US filers caption their amounts ``（人民币千元，百分比除外）``,
``（人民币百万元，除另有说明外）`` or ``(US$ million, except per share data)``; the label holds
and the note is no prose, so the table's bare cells take the label's currency and magnitude.

Every example is invented: the firms and figures exist in no report.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from aigc_analysis.extract.quantities import find_unit_labels
from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 8, 28)


@pytest.mark.parametrize("caption, mult, unit", [
    ("（人民币千元，百分比除外）", Decimal(1000), "CNY"),
    ("（人民幣千元，百分比除外）", Decimal(1000), "CNY"),
    ("（人民币百万元，除另有说明外）", Decimal(10) ** 6, "CNY"),
    ("（港币千元，另有注明除外）", Decimal(1000), "HKD"),
    ("(US$ million, except per share data)", Decimal(10) ** 6, "USD"),
    ("(RMB'000, except for percentages)", Decimal(1000), "CNY"),
])
def test_a_unit_then_an_except_note_is_the_caption_label(caption, mult, unit):
    # was: no label, the note made the bracket prose
    (_, _, m, u), = find_unit_labels(caption)
    assert (m, u) == (mult, unit)


@pytest.mark.parametrize("text", ["（除外）", "(except Japan)", "（同比，除外资）"])
def test_a_note_alone_is_no_label(text):
    assert find_unit_labels(text) == []


def test_results_table_under_an_except_note_caption_is_in_thousands():
    text = ("青梧数智控股有限公司\n截至2026年6月30日止六个月中期业绩公告\n\n"
            "简明综合损益表\n（人民币千元，百分比除外）\n"
            "　　　　　　　　　　　　　2026年　　　　2025年　　　　变动\n"
            "收入　　　　　　　　　　　1,386,452　　　　912,317　　　　52.0%\n"
            "毛利　　　　　　　　　　　671,208　　　　391,844　　　　71.3%\n"
            "期内亏损　　　　　　　　　(266,415)　　　(418,906)　　　(36.4%)\n")
    df = facts_of_text(text, DAY)
    row = row_of(df, "1,386,452")
    assert (row["value"], row["unit"]) == (1386452000.0, "CNY")
    assert row_of(df, "(266,415)")["value"] == -266415000.0
