"""A statement's stretch written once over its year columns (``截至6月30日止六個月`` over
``2025年 | 2024年``, as Hong Kong and A-share results write them) dates each column's cells as
that stretch of the column's year, not the whole year (fixhk32)."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.periods import calendar_stretch, ended_stretch, ended_stretch_in, find_periods
from tests.text_facts import facts_of

_HALF = """星河云智集团有限公司
截至2026年6月30日止六個月之中期業績公告

                                 截至6月30日止六個月
                          2026年            2025年
                        人民幣千元        人民幣千元
收入                    2,345,678         1,876,543
毛利                      987,654           765,432
"""

_NINE = """启明数科股份有限公司2026年第三季度报告

                    截至2026年9月30日止九个月
                    2026年          2025年
营业收入（万元）    45,678.12       38,901.34
"""


def _period(frame, text: str) -> str:
    rows = frame[frame["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, frame[["metric", "value", "period", "text"]].to_string()
    return rows.iloc[0]["period"]


def test_half_year_stretch_over_year_columns():
    f = facts_of(_HALF, dt.date(2026, 8, 25))
    assert _period(f, "2,345,678") == "2026H1"
    assert _period(f, "1,876,543") == "2025H1"
    assert _period(f, "765,432") == "2025H1"


def test_stretch_over_year_columns_without_a_publication_date():
    f = facts_of(_HALF, None)
    assert _period(f, "2,345,678") == "2026H1"
    assert _period(f, "1,876,543") == "2025H1"


def test_nine_months_over_year_columns_are_the_first_three_quarters():
    f = facts_of(_NINE, dt.date(2026, 10, 28))
    assert _period(f, "45,678.12") == "2026Q1/2026Q3"
    assert _period(f, "38,901.34") == "2025Q1/2025Q3"


@pytest.mark.parametrize("text, year, want", [
    ("截至6月30日止六个月", "2024", "2024H1"),
    ("截至2025年9月30日止三个月", "2024", "2024Q3"),
    ("截至12月31日止十二个月", "2023", "2023"),
    ("2025年1-6月", "2024", None),
])
def test_ended_stretch(text, year, want):
    (p,) = find_periods(text, dt.date(2025, 11, 2))
    assert ended_stretch(p, year) == want


def test_calendar_stretch_rejects_broken_spans():
    assert calendar_stretch("2025-02/2025-06") is None
    assert calendar_stretch("2025-07/2025-12", "2024") == "2024H2"


def test_ended_stretch_in_a_header_without_its_year():
    assert ended_stretch_in("截至9月30日止九個月", "2024") == "2024Q1/2024Q3"
    assert ended_stretch_in("人民幣千元", "2024") is None
