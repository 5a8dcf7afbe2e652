"""Ledger tables and themed views computed once per facts table.

The ledger notebook and the report ask for the same claims, ledger, revisions and
plausibility checks several times (summary, agreements, contradictions, revisions, two
figures): about 0.5 s each on the seeds. :func:`ledger_once` keeps one result per function and
facts table. A theme notebook builds its theme's view four times (key table, figures,
narrative): :func:`view_once` builds it once (issue 18: 33 views per build became 8).
"""
from __future__ import annotations

import weakref
from collections.abc import Callable

import pandas as pd

from .views import view

#: ``(function, id(facts))`` -> (weak reference to the facts, their fingerprint, result).
_LEDGER_MEMO: dict = {}
#: Columns a claim is made of: a facts table changed in any of them is a new table.
_CLAIM_COLUMNS = ("fact_id", "doc_id", "start", "end", "entity", "metric", "period", "unit",
                  "value", "value_high", "published", "publisher", "text")


def _fingerprint(facts) -> tuple:
    cols = [c for c in _CLAIM_COLUMNS if c in facts.columns]
    hashed = pd.util.hash_pandas_object(facts[cols].astype(str), index=True)
    return (tuple(facts.columns), len(facts), int(hashed.sum()))


def _once(key: tuple, compute: Callable, facts, fingerprint: Callable):
    """``compute()`` memoised under ``key`` for this very ``facts`` object, unchanged."""
    hit = _LEDGER_MEMO.get(key)
    fp = fingerprint(facts)
    if hit is not None and hit[0]() is facts and hit[1] == fp:
        return hit[2].copy()
    for old in [k for k, v in _LEDGER_MEMO.items() if v[0]() is None]:
        del _LEDGER_MEMO[old]
    result = compute()
    _LEDGER_MEMO[key] = (weakref.ref(facts), fp, result)
    return result.copy()


def _full_fingerprint(facts) -> tuple:
    # A view reads most columns: every one counts.
    hashed = pd.util.hash_pandas_object(facts.astype(str), index=True)
    return (tuple(facts.columns), len(facts), int(hashed.sum()))


def view_once(name: str, facts):
    """``views.view(name, facts)``, built once per facts table and theme and copied out.

    As :func:`ledger_once`: a weak reference to the facts, and a table changed in place (in
    any column) is a new table.
    """
    return _once(("view", name, id(facts)), lambda: view(name, facts), facts,
                 _full_fingerprint)


def ledger_once(fn: Callable, facts):
    """``fn(facts)`` for one of the ledger functions (claims, ledger, revisions,
    plausibility), computed once per facts table and copied out.

    The memo holds a weak reference, so a kernel running the next notebook keeps no old facts
    alive; a table changed in place has another fingerprint and is computed again.
    """
    return _once((fn.__module__, fn.__name__, id(facts)), lambda: fn(facts), facts,
                 _fingerprint)
