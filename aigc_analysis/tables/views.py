"""Themed views of the facts table: pure ``facts -> DataFrame`` functions.

Each view keeps every fact of its theme (one row per fact, long form) and adds
unit-bearing columns (``capex_usd``, ``price_cny_per_mtok`` ...) filled by rules on the
fact's ``metric`` and ``unit``. A metric the rules do not know keeps its number in the
generic ``value``/``unit`` columns with ``measure == "value"``: nothing is dropped.
Column contracts live in :mod:`aigc_analysis.tables.schema` and ``docs/VIEWS_API.md``.

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
from typing import Callable

import numpy as np
import pandas as pd

from ..paths import FACT_COLUMNS, THEMES
from .schema import VIEW_LABELS, VIEW_MEASURES
from ..extract.lexicon import load_entities
from ..extract.keywords import word_alternation, word_group
from ..extract.lexicon import alias_key
from ..extract.token_volume import metric_token_volume, parse_token_volume

_MONEY = ("USD", "CNY", "HKD")

# A rule: (output column, mask(metric, unit) -> bool Series, factor(view) -> float Series).
Mask = Callable[[pd.Series, pd.Series], pd.Series]


def _unit_is(*units: str) -> Mask:
    return lambda metric, unit: unit.isin(units)


def _growth(metric: pd.Series, unit: pd.Series) -> pd.Series:
    return unit.eq("ratio") & metric.str.contains(r"growth|change", regex=True)


def _metric_has(pattern: str, unit: str) -> Mask:
    return lambda metric, u: u.eq(unit) & metric.str.contains(pattern, regex=True)


def _money(prefix: str, currencies=_MONEY) -> list[tuple]:
    return [(f"{prefix}_{c.lower()}", _unit_is(c), None) for c in currencies]


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


_VOLUME_WORDS = {**{w: float(v) for w, v in word_group("token_count").items()}, "k": 1e3, "m": 1e6,
                 "b": 1e9, "": 1.0}
_METRIC_VOLUME = re.compile(r"per_(\d+(?:\.\d+)?)?(k|m|b)?_?tokens?")
_PER_VOLUME = re.compile(r"^\s*(\d+(?:\.\d+)?)?\s*(" + word_alternation("token_count") + r"|k|m|b)?\s*tokens?", re.I)


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


# --- the shared engine -------------------------------------------------------------------

def _require(facts: pd.DataFrame, where: str) -> None:
    if not isinstance(facts, pd.DataFrame):
        raise TypeError(f"{where}: facts must be a DataFrame, got {type(facts).__name__}")
    missing = [c for c in FACT_COLUMNS if c not in facts.columns]
    if missing:
        raise ValueError(f"{where}: facts frame is missing columns {missing}")


def _strings(s: pd.Series) -> pd.Series:
    return s.astype("string")


def _build(name: str, facts: pd.DataFrame, rules: list[tuple],
           labels: dict[str, pd.Series] | None = None,
           factors: dict[str, Callable[[pd.DataFrame], pd.Series]] | None = None,
           ) -> pd.DataFrame:
    """Filter ``facts`` to theme ``name`` and lay out the view's columns."""
    _require(facts, f"views.{name}")
    sub = facts.loc[facts["theme"].astype("string") == name]
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
    extra = {}
    for col, series in (labels or {}).items():
        extra[col] = pd.Series(series.to_numpy(), dtype="string")
    for col in VIEW_LABELS[name]:
        out[col] = extra.get(col, pd.Series([pd.NA] * n, dtype="string"))

    metric, unit = out["metric"].fillna(""), out["unit"].fillna("")
    taken = pd.Series(False, index=out.index)
    ruled = {}
    for col, mask_fn, factor_key in rules:
        mask = mask_fn(metric, unit).fillna(False).astype(bool) & ~taken
        factor = factors[factor_key](out) if factor_key else pd.Series(1.0, index=out.index)
        if factor_key:
            # A row whose factor cannot be computed (price with no token volume) stays generic.
            mask &= factor.notna()
        ruled[col] = (mask, factor)
        taken |= mask
        out.loc[mask, "measure"] = col
    for col in VIEW_MEASURES[name]:
        mask, factor = ruled.get(col, (pd.Series(False, index=out.index), 1.0))
        out[col] = np.where(mask, out["value"] * factor, np.nan)
        out[f"{col}_high"] = np.where(mask, out["value_high"] * factor, np.nan)

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


# --- the views ---------------------------------------------------------------------------

def capex(facts: pd.DataFrame) -> pd.DataFrame:
    """Capital expenditure amounts by currency, growth rates and growth changes.

    Columns: see ``docs/VIEWS_API.md``; ``capex_usd``/``capex_cny``/``capex_hkd`` hold
    amounts, ``capex_growth_ratio`` fractions, ``capex_growth_change_pp`` percentage
    points as fractions (0.26 for 26pp).
    """
    rules = _money("capex") + [
        ("capex_growth_change_pp", _unit_is("pp"), None),
        ("capex_growth_ratio", _unit_is("ratio"), None),
    ]
    return _build("capex", facts, rules)


def parameters(facts: pd.DataFrame, entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """Parameter counts per model, with the model's organisation from the lexicon.

    ``organisation`` is NA for a model the lexicon does not know.
    """
    _require(facts, "views.parameters")
    sub = facts.loc[facts["theme"].astype("string") == "parameters", "entity"]
    labels = {"model": sub.astype("string"), "organisation": _lexicon_org(sub, entities)}
    return _build("parameters", facts, [("parameters_count", _unit_is("count"), None)], labels)


def pricing(facts: pd.DataFrame, entities: pd.DataFrame | None = None) -> pd.DataFrame:
    """Price changes and price levels per million tokens.

    Prices given per 1k tokens (metric ``*_per_1k_tokens`` or ``per`` such as ``千tokens``)
    are multiplied to per million; a price with no token volume stays in ``value``.
    ``price_direction`` is ``free`` (change of -1), ``cut``, ``raise`` or ``unchanged``.
    """
    _require(facts, "views.pricing")
    sub = facts.loc[facts["theme"].astype("string") == "pricing"]
    metric = sub["metric"].astype("string").fillna("")
    side = metric.str.extract(r"^(input|output)_", expand=False).astype("string")
    labels = {"model": sub["entity"].astype("string"),
              "vendor": _lexicon_org(sub["entity"], entities),
              "price_side": side}
    volume = np.array([_token_volume(m, p) for m, p in zip(metric, sub["per"])], dtype=float)
    factors = {"per_mtok": lambda out: pd.Series(1e6 / volume, index=out.index)}
    rules = [("price_change_ratio", _unit_is("ratio"), None)] + [
        (f"price_{c.lower()}_per_mtok", _unit_is(c), "per_mtok") for c in _MONEY
    ]
    out = _build("pricing", facts, rules, labels, factors)
    change = out["price_change_ratio"]
    direction = np.select(
        [change <= -1, change < 0, change > 0, change == 0], ["free", "cut", "raise", "unchanged"],
        default="",
    )
    out["price_direction"] = pd.Series(direction, dtype="string").replace("", pd.NA)
    return out


def valuation(facts: pd.DataFrame) -> pd.DataFrame:
    """Index and share-price returns, drawdowns, multiples, stakes and money amounts."""
    rules = [
        ("drawdown_ratio", _metric_has("drawdown", "ratio"), None),
        ("return_ratio", _metric_has("return", "ratio"), None),
        ("stake_ratio", _metric_has("stake", "ratio"), None),
        ("multiple", _unit_is("multiple"), None),
        *_money("amount"),
        ("other_ratio", _unit_is("ratio"), None),
    ]
    return _build("valuation", facts, rules)


def _growth_labels(facts: pd.DataFrame, theme: str) -> dict[str, pd.Series]:
    _require(facts, f"views.{theme}")
    metric = facts.loc[facts["theme"].astype("string") == theme, "metric"].astype("string")
    base, basis = _base_metric(metric.fillna(""))
    return {"base_metric": base, "growth_basis": basis}


def earnings(facts: pd.DataFrame) -> pd.DataFrame:
    """Revenue and profit amounts by currency and their growth (``growth_basis`` yoy/qoq)."""
    rules = [
        *_money("amount"),
        ("growth_change_pp", _unit_is("pp"), None),
        ("growth_ratio", _growth, None),
        ("share_ratio", _unit_is("ratio"), None),
        ("multiple", _unit_is("multiple"), None),
    ]
    return _build("earnings", facts, rules, _growth_labels(facts, "earnings"))


def adoption(facts: pd.DataFrame) -> pd.DataFrame:
    """Users, customers, traffic and usage growth, AI share of work, time to reach users."""
    rules = [
        ("users_count", _unit_is("count"), None),
        ("growth_multiple", _unit_is("multiple"), None),
        ("growth_ratio", _growth, None),
        ("share_ratio", _unit_is("ratio"), None),
        ("duration_months", _unit_is("months", "years"), "months"),
    ]
    factors = {"months": lambda out: out["unit"].map({"months": 1.0, "years": 12.0}).astype(float)}
    return _build("adoption", facts, rules, _growth_labels(facts, "adoption"), factors)


def market(facts: pd.DataFrame) -> pd.DataFrame:
    """Market sizes by currency, growth, shares, counts and horizons in years."""
    labels = _growth_labels(facts, "market")
    labels["market"] = facts.loc[facts["theme"].astype("string") == "market", "entity"]
    rules = [
        *_money("market_size"),
        ("growth_ratio", _growth, None),
        ("share_ratio", _unit_is("ratio"), None),
        ("count", _unit_is("count"), None),
        ("multiple", _unit_is("multiple"), None),
        ("duration_years", _unit_is("months", "years"), "years"),
    ]
    factors = {"years": lambda out: out["unit"].map({"months": 1 / 12, "years": 1.0}).astype(float)}
    return _build("market", facts, rules, labels, factors)


def compute(facts: pd.DataFrame) -> pd.DataFrame:
    """Compute demand and supply: chip counts, data sizes, growth, doubling times."""
    rules = [
        ("count", _unit_is("count"), None),
        ("data_bytes", _unit_is("bytes"), None),
        ("growth_multiple", _unit_is("multiple"), None),
        ("growth_ratio", _growth, None),
        ("share_ratio", _unit_is("ratio"), None),
        ("duration_months", _unit_is("months", "years"), "months"),
        *_money("amount", ("USD", "CNY")),
    ]
    factors = {"months": lambda out: out["unit"].map({"months": 1.0, "years": 12.0}).astype(float)}
    return _build("compute", facts, rules, _growth_labels(facts, "compute"), factors)


#: View functions by theme name (every theme in ``paths.THEMES`` has one).
VIEWS = {
    "capex": capex, "parameters": parameters, "pricing": pricing, "valuation": valuation,
    "earnings": earnings, "adoption": adoption, "market": market, "compute": compute,
}
if tuple(VIEWS) != THEMES:  # a new theme in paths.THEMES needs a view here
    raise ImportError(f"views: themes {THEMES} and views {tuple(VIEWS)} differ")


def view(name: str, facts: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """Dispatch to the view of theme ``name``."""
    if name not in VIEWS:
        raise KeyError(f"unknown view {name!r}; known: {list(VIEWS)}")
    return VIEWS[name](facts, **kwargs)
