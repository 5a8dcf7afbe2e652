"""Plausibility of facts against publicly documented reference values.

``data/reference_values.csv`` holds values anyone can look up (parameter counts from the models'
papers, launch list prices of model APIs, capex from the companies' 10-Ks), one source URL per
row. :func:`check_plausibility` compares every fact with the rows for its entity, metric, unit and
period and labels it:

* ``ok``: some applicable reference value lies within the fact's value (or range) widened by
  ``tolerance_ratio`` x |reference| (the row's own ratio when given, else the ``tolerance``
  argument, 15% by default: enough for rounding 6.7B to 70亿 or a capex definition with or
  without finance leases, far from a tenfold slip);
* ``differs``: reference rows apply but none matches; the nearest (by ratio) is shown;
* ``unknown``: no reference row applies.

An entity can have several documented values (a model family's sizes: one row per size); a fact
is ``ok`` when it matches any of them.

Periods: a reference row with an empty period applies to every fact (parameter counts). A row
whose period is a calendar month or day (``2024-05``) is a value *in effect from* that date until
the next row of the same entity and metric (list prices): it applies to a fact whose period - or,
when the fact's period is empty or coarser than a month, whose publication date - falls in that
span. Any other reference period (``2023``, ``FY2024``) applies only to facts with exactly that
period.

Price metrics per token volume are compared per million tokens: ``input_price_per_1k_tokens``
0.01 is ``input_price_per_1m_tokens`` 10.
"""
from __future__ import annotations

import math
import re
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from .claims import name_key
from ..paths import DATA_DIR
from ..extract.token_volume import metric_token_volume

__all__ = [
    "DEFAULT_TOLERANCE",
    "PLAUSIBILITY_LABELS",
    "REFERENCE_COLUMNS",
    "REFERENCE_PATH",
    "check_plausibility",
    "load_reference",
]

#: Default relative tolerance of a fact against a reference value.
DEFAULT_TOLERANCE = 0.15
#: Path of the shipped reference table.
REFERENCE_PATH = DATA_DIR / "reference_values.csv"
REFERENCE_COLUMNS = ("entity", "metric", "period", "value", "unit", "tolerance_ratio",
                     "source_url", "note")
PLAUSIBILITY_LABELS = ("ok", "differs", "unknown")

_DATE_RE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def load_reference(path: str | Path | None = None) -> pd.DataFrame:
    """Read and check a reference table.

    Parameters
    ----------
    path : str or Path, optional
        CSV with columns :data:`REFERENCE_COLUMNS`; the shipped table when None.

    Returns
    -------
    DataFrame
        ``value`` and ``tolerance_ratio`` as float (NaN = use the default tolerance), ``period``
        as str (``""`` when empty).

    Raises
    ------
    ValueError
        One line naming the file, the line and the problem: missing columns, a value that is not
        a finite number, a non-positive tolerance, a source that is not an http(s) URL, an empty
        entity/metric/unit.
    """
    path = Path(path) if path is not None else REFERENCE_PATH
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in REFERENCE_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    values, tolerances = [], []
    for i, row in enumerate(table.itertuples(index=False), start=2):  # line 1 is the header
        for column in ("entity", "metric", "unit"):
            if not getattr(row, column).strip():
                raise ValueError(f"{path}:{i}: empty {column}")
        try:
            value = float(row.value)
        except ValueError:
            raise ValueError(f"{path}:{i}: value {row.value!r} is not a number") from None
        if not math.isfinite(value):
            raise ValueError(f"{path}:{i}: value {row.value!r} is not finite")
        tolerance = float("nan")
        if row.tolerance_ratio.strip():
            try:
                tolerance = float(row.tolerance_ratio)
            except ValueError:
                raise ValueError(
                    f"{path}:{i}: tolerance_ratio {row.tolerance_ratio!r} is not a number") from None
            if not tolerance > 0:
                raise ValueError(f"{path}:{i}: tolerance_ratio must be positive")
        if not re.match(r"https?://\S+$", row.source_url.strip()):
            raise ValueError(f"{path}:{i}: source_url {row.source_url!r} is not an http(s) URL")
        values.append(value)
        tolerances.append(tolerance)
    out = table.copy()
    out["value"] = pd.Series(values, index=out.index, dtype=float)
    out["tolerance_ratio"] = pd.Series(tolerances, index=out.index, dtype=float)
    for column in ("entity", "metric", "period", "unit", "source_url", "note"):
        out[column] = out[column].str.strip()
    return out


def _metric_scale(metric: str) -> tuple[str, float]:
    """Canonical metric key and the factor to it (per-1k token prices -> per 1m)."""
    key = name_key(metric)
    split = metric_token_volume(metric, whole=True)
    if split is None or not split[0]:
        return key, 1.0
    base, volume = split
    return name_key(f"{base}_per_1m_tokens"), 1e6 / volume


def _as_date(value) -> date | None:
    """A calendar date from a month/day period string or a date; None for anything coarser."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE_RE.fullmatch(str(value).strip())
    if match is None:
        return None
    return date(int(match[1]), int(match[2]), int(match[3] or 1))


def _applicable(refs: pd.DataFrame, period: str, published) -> pd.DataFrame:
    """Reference rows that apply to a fact with this period and publication date."""
    undated = refs[refs["period"] == ""]
    exact = refs[(refs["period"] != "") & refs["period"].map(lambda p: _as_date(p) is None)
                 & (refs["period"] == period)]
    dated = refs[refs["period"].map(lambda p: _as_date(p) is not None)]
    in_effect = dated.iloc[0:0]
    when = _as_date(period) or _as_date(published)
    if when is not None and len(dated):
        starts = dated["period"].map(_as_date)
        started = dated[starts <= when]
        if len(started):
            latest = starts[started.index].max()
            in_effect = started[starts[started.index] == latest]
    return pd.concat([undated, exact, in_effect])


def _judge(low: float, high: float, refs: pd.DataFrame, default_tol: float):
    """(label, reference value, source) for a fact interval [low, high] in reference units."""
    best = None
    for ref in refs.itertuples(index=False):
        tol = ref.tolerance_ratio if not math.isnan(ref.tolerance_ratio) else default_tol
        margin = tol * abs(ref.value)
        if low - margin <= ref.value <= high + margin:
            return "ok", ref.value, ref.source_url
        # Nearest by ratio (a 1400x slip is far whatever the scale); sign changes are farthest.
        ratios = [abs(v / ref.value) for v in (low, high) if v * ref.value > 0]
        distance = min((abs(math.log(r)) for r in ratios), default=math.inf)
        if best is None or distance < best[0]:
            best = (distance, ref.value, ref.source_url)
    return "differs", best[1], best[2]


def check_plausibility(facts: pd.DataFrame, reference: pd.DataFrame | str | Path | None = None,
                       tolerance: float = DEFAULT_TOLERANCE) -> pd.DataFrame:
    """Label every fact ``ok`` / ``differs`` / ``unknown`` against the reference table.

    Parameters
    ----------
    facts : DataFrame
        Facts table; needs ``entity, metric, value, unit``, uses ``value_high, period,
        published`` when present. Not modified.
    reference : DataFrame, str or Path, optional
        A frame like :func:`load_reference` returns, or a CSV path; the shipped table when None.
    tolerance : float
        Relative tolerance for reference rows without their own ``tolerance_ratio``.

    Returns
    -------
    DataFrame
        A copy of ``facts`` with ``plausibility`` (str), ``reference_value`` (float, in the
        fact's own metric scale: per-1k prices stay per 1k; NaN when unknown) and
        ``reference_source`` (URL, or None when unknown).

    Examples
    --------
    >>> facts = pd.DataFrame({"entity": ["BERT"], "metric": ["parameters"],
    ...                       "value": [4.81e11], "unit": ["count"], "period": [""]})
    >>> row = check_plausibility(facts).iloc[0]
    >>> row.plausibility, float(row.reference_value)
    ('differs', 340000000.0)
    """
    if not isinstance(facts, pd.DataFrame):
        raise TypeError(f"check_plausibility: expected a DataFrame, got {type(facts).__name__}")
    missing = [c for c in ("entity", "metric", "value", "unit") if c not in facts.columns]
    if missing:
        raise ValueError(f"check_plausibility: facts table lacks column(s) {', '.join(missing)}")
    if not tolerance > 0:
        raise ValueError(f"check_plausibility: tolerance must be positive, got {tolerance!r}")
    if reference is None or isinstance(reference, (str, Path)):
        reference = load_reference(reference)
    refs = reference.copy()
    refs["period"] = refs["period"].fillna("").astype(str).str.strip()
    keys = refs["metric"].map(_metric_scale)
    refs["_metric"] = keys.map(lambda k: k[0])
    refs["value"] = refs["value"].astype(float) * keys.map(lambda k: k[1])
    refs["_entity"] = refs["entity"].map(name_key)
    refs["tolerance_ratio"] = pd.to_numeric(refs["tolerance_ratio"], errors="coerce")
    by_key = {key: group for key, group in refs.groupby(["_entity", "_metric", "unit"])}

    labels, ref_values, sources = [], [], []
    for _, fact in facts.iterrows():
        metric, scale = _metric_scale(fact["metric"])
        candidates = by_key.get((name_key(fact["entity"]), metric, str(fact["unit"])))
        period = fact.get("period")
        period = "" if period is None or (isinstance(period, float) and math.isnan(period)) \
            else str(period).strip()
        if candidates is not None:
            candidates = _applicable(candidates, period, fact.get("published"))
        if candidates is None or candidates.empty:
            labels.append("unknown")
            ref_values.append(float("nan"))
            sources.append(None)
            continue
        value = float(fact["value"]) * scale
        high = fact.get("value_high")
        high = value if high is None or pd.isna(high) else float(high) * scale
        label, ref_value, source = _judge(min(value, high), max(value, high), candidates,
                                          tolerance)
        labels.append(label)
        ref_values.append(ref_value / scale)
        sources.append(source)
    out = facts.copy()
    out["plausibility"] = pd.Series(labels, index=facts.index, dtype=object)
    out["reference_value"] = pd.Series(ref_values, index=facts.index, dtype=float)
    out["reference_source"] = pd.Series(sources, index=facts.index, dtype=object)
    return out
