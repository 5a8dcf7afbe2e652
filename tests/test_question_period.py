"""Q&A minutes: the period a question states dates the numbers of the answer that follows when
they state none, up to the next question. Invented text only."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text

PUB = dt.date(2025, 3, 20)


def _period(df, text: str) -> str:
    rows = df[df["text"] == text]
    assert len(rows) >= 1, f"no fact {text!r} in:\n{df[['text', 'metric', 'period']].to_string()}"
    return rows.iloc[0]["period"]


@pytest.mark.parametrize("published", [None, PUB])
@pytest.mark.parametrize("question, period", [
    ("Q：请介绍2024年下半年的订单情况？", "2024H2"),
    ("问：2024年第四季度订单情况如何？", "2024Q4"),
    ("Q1（某券商分析师）：请介绍2024年的订单情况？", "2024"),
])
def test_question_period_dates_answer(question, period, published):
    text = ("远川科技交流纪要\n\n" + question + "\nA：新签订单约8亿元，同比增长30%。\n"
            "另外在手订单充足。\nQ：毛利率如何？\nA：毛利率约为35%。\n")
    df = facts_of_text(text, published)
    assert _period(df, "约8亿元") == period
    assert _period(df, "30%") == period


def test_next_question_stops_the_period():
    text = ("远川科技交流纪要\n\nQ：请介绍2024年下半年的订单情况？\nA：新签订单约8亿元。\n"
            "Q：毛利率如何？\nA：毛利率约为35%。\n")
    assert _period(facts_of_text(text, None), "35%") == ""


def test_answer_own_period_wins():
    text = ("远川科技交流纪要\n\nQ：请介绍2024年下半年的订单情况？\n"
            "A：2024年全年新签订单约15亿元。\n")
    assert _period(facts_of_text(text, PUB), "约15亿元") == "2024"


def test_question_without_period_changes_nothing():
    # near-miss: the question states no period: the answer keeps today's dating
    text = "远川科技交流纪要\n\nQ：请介绍订单情况？\nA：新签订单约8亿元，同比增长30%。\n"
    assert _period(facts_of_text(text, None), "约8亿元") == ""
