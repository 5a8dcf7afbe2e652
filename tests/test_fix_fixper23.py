"""fixper23: the writer's own revised target price is dated by the month (invented text only:
invented firms, codes, numbers and dates)."""
from __future__ import annotations

import datetime as dt

from helpers_text import facts_of_text


def _period(df, text: str) -> str:
    rows = df[df["text"] == text]
    assert len(rows) >= 1, f"no fact {text!r} in:\n{df[['text', 'metric', 'period']].to_string()}"
    return rows.iloc[0]["period"]


def test_own_target_revision_takes_the_publication_month():
    text = ("云帆投顾　产业研究处\n2031年11月14日\n\n澄湖科技第三季营收年增18%。"
            "我们将澄湖科技（688000.SH）目标价由210元上调至246元，维持「买进」评等。\n")
    df = facts_of_text(text, dt.date(2031, 11, 14))
    assert _period(df, "246元") == "2031-11"
    assert _period(df, "210元") == "2031-11"


def test_own_target_only_restated_keeps_the_publication_day():
    # near-miss: the writer's call with no move in its clause stays the call of the day
    text = ("云帆投顾　产业研究处\n2031年11月14日\n\n澄湖科技第三季营收年增18%。"
            "我们维持澄湖科技（688000.SH）「买进」评等，目标价246元，对应明年约30倍市盈率。\n")
    df = facts_of_text(text, dt.date(2031, 11, 14))
    assert _period(df, "246元") == "2031-11-14"
