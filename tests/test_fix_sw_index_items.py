"""Shenwan and CITIC industry indexes in a weekly's bullet list, with a bracketed year-to-date
move, and trailing P/E levels (invented texts)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers_text import facts_of_text, row_of

PUB = dt.date(2026, 3, 23)
HEAD = "本周（3月16日-3月20日）行业表现\n\n"


@pytest.mark.parametrize("item, entity, move, ytd", [
    ("- 申万通信：+4.8%（年初至今+18.6%）", "SW Telecom Index", 0.048, 0.186),
    ("- 申万电子：-2.1%（年初以来+5.3%）", "SW Electronics Index", -0.021, 0.053),
    ("• 中信电子：+3.3%(年初至今：-9.9%)", "CITIC Electronics Index", 0.033, -0.099),
    ("1. 申万计算机：1.2%（年初至今-3.5%）", "SW Computer Index", 0.012, -0.035),
])
def test_bracketed_year_to_date_move(item, entity, move, ytd):
    df = facts_of_text(HEAD + item + "\n", PUB)
    assert sorted(zip(df["entity"], df["metric"], df["value"], df["period"])) == sorted([
        (entity, "return", move, "2026-03-16/2026-03-20"),
        (entity, "return_ytd", ytd, "2026-03-20"),
    ])
    assert (df["theme"] == "valuation").all()


def test_theme_indexes_and_plain_items():
    text = HEAD + "- CPO指数：+7.9%\n- 算力租赁指数：-3.4%\n- AIGC应用指数：-4.1%\n- 申万传媒：-0.6%\n"
    df = facts_of_text(text, PUB)
    assert sorted(zip(df["entity"], df["value"])) == sorted([
        ("CPO Index", 0.079), ("Computing Power Leasing Index", -0.034),
        ("AIGC Application Index", -0.041), ("SW Media Index", -0.006)])
    assert set(df["period"]) == {"2026-03-16/2026-03-20"}


def test_near_misses():
    # a broker and a company are no index; a bracket holding a note is not a year-to-date move
    df = facts_of_text(HEAD + "- 申万宏源证券研究所：+3.0%\n- 中信证券：+2.0%（年初至今+8.0%）\n", PUB)
    assert not df["entity"].str.contains("Index").any()
    df = facts_of_text(HEAD + "- 申万电子：+2.0%（成交额+8.0%）\n", PUB)
    assert "return_ytd" not in set(df["metric"])


def test_trailing_pe():
    df = facts_of_text("估值方面，申万电子PE(TTM)为68.4倍，处于近十年92%分位。\n", PUB)
    r = row_of(df, "68.4倍")
    assert (r.entity, r.metric, r.value, r.unit) == ("SW Electronics Index", "pe_ttm", 68.4, "multiple")
    # near-miss: a plain PE stays pe_ratio
    assert row_of(facts_of_text("申万电子PE为40倍。\n", PUB), "40倍").metric == "pe_ratio"


def test_a_bare_cell_under_pe_ttm_is_a_multiple():
    # 48 under PE(TTM) means 48倍, as a bare cell under PE does, never a count of 48
    text = ("表1　主要指数估值\n指数\tPE(TTM)\t近十年分位\n岳川算力指数\t48\t92%\n"
            "青柏应用指数\t62\t88%\n")
    f = facts_of_text(text, dt.date(2026, 3, 20))
    rows = f[f["text"] == "48"]
    assert len(rows) == 1 and rows.iloc[0]["unit"] == "multiple", f[["text", "metric", "unit"]].to_string()
