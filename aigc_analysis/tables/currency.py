"""Amounts in several currencies on one axis: US-dollar equivalents at period-average rates.

Rates live in ``data/exchange_rates.csv`` (``currency, year, per_usd, source``): annual averages
of daily rates, one source per row. An amount is converted at the average of the year its
period names (``2022H1`` -> 2022), or of its report's publication year when it has no period.
A year the table does not hold uses the nearest year it does (a 2024 figure at the 2023 average),
and the row says which year was used (``fx_year``), so a chart footnote can say so. The
original value and currency are never dropped: conversion adds columns.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from ..paths import DATA_DIR

#: Columns :func:`to_usd` adds.
FX_COLUMNS = ("amount_usd", "fx_rate", "fx_year", "fx_source")
_YEAR = re.compile(r"(?:19|20)\d{2}")


@lru_cache(maxsize=1)
def exchange_rates() -> pd.DataFrame:
    """The shipped table, checked: positive rates, a source on every row, no duplicate year."""
    path = DATA_DIR / "exchange_rates.csv"
    table = pd.read_csv(path, dtype={"currency": str, "year": int, "per_usd": float,
                                     "source": str})
    bad = table.loc[~(table["per_usd"] > 0) | table["source"].isna()
                    | (table["source"].astype(str).str.strip() == "")]
    if not bad.empty:
        raise ValueError(f"{path}: row {int(bad.index[0]) + 2}: per_usd must be positive and "
                         "source given")
    dup = table.duplicated(["currency", "year"])
    if dup.any():
        raise ValueError(f"{path}: row {int(dup.idxmax()) + 2}: currency and year given twice")
    return table.sort_values(["currency", "year"], kind="mergesort").reset_index(drop=True)


def _year(period, published) -> int | None:
    found = _YEAR.search(str(period)) if isinstance(period, str) else None
    if found:
        return int(found.group(0))
    if published is None or (not isinstance(published, str) and pd.isna(published)):
        return None
    return pd.Timestamp(published).year


def to_usd(data: pd.DataFrame, amount: str = "amount", unit: str = "unit") -> pd.DataFrame:
    """A copy of ``data`` with ``amount_usd``, ``fx_rate`` (units per US$), ``fx_year`` and
    ``fx_source`` (empty for US-dollar rows; NaN where no rate exists for the currency).

    >>> d = pd.DataFrame({"amount": [1.6205e11, 4.435e10], "unit": ["CNY", "USD"],
    ...                   "period": ["2022H1", "2024Q1"], "published": [None, None]})
    >>> [round(x / 1e8, 1) for x in to_usd(d)["amount_usd"]]
    [240.8, 443.5]
    """
    missing = [c for c in (amount, unit) if c not in data.columns]
    if missing:
        raise ValueError(f"to_usd: data is missing columns {missing}")
    rates = exchange_rates()
    out = data.copy()
    periods = out["period"] if "period" in out.columns else [None] * len(out)
    published = out["published"] if "published" in out.columns else [None] * len(out)
    usd, rate_col, year_col, source_col = [], [], [], []
    for value, cur, period, pub in zip(out[amount], out[unit], periods, published):
        if cur == "USD":
            usd.append(value)
            rate_col.append(1.0)
            year_col.append(pd.NA)
            source_col.append("")
            continue
        table = rates.loc[rates["currency"] == cur]
        year = _year(period, pub)
        if table.empty or year is None:
            usd.append(float("nan"))
            rate_col.append(float("nan"))
            year_col.append(pd.NA)
            source_col.append("")
            continue
        row = table.iloc[(table["year"] - year).abs().argsort(kind="mergesort").iloc[0]]
        usd.append(float(value) / float(row["per_usd"]))
        rate_col.append(float(row["per_usd"]))
        year_col.append(int(row["year"]))
        source_col.append(str(row["source"]))
    out["amount_usd"] = pd.Series(usd, index=out.index, dtype=float)
    out["fx_rate"] = pd.Series(rate_col, index=out.index, dtype=float)
    out["fx_year"] = pd.Series(year_col, index=out.index, dtype="Int64")
    out["fx_source"] = pd.Series(source_col, index=out.index, dtype=object)
    return out
