"""Which period expression of a sentence governs which number (fixscope). Every text is invented.

1. with no publication date, a clause saying 今年/明年 names a year no other clause's year stands
   for: its figures stay undated rather than borrow one;
2. a bare quarter after a fiscal quarter (``FY2027Q1业绩…Q2指引``) is a fiscal quarter;
3. the day a results meeting was held (``1月15日举行法说会``) dates the meeting, not the figures
   reported there: they take the quarter the sentence names;
4. a plan's first batch or phase (``首批``, ``首期``) takes the day the plan was announced, not the
   window of the whole plan (``未来五年``).
"""
from __future__ import annotations

import datetime as dt

import pytest

from text_facts import facts_of, period_of, period_values


# --- 1. 今年 with no publication date ------------------------------------------------------------
def test_this_year_without_a_publication_date_does_not_borrow_the_year_before():
    frame = facts_of("澄川科技2024年营收12亿元，今年前三季度营收9亿元。", None)
    assert period_of(frame, "12亿元") == "2024"
    assert period_of(frame, "9亿元") == ""


def test_this_year_without_a_publication_date_does_not_borrow_a_later_year():
    frame = facts_of("澄川科技今年前三季度营收9亿元，全年有望在2027年实现盈亏平衡。", None)
    assert period_of(frame, "9亿元") == ""


def test_this_year_with_a_publication_date_is_resolved():
    frame = facts_of("澄川科技2024年营收12亿元，今年前三季度营收9亿元。", dt.date(2025, 11, 3))
    assert period_of(frame, "9亿元") == "2025Q1/2025Q3"


def test_a_comparison_with_last_year_still_takes_the_sentence_year():
    # near-miss: 较去年 is a base, not the clause's own time
    frame = facts_of("澄川科技2024年营收12亿元，较去年增长20%。", None)
    assert period_of(frame, "20%") == "2024"


# --- 2. a bare quarter after a fiscal quarter ----------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("岭澜半导体公布FY2027Q1业绩，Q2指引收入约45亿美元。", "FY2027Q2"),
    ("岭澜半导体FY2027Q1收入增长，二季度指引收入约45亿美元。", "FY2027Q2"),
    ("岭澜半导体公布FY2026Q4业绩，Q1指引收入约45亿美元。", "FY2027Q1"),
])
def test_a_bare_quarter_after_a_fiscal_quarter_is_fiscal(text, expected):
    assert period_values(text, dt.date(2026, 5, 30))[-1] == expected


@pytest.mark.parametrize("text,expected", [
    ("岭澜半导体2026年Q1收入增长，Q2指引收入约45亿美元。", "2026Q2"),  # a calendar quarter before
    ("岭澜半导体FY2027Q1收入增长。二季度行业需求旺盛。", "2026Q2"),  # another sentence
])
def test_a_bare_quarter_stays_calendar_without_a_fiscal_quarter_before_it(text, expected):
    assert period_values(text, dt.date(2026, 5, 30))[-1] == expected


def test_a_guided_fiscal_quarter_in_prose():
    frame = facts_of("岭澜半导体公布FY2027Q1业绩，Q2指引收入约45亿美元。", dt.date(2026, 5, 30))
    assert period_of(frame, "45亿美元") == "FY2027Q2"


# --- 3. results reported at a meeting ------------------------------------------------------------
def test_figures_reported_at_a_results_meeting_take_the_quarter_named():
    frame = facts_of("澄川电子于1月15日举行法说会，第四季营收约870亿元；毛利率62%。", dt.date(2026, 1, 20))
    assert period_of(frame, "870亿元") == "2025Q4"
    assert period_of(frame, "62%") == "2025Q4"


def test_figures_reported_at_a_traditional_results_meeting():
    frame = facts_of("澄川電子於1月15日舉行法說會，第四季營收約870億元；毛利率62%。", dt.date(2026, 1, 20))
    assert period_of(frame, "62%") == "2025Q4"


def test_a_day_with_no_meeting_still_dates_the_next_segment():
    # near-miss: 1月15日 is the day of the move itself, not of a meeting
    frame = facts_of("澄川电子1月15日股价上涨5%，成交额创新高；市值约870亿元。", dt.date(2026, 1, 20))
    assert period_of(frame, "870亿元") == "2026-01-15"


# --- 4. a plan's first batch ----------------------------------------------------------------------
def test_a_first_phase_takes_the_day_the_plan_was_announced():
    frame = facts_of("8月20日，Zenith与某主权基金宣布，未来五年共建AI园区，首期部署300MW。",
                     dt.date(2025, 9, 1))
    assert period_of(frame, "300MW") == "2025-08-20"


def test_a_first_batch_takes_the_announcement_day_and_the_plan_its_window():
    frame = facts_of("5月13日，岭澜半导体宣布，未来五年供应18000颗芯片，首批为2000颗。", dt.date(2025, 6, 1))
    assert period_of(frame, "18000") == "2025/2029"
    assert period_of(frame, "2000") == "2025-05-13"


def test_a_later_batch_keeps_the_plan_window():
    # near-miss: no first-batch word, the figure is of the whole window
    frame = facts_of("5月13日，岭澜半导体宣布，未来五年供应芯片，合计约18000颗。", dt.date(2025, 6, 1))
    assert period_of(frame, "18000") == "2025/2029"


# --- 5. 由A提高至B: the start of a move is the level now ------------------------------------------
def test_the_start_of_a_move_ahead_is_the_level_now():
    frame = facts_of("明年澄川服务器占比有望由约3成提高至5成。", dt.date(2025, 11, 20))
    assert period_of(frame, "3成") == "2025"
    assert period_of(frame, "5成") == "2026"


def test_the_start_of_a_move_to_a_named_year_is_the_level_now():
    frame = facts_of("2027年澄川光模块渗透率有望从约15%提升至25%。", dt.date(2025, 11, 20))
    assert period_of(frame, "15%") == "2025"
    assert period_of(frame, "25%") == "2027"


def test_both_ends_with_their_own_years_keep_them():
    # near-miss: each end states its year
    frame = facts_of("澄川光模块渗透率有望由2026年的12%提升至2028年的30%。", dt.date(2025, 11, 20))
    assert period_of(frame, "12%") == "2026"
    assert period_of(frame, "30%") == "2028"


def test_a_revised_forecast_keeps_the_year_of_both_values():
    # near-miss: 调升至 revises the forecast of the same year
    frame = facts_of("预计澄川科技明年营收由30亿元调升至40亿元。", dt.date(2025, 11, 20))
    assert period_of(frame, "30亿元") == "2026"
    assert period_of(frame, "40亿元") == "2026"


# --- 6. a year opening the next statement does not date the number before it ---------------------
def test_the_year_of_the_next_statement_does_not_date_a_valuation_before_it():
    frame = facts_of("据报道澄川智能正以约30亿美元估值融资，其2025年收入预计增长20%。", dt.date(2025, 7, 10))
    # not the next statement's 2025: a reported deal with no date is news of the publication
    # month (publication_dated_metrics news_deal)
    assert period_of(frame, "30亿美元") == "2025-07"
    assert period_of(frame, "20%") == "2025"


def test_a_year_stated_first_dates_the_clauses_after_it():
    # near-miss: same subject, the year opens the run of clauses
    frame = facts_of("澄川智能2025年收入预计增长20%，毛利率约40%。", dt.date(2025, 7, 10))
    assert period_of(frame, "20%") == "2025"
    assert period_of(frame, "40%") == "2025"


def test_a_later_year_with_no_figure_of_its_own_still_dates_the_number():
    # near-miss: the clause after the number names the year of the number itself
    frame = facts_of("澄川智能营收约12亿元，为2024年历史新高。", dt.date(2025, 7, 10))
    assert period_of(frame, "12亿元") == "2024"


# --- 7. how far a backlog reaches dates nothing past its ；-segment --------------------------------
def test_a_backlog_horizon_does_not_date_the_next_segment():
    frame = facts_of("澄川重工燃气轮机交付已排至2029年；另一家公司计划部署约0.8GW。", dt.date(2026, 5, 10))
    assert period_of(frame, "0.8GW") == ""


def test_a_year_stated_before_a_semicolon_still_dates_the_next_segment():
    # near-miss: a plain year opening the sentence holds past the ；
    frame = facts_of("2025年澄川重工收入12亿元；净利润3亿元。", dt.date(2026, 5, 10))
    assert period_of(frame, "3亿元") == "2025"
