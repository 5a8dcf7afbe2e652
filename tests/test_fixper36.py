"""Periods of a year word and of a prior-period base read against the right year.

Three mechanisms:

* In a note on an earlier year's annual results (``青禾科技2024年年度报告点评`` out in 2025),
  every bare year word (``reference_year`` of ``period_words.csv``: 全年, 本年, 本年度, 年末,
  年底, 年初, 年内, 上年) counts from the year reported on, as its 全年 already did: ``本年度资本开支``
  is 2024, ``年末现金`` 2024-12, ``由上年的31.2%提升至35.4%`` 2023 and 2024. A note is one
  on a year's results when its header names the year before a results word (``年报``,
  ``年度业绩``) or, right after the year, ``业绩`` or ``致股东信`` (``2024年业绩点评``).
* A Taiwan filing's body spells its ROC years digit by digit (``一一四年度``, ``一一二年度之13%``):
  they are read as its title's already were, and 之 joins a base's period to its level as 的 does.
* A figure written right after a prior period as the base it is compared with (``上一年为``,
  ``较上季``, ``由去年同期的``: ``prior_base``) is of the period of the same measure it is
  compared with in its sentence, one step back, not of the publication date's prior period.

Every example is invented (青禾科技, 蓝川数据 and 星河半导体 exist in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text

from aigc_analysis.extract.facts import _months_back


def _periods(text: str, day: dt.date) -> dict[str, str]:
    f = facts_of_text(text, day)
    return dict(zip(f["text"], f["period"]))


# ---- year words of a note on last year's annual results ---------------------------------

_RESULTS_NOTE = "青禾科技2024年年度报告点评\n\n全年实现营收23.5亿元，同比增长41%。\n"
_SPRING = dt.date(2025, 4, 20)
_LETTER_DAY = dt.date(2025, 4, 12)


def test_this_years_spending_in_a_note_on_last_years_results_is_last_year():
    p = _periods(_RESULTS_NOTE + "本年度资本开支为12.6亿元，主要用于研发中心建设。", _SPRING)
    assert p["12.6亿元"] == "2024"


def test_year_end_cash_in_a_note_on_last_years_results_is_last_year_end():
    p = _periods(_RESULTS_NOTE + "年末现金及等价物48亿元，足以支撑后续投入。", _SPRING)
    assert p["48亿元"] == "2024-12"


def test_a_move_from_the_prior_year_spans_the_two_years_before_publication():
    p = _periods(_RESULTS_NOTE + "毛利率由上年的31.2%提升至35.4%。", _SPRING)
    assert p["31.2%"] == "2023"
    assert p["35.4%"] == "2024"


def test_a_plan_for_this_year_keeps_the_publication_year():
    p = _periods(_RESULTS_NOTE + "公司预计本年度资本开支为15.8亿元。", _SPRING)
    assert p["15.8亿元"] == "2025"


def test_a_stretch_from_year_start_to_year_end_is_of_the_year_reported_on():
    p = _periods(_RESULTS_NOTE + "公司年末存货较年初增长约2.8倍，预付款项大幅增加。", _SPRING)
    assert p["约2.8倍"] == "2024-01/2024-12"


def test_a_year_word_after_an_outlook_for_the_publication_year_keeps_that_year():
    p = _periods(_RESULTS_NOTE + "公司指引2025年新系列出货超过100万套，全年出货总量有望达到400万套。", _SPRING)
    assert p["400万"] == "2025"


def test_a_note_on_this_years_figures_reads_year_words_against_its_own_year():
    p = _periods("青禾科技经营快讯\n\n本年度资本开支为12.6亿元。年末现金及等价物48亿元。", _SPRING)
    assert p["12.6亿元"] == "2025"
    assert p["48亿元"] == "2025-12"


def test_a_years_results_note_named_by_year_and_results_word_dates_its_year_words():
    p = _periods("蓝川数据（1234.HK）2024年业绩点评\n澄川证券 ｜ 2025年3月27日\n\n"
                 "1. 全年处理器出货290万套。\n2. 年末现金及等价物164亿元。", dt.date(2025, 3, 27))
    assert p["290万"] == "2024"
    assert p["164亿元"] == "2024-12"


def test_an_annual_letter_named_by_its_year_dates_its_year_end():
    p = _periods("蓝川数据2024年致股东信\n\n截至年底，云业务的年化收入运行率已超过1150亿元。", _LETTER_DAY)
    assert p["超过1150亿元"] == "2024-12"


def test_a_results_word_without_a_year_names_no_earlier_year():
    p = _periods("蓝川数据一季度业绩点评\n\n年末现金及等价物164亿元。", dt.date(2025, 4, 28))
    assert p["164亿元"] == "2025-12"


# ---- a prior period as the base of a comparison -----------------------------------------

def test_the_year_before_a_stated_year_is_the_year_before_it():
    p = _periods("2024年，蓝川数据自由现金流为38.2亿元，上一年为36.8亿元。", _LETTER_DAY)
    assert p["38.2亿元"] == "2024"
    assert p["36.8亿元"] == "2023"


def test_the_quarter_before_a_stated_quarter_is_the_quarter_before_it():
    p = _periods("星河半导体第三季度营业利润12.1亿元，较上季0.4亿元大幅回升。", _LETTER_DAY)
    assert p["12.1亿元"] == "2024Q3"
    assert p["0.4亿元"] == "2024Q2"


def test_the_same_half_a_year_back_is_the_base_of_a_move_to_this_half():
    p = _periods("蓝川数据2025年上半年研发开支占收入比重由去年同期的58.2%下降至46.1%。",
                 dt.date(2025, 8, 26))
    assert p["46.1%"] == "2025H1"
    assert p["58.2%"] == "2024H1"


def test_a_change_against_the_prior_period_is_the_current_periods():
    p = _periods("2024年，蓝川数据毛利率为35.4%，较上年下降1.2个百分点。", _LETTER_DAY)
    assert p["下降1.2个百分点"] == "2024"


def test_a_multiple_of_the_prior_period_is_the_current_periods():
    p = _periods("星河半导体第三季度营收12亿元，是去年同期的3倍。", _LETTER_DAY)
    assert p["3倍"] == "2024Q3"


def test_a_level_dated_only_by_the_prior_word_gives_its_base_no_step():
    # 由上季的28.1%降至22.7% with no quarter of its own: 上季 dated the level too, so the level
    # is no ground to count the base back from; both keep that one reading
    p = _periods("蓝川资本13F持仓点评\n\n苹果仍是第一大重仓，占组合比例由上季的28.1%降至22.7%。",
                 dt.date(2025, 11, 17))
    assert p["28.1%"] == p["22.7%"]


def test_a_base_with_no_dated_figure_of_its_measure_is_left_alone():
    p = _periods("蓝川数据自由现金流上一年为36.8亿元。", _LETTER_DAY)
    assert p["36.8亿元"] != "2023"


# ---- a Taiwan filing's spelt ROC years --------------------------------------------------

_TW_FILING = "藍川科技股份有限公司\n一一三年度年報（節錄）\n\n本公司一一三年度合併營業收入為新台幣286.4億元。\n"
_TW_DAY = dt.date(2025, 5, 16)


def test_a_spelt_roc_year_in_a_filings_body_is_its_common_era_year():
    p = _periods(_TW_FILING + "一一四年第一季合併營業收入為新台幣62.5億元。", _TW_DAY)
    assert p["新台幣62.5億元"] == "2025Q1"


def test_a_spelt_roc_plan_year_dates_its_own_clause_not_the_report_year():
    p = _periods(_TW_FILING + "本年度資本支出為12.5億元，主要用於研發大樓擴建；一一四年度預計資本支出約18億元。", _TW_DAY)
    assert p["12.5億元"] == "2024"
    assert p["約18億元"] == "2025"


def test_a_base_joined_by_zhi_is_of_its_spelt_roc_year():
    p = _periods(_TW_FILING + "本年度AI平台營收佔營收比重由一一二年度之13%躍升至27%。", _TW_DAY)
    assert p["13%"] == "2023"
    assert p["27%"] == "2024"


# ---- stepping a period back ------------------------------------------------------------

def test_months_back_steps_each_kind_of_period():
    assert _months_back("2025H1", 12) == "2024H1"
    assert _months_back("FY2026Q1", 3) == "FY2025Q4"
    assert _months_back("2025-01/2025-09", 12) == "2024-01/2024-09"
    assert _months_back("2025-01", 1) == "2024-12"
    assert _months_back("2025-06-30", 12) == "2024-06-30"


def test_months_back_refuses_a_step_a_period_cannot_take():
    assert _months_back("2025H1", 3) is None
    assert _months_back("2025-06-30", 1) is None
    assert _months_back("2024-02-29", 12) is None
    assert _months_back("近期", 12) is None
