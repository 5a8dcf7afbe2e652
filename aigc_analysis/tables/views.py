"""Themed views of the facts table: pure ``facts -> DataFrame`` functions.

Each view keeps every fact of its theme (one row per fact, long form) and adds
unit-bearing columns (``capex_usd``, ``price_cny_per_mtok`` ...) filled by rules on the
fact's ``metric`` and ``unit``. A metric the rules do not know keeps its number in the
generic ``value``/``unit`` columns with ``measure == "value"``: nothing is dropped.

One builder, :func:`build_view`, makes every theme's view from the theme's rows of
``data/theme_views.csv`` (:data:`~aigc_analysis.tables.schema.VIEW_SPECS`): which units and
metric patterns fill each measure column, how it is scaled, and which named function of
:data:`LABELS` fills each label column. Logic a table row cannot say is one function here,
registered in :data:`LABELS` (a string column) or :data:`FACTORS` (a per-row factor, such as
a price's tokens to per million) by the name the data row gives. Column contracts live in
:mod:`aigc_analysis.tables.schema` and ``docs/VIEWS_API.md``.

Examples
--------
>>> import pandas as pd
>>> from aigc_analysis.paths import FACT_COLUMNS
>>> row = dict.fromkeys(FACT_COLUMNS)
>>> row.update(doc_id="d.txt", theme="capex", entity="Acme", metric="capex",
...            value=4.4e10, unit="USD", period="2024Q1", text="440亿美元", start=0, end=7)
>>> capex(pd.DataFrame([row]))[["entity", "capex_usd", "measure"]].to_dict("records")
[{'entity': 'Acme', 'capex_usd': 44000000000.0, 'measure': 'capex_usd'}]
"""
from __future__ import annotations

import re
from functools import partial
from typing import Callable

import numpy as np
import pandas as pd

from ..paths import FACT_COLUMNS, THEME_VIEWS_FILE, THEMES
from .schema import VIEW_SPECS, Measure
from ..extract.lexicon import load_entities
from ..extract.lexicon import alias_key
from ..extract.token_volume import metric_token_volume, parse_token_volume

# --- column helpers --------------------------------------------------------------------

_GROWTH_SUFFIX = re.compile(r"_(?:growth|change)(?:_change)?(?:_(yoy|qoq|mom))?$")


def _base_metric(metric: pd.Series) -> tuple[pd.Series, pd.Series]:
    """``net_profit_growth_qoq`` -> (``net_profit``, ``qoq``); ``x_growth`` -> (``x``, ``yoy``)."""
    base, basis = [], []
    for m in metric:
        hit = _GROWTH_SUFFIX.search(m)
        if hit is None:
            base.append(m)
            basis.append(pd.NA)
        else:
            base.append(m[: hit.start()])
            basis.append(hit.group(1) or "yoy")
    idx = metric.index
    return (pd.Series(base, index=idx, dtype="string"),
            pd.Series(basis, index=idx, dtype="string"))


def _token_volume(metric: str, per) -> float:
    """Tokens a price refers to, from the metric name or the ``per`` text; NaN if none."""
    split = metric_token_volume(metric)
    tokens = split[1] if split is not None else parse_token_volume(per, whole=False)
    return np.nan if tokens is None else tokens


def _lexicon_org(names: pd.Series, entities: pd.DataFrame | None) -> pd.Series:
    """Organisation of each name via the lexicon's canonical names and aliases; NA if unknown."""
    if entities is None:
        entities = load_entities()
    for col in ("entity", "org"):
        if col not in entities.columns:
            raise ValueError(f"entities lexicon: missing column {col!r}")
    lookup: dict[str, str] = {}
    aliases = entities["aliases"] if "aliases" in entities.columns else [None] * len(entities)
    for name, org, alias in zip(entities["entity"], entities["org"], aliases):
        if pd.isna(org) or not str(org).strip():
            continue
        keys = [name] + (re.split(r"[|;]", alias) if isinstance(alias, str) else [])
        for key in keys:
            if isinstance(key, str) and key.strip():
                lookup.setdefault(alias_key(key), str(org).strip())
    return pd.Series([lookup.get(alias_key(n), pd.NA) for n in names],
                     index=names.index, dtype="string")


# --- named functions the data rows call ----------------------------------------------------

#: A label column's function: ``(view, theme_facts, entities) -> values``, one per row of
#: ``view`` (the view before sorting, its measure columns filled; ``theme_facts`` are the
#: theme's facts in the same order; ``entities`` the lexicon frame or None to load it).
LabelFunction = Callable[[pd.DataFrame, pd.DataFrame, "pd.DataFrame | None"], pd.Series]
#: A measure's factor function: ``(view, theme_facts) -> float Series`` (NaN: no factor).
FactorFunction = Callable[[pd.DataFrame, pd.DataFrame], pd.Series]

LABELS: dict[str, LabelFunction] = {}
FACTORS: dict[str, FactorFunction] = {}


def _registered(table: dict, name: str):
    def register(fn):
        table[name] = fn
        return fn
    return register


@_registered(LABELS, "entity")
def _entity(view, theme_facts, entities):
    """The fact's entity (a model, a market) under the name the theme reads it by."""
    return view["entity"]


@_registered(LABELS, "lexicon_org")
def _organisation(view, theme_facts, entities):
    """The entity's organisation in the lexicon; NA when the lexicon does not know it."""
    return _lexicon_org(view["entity"], entities)


@_registered(LABELS, "base_metric")
def _base(view, theme_facts, entities):
    """The metric without its growth suffix: ``net_profit_growth_qoq`` -> ``net_profit``."""
    return _base_metric(view["metric"].fillna(""))[0]


@_registered(LABELS, "growth_basis")
def _basis(view, theme_facts, entities):
    """``yoy``/``qoq``/``mom`` of a growth metric, NA for any other."""
    return _base_metric(view["metric"].fillna(""))[1]


@_registered(LABELS, "price_side")
def _price_side(view, theme_facts, entities):
    """``input``/``output`` of a sided price metric, NA otherwise."""
    return view["metric"].fillna("").str.extract(r"^(input|output)_", expand=False)


@_registered(LABELS, "price_direction")
def _price_direction(view, theme_facts, entities):
    """``free`` (change of -1), ``cut``, ``raise`` or ``unchanged``; NA for price levels."""
    if "price_change_ratio" not in view.columns:
        raise ValueError("views: label function 'price_direction' needs a measure column "
                         "'price_change_ratio' in the theme's rows of theme_views.csv")
    change = view["price_change_ratio"]
    direction = np.select(
        [change <= -1, change < 0, change > 0, change == 0], ["free", "cut", "raise", "unchanged"],
        default="",
    )
    return pd.Series(direction, dtype="string").replace("", pd.NA)


@_registered(FACTORS, "per_mtok")
def _per_mtok(view, theme_facts):
    """Prices per million tokens: the token volume from the metric name (``*_per_1k_tokens``)
    or the ``per`` text (``千tokens``); NaN when neither gives one."""
    volume = np.array([_token_volume(m, p) for m, p in
                       zip(view["metric"].fillna(""), theme_facts["per"])], dtype=float)
    return pd.Series(1e6 / volume, index=view.index)


def _unknown_functions() -> list[str]:
    """The functions ``data/theme_views.csv`` names that are not registered here."""
    unknown = []
    for theme, spec in VIEW_SPECS.items():
        unknown += [f"{theme}.{x.column}: label function {x.function!r}"
                    for x in spec.labels if x.function not in LABELS]
        unknown += [f"{theme}.{m.column}: factor function {m.function!r}"
                    for m in spec.measures if m.function and m.function not in FACTORS]
    return unknown


if _unknown_functions():  # a function a data row names must exist before any view is built
    raise ImportError(f"{THEME_VIEWS_FILE.name}: unknown {'; '.join(_unknown_functions())} "
                      f"(known: labels {sorted(LABELS)}, factors {sorted(FACTORS)})")


# --- the shared engine -------------------------------------------------------------------

def _require(facts: pd.DataFrame, where: str) -> None:
    if not isinstance(facts, pd.DataFrame):
        raise TypeError(f"{where}: facts must be a DataFrame, got {type(facts).__name__}")
    missing = [c for c in FACT_COLUMNS if c not in facts.columns]
    if missing:
        raise ValueError(f"{where}: facts frame is missing columns {missing}")


def _strings(s: pd.Series) -> pd.Series:
    return s.astype("string")


def _factor(rule: Measure, view: pd.DataFrame, theme_facts: pd.DataFrame) -> pd.Series | None:
    """The multiplier of each row for ``rule`` (None: 1 for every row, nothing to check)."""
    if rule.function:
        return FACTORS[rule.function](view, theme_facts)
    if rule.scale:
        scale = dict(rule.scale)
        return view["unit"].map({u: scale.get(u, 1.0) for u in rule.units}).astype(float)
    return None


def build_view(theme: str, facts: pd.DataFrame, entities: pd.DataFrame | None = None,
               ) -> pd.DataFrame:
    """The view of ``theme``: its facts with the columns its rows of ``data/theme_views.csv``
    declare, sorted by entity, metric, period, document and offset.

    Parameters
    ----------
    theme : str
        One of ``paths.THEMES``.
    facts : pandas.DataFrame
        A facts table (``paths.FACT_COLUMNS``); not modified.
    entities : pandas.DataFrame, optional
        Lexicon frame (``entity``, ``org``, ``aliases``) for label functions that look names
        up; None loads ``extract.lexicon.load_entities()`` when one needs it.

    Raises
    ------
    TypeError, ValueError
        ``facts`` is not a DataFrame or misses a column of ``paths.FACT_COLUMNS``.
    KeyError
        ``theme`` is not a theme.
    """
    _require(facts, f"views.{theme}")
    if theme not in VIEW_SPECS:
        raise KeyError(f"unknown view {theme!r}; known: {list(VIEW_SPECS)}")
    spec = VIEW_SPECS[theme]
    sub = facts.loc[facts["theme"].astype("string") == theme]
    theme_facts = sub.reset_index(drop=True)
    n = len(sub)
    out = pd.DataFrame(index=pd.RangeIndex(n))
    for col in ("doc_id", "publisher"):
        out[col] = _strings(sub[col]).to_numpy()
    out["published"] = sub["published"].to_numpy()
    for col in ("entity", "metric", "period"):
        out[col] = _strings(sub[col]).to_numpy()
    out["year"] = pd.array(
        pd.to_numeric(out["period"].str.extract(r"(\d{4})", expand=False), errors="coerce"),
        dtype="Int64",
    )
    out["value"] = pd.to_numeric(sub["value"]).astype(float).to_numpy()
    out["value_high"] = pd.to_numeric(sub["value_high"]).astype(float).to_numpy()
    out["unit"] = _strings(sub["unit"]).to_numpy()
    out["qualifier"] = _strings(sub["qualifier"]).to_numpy()
    out["is_estimate"] = pd.array(sub["is_estimate"].to_numpy(), dtype="boolean")
    out["measure"] = pd.Series(["value"] * n, dtype="string")
    for label in spec.labels:  # placed now, filled once the measures are known
        out[label.column] = pd.Series([pd.NA] * n, dtype="string")

    metric, unit = out["metric"].fillna(""), out["unit"].fillna("")
    taken = pd.Series(False, index=out.index)
    ruled = {}
    for rule in sorted(spec.measures, key=lambda m: m.priority):
        mask = unit.isin(rule.units)
        if rule.metric_pattern:
            mask &= metric.str.contains(rule.metric_pattern, regex=True)
        mask = mask.fillna(False).astype(bool) & ~taken
        factor = _factor(rule, out, theme_facts)
        if factor is None:
            factor = pd.Series(1.0, index=out.index)
        else:
            # A row whose factor cannot be computed (price with no token volume) stays generic.
            mask &= factor.notna()
        ruled[rule.column] = (mask, factor)
        taken |= mask
        out.loc[mask, "measure"] = rule.column
    for rule in spec.measures:
        mask, factor = ruled[rule.column]
        out[rule.column] = np.where(mask, out["value"] * factor, np.nan)
        out[f"{rule.column}_high"] = np.where(mask, out["value_high"] * factor, np.nan)
    for label in spec.labels:
        values = LABELS[label.function](out, theme_facts, entities)
        out[label.column] = pd.Series(np.asarray(values, dtype=object), dtype="string")

    out["text"] = _strings(sub["text"]).to_numpy()
    out["start"] = pd.to_numeric(sub["start"]).astype("int64").to_numpy()
    out["end"] = pd.to_numeric(sub["end"]).astype("int64").to_numpy()
    out["quote"] = _strings(sub["quote"]).to_numpy()
    for col in facts.columns:
        if col not in FACT_COLUMNS and col not in out.columns:
            out[col] = sub[col].to_numpy()
    order = out.sort_values(
        ["entity", "metric", "period", "doc_id", "start"], na_position="first", kind="mergesort"
    ).index
    return out.loc[order].reset_index(drop=True)


# --- the views by name -------------------------------------------------------------------

def capex(facts: pd.DataFrame) -> pd.DataFrame:
    """Capital expenditure amounts by currency, growth rates and growth changes.

    Columns: see ``docs/VIEWS_API.md``; ``capex_usd``/``capex_cny``/``capex_hkd`` hold
    amounts, ``capex_growth_ratio`` fractions, ``capex_growth_change_pp`` percentage
    points as fractions (0.26 for 26pp).
    """
    return build_view("capex", facts)


def parameters(facts: pd.DataFrame, entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """Parameter counts per model, with the model's organisation from the lexicon.

    ``organisation`` is NA for a model the lexicon does not know.
    """
    return build_view("parameters", facts, entities)


def pricing(facts: pd.DataFrame, entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """Price changes and price levels per million tokens.

    Prices given per 1k tokens (metric ``*_per_1k_tokens`` or ``per`` such as ``千tokens``)
    are multiplied to per million; a price with no token volume stays in ``value``.
    ``price_direction`` is ``free`` (change of -1), ``cut``, ``raise`` or ``unchanged``.
    """
    return build_view("pricing", facts, entities)


def valuation(facts: pd.DataFrame) -> pd.DataFrame:
    """Index and share-price returns, drawdowns, multiples, stakes and money amounts."""
    return build_view("valuation", facts)


def earnings(facts: pd.DataFrame) -> pd.DataFrame:
    """Revenue and profit amounts by currency and their growth (``growth_basis`` yoy/qoq)."""
    return build_view("earnings", facts)


def adoption(facts: pd.DataFrame) -> pd.DataFrame:
    """Users, customers, traffic and usage growth, AI share of work, time to reach users."""
    return build_view("adoption", facts)


def market(facts: pd.DataFrame) -> pd.DataFrame:
    """Market sizes by currency, growth, shares, counts and horizons in years."""
    return build_view("market", facts)


def compute(facts: pd.DataFrame) -> pd.DataFrame:
    """Compute demand and supply: chip counts, data sizes, growth, doubling times."""
    return build_view("compute", facts)


#: The view of every theme in ``paths.THEMES`` by name: ``VIEWS[theme](facts, entities=None)``.
VIEWS: dict[str, Callable[..., pd.DataFrame]] = {t: partial(build_view, t) for t in THEMES}


def view(name: str, facts: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """Dispatch to the view of theme ``name`` (:func:`build_view`)."""
    if name not in VIEWS:
        raise KeyError(f"unknown view {name!r}; known: {list(VIEWS)}")
    return VIEWS[name](facts, **kwargs)
