"""fixper48b: an interim report on the first six months of a fiscal year that does not end in
December (截至…九月三十日止六個月 in its header, glossed as 二零二六財政年度中期, 即…財政年度上半年 or
本財政年度截至…) dates every figure of those six months, however written (a table's
``二零二五年`` column under 截至九月三十日止六個月, 本期間, 去年同期), as the fiscal half (FY2026H1)
and the same months a year before as the half before (FY2025H1); a report on one fiscal year
dates a table's calendar-year columns as fiscal years. A calendar half year stays calendar.

Every text is invented.
"""
from __future__ import annotations

import datetime as dt

from tests.text_facts import period_containing

SEPTEMBER_INTERIM = """青峰數碼控股有限公司
截至二零二五年九月三十日止六個月之中期業績公告

董事會欣然公佈本集團二零二六財政年度中期（即截至二零二五年九月三十日止六個月，「本期間」）之未經審核業績。

簡明綜合損益表
（以人民幣千元計）
　　　　　　　　　　　　截至九月三十日止六個月
　　　　　　　　　　　　二零二五年　　　二零二四年
收入　　　　　　　　　　2,417,306　　　2,105,884
毛利　　　　　　　　　　1,338,912　　　1,120,447
"""

DECEMBER_INTERIM = """青峰置業控股有限公司
截至二零二四年十二月三十一日止六個月之中期業績公告

財務摘要（截至十二月三十一日止六個月，本財政年度截至二零二五年六月三十日）
簡明綜合損益表
（以港幣百萬元計）
　　　　　　　　　　　　截至十二月三十一日止六個月
　　　　　　　　　　　　二零二四年　　　二零二三年
收入　　　　　　　　　　7,342　　　6,915
"""

CALENDAR_INTERIM = """青峰數碼控股有限公司
截至二零二五年六月三十日止六個月之中期業績公告

簡明綜合損益表
（以人民幣千元計）
　　　　　　　　　　　　截至六月三十日止六個月
　　　　　　　　　　　　二零二五年　　　二零二四年
收入　　　　　　　　　　2,417,306　　　2,105,884
"""

MARCH_YEAR_TABLE = """青峰顧問控股有限公司
截至二零二五年三月三十一日止年度之全年業績公告

分部資料
（以港幣千元計）
　　　　　　　　　　二零二五年　　　二零二四年
顧問服務收入　　　　　173,420　　　　161,085
"""


def test_columns_of_a_september_interim_are_fiscal_halves():
    published = dt.date(2025, 11, 20)
    assert period_containing(SEPTEMBER_INTERIM, published, "2,417,306") == "FY2026H1"
    assert period_containing(SEPTEMBER_INTERIM, published, "2,105,884") == "FY2025H1"
    assert period_containing(SEPTEMBER_INTERIM, published, "1,120,447") == "FY2025H1"


def test_fiscal_year_end_in_the_header_makes_the_six_months_its_first_half():
    published = dt.date(2025, 2, 20)
    assert period_containing(DECEMBER_INTERIM, published, "7,342") == "FY2025H1"
    assert period_containing(DECEMBER_INTERIM, published, "6,915") == "FY2024H1"


def test_an_interim_with_no_fiscal_words_stays_calendar():
    published = dt.date(2025, 8, 20)
    assert not period_containing(CALENDAR_INTERIM, published, "2,417,306").startswith("FY")


def test_calendar_year_columns_of_a_fiscal_year_report_are_fiscal_years():
    published = dt.date(2025, 6, 20)
    assert period_containing(MARCH_YEAR_TABLE, published, "173,420") == "FY2025"
    assert period_containing(MARCH_YEAR_TABLE, published, "161,085") == "FY2024"


BUDGET_AHEAD = """青峰醫療集團　董事局文件
人工智能應用計劃：2025/26財政年度預算

2025年處理影像約52萬張，較2024年上升18%。
"""


def test_a_budget_on_the_fiscal_year_ahead_keeps_calendar_years():
    assert period_containing(BUDGET_AHEAD, dt.date(2025, 10, 20), "18%") == "2025"


UNDATED_SUMMARY = """青峰置業控股有限公司
截至二零二四年十二月三十一日止六個月之中期業績公告

財務摘要（截至十二月三十一日止六個月，本財政年度截至二零二五年六月三十日）
‧股東應佔基礎溢利為港幣41.7億元。
"""


def test_an_undated_summary_figure_of_a_fiscal_interim_is_its_half():
    assert period_containing(UNDATED_SUMMARY, dt.date(2025, 2, 20), "41.7") == "FY2025H1"
