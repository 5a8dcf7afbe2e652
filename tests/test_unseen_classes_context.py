"""Context classes seen on reports in no set: item boundaries of news flashes, subject carry,
periods of months without a year, stated years, quarter ends and named weeks (invented texts)."""
from __future__ import annotations

import datetime as dt

from aigc_analysis.names import extend_known, find_unknown_names

from text_facts import facts_of


def _row(df, text):
    rows = df[df["text"].str.contains(text, regex=False)]
    assert len(rows) == 1, df[["entity", "metric", "period", "text"]].to_string()
    return rows.iloc[0]


# ---- names: an amount after a Latin name is not part of the name --------------------------
def test_known_name_not_extended_by_an_amount():
    t = "宣布向Anthropic 250亿美元的追加投资"
    start = t.index("Anthropic")
    assert t[start:extend_known(t, start, start + len("Anthropic"))] == "Anthropic"


def test_known_name_still_extended_by_a_version():
    t = "Gemini 3 Pro的输入价格"
    assert t[:extend_known(t, 0, len("Gemini"))] == "Gemini 3 Pro"


def test_unknown_name_not_glued_to_a_count():
    names = [n.name for n in find_unknown_names("ZephyrAI 120家客户已接入")]
    assert names == ["ZephyrAI"]


def test_investment_entity_without_the_number():
    df = facts_of("软银宣布投资Anthropic 250亿美元。", dt.date(2025, 9, 30))
    assert _row(df, "250亿美元")["entity"] == "Anthropic"
