"""pandera schemas of the facts table and of the themed views.

The facts contract is ``shared/gold/SCHEMA.md``; the views are described in
``docs/VIEWS_API.md``. Validation returns the frame unchanged and raises one
``SchemaError`` listing every problem, one line each.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pandera.pandas as pa

from ..paths import FACT_COLUMNS, THEMES, UNITS

#: Normalised period grammar (SCHEMA.md): 2024, 2024Q1, 2023H1, 2024-06, 2024-06-13,
#: FY2024Q3 and spans START/END; empty when the text gives none.
PERIOD_PATTERN = (
    r"^(FY)?\d{4}(Q[1-4]|H[12]|-\d{2}(-\d{2})?)?"
    r"(/(FY)?\d{4}(Q[1-4]|H[12]|-\d{2}(-\d{2})?)?)?$"
)

_STR = pd.StringDtype()


def _finite(s: pd.Series) -> pd.Series:
    return pd.Series(pd.to_numeric(s, errors="coerce"), index=s.index).apply(
        lambda v: pd.notna(v) and abs(v) != float("inf")
    )


def _finite_or_null(s: pd.Series) -> pd.Series:
    return s.isna() | _finite(s)


def _non_empty(s: pd.Series) -> pd.Series:
    return s.notna() & (s.astype("string").str.strip().str.len() > 0)


def _period_ok(s: pd.Series) -> pd.Series:
    text = s.astype("string").fillna("")
    return (text == "") | text.str.fullmatch(PERIOD_PATTERN).fillna(False)


def _date_like(s: pd.Series) -> pd.Series:
    """Published: a date, a Timestamp, an ISO string or null."""
    def ok(v) -> bool:
        if v is None or v is pd.NA or v is pd.NaT:
            return True
        if isinstance(v, float):
            return v != v  # NaN
        if isinstance(v, dt.date):  # dates, datetimes and Timestamps: no parsing needed
            return True
        return pd.notna(pd.to_datetime(v, errors="coerce"))
    return s.map(ok).astype(bool)


def _text_col(*checks, nullable=False) -> pa.Column:
    return pa.Column(_STR, checks=list(checks), nullable=nullable, coerce=True)


FACTS_SCHEMA = pa.DataFrameSchema(
    {
        "doc_id": _text_col(pa.Check(_non_empty, error="doc_id must be non-empty")),
        "theme": _text_col(pa.Check.isin(THEMES)),
        "entity": _text_col(pa.Check(_non_empty, error="entity must be non-empty")),
        "metric": _text_col(pa.Check(_non_empty, error="metric must be non-empty")),
        "value": pa.Column(float, pa.Check(_finite, error="value must be finite"), coerce=True),
        "value_high": pa.Column(
            float, pa.Check(_finite_or_null, error="value_high must be finite or null"),
            nullable=True, coerce=True,
        ),
        "unit": _text_col(pa.Check.isin(UNITS)),
        "period": _text_col(
            pa.Check(_period_ok, error="period must be empty or match the period grammar"),
            nullable=True,
        ),
        "text": _text_col(pa.Check(_non_empty, error="text must be non-empty")),
        "start": pa.Column("int64", pa.Check.ge(0), coerce=True),
        "end": pa.Column("int64", coerce=True),
        "quote": _text_col(nullable=True),
        "qualifier": _text_col(nullable=True),
        "per": _text_col(nullable=True),
        "is_estimate": pa.Column("boolean", nullable=True, coerce=True),
        "publisher": _text_col(nullable=True),
        "published": pa.Column(
            checks=pa.Check(_date_like, error="published must be a date or null"),
            nullable=True,
        ),
    },
    checks=[pa.Check(lambda df: df["start"] < df["end"], error="start must be < end")],
    strict=False,
    ordered=False,
    name="facts",
)


def _raise_one_line(name: str, err: pa.errors.SchemaErrors) -> None:
    cases = err.failure_cases
    lines = []
    for (col, check), grp in cases.groupby(["column", "check"], dropna=False, sort=False):
        sample = ", ".join(repr(v) for v in grp["failure_case"].head(3).tolist())
        lines.append(f"{name}: column {col!r} fails {check} ({len(grp)} rows, e.g. {sample})")
    raise pa.errors.SchemaError(
        err.schema, err.data, "\n".join(lines) or f"{name}: invalid"
    ) from None


def validate_facts(df: pd.DataFrame) -> pd.DataFrame:
    """Validate a facts frame; return it unchanged (coercion happens on a copy).

    Raises
    ------
    pandera.errors.SchemaError
        Message lists one problem per line, e.g.
        ``facts: column 'unit' fails isin(...) (1 rows, e.g. 'EUR')``.
    """
    missing = [c for c in FACT_COLUMNS if c not in df.columns]
    if missing:
        raise pa.errors.SchemaError(FACTS_SCHEMA, df, f"facts: missing columns {missing}")
    try:
        FACTS_SCHEMA.validate(df.copy(), lazy=True)
    except pa.errors.SchemaErrors as err:
        _raise_one_line("facts", err)
    return df


# --- views --------------------------------------------------------------------------

#: Columns every view starts with (docs/VIEWS_API.md).
VIEW_COMMON = (
    "doc_id", "publisher", "published", "entity", "metric", "period", "year",
    "value", "value_high", "unit", "qualifier", "is_estimate", "measure",
)
#: Provenance columns every view ends with.
VIEW_PROVENANCE = ("text", "start", "end", "quote")

#: Unit-bearing float columns per view (each also has a ``_high`` twin).
VIEW_MEASURES = {
    "capex": ("capex_usd", "capex_cny", "capex_hkd", "capex_growth_ratio",
              "capex_growth_change_pp"),
    "parameters": ("parameters_count",),
    "pricing": ("price_change_ratio", "price_usd_per_mtok", "price_cny_per_mtok",
                "price_hkd_per_mtok"),
    "valuation": ("return_ratio", "drawdown_ratio", "multiple", "stake_ratio",
                  "amount_usd", "amount_cny", "amount_hkd", "other_ratio"),
    "earnings": ("amount_usd", "amount_cny", "amount_hkd", "growth_ratio",
                 "growth_change_pp", "share_ratio", "multiple"),
    "adoption": ("users_count", "growth_ratio", "growth_multiple", "share_ratio",
                 "duration_months"),
    "market": ("market_size_usd", "market_size_cny", "market_size_hkd", "growth_ratio",
               "share_ratio", "count", "multiple", "duration_years"),
    "compute": ("count", "data_bytes", "growth_multiple", "growth_ratio", "share_ratio",
                "duration_months", "amount_usd", "amount_cny"),
}
#: Categorical (string) columns a view adds.
VIEW_LABELS = {
    "capex": (),
    "parameters": ("model", "organisation"),
    "pricing": ("model", "vendor", "price_side", "price_direction"),
    "valuation": (),
    "earnings": ("base_metric", "growth_basis"),
    "adoption": ("base_metric", "growth_basis"),
    "market": ("market", "base_metric", "growth_basis"),
    "compute": ("base_metric", "growth_basis"),
}


def view_columns(name: str) -> tuple[str, ...]:
    """The fixed leading columns of view ``name`` in order (extra columns may follow)."""
    measures = []
    for m in VIEW_MEASURES[name]:
        measures += [m, f"{m}_high"]
    return VIEW_COMMON + VIEW_LABELS[name] + tuple(measures) + VIEW_PROVENANCE


def _view_schema(name: str) -> pa.DataFrameSchema:
    cols = {
        "doc_id": _text_col(pa.Check(_non_empty, error="doc_id must be non-empty")),
        "publisher": _text_col(nullable=True),
        "published": pa.Column(nullable=True),
        "entity": _text_col(pa.Check(_non_empty, error="entity must be non-empty")),
        "metric": _text_col(pa.Check(_non_empty, error="metric must be non-empty")),
        "period": _text_col(pa.Check(_period_ok), nullable=True),
        "year": pa.Column("Int64", nullable=True),
        "value": pa.Column(float, pa.Check(_finite, error="value must be finite")),
        "value_high": pa.Column(float, nullable=True),
        "unit": _text_col(pa.Check.isin(UNITS)),
        "qualifier": _text_col(nullable=True),
        "is_estimate": pa.Column("boolean", nullable=True),
        "measure": _text_col(pa.Check.isin(("value",) + VIEW_MEASURES[name])),
        "text": _text_col(pa.Check(_non_empty)),
        "start": pa.Column("int64"),
        "end": pa.Column("int64"),
        "quote": _text_col(nullable=True),
    }
    for label in VIEW_LABELS[name]:
        cols[label] = _text_col(nullable=True)
    for m in VIEW_MEASURES[name]:
        cols[m] = pa.Column(float, nullable=True)
        cols[f"{m}_high"] = pa.Column(float, nullable=True)
    return pa.DataFrameSchema(
        cols,
        checks=[pa.Check(lambda df: (df["theme"] == name).all() if "theme" in df else True,
                         error=f"every row must be of theme {name!r}")],
        strict=False,
        name=name,
    )


VIEW_SCHEMAS = {name: _view_schema(name) for name in VIEW_MEASURES}


def validate_view(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Validate view ``name``: fixed columns present in order, dtypes, checks."""
    if name not in VIEW_SCHEMAS:
        raise KeyError(f"unknown view {name!r}; known: {sorted(VIEW_SCHEMAS)}")
    expected = view_columns(name)
    got = tuple(df.columns[: len(expected)])
    if got != expected:
        missing = [c for c in expected if c not in df.columns]
        raise pa.errors.SchemaError(
            VIEW_SCHEMAS[name], df,
            f"{name}: columns out of contract (missing {missing}, got {list(got)})",
        )
    try:
        VIEW_SCHEMAS[name].validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        _raise_one_line(name, err)
    return df
