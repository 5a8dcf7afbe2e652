"""Period forms that name a stretch other than a calendar year or a day.

A fiscal year written as the two calendar years it straddles (``2025/26年度``, ``2025-26财年``,
``二〇二四至二五年度``) is the fiscal year it ends in (``FY2026``), whatever the mark between the
years and in either numeral script; 年度 after one year alone stays the calendar year.

Every example is invented (青禾, 澄湾 and 岚山 exist in no report).
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.periods import find_periods, find_periods_roc
from tests.text_facts import facts_of

DAY = dt.date(2025, 11, 3)


def _values(text: str) -> list[tuple[str, str]]:
    return [(p.value, p.text) for p in find_periods(text, DAY)]


@pytest.mark.parametrize("text,expected", [
    ("澄湾署2026/27年度开支预算为12.4亿元", [("FY2027", "2026/27年度")]),
    ("澄湾署2026-27年度开支预算为12.4亿元", [("FY2027", "2026-27年度")]),
    ("澄湾署2026–27年度開支預算為12.4億元", [("FY2027", "2026–27年度")]),
    ("岚山邦2026-27财年预算拨款800千万卢比", [("FY2027", "2026-27财年")]),
    ("2026至27財政年度撥款3億元", [("FY2027", "2026至27財政年度")]),
    ("2026/27财年第二季度收入", [("FY2027Q2", "2026/27财年第二季度")]),
])
def test_a_straddling_pair_is_the_fiscal_year_it_ends_in(text, expected):
    assert _values(text) == expected


def test_a_spelt_straddling_pair_is_the_fiscal_year_it_ends_in():
    assert _values("青禾館二〇二六至二七年度年報") == [("FY2027", "二〇二六至二七年度")]
    assert _values("二零二六至二七財政年度，本館錄得入場人次88萬") == [("FY2027", "二零二六至二七財政年度")]


def test_the_taiwan_reader_reads_the_pair_alike():
    assert [p.value for p in find_periods_roc("2026/27年度預算", DAY)] == ["FY2027"]


def test_one_year_or_a_span_of_years_is_no_fiscal_year():
    assert _values("青禾2026年度报告") == [("2026", "2026年度")]
    assert _values("规划2026-28年度投入") == [("2026/2028", "2026-28年度")]
    assert _values("规划2026-28财年投入") == [("FY2026/FY2028", "2026-28财年")]
    assert _values("2026/28财年") == []
    assert _values("一至二成") == []


def test_a_figure_after_the_pair_carries_the_fiscal_year():
    rows = facts_of("澄湾创新署2026-27年度开支预算为12.4亿港元，较上年度增加5.1%。", DAY)
    hit = rows[rows["text"].str.contains("12.4")]
    assert list(hit["period"]) == ["FY2027"]
