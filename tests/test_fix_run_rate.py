"""A run rate stated after a month's revenue takes the month (``2025年12月单月收入…，年化收入运行率…``).

Every example is invented (青禾科技 exists in no report).
"""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text, row_of

DAY = dt.date(2026, 1, 20)


def _row(text: str, number: str):
    return row_of(facts_of_text(text, DAY), number)


def test_run_rate_takes_the_month():
    for text in ("青禾科技2025年12月单月收入超过1500万美元，年化收入运行率突破1.8亿美元。",
                 "青禾科技2025年12月单月收入超过1500万美元；年化收入运行率突破1.8亿美元。",
                 "青禾科技在2025年12月的单月收入超过1500万美元，对应年化收入运行率约1.8亿美元。"):
        f = facts_of_text(text, DAY)
        run = f[f["metric"] == "annualized_revenue"]
        assert run["period"].tolist() == ["2025-12"], text


def test_run_rate_words_name_the_annualized_revenue():
    for text in ("青禾科技2025年12月单月收入超过1500万美元，年化运行率突破1.8亿美元。",
                 "青禾科技2025年12月单月收入超过1500万美元，收入年化运行率突破1.8亿美元。",
                 "青禾科技2025年12月单月收入超过1500万美元，年化收入规模突破1.8亿美元。"):
        row = _row(text, "1.8亿美元")
        assert (row["theme"], row["metric"], row["period"]) == ("earnings", "annualized_revenue", "2025-12"), text


def test_a_bracketed_base_with_its_own_figure_does_not_date_the_run_rate():
    f = facts_of_text("青禾科技2025年12月单月收入超过1500万美元，年化收入运行率突破1.8亿美元（2024年同期为3000万美元）。", DAY)
    periods = dict(zip(f["text"], f["period"]))
    assert periods["1.8亿美元"] == "2025-12"
    assert periods["3000万美元"] == "2024"


def test_a_bracketed_base_does_not_date_the_clause_after_it():
    f = facts_of_text("青禾科技2025年营收12亿元（2024年为8亿元），同比增长50%。", DAY)
    periods = dict(zip(f["text"], f["period"]))
    assert periods["8亿元"] == "2024"
    assert periods["50%"] == "2025"


def test_near_miss_a_bracketed_period_alone_still_dates_its_number():
    row = _row("青禾科技营收12亿元（2025年），同比增长50%。", "12亿元")
    assert row["period"] == "2025"


def test_near_miss_a_later_year_of_its_own_keeps_it():
    f = facts_of_text("青禾科技2025年12月单月收入超过1500万美元，年化收入突破1.8亿美元，预计2026年ARR将达到5亿美元。", DAY)
    assert dict(zip(f["text"], f["period"]))["5亿美元"] == "2026"
