"""Period errors: a month written in Chinese numerals, and a flash's dateline day.

Every example is invented (岳川电子, 青云科技 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from aigc_analysis.extract.periods import find_periods
from tests.text_facts import facts_of, period_of


def test_chinese_numeral_month_is_that_month():
    # a monthly-revenue note: 十月營收 is the statistics month, as 10月營收 is
    f = facts_of("岳川電子十月營收1,234.5億元，年增18.2%，月增3.4%。", dt.date(2025, 11, 10))
    assert period_of(f, "1,234.5億元") == "2025-10"
    assert period_of(f, "18.2%") == "2025-10"


def test_chinese_numeral_month_not_a_count():
    days = dt.date(2025, 11, 10)
    assert [p.value for p in find_periods("十二月底前完成", days)] == ["2025-12"]
    assert [p.value for p in find_periods("前十月累计", days)] == ["2025-01/2025-10"]
    for text in ("三个月", "一月内完成", "第三月", "每三月一次"):
        assert find_periods(text, days) == [], text


FLASH = ("09:30\n【青云科技二季度营收88亿美元】某某社8月28日电，青云科技公布2026财年第二季度业绩：营收88亿美元，"
         "同比增长31%；云业务营收41亿美元，同比增长45%。\n")


def test_flash_body_segments_take_the_body_period_not_dateline_or_headline():
    f = facts_of(FLASH, dt.date(2025, 8, 29))
    # a later ；-segment is dated by the fiscal quarter the body opens with, not by the
    # dateline day (8月28日电) nor by the item headline's bare 二季度
    assert period_of(f, "41亿美元") == "FY2026Q2"
    assert period_of(f, "45%") == "FY2026Q2"


def test_headline_quarter_repeat_of_fiscal_body_figure_is_one_row():
    f = facts_of(FLASH, dt.date(2025, 8, 29))
    rows = f[f["text"] == "88亿美元"]
    assert list(rows["period"]) == ["FY2026Q2"], f[["text", "period"]].to_string()
