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
