"""pandera schemas of the facts table and of the themed views.

The facts contract is ``shared/gold/SCHEMA.md``; the views are described in
``docs/VIEWS_API.md`` and their columns are data (``data/theme_views.csv``, read into
:data:`VIEW_SPECS`, from which :data:`VIEW_MEASURES`, :data:`VIEW_LABELS` and
:data:`VIEW_SCHEMAS` follow). Validation returns the frame unchanged and raises one
``SchemaError`` listing every problem, one line each.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np
import pandas as pd

# pandera is imported on first use (:func:`_pa`), not here: importing it costs 0.4-0.5 s of
# CPU (``python -X importtime -c "import pandera.pandas"``), and every notebook kernel imports
# this module through tables.views for VIEW_SPECS alone, never validating (issue 18).
# FACTS_SCHEMA and VIEW_SCHEMAS are built on first access (module ``__getattr__``).

from ..paths import FACT_COLUMNS, THEME_VIEWS_FILE, THEMES, THEMES_FILE, UNITS

#: Normalised period grammar (SCHEMA.md): 2024, 2024Q1, 2023H1, 2024-06, 2024-06-13,
#: FY2024Q3 and spans START/END; empty when the text gives none.
PERIOD_PATTERN = (
    r"^(FY)?\d{4}(Q[1-4]|H[12]|-\d{2}(-\d{2})?)?"
    r"(/(FY)?\d{4}(Q[1-4]|H[12]|-\d{2}(-\d{2})?)?)?$"
)

@functools.cache
def _str_dtype():
    """The string dtype of text columns (built on first use, as pandera is imported then)."""
    from pandera.engines import pandas_engine

    class _String(pandas_engine.STRING):
        """pandas' string dtype, its dtype check answered with one ``True`` when every element
        passes. pandera's own check of a string column answers one ``True`` per element, and for
        that answer it builds a table of failure cases and prints it into a message even when there
        is none, about a millisecond per column; a failing check is answered as before."""

        def check(self, pandera_dtype, data_container=None):
            result = super().check(pandera_dtype, data_container)
            if isinstance(result, np.ndarray) and result.all():
                return True
            return result

    return _String.from_parametrized_dtype(pd.StringDtype())


def _finite(s: pd.Series) -> pd.Series:
    if s.dtype == np.float64:  # the coerced column: one vectorised test, same answer per row
        return pd.Series(np.isfinite(s.to_numpy()), index=s.index)
    return pd.Series(pd.to_numeric(s, errors="coerce"), index=s.index).apply(
        lambda v: pd.notna(v) and abs(v) != float("inf")
    )


def _finite_or_null(s: pd.Series) -> pd.Series:
    return s.isna() | _finite(s)


def _non_empty(s: pd.Series) -> pd.Series:
    # a string column (as coerced) is stripped as it is; converting it first gives the same answer
    text = s if isinstance(s.dtype, pd.StringDtype) else s.astype("string")
    return s.notna() & (text.str.strip().str.len() > 0).fillna(False).astype(bool)


def _period_ok(s: pd.Series) -> pd.Series:
    text = s.astype("string").fillna("")
    return (text == "") | text.str.fullmatch(PERIOD_PATTERN).fillna(False)


def _date_like(s: pd.Series) -> pd.Series:
    """Published: a date, a Timestamp, an ISO string or null."""
    if s.dtype.kind == "M":  # datetime64: every value is a time or NaT
        return pd.Series(True, index=s.index)
    if s.dtype == object and all(t is type(None) or issubclass(t, dt.date) for t in set(map(type, s.to_numpy()))):
        # the usual column of dates and Nones: each value passes ok() below, decided per type
        return pd.Series(True, index=s.index)

    def ok(v) -> bool:
        if v is None or v is pd.NA or v is pd.NaT:
            return True
        if isinstance(v, float):
            return v != v  # NaN
        if isinstance(v, dt.date):  # dates, datetimes and Timestamps: no parsing needed
            return True
        return pd.notna(pd.to_datetime(v, errors="coerce"))
    return s.map(ok).astype(bool)


def _pa():
    """``pandera.pandas``, imported on first use (see the note at the imports)."""
    import pandera.pandas

    return pandera.pandas


def _text_col(*checks, nullable=False) -> pa.Column:
    pa = _pa()
    return pa.Column(_str_dtype(), checks=list(checks), nullable=nullable, coerce=True)


def _facts_schema():
    pa = _pa()
    return pa.DataFrameSchema(
        {
            "doc_id": _text_col(pa.Check(_non_empty, error="doc_id must be non-empty")),
            "theme": _text_col(pa.Check.isin(THEMES)),
            "entity": _text_col(pa.Check(_non_empty, error="entity must be non-empty")),
            "metric": _text_col(pa.Check(_non_empty, error="metric must be non-empty")),
            "value": pa.Column(float, pa.Check(_finite, error="value must be finite"),
                               coerce=True),
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
    pa = _pa()
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
    pa = _pa()
    schema = _lazy("FACTS_SCHEMA")
    missing = [c for c in FACT_COLUMNS if c not in df.columns]
    if missing:
        raise pa.errors.SchemaError(schema, df, f"facts: missing columns {missing}")
    try:
        schema.validate(df, lazy=True)  # pandera coerces a copy (inplace=False)
    except pa.errors.SchemaErrors as err:
        _raise_one_line("facts", err)
    return df


def facts_schema_failures(df: pd.DataFrame) -> list[tuple[str, Exception]]:
    """``(doc_id, error)`` for each document whose rows of ``df`` break the facts schema, in
    order: what a failed :func:`validate_facts` of a whole table is traced back to, so a caller
    can name (or leave out) the documents instead of losing the table."""
    pa = _pa()
    failures = []
    for doc_id, part in df.groupby("doc_id", sort=False):
        try:
            validate_facts(part)
        except pa.errors.SchemaError as exc:
            failures.append((str(doc_id), exc))
    return failures


# --- views --------------------------------------------------------------------------

#: Columns every view starts with (docs/VIEWS_API.md).
VIEW_COMMON = (
    "doc_id", "publisher", "published", "entity", "metric", "period", "year",
    "value", "value_high", "unit", "qualifier", "is_estimate", "measure",
)
#: Provenance columns every view ends with.
VIEW_PROVENANCE = ("text", "start", "end", "quote")


@dataclass(frozen=True)
class Measure:
    """A unit-bearing float column of a view (a row of ``data/theme_views.csv``).

    A fact fills it when its unit is one of ``units`` and its metric matches
    ``metric_pattern`` (a regular expression searched in the metric; empty: any metric), the
    first such column in ``priority`` order taking the fact. Its value is the fact's value
    times ``scale[unit]`` (1 for a unit not listed) or times the factor the function
    ``function`` of ``tables/views.py`` (``FACTORS``) gives per row (a row it gives no factor
    stays in ``value``).
    """

    column: str
    units: tuple[str, ...]
    metric_pattern: str = ""
    scale: tuple[tuple[str, float], ...] = ()
    function: str = ""
    priority: int = 0


@dataclass(frozen=True)
class Label:
    """A string column of a view, filled by the function ``function`` of ``tables/views.py``
    (``LABELS``)."""

    column: str
    function: str


@dataclass(frozen=True)
class ViewSpec:
    """The columns a theme's view adds to :data:`VIEW_COMMON`, in column order."""

    labels: tuple[Label, ...] = ()
    measures: tuple[Measure, ...] = ()


_VIEW_FILE_COLUMNS = ("theme", "kind", "column", "units", "metric_pattern", "scale", "function",
                      "priority")


def _scale(text: str) -> tuple[tuple[str, float], ...]:
    """``months=1/12 years=1`` -> ``(("months", 1/12), ("years", 1.0))``."""
    pairs = []
    for item in text.split():
        unit, sep, factor = item.partition("=")
        if not sep or unit not in UNITS:
            raise ValueError(f"scale {item!r} is not UNIT=FACTOR with a unit of paths.UNITS")
        pairs.append((unit, float(Fraction(factor))))
    return tuple(pairs)


def read_view_specs(path: Path = THEME_VIEWS_FILE, themes: tuple[str, ...] = THEMES,
                    ) -> dict[str, ViewSpec]:
    """Every theme's view columns from ``path`` (``data/theme_views.csv``), by theme.

    A theme with no row gets a view of the common columns only (every number in ``value``).

    Raises
    ------
    ValueError
        One line naming the file, the row and the problem, e.g.
        ``theme_views.csv: line 7: units 'EURO' are not units of paths.UNITS``.
    """
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in _VIEW_FILE_COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise ValueError(f"{path.name}: missing columns {missing}")
        rows = list(reader)
    labels: dict[str, list[Label]] = {t: [] for t in themes}
    measures: dict[str, list[Measure]] = {t: [] for t in themes}
    reserved = set(VIEW_COMMON) | set(VIEW_PROVENANCE)
    for line, row in enumerate(rows, start=2):
        theme, kind, column = (row[c].strip() for c in ("theme", "kind", "column"))
        try:
            if theme not in labels:
                raise ValueError(f"theme {theme!r} is not in {THEMES_FILE.name}")
            taken = {x.column for x in labels[theme] + measures[theme]}
            taken |= {f"{m.column}_high" for m in measures[theme]}
            if not re.fullmatch(r"[a-z][a-z0-9_]*", column) or column in reserved | taken:
                raise ValueError(f"column {column!r} is not a new snake_case name")
            if kind == "label":
                if not row["function"].strip():
                    raise ValueError("a label needs a function")
                labels[theme].append(Label(column, row["function"].strip()))
            elif kind == "measure":
                units = tuple(row["units"].split())
                bad = [u for u in units if u not in UNITS]
                if not units or bad:
                    raise ValueError(f"units {row['units']!r} are not units of paths.UNITS")
                re.compile(row["metric_pattern"])
                if row["scale"].strip() and row["function"].strip():
                    raise ValueError("a measure is scaled by a scale or a function, not both")
                measures[theme].append(Measure(
                    column, units, row["metric_pattern"].strip(), _scale(row["scale"]),
                    row["function"].strip(), int(row["priority"] or 0)))
            else:
                raise ValueError(f"kind {kind!r} is neither label nor measure")
        except (ValueError, re.error) as err:
            raise ValueError(f"{path.name}: line {line}: {err}") from None
    return {t: ViewSpec(tuple(labels[t]), tuple(measures[t])) for t in themes}


#: Every theme's view columns (``data/theme_views.csv``), by theme.
VIEW_SPECS = read_view_specs()
#: Unit-bearing float columns per view (each also has a ``_high`` twin).
VIEW_MEASURES = {t: tuple(m.column for m in spec.measures) for t, spec in VIEW_SPECS.items()}
#: Categorical (string) columns a view adds.
VIEW_LABELS = {t: tuple(label.column for label in spec.labels) for t, spec in VIEW_SPECS.items()}


def view_columns(name: str) -> tuple[str, ...]:
    """The fixed leading columns of view ``name`` in order (extra columns may follow)."""
    measures = []
    for m in VIEW_MEASURES[name]:
        measures += [m, f"{m}_high"]
    return VIEW_COMMON + VIEW_LABELS[name] + tuple(measures) + VIEW_PROVENANCE


def _view_schema(name: str) -> pa.DataFrameSchema:
    pa = _pa()
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


_LAZY = {
    "FACTS_SCHEMA": _facts_schema,
    "VIEW_SCHEMAS": lambda: {name: _view_schema(name) for name in VIEW_MEASURES},
}


def _lazy(name: str):
    """``FACTS_SCHEMA`` or ``VIEW_SCHEMAS``, built once, on first use."""
    if name not in globals():
        globals()[name] = _LAZY[name]()
    return globals()[name]


def __getattr__(name: str):
    if name in _LAZY:
        return _lazy(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def validate_view(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Validate view ``name``: fixed columns present in order, dtypes, checks."""
    pa = _pa()
    schemas = _lazy("VIEW_SCHEMAS")
    if name not in schemas:
        raise KeyError(f"unknown view {name!r}; known: {sorted(schemas)}")
    expected = view_columns(name)
    got = tuple(df.columns[: len(expected)])
    if got != expected:
        missing = [c for c in expected if c not in df.columns]
        raise pa.errors.SchemaError(
            schemas[name], df,
            f"{name}: columns out of contract (missing {missing}, got {list(got)})",
        )
    try:
        schemas[name].validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        _raise_one_line(name, err)
    return df
