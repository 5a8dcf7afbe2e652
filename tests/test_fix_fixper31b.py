"""The first n quarters (or 3n months) of a fiscal year, written after the fiscal year
(``FY2026前九个月``, ``2026财年前三个财季``, ``本财年前三个季度``): a span of fiscal quarters
``FY2026Q1/FY2026Q3`` (SCHEMA: fiscal labels when the text writes a fiscal period, a span as
START/END), not the whole fiscal year. ``本财年`` is resolved by the company's fiscal calendar.

Every sentence is invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.periods import find_periods
from tests.text_facts import facts_of, period_of

NOV = dt.date(2025, 11, 24)


@pytest.mark.parametrize("text, value", [
    ("FY2026前九个月，公司返还了股东", "FY2026Q1/FY2026Q3"),
    ("FY2027前六个月的收入", "FY2027Q1/FY2027Q2"),
    ("2026财年前三个财季累计", "FY2026Q1/FY2026Q3"),
    ("2026财年前两季度", "FY2026Q1/FY2026Q2"),
    ("FY2026前八个月", "FY2026"),  # no whole quarters: the fiscal year as before
])
def test_first_quarters_of_a_written_fiscal_year(text, value):
    assert find_periods(text, NOV)[0].value == value


def test_first_quarters_of_this_fiscal_year_follow_the_company_calendar():
    text = ("甲骨文公布2026财年第一季度业绩，营收为149亿美元。\n\n"
            "本财年前三个季度，英伟达通过回购和分红向股东返还了370亿美元。\n\n"
            "微软FY2026前九个月资本开支合计约1,100亿美元。")
    rows = facts_of(text, NOV)
    assert period_of(rows, "370亿美元") == "FY2026Q1/FY2026Q3"  # Nvidia's FY2026 ends January 2026
    assert period_of(rows, "1,100亿美元") == "FY2026Q1/FY2026Q3"
