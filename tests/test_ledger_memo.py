"""The ledger tables are computed once per facts table (issue 18): tables.memo."""
from __future__ import annotations

import pandas as pd

from aigc_analysis.tables.memo import ledger_once
from aigc_analysis.tables.claims import ledger


def _facts() -> pd.DataFrame:
    rows = [("a.txt", "云厂商甲", "capex", 1.0e10, "CNY", "2031", "100亿元", "2031-05-01", "券商甲"),
            ("b.txt", "云厂商甲", "capex", 1.3e10, "CNY", "2031", "130亿元", "2031-06-01", "券商乙")]
    df = pd.DataFrame(rows, columns=["doc_id", "entity", "metric", "value", "unit", "period",
                                     "text", "published", "publisher"])
    df["value_high"] = float("nan")
    df["start"] = [0, 10]
    df["end"] = df["start"] + df["text"].str.len()
    return df


def test_memo_returns_the_ledger_and_counts_one_computation():
    facts = _facts()
    calls = []

    def counted(f):
        calls.append(1)
        return ledger(f)

    first = ledger_once(counted, facts)
    first["agree"] = "changed by a caller"  # a copy: the memo keeps its own table
    again = ledger_once(counted, facts)
    assert len(calls) == 1
    pd.testing.assert_frame_equal(again, ledger(facts))


def test_memo_recomputes_for_a_table_changed_in_place():
    facts = _facts()
    before = ledger_once(ledger, facts)
    assert not bool(before["agree"].iloc[0])  # 100 vs 130 disagree
    facts.loc[1, ["value", "text"]] = [1.0e10, "100亿元"]
    facts.loc[1, "end"] = facts.loc[1, "start"] + 5
    after = ledger_once(ledger, facts)
    assert bool(after["agree"].iloc[0])


def _capex_facts() -> pd.DataFrame:
    import datetime as dt

    import numpy as np

    from aigc_analysis.paths import FACT_COLUMNS

    rows = []
    for i, (entity, value) in enumerate([("云厂商甲", 5e10), ("云厂商乙", 7e10)]):
        row = dict.fromkeys(FACT_COLUMNS)
        row.update(doc_id="r1.txt", entity=entity, period="2031Q1", text=f"{i}00亿美元",
                   start=10 * i, end=10 * i + 6, publisher="某证券",
                   published=dt.date(2031, 5, 1), is_estimate=False, value_high=np.nan,
                   theme="capex", metric="capex", value=value, unit="USD")
        rows.append(row)
    return pd.DataFrame(rows, columns=list(FACT_COLUMNS))


def test_view_once_builds_a_view_once_per_table_and_copies_it_out(monkeypatch):
    from aigc_analysis.tables import memo, views

    facts = _capex_facts()
    calls = []
    real = views.VIEWS["capex"]
    monkeypatch.setitem(views.VIEWS, "capex", lambda f: calls.append(1) or real(f))
    first = memo.view_once("capex", facts)
    first.loc[0, "entity"] = "changed by a caller"
    again = memo.view_once("capex", facts)
    assert len(calls) == 1
    pd.testing.assert_frame_equal(again, real(facts))
    # another table (even equal) and another theme are built on their own
    memo.view_once("capex", facts.copy())
    memo.view_once("pricing", facts)
    assert len(calls) == 2


def test_view_once_rebuilds_after_a_change_in_any_column():
    from aigc_analysis.tables import memo

    facts = _capex_facts()
    before = memo.view_once("capex", facts)
    facts.loc[0, "publisher"] = "另一证券"  # not a claim column: a view shows it
    after = memo.view_once("capex", facts)
    assert list(before["publisher"]) != list(after["publisher"])
    assert "另一证券" in set(after["publisher"])
