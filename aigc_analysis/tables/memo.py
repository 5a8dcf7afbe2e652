"""Ledger tables computed once per facts table.

The ledger notebook and the report ask for the same claims, ledger, revisions and
plausibility checks several times (summary, agreements, contradictions, revisions, two
figures): about 0.5 s each on the seeds. :func:`ledger_once` keeps one result per function and
facts table.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable

import pandas as pd

#: ``(function, id(facts))`` -> (weak reference to the facts, their fingerprint, result).
_LEDGER_MEMO: dict = {}
#: Columns a claim is made of: a facts table changed in any of them is a new table.
_CLAIM_COLUMNS = ("fact_id", "doc_id", "start", "end", "entity", "metric", "period", "unit",
                  "value", "value_high", "published", "publisher", "text")


def _fingerprint(facts) -> tuple:
    cols = [c for c in _CLAIM_COLUMNS if c in facts.columns]
    hashed = pd.util.hash_pandas_object(facts[cols].astype(str), index=True)
    return (tuple(facts.columns), len(facts), int(hashed.sum()))


def ledger_once(fn: Callable, facts):
    """``fn(facts)`` for one of the ledger functions (claims, ledger, revisions,
    plausibility), computed once per facts table and copied out.

    The memo holds a weak reference, so a kernel running the next notebook keeps no old facts
    alive; a table changed in place has another fingerprint and is computed again.
    """
    key = (fn.__module__, fn.__name__, id(facts))
    hit = _LEDGER_MEMO.get(key)
    fingerprint = _fingerprint(facts)
    if hit is not None and hit[0]() is facts and hit[1] == fingerprint:
        return hit[2].copy()
    for old in [k for k, v in _LEDGER_MEMO.items() if v[0]() is None]:
        del _LEDGER_MEMO[old]
    result = fn(facts)
    _LEDGER_MEMO[key] = (weakref.ref(facts), fingerprint, result)
    return result.copy()
