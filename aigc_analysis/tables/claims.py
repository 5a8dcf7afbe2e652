"""The cross-report claim ledger: which reports state the same figure, and do they agree.

A *claim* is what several facts can share: the same entity, metric, period and unit (entities
and metrics compared by canonical name, periods exactly, an empty period being its own group).
:func:`ledger` returns one row per claim with the reports behind it, the spread of their values
and whether they agree within the precision each report wrote; :func:`revisions` shows how a
figure moved over time, per publisher.

Rounding tolerance
------------------
Every fact gets an interval ``[low - tol_low, high + tol_high]`` (``high`` = ``value_high`` for a
range, else ``value``). ``tol`` is half a unit in the last digit the report *wrote*: the digits of
``text`` are read (full-width digits and thousands separators allowed) and the token whose value
times a power of ten equals the fact's value fixes the place of the last written digit, so
``443.5亿美元`` (4.435e10) gives 0.05亿 = 5e6 and ``444亿`` gives 0.5亿 = 5e7. Every written digit
counts as significant, trailing zeros included (``5000亿`` -> 0.5亿). When no digit token matches
(Chinese numerals such as ``四成``, ``翻番``, or no text) the shortest decimal form of the value
gives the place instead (``0.4`` -> 0.05), trailing zeros of an integer then not counting.

Approximate words widen the interval, by at least a share of the magnitude (module constants):

* ``approx`` (约, 大约, 左右, 上下, 近, 接近, 将近): +/- max(tol, 10% of |value|);
* ``over`` / ``at_least`` (超, 超过, 逾, 以上, 多, 有余, 至少): up to max(tol, 25%) *away from zero*;
* ``under`` / ``at_most`` (不足, 不到, 低于; 不超过, 不高于): up to max(tol, 25%) *towards zero*.

The ``qualifier`` column is used when present; where it is empty the same words are looked for in
``text``. Two facts agree when their intervals overlap; a claim agrees when all its facts agree
pairwise (for intervals on a line, when they have a common point).

Several values in one report
----------------------------
One report can state several values for one key on purpose (a model family's sizes: LLaMA 7B,
13B, 33B and 65B). When any single document states values whose intervals do not overlap, the key
is *multi-valued*: its facts are split into claims by interval overlap (chains of overlapping
intervals form one claim) and the row says ``multi_valued``. A lone contradiction between two
reports (each stating one value) stays one claim with ``agree`` False.

Fact id
-------
``doc_id:start-end`` (character offsets into the document's text), stable across runs and
independent of row order. Within a claim row the entity, metric and period are fixed, so the id
names the fact. Frames without offsets (hand-labelled tables) use ``doc_id:text``.
"""
from __future__ import annotations

import math
from collections import Counter
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

import numpy as np
import pandas as pd
from ..extract.lexicon import load_entities

from ..extract.lexicon import alias_key

__all__ = [
    "LEDGER_COLUMNS",
    "REVISION_COLUMNS",
    "APPROX_WIDEN",
    "BOUND_WIDEN",
    "assign_claims",
    "fact_ids",
    "fact_intervals",
    "ledger",
    "name_key",
    "revisions",
    "written_tolerance",
]

#: Relative half-width an ``approx`` word gives at least (约5000亿 covers 4500亿..5500亿).
APPROX_WIDEN = 0.10
#: Relative one-sided reach of ``over``/``under``/``at_least`` words (超180万 covers up to 225万).
BOUND_WIDEN = 0.25

#: Columns :func:`ledger` needs; the others of the facts contract are used when present.
REQUIRED_COLUMNS = ("doc_id", "entity", "metric", "value", "unit", "period")

LEDGER_COLUMNS = (
    "entity", "metric", "period", "unit", "n_reports", "n_facts", "value_min", "value_max",
    "spread_ratio", "agree", "multi_valued", "earliest_published", "latest_published",
    "earliest_doc", "latest_doc", "values", "texts", "publishers", "doc_ids", "fact_ids",
)

REVISION_COLUMNS = (
    "entity", "metric", "period", "unit", "claim", "publisher", "published", "doc_id", "fact_id",
    "value", "value_high", "text", "prev_value", "prev_published", "prev_doc_id", "change_ratio",
    "revised",
)

# Words that qualify a number, by qualifier kind (the facts contract's `qualifier` values).
# Longer words first so that 不超过 is read as `at_most`, not as 超 (`over`).
_QUALIFIER_WORDS = (
    ("不超过", "at_most"), ("不高于", "at_most"), ("不足", "under"), ("不到", "under"), ("低于", "under"),
    ("至少", "at_least"), ("超过", "over"), ("以上", "over"), ("有余", "over"), ("逾", "over"),
    ("超", "over"), ("多", "over"), ("大约", "approx"), ("左右", "approx"), ("上下", "approx"),
    ("接近", "approx"), ("将近", "approx"), ("約", "approx"), ("约", "approx"), ("近", "approx"),
)
_QUALIFIERS = {"approx", "over", "under", "at_least", "at_most"}

# A written number: digits with optional thousands separators and decimals (after NFKC, so
# full-width digits and the full-width comma are ASCII here).
_NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


# --------------------------------------------------------------------------- names and ids

def _alias_map() -> dict[str, str]:
    """Map normalised alias -> canonical entity from the entity lexicon, when it exists."""
    table = load_entities()
    mapping: dict[str, str] = {}
    for entity, aliases in zip(table["entity"], table.get("aliases", pd.Series(dtype=object))):
        mapping.setdefault(alias_key(entity), str(entity))
        for alias in _split_aliases(aliases):
            mapping.setdefault(alias_key(alias), str(entity))
    return mapping


def _split_aliases(aliases) -> list[str]:
    if aliases is None or (isinstance(aliases, float) and math.isnan(aliases)):
        return []
    if isinstance(aliases, str):
        return [a for a in re.split(r"[|;；]", aliases) if a.strip()]
    return [str(a) for a in aliases]


_ALIASES: dict[str, str] | None = None


def name_key(name) -> str:
    """Comparison key of an entity or metric name.

    Aliases known to the entity lexicon map to their canonical entity first; then case, width,
    spaces, hyphens and underscores are ignored (``GPT-3``, ``gpt3`` and ``ＧＰＴ－３`` share a key).

    >>> name_key("GPT-3") == name_key("gpt 3")
    True
    """
    global _ALIASES
    if _ALIASES is None:
        _ALIASES = _alias_map()
    key = alias_key(name)
    return alias_key(_ALIASES.get(key, name))


def fact_ids(facts: pd.DataFrame) -> pd.Series:
    """Stable id of every fact: ``doc_id:start-end``, or ``doc_id:text`` without offsets."""
    has_offsets = {"start", "end"} <= set(facts.columns)
    ids = []
    for row in facts.itertuples(index=False):
        start = getattr(row, "start", None) if has_offsets else None
        end = getattr(row, "end", None) if has_offsets else None
        if has_offsets and not _missing(start) and not _missing(end):
            ids.append(f"{row.doc_id}:{int(start)}-{int(end)}")
        else:
            ids.append(f"{row.doc_id}:{getattr(row, 'text', '')}")
    return pd.Series(ids, index=facts.index, dtype=object)


def _missing(value) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (
        isinstance(value, float) and math.isnan(value))


# --------------------------------------------------------------------------- tolerance

def _decimal_place(token: str) -> int:
    """Power of ten of the last written digit: ``443.5`` -> -1, ``5000`` -> 0."""
    token = token.replace(",", "")
    return -len(token.split(".")[1]) if "." in token else 0


def _value_place(value: float) -> int:
    """Place of the last significant digit of the shortest decimal form of ``value``."""
    digits = Decimal(repr(abs(float(value)))).normalize()
    return digits.as_tuple().exponent


def written_tolerance(value: float, text: str | None) -> float:
    """Half a unit in the last digit the report wrote for ``value`` (in the value's units).

    Parameters
    ----------
    value : float
        The fact's value in base units.
    text : str or None
        The characters that carry the number (``443.5亿美元``).

    Returns
    -------
    float
        ``0.5 * 10**place`` in base units, ``place`` found from ``text`` when one of its numbers
        times a power of ten equals ``value``, otherwise from ``value`` itself.

    Examples
    --------
    >>> written_tolerance(4.435e10, "443.5亿美元")
    5000000.0
    >>> written_tolerance(4.44e10, "444亿美元")
    50000000.0
    """
    value = float(value)
    if value == 0 or not math.isfinite(value):
        return 0.0
    if text and not _missing(text):
        for match in _NUMBER_RE.finditer(unicodedata.normalize("NFKC", str(text))):
            try:
                written = Decimal(match.group().replace(",", ""))
            except InvalidOperation:  # pragma: no cover - the regex only yields numbers
                continue
            if written == 0:
                continue
            ratio = abs(value) / float(written)
            power = round(math.log10(ratio))
            # The value equals the written digits times a power of ten (up to float rounding).
            if abs(ratio / 10.0 ** power - 1) < 1e-9:
                return 0.5 * 10.0 ** (_decimal_place(match.group()) + power)
    return 0.5 * 10.0 ** _value_place(value)


def _qualifier(qualifier, text) -> str | None:
    if not _missing(qualifier) and str(qualifier) in _QUALIFIERS:
        return str(qualifier)
    if text is None or _missing(text):
        return None
    text = str(text)
    for word, kind in _QUALIFIER_WORDS:
        if word in text:
            return kind
    return None


def fact_intervals(facts: pd.DataFrame) -> pd.DataFrame:
    """Agreement interval of every fact (see the module docstring for the rule).

    Returns
    -------
    DataFrame
        Same index as ``facts``; columns ``tolerance`` (half the last written digit),
        ``qualifier_kind``, ``low`` and ``high`` (the interval in base units).
    """
    _require(facts, ("value",), "fact_intervals")
    rows = []
    n = len(facts)
    # Column lists, not iterrows: a Series per row was most of this function's time.
    texts = _column(facts, "text", n)
    qualifiers = _column(facts, "qualifier", n)
    highs = _column(facts, "value_high", n)
    for value, high, text, qualifier in zip(facts["value"].tolist(), highs, texts, qualifiers):
        value = float(value)
        high = value if _missing(high) else float(high)
        tol = max(written_tolerance(value, text), written_tolerance(high, text))
        kind = _qualifier(qualifier, text)
        lo_v, hi_v = min(value, high), max(value, high)
        # Widen in magnitude: "over 20% fall" (-0.2) reaches further below zero.
        hi_mag = max(abs(lo_v), abs(hi_v))
        away, toward = tol, tol
        if kind == "approx":
            away = toward = max(tol, APPROX_WIDEN * hi_mag)
        elif kind in ("over", "at_least"):
            away = max(tol, BOUND_WIDEN * hi_mag)
        elif kind in ("under", "at_most"):
            toward = max(tol, BOUND_WIDEN * hi_mag)
        if lo_v >= 0:
            low, top = lo_v - toward, hi_v + away
        elif hi_v <= 0:
            low, top = lo_v - away, hi_v + toward
        else:  # a range across zero: widen both ends outward
            low, top = lo_v - away, hi_v + away
        rows.append((tol, kind, low, top))
    out = pd.DataFrame(rows, index=facts.index,
                       columns=["tolerance", "qualifier_kind", "low", "high"])
    # object dtype keeps None for "no qualifier" (pandas 3 would infer str and turn it into NaN)
    out["qualifier_kind"] = pd.Series([r[1] for r in rows], index=facts.index, dtype=object)
    return out


# --------------------------------------------------------------------------- grouping

def _require(facts: pd.DataFrame, columns, where: str) -> None:
    if not isinstance(facts, pd.DataFrame):
        raise TypeError(f"{where}: expected a pandas DataFrame of facts, got {type(facts).__name__}")
    missing = [c for c in columns if c not in facts.columns]
    if missing:
        raise ValueError(f"{where}: facts table lacks column(s) {', '.join(missing)}")


def _column(facts: pd.DataFrame, name: str, n: int) -> list:
    """The column as a list of Python values, or ``n`` Nones when the table lacks it."""
    return facts[name].tolist() if name in facts.columns else [None] * n


def _published_dates(facts: pd.DataFrame, where: str) -> pd.Series:
    """`published` as datetime.date (None when absent); month strings become the 1st."""
    if "published" not in facts.columns:
        return pd.Series([None] * len(facts), index=facts.index, dtype=object)
    out = []
    for doc_id, value in zip(facts["doc_id"], facts["published"]):
        if _missing(value) or value == "":
            out.append(None)
        elif isinstance(value, datetime):
            out.append(value.date())
        elif isinstance(value, date):
            out.append(value)
        else:
            text = str(value).strip()
            match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text)
            if match is None:
                raise ValueError(
                    f"{where}: {doc_id}: published {text!r} is not a date (YYYY-MM-DD or YYYY-MM)")
            out.append(date(int(match[1]), int(match[2]), int(match[3] or 1)))
    return pd.Series(out, index=facts.index, dtype=object)


def _text_or_empty(series: pd.Series) -> pd.Series:
    return series.map(lambda v: "" if _missing(v) else str(v).strip())


def _overlap_chains(intervals: list[tuple[float, float]]) -> list[int]:
    """Chain label of every interval: overlapping intervals (transitively) share a label."""
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], intervals[i][1]))
    labels = [0] * len(intervals)
    label, reach = -1, -math.inf
    for i in order:
        low, high = intervals[i]
        if low > reach:
            label += 1
        labels[i] = label
        reach = max(reach, high)
    return labels


def _runs(keys: list) -> list[range]:
    """Index ranges of the runs of equal keys in a sorted list."""
    runs, start = [], 0
    for i in range(1, len(keys) + 1):
        if i == len(keys) or keys[i] != keys[start]:
            runs.append(range(start, i))
            start = i
    return runs


def _number_claims(keys: list, docs: list, intervals: list) -> tuple[list[int], list[bool]]:
    """Claim number and multi-valued flag of every row of a table sorted by key.

    Plain lists rather than a pandas groupby per key: a frame per group was most of the ledger's
    time.
    """
    claim, multi = [0] * len(keys), [False] * len(keys)
    next_claim = 0
    for run in _runs(keys):
        # Is the key multi-valued: does one document state non-overlapping values?
        by_doc: dict = {}
        for i in run:
            by_doc.setdefault(docs[i], []).append(intervals[i])
        is_multi = any(max(_overlap_chains(spans)) > 0 for spans in by_doc.values())
        labels = _overlap_chains(intervals[run.start:run.stop]) if is_multi else [0] * len(run)
        for i, label in zip(run, labels):
            claim[i], multi[i] = next_claim + label, is_multi
        next_claim += max(labels) + 1
    return claim, multi


def assign_claims(facts: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``facts`` with the columns the ledger is built from.

    Adds ``fact_id``, ``entity_key``, ``metric_key``, ``period_key`` (empty string when the fact
    has no period), ``published_date``, ``tolerance``, ``qualifier_kind``, ``low``, ``high``,
    ``multi_valued`` and ``claim`` (an integer numbering claims in a deterministic order that does
    not depend on the order of the input rows). Rows are returned sorted by claim, publication
    date, document and offset.

    Raises
    ------
    ValueError
        When a required column (``doc_id, entity, metric, value, unit, period``) is missing or a
        ``published`` value is not a date.
    """
    _require(facts, REQUIRED_COLUMNS, "ledger")
    out = facts.copy()
    out["fact_id"] = fact_ids(out)
    out["entity_key"] = out["entity"].map(name_key)
    out["metric_key"] = out["metric"].map(name_key)
    out["period_key"] = _text_or_empty(out["period"])
    out["unit_key"] = _text_or_empty(out["unit"])
    out["published_date"] = _published_dates(out, "ledger")
    out = out.join(fact_intervals(out))
    # A deterministic order independent of the input's: by key, date, document, offset, value.
    out["_date_sort"] = out["published_date"].map(lambda d: d.isoformat() if d else "9999")
    out["_start_sort"] = pd.to_numeric(out["start"], errors="coerce") if "start" in out else 0
    sort_cols = ["entity_key", "metric_key", "period_key", "unit_key", "_date_sort", "doc_id",
                 "_start_sort", "fact_id", "value"]
    out = out.sort_values(sort_cols, kind="mergesort", na_position="last")

    keys = list(zip(*(out[k].tolist() for k in
                      ("entity_key", "metric_key", "period_key", "unit_key"))))
    claim_of, multi = _number_claims(keys, out["doc_id"].tolist(),
                                     list(zip(out["low"].tolist(), out["high"].tolist())))
    claim_of = pd.Series(claim_of, index=out.index, dtype="int64")
    multi = pd.Series(multi, index=out.index, dtype=bool)
    out["claim"] = claim_of
    out["multi_valued"] = multi
    out = out.sort_values(["claim", "_date_sort", "doc_id", "_start_sort", "fact_id"],
                          kind="mergesort", na_position="last")
    return out.drop(columns=["_date_sort", "_start_sort"])


def _mode_of(names: list) -> str:
    """The most frequent spelling of a name in a group (ties: alphabetical), for display."""
    counts = Counter(str(name) for name in names)
    best = max(counts.values())
    return min(name for name, count in counts.items() if count == best)


def _nan_extremes(numbers: list) -> tuple[float, float]:
    """Smallest and largest of the numbers that are not NaN, as pandas' min and max skip it."""
    kept = [x for x in numbers if x == x]
    return (min(kept), max(kept)) if kept else (math.nan, math.nan)


def _columns_of(columns: dict[str, list], run: range):
    """A getter of one run's values of a named column (``take("value")``)."""
    return lambda name: [columns[name][i] for i in run]


def _text_or_empty_list(values: list) -> list[str]:
    return ["" if _missing(v) else str(v).strip() for v in values]


def _spread_ratio(vmin: float, vmax: float) -> float:
    """Largest over smallest magnitude when both values have one sign; NaN otherwise."""
    if vmin > 0:
        return vmax / vmin
    if vmax < 0:
        return vmin / vmax
    if vmin == vmax == 0:
        return 1.0
    return float("nan")


def _fmt(value: float) -> str:
    return f"{value:.6g}"


def _unique(seq) -> list:
    return list(dict.fromkeys(seq))


def ledger(facts: pd.DataFrame) -> pd.DataFrame:
    """One row per claim: who states it, with what values, and whether they agree.

    Parameters
    ----------
    facts : DataFrame
        The facts table (``paths.FACT_COLUMNS``). Needs ``doc_id, entity, metric, value, unit,
        period``; uses ``value_high, text, start, end, qualifier, publisher, published`` when
        present. Not modified.

    Returns
    -------
    DataFrame
        Columns :data:`LEDGER_COLUMNS`: ``entity, metric`` (most frequent spelling), ``period``
        (``""`` when none), ``unit``, ``n_reports`` (distinct documents), ``n_facts``,
        ``value_min``/``value_max`` (over ``value`` and ``value_high``), ``spread_ratio`` (largest
        over smallest magnitude; 1.0 when all equal, NaN when the values change sign), ``agree``
        (all intervals overlap, see the module docstring), ``multi_valued``,
        ``earliest_published``/``latest_published`` (``datetime.date`` or None),
        ``earliest_doc``/``latest_doc``, ``values`` (``"; "``-joined values in publication
        order), ``texts`` (the written strings, ``" | "``-joined), ``publishers``, ``doc_ids``
        and ``fact_ids`` (``";"``-joined). Sorted by ``n_reports`` descending, then entity,
        metric, period and value.

    Examples
    --------
    >>> facts = pd.DataFrame({
    ...     "doc_id": ["a.txt", "b.txt"], "entity": ["Big-4", "Big-4"],
    ...     "metric": ["capex", "capex"], "value": [4.435e10, 4.44e10], "unit": ["USD", "USD"],
    ...     "period": ["2024Q1", "2024Q1"], "text": ["443.5亿美元", "444亿美元"]})
    >>> row = ledger(facts).iloc[0]
    >>> int(row.n_reports), bool(row.agree)
    (2, True)
    """
    claims = assign_claims(facts)
    n = len(claims)
    col = {name: _column(claims, name, n) for name in (
        "entity", "metric", "period_key", "unit_key", "doc_id", "value", "value_high",
        "published_date", "publisher", "text", "low", "high", "multi_valued", "fact_id")}
    high_numbers = (pd.to_numeric(claims["value_high"], errors="coerce").tolist()
                    if "value_high" in claims else [math.nan] * n)
    rows = []
    # Claims are numbered in sorted order, so each one is a run of rows.
    for run in _runs(claims["claim"].tolist()):
        take = _columns_of(col, run)
        vmin, vmax = _nan_extremes([float(v) for v in take("value")]
                                   + [h for h in (high_numbers[i] for i in run) if h == h])
        dated = [i for i in run if col["published_date"][i] is not None]
        first = dated[0] if dated else run[0]
        last = dated[-1] if dated else run[-1]
        values = [_fmt(value) if _missing(high) else f"{_fmt(value)}..{_fmt(high)}"
                  for value, high in zip(take("value"), take("value_high"))]
        publishers = (_unique(_text_or_empty_list(take("publisher")))
                      if "publisher" in claims else [])
        low_max = _nan_extremes(take("low"))[1]
        high_min = _nan_extremes(take("high"))[0]
        rows.append({
            "entity": _mode_of(take("entity")),
            "metric": _mode_of(take("metric")),
            "period": col["period_key"][run[0]],
            "unit": col["unit_key"][run[0]],
            "n_reports": len({d for d in take("doc_id") if not _missing(d)}),
            "n_facts": len(run),
            "value_min": vmin,
            "value_max": vmax,
            "spread_ratio": _spread_ratio(vmin, vmax),
            "agree": bool(low_max <= high_min),
            "multi_valued": bool(col["multi_valued"][run[0]]),
            "earliest_published": col["published_date"][first] if dated else None,
            "latest_published": col["published_date"][last] if dated else None,
            "earliest_doc": str(col["doc_id"][first]),
            "latest_doc": str(col["doc_id"][last]),
            "values": "; ".join(values),
            "texts": (" | ".join(_unique(_text_or_empty_list(take("text"))))
                      if "text" in claims else ""),
            "publishers": "; ".join(p for p in publishers if p),
            "doc_ids": ";".join(_unique(str(d) for d in take("doc_id"))),
            "fact_ids": ";".join(take("fact_id")),
        })
    table = pd.DataFrame(rows, columns=list(LEDGER_COLUMNS))
    if table.empty:
        return table
    table["_ekey"] = table["entity"].map(name_key)
    table = table.sort_values(["n_reports", "_ekey", "metric", "period", "unit", "value_min"],
                              ascending=[False, True, True, True, True, True], kind="mergesort")
    return table.drop(columns="_ekey").reset_index(drop=True)


def revisions(facts: pd.DataFrame) -> pd.DataFrame:
    """How each figure stated by two or more reports moved over time, per publisher.

    Parameters
    ----------
    facts : DataFrame
        The facts table, as for :func:`ledger`. Not modified.

    Returns
    -------
    DataFrame
        One row per fact of a claim stated in at least two documents, in publication order
        within the claim (columns :data:`REVISION_COLUMNS`). ``prev_*`` describe the same
        publisher's previous statement of the claim (NaN/None for its first), ``change_ratio``
        is ``value / prev_value - 1`` and ``revised`` is True when this fact's interval does not
        overlap the previous one's (a change beyond rounding); False for a first statement.
        Facts without a publisher are grouped under ``""``.
    """
    claims = assign_claims(facts)
    n_docs = claims.groupby("claim")["doc_id"].transform("nunique")
    claims = claims[n_docs >= 2].copy()
    if "publisher" not in claims:
        claims["publisher"] = ""
    claims["publisher"] = _text_or_empty(claims["publisher"])
    if "value_high" not in claims:
        claims["value_high"] = np.nan
    if "text" not in claims:
        claims["text"] = ""
    # Records, not iterrows: a Series per fact was most of this function's time.
    records = claims[["claim", "entity", "metric", "period_key", "unit_key", "publisher",
                      "published_date", "doc_id", "fact_id", "value", "value_high", "text",
                      "low", "high"]].to_dict("records")
    rows = []
    for run in _runs([fact["claim"] for fact in records]):
        group = records[run.start:run.stop]
        claim = group[0]["claim"]
        entity = _mode_of([fact["entity"] for fact in group])
        metric = _mode_of([fact["metric"] for fact in group])
        previous: dict[str, dict] = {}
        for fact in group:
            prev = previous.get(fact["publisher"])
            revised = bool(prev is not None and (fact["low"] > prev["high"]
                                                 or fact["high"] < prev["low"]))
            change = (float(fact["value"]) / float(prev["value"]) - 1
                      if prev is not None and float(prev["value"]) != 0 else float("nan"))
            rows.append({
                "entity": entity, "metric": metric, "period": fact["period_key"],
                "unit": fact["unit_key"], "claim": int(claim), "publisher": fact["publisher"],
                "published": fact["published_date"], "doc_id": str(fact["doc_id"]),
                "fact_id": fact["fact_id"], "value": float(fact["value"]),
                "value_high": (float("nan") if _missing(fact["value_high"])
                               else float(fact["value_high"])),
                "text": "" if _missing(fact["text"]) else str(fact["text"]),
                "prev_value": float("nan") if prev is None else float(prev["value"]),
                "prev_published": None if prev is None else prev["published_date"],
                "prev_doc_id": None if prev is None else str(prev["doc_id"]),
                "change_ratio": change, "revised": revised,
            })
            previous[fact["publisher"]] = fact
    return pd.DataFrame(rows, columns=list(REVISION_COLUMNS))
