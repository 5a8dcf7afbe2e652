"""A market's undated figure takes the year its paragraph stated earlier.

A paragraph or bullet list about one market states its period once, at its first figure; the
later sentences and lines of the same block (``其中…占比``, the next bullet) share it. The carry
stops at a blank line, at a table cell and at a word that moves the time, and reaches only the
themes ``period_carry_themes.csv`` marks ``paragraph``.

Every example is invented (青禾科技, 星河半导体 and 蓝川数据 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract import keywords as kw

DAY = dt.date(2026, 3, 20)


def _periods(text: str) -> dict[str, tuple[str, str]]:
    f = facts_of_text(text, DAY)
    return {t: (th, p) for th, t, p in zip(f["theme"], f["text"], f["period"])}


def test_the_next_line_of_a_market_paragraph_shares_its_year():
    p = _periods("2024年国内边缘AI芯片市场规模约为318亿元，同比增长41%。\n国产厂商合计市场份额约为35%。")
    assert p["318亿元"] == ("market", "2024")
    assert p["35%"] == ("market", "2024")


def test_a_note_line_under_a_market_figure_shares_its_year():
    p = _periods("2024年国内边缘AI芯片市场规模约为318亿元。\n注：其中NPU芯片占比约为62%。")
    assert p["62%"] == ("market", "2024")


def test_the_next_bullet_of_a_market_list_shares_its_year():
    p = _periods("• 2024年全国光模块出口数量约5.1亿只，同比增长18.2%。\n"
                 "• 光模块出口金额约96亿美元，同比增长27.5%。")
    assert p["约96亿美元"] == ("market", "2024")


def test_a_blank_line_ends_the_paragraph():
    p = _periods("2024年国内边缘AI芯片市场规模约为318亿元。\n\n国产厂商合计市场份额约为35%。")
    assert p["35%"][1] == ""


def test_a_word_that_moves_the_time_stops_the_carry():
    p = _periods("2024年国内边缘AI芯片市场规模约为318亿元。未来国内边缘AI芯片市场规模有望达到900亿元。")
    assert p["318亿元"][1] == "2024"
    assert p["900亿元"][1] != "2024"


def test_market_carries_past_its_sentence():
    # valuation joined in round 40 (test_fixper40); the other themes still stop at the sentence
    assert "market" in kw.paragraph_carry_themes()
    assert not kw.paragraph_carry_themes() & {"earnings", "adoption", "capex", "pricing", "compute"}
    assert kw.paragraph_carry_themes() <= kw.period_carry_themes()


def test_a_forecast_year_does_not_date_the_lines_after_it():
    p = _periods("预计2028年国内边缘AI芯片市场规模将达到900亿元。\n国产厂商合计市场份额约为35%。")
    assert p["900亿元"][1] == "2028"
    assert p["35%"][1] == ""


def test_a_window_does_not_date_the_lines_after_it():
    p = _periods("2021-2025年国内边缘AI芯片市场规模年均复合增长率约为30%。\n国产厂商合计市场份额约为35%。")
    assert p["30%"][1] == "2021/2025"
    assert p["35%"][1] == ""
