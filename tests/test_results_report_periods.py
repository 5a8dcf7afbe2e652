"""Stretch words (上半年, 前三季度, 去年同期) dated by the results report the text names
(``2024年中报``) or its title names (``2024年中期业绩交流会``), not by the publication date.
Invented text only."""
from __future__ import annotations

import datetime as dt

import pytest

from aigc_analysis.extract.periods import anchor_stretches, find_periods
from helpers_text import facts_of_text


def _period(df, text: str) -> str:
    rows = df[df["text"] == text]
    assert len(rows) >= 1, f"no fact {text!r} in:\n{df[['text', 'metric', 'period']].to_string()}"
    return rows.iloc[0]["period"]


@pytest.mark.parametrize("published", [None, dt.date(2025, 9, 1), dt.date(2024, 8, 20)])
@pytest.mark.parametrize("text, periods", [
    ("岳川股份发布2024年中报：上半年实现营收12.3亿元，同比增长21%。", {"12.3亿元": "2024H1", "21%": "2024H1"}),
    ("岳川股份2024年半年报显示，公司上半年营收12.3亿元。", {"12.3亿元": "2024H1"}),
    ("岳川股份发布2024年半年报。上半年实现营收12.3亿元，二季度营收7亿元。", {"12.3亿元": "2024H1", "7亿元": "2024Q2"}),
    ("岳川股份2023年三季报：前三季度营收80亿元，同比增长15%。", {"80亿元": "2023Q1/2023Q3", "15%": "2023Q1/2023Q3"}),
    ("岳川股份2023年年报：全年营收80亿元，四季度营收25亿元。", {"80亿元": "2023", "25亿元": "2023Q4"}),
    ("岳川股份2022年一季报：一季度营收9亿元。", {"9亿元": "2022Q1"}),
    ("点评岳川股份2024年中报\n\n上半年实现营收12.3亿元，同比增长21%。\n", {"12.3亿元": "2024H1"}),
])
def test_report_name_dates_stretch_words(text, periods, published):
    df = facts_of_text(text, published)
    for number, period in periods.items():
        assert _period(df, number) == period


def test_report_name_without_stretch_word_keeps_its_year():
    # near-miss: no stretch word after the report's name: nothing becomes a half
    df = facts_of_text("2024年中报披露后，岳川股份股价上涨5%。", dt.date(2025, 9, 1))
    assert "H1" not in _period(df, "5%")


def test_body_report_dates_only_its_line():
    text = "岳川股份发布2023年年报，全年营收80亿元。\n今年上半年，公司营收增长18%。\n"
    df = facts_of_text(text, dt.date(2024, 8, 20))
    assert _period(df, "80亿元") == "2023"
    assert _period(df, "18%") == "2024H1"  # 今年 states its own year; a new line is out of reach


def test_a_report_word_is_no_report_name():
    # 2024年报告 is 'a report of 2024', not an annual report: 上半年 keeps the publication's year
    t = "据2024年报告，上半年出货量增长30%。"
    found = find_periods(t, dt.date(2025, 9, 1))
    assert [p.value for p in anchor_stretches(t, found)] == [p.value for p in found]


@pytest.mark.parametrize("title", ["远川科技2024年中期业绩交流会纪要", "远川科技2024年上半年业绩说明会纪要"])
@pytest.mark.parametrize("published", [None, dt.date(2024, 9, 6), dt.date(2025, 1, 6)])
def test_title_dates_stretch_words_of_the_document(title, published):
    text = f"{title}\n\n上半年公司收入3.1亿元，同比增长20%。去年同期亏损1.2亿元。\n"
    df = facts_of_text(text, published)
    assert _period(df, "3.1亿元") == "2024H1"
    assert _period(df, "20%") == "2024H1"
    assert _period(df, "亏损1.2亿元") == "2023H1"


def test_title_without_year_leaves_period_empty():
    # near-miss: the title names no year, the note no date: nothing dates 上半年
    text = "远川科技中期业绩交流会纪要\n\n上半年公司收入3.1亿元，同比增长20%。\n"
    df = facts_of_text(text, None)
    assert _period(df, "3.1亿元") == ""


def test_title_without_results_word_is_no_anchor():
    # a strategy note's title names a stretch but no results: its stretch words keep the publication's
    t = "2026年下半年AI投资策略\n\n四季度出货量有望增长20%。\n"
    found = find_periods(t, dt.date(2025, 6, 20))
    assert [p.value for p in anchor_stretches(t, found)] == [p.value for p in found]


def test_title_report_does_not_move_the_quarter_under_way():
    # an annual results call held in March: its 一季度 is the quarter under way, its 上年同期 the
    # year before the report's
    text = "远川科技2024年年度业绩交流会纪要\n\n一季度订单增长20%。全年收入12亿元，去年同期10亿元。\n"
    df = facts_of_text(text, dt.date(2025, 3, 20))
    assert _period(df, "20%") == "2025Q1"
    assert _period(df, "12亿元") == "2024"
    assert _period(df, "10亿元") == "2023"
