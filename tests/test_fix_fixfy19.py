"""全年 in a block about a company's fiscal quarter is that fiscal year (SCHEMA: fiscal wins)."""
from datetime import date

from aigc_analysis.extract.periods import find_periods

PUB = date(2025, 11, 20)


def _values(text):
    return [(p.text, p.value) for p in find_periods(text, PUB)]


def test_full_year_after_fiscal_quarter_in_the_same_sentence():
    got = _values("晨岭科技（688000.SH）FY26Q1营收12.3亿元，公司重申全年营收指引55亿元。")
    assert ("全年", "FY2026") in got


def test_full_year_after_fiscal_quarter_in_an_earlier_sentence_steps_over_same_period():
    text = ("晨岭科技2026财年第一季度营收12.3亿元。海外收入占比由上年同期的约30%升至约41%。"
            "公司维持全年营收指引55亿元。")
    assert ("全年", "FY2026") in _values(text)


def test_full_year_after_calendar_quarter_stays_calendar():
    got = _values("晨岭科技2025年第三季度营收12.3亿元。公司维持全年营收指引55亿元。")
    assert ("全年", "2025") in got
