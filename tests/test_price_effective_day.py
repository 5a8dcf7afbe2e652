"""A price's effective day written without a year (``7月1日起``) is that day of the publication
year, even months ahead; a price with no stated day keeps today's dating. Invented text only."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text

PUB = dt.date(2025, 3, 10)


def _period(df, text: str) -> str:
    rows = df[df["text"] == text]
    assert len(rows) >= 1, f"no fact {text!r} in:\n{df[['text', 'metric', 'period']].to_string()}"
    return rows.iloc[0]["period"]


@pytest.mark.parametrize("text, number, period", [
    ("自3月15日起，岳川-Pro输入价格降至每百万tokens 1.5元，降幅60%。", "1.5元", "2025-03-15"),
    ("自3月15日起，岳川-Pro输入价格降至每百万tokens 1.5元，降幅60%。", "降幅60%", "2025-03-15"),
    ("7月1日起岳川-Max API价格下调30%。", "下调30%", "2025-07-01"),
    ("自7月1日起，岳川-Max的API价格下调30%。", "下调30%", "2025-07-01"),
    ("岳川-Max API价格将于9月1日开始下调50%。", "下调50%", "2025-09-01"),
])
def test_effective_day_in_publication_year(text, number, period):
    assert _period(facts_of_text(text, PUB), number) == period


def test_effective_day_with_its_year_stays():
    df = facts_of_text("2024年7月1日起岳川-Max API价格下调30%。", PUB)
    assert _period(df, "下调30%") == "2024-07-01"


def test_price_without_stated_day_keeps_its_period():
    # near-miss: no day stated: the price is undated as before
    df = facts_of_text("岳川-Max API价格下调30%。", PUB)
    assert _period(df, "下调30%") == ""


def test_day_without_qi_is_not_an_effective_day():
    # near-miss: a day that is no start (7月1日发布) keeps the period grammar's reading
    df = facts_of_text("7月1日发布的岳川-Max API价格下调30%。", PUB)
    assert _period(df, "下调30%") != "2025-07-01"
