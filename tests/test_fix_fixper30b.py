"""A duration in years with decimals (``回收期为6.82年``) is no two-digit year (2082).

Every example is invented (青禾科技 exists in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

DAY = dt.date(2025, 8, 15)


def _periods(text: str) -> dict[str, str]:
    f = facts_of_text(text, DAY)
    return dict(zip(f["text"], f["period"]))


def test_decimal_years_of_a_payback_period_date_nothing():
    p = _periods("青禾科技项目达产后预计年均营业收入58,300.00万元，税后内部收益率为13.47%，税后投资回收期为6.75年。")
    assert p["58,300.00万元"] != "2075"
    assert p["13.47%"] != "2075"


def test_a_two_digit_year_still_reads_as_a_year():
    p = _periods("青禾科技25年营业收入58,300万元。")
    assert p["58,300万元"] == "2025"
