"""Stage 4, the data of each figure: one pure function per figure, ``(facts, documents) ->
DataFrame`` (no files, no drawing). A row of ``data/figures.csv`` names the function that
feeds each figure (by name, or a standard figure of a view: :func:`data_function`); the committed figure CSVs are these frames.
"""
from __future__ import annotations

from ..tables.claims import assign_claims, revisions
from ..tables.memo import _full_fingerprint, _once, ledger_once, view_once
from ..tables.plausibility import check_plausibility

#: Provenance columns written first in every figure CSV.
_CSV_LEAD = ("doc_id", "publisher", "published", "entity", "metric", "period", "unit",
             "qualifier", "is_estimate")

_MONEY_UNITS = ("USD", "CNY", "HKD")


def _sorted(df, *keys):
    keys = [k for k in keys if k in df.columns]
    return df.sort_values(keys, kind="mergesort").reset_index(drop=True) if keys else df


def _amounts(view, prefix: str):
    """One ``amount`` column from the view's ``{prefix}_usd/_cny/_hkd`` columns."""
    import pandas as pd

    d = view.copy()
    d["amount"] = pd.Series(float("nan"), index=d.index)
    for cur in _MONEY_UNITS:
        col = f"{prefix}_{cur.lower()}"
        if col in d.columns:
            d["amount"] = d["amount"].fillna(d[col])
    return d


def corpus_documents(facts, documents):
    """Documents: publisher, date, script, size."""
    cols = [c for c in ("doc_id", "publisher", "published", "published_precision", "script",
                        "encoding", "n_chars", "title") if c in documents.columns]
    return _sorted(documents[cols], "published", "doc_id")


def dated_documents(facts, documents):
    """Documents with a publication date (a report whose date is unknown has no place on a timeline)."""
    docs = corpus_documents(facts, documents)
    return docs.loc[docs["published"].notna()].reset_index(drop=True)


def facts_per_theme(facts, documents):
    """Facts per theme per report (long form: one row per fact)."""
    return _sorted(facts[["doc_id", "publisher", "published", "theme"]], "doc_id", "theme")


def capex_by_period(facts, documents):
    """Capex amounts by company group and period, in the main currency."""
    v = _amounts(view_once("capex", facts), "capex")
    v = v.loc[v["metric"] == "capex"]
    v = v.loc[v["amount"].notna()]
    return _sorted(v[list(_CSV_LEAD) + ["amount", "text"]], "unit", "entity", "period", "doc_id")


def capex_growth(facts, documents):
    """Capex growth rates by company group and period."""
    v = view_once("capex", facts)
    v = v.loc[v["capex_growth_ratio"].notna()]
    return _sorted(v[list(_CSV_LEAD) + ["capex_growth_ratio", "text"]], "entity", "period")


def parameters_by_model(facts, documents):
    """Parameter counts by model and organisation, with the documented count where known."""
    # The parameters notebook asks twice (its figure and its disagreements table); the
    # plausibility check is most of the cost (0.3 s on the seeds): done once per facts table.
    return _once(("figure_data", "parameters_by_model", id(facts)),
                 lambda: _parameters_by_model(facts), facts, _full_fingerprint)


def _parameters_by_model(facts):
    v = view_once("parameters", facts)
    v = v.loc[v["parameters_count"].notna()]
    checked = check_plausibility(v)
    v = v.assign(plausibility=checked["plausibility"].to_numpy(),
                 reference_value=checked["reference_value"].to_numpy())
    cols = list(_CSV_LEAD) + ["model", "organisation", "parameters_count", "plausibility",
                              "reference_value", "text"]
    return _sorted(v[cols], "model", "parameters_count", "doc_id")


def price_cuts(facts, documents):
    """Price changes (cuts as positive ``cut_ratio``), one row per model and date."""
    v = view_once("pricing", facts)
    v = v.loc[v["price_change_ratio"].notna()]
    v = v.assign(cut_ratio=-v["price_change_ratio"])
    cols = list(_CSV_LEAD) + ["model", "price_direction", "price_change_ratio", "cut_ratio",
                              "text"]
    return _sorted(v[cols], "model", "period", "doc_id")


def price_before_after(facts, documents):
    """Prices per million tokens before and after a change: the earliest and latest stated
    price of the same model, price side and currency."""
    import pandas as pd

    v = _amounts(view_once("pricing", facts).rename(columns=lambda c: c.replace("_per_mtok", "")), "price")
    v = v.loc[v["amount"].notna()]
    rows = []
    keys = ["model", "price_side", "unit"]
    for key, grp in v.groupby([v[k].astype("string").fillna("") for k in keys], sort=True):
        grp = _sorted(grp, "period", "published", "doc_id")
        if grp["amount"].nunique() < 2:
            continue
        first, last = grp.iloc[0], grp.iloc[-1]
        rows.append({"doc_id": last["doc_id"], "publisher": last["publisher"],
                     "published": last["published"], "entity": last["entity"],
                     "metric": last["metric"], "period": last["period"], "unit": last["unit"],
                     "qualifier": last["qualifier"], "is_estimate": last["is_estimate"],
                     "model": key[0], "price_side": key[1],
                     "before_per_mtok": float(first["amount"]),
                     "after_per_mtok": float(last["amount"])})
    cols = list(_CSV_LEAD) + ["model", "price_side", "before_per_mtok", "after_per_mtok"]
    return pd.DataFrame(rows, columns=cols)


def valuation_moves(facts, documents):
    """Index and share-price moves: rallies (returns) and drawdowns in one ranked set."""
    v = view_once("valuation", facts)
    v = v.loc[v["return_ratio"].notna() | v["drawdown_ratio"].notna()]
    v = v.assign(move_ratio=v["return_ratio"].fillna(v["drawdown_ratio"]),
                 move=["drawdown" if r != r else "return" for r in v["return_ratio"]])
    cols = list(_CSV_LEAD) + ["move", "move_ratio", "text", "quote"]
    return _sorted(v[cols], "entity", "period", "doc_id")


def valuation_multiples(facts, documents):
    """Valuation multiples (P/E and the like) across companies and indices, one panel per
    metric (a P/E is not compared with a P/B)."""
    v = view_once("valuation", facts)
    v = v.loc[v["multiple"].notna()]
    v = v.assign(base_metric=v["metric"])
    cols = list(_CSV_LEAD) + ["base_metric", "multiple", "text", "quote"]
    return _sorted(v[cols], "metric", "entity", "period", "doc_id")


def valuation_stakes(facts, documents):
    """Stakes, investment amounts and valuation multiples."""
    v = _amounts(view_once("valuation", facts), "amount")
    v = v.loc[v["stake_ratio"].notna() | v["multiple"].notna() | v["amount"].notna()]
    cols = list(_CSV_LEAD) + ["stake_ratio", "multiple", "amount", "text"]
    return _sorted(v[cols], "entity", "metric", "period")


def _growth_figure(view_name: str, column: str = "growth_ratio"):
    def data(facts, documents):
        v = view_once(view_name, facts)
        v = v.loc[v[column].notna()]
        extra = [c for c in ("base_metric", "growth_basis") if c in v.columns]
        return _sorted(v[list(_CSV_LEAD) + extra + [column, "text"]], "entity", "metric",
                       "period")
    data.__doc__ = f"{view_name}: growth rates ({column}) by entity and period."
    return data


def _amount_figure(view_name: str, prefix: str):
    def data(facts, documents):
        v = _amounts(view_once(view_name, facts), prefix)
        extra = [c for c in ("base_metric",) if c in v.columns]
        v = v.loc[v["amount"].notna()]
        return _sorted(v[list(_CSV_LEAD) + extra + ["amount", "text"]], "unit", "entity",
                       "metric", "period")
    data.__doc__ = f"{view_name}: amounts in the main currency by entity and period."
    return data


def _column_figure(view_name: str, column: str):
    def data(facts, documents):
        v = view_once(view_name, facts)
        v = v.loc[v[column].notna()]
        extra = [c for c in ("base_metric",) if c in v.columns]
        return _sorted(v[list(_CSV_LEAD) + extra + [column, "text"]], "entity", "metric",
                       "period")
    data.__doc__ = f"{view_name}: {column} by entity."
    return data


def _claim_labels(d) -> list[str]:
    """``entity · metric · period`` per row (metric codes kept: the chart translates legends)."""
    return [" · ".join(str(x) for x in (e, m, p) if isinstance(x, str) and x)
            for e, m, p in zip(d["entity"], d["metric"], d["period"])]


def _facts_by_claim(facts):
    """Every fact with its claim (``claims.assign_claims``), the claim's ``n_reports`` and
    ``agree`` (the ledger's rule: the facts' intervals have a common point)."""
    d = ledger_once(assign_claims, facts)
    by_claim = d.groupby("claim")
    d["claim_no"] = d["claim"]
    d["n_reports"] = by_claim["doc_id"].transform("nunique")
    d["agree"] = by_claim["low"].transform("max") <= by_claim["high"].transform("min")
    return d


def ledger_spread(facts, documents):
    """Claims stated by two or more reports: each report's value over the claim's median,
    ``agreement`` = ``differs`` when the reports disagree beyond their written precision."""
    d = _facts_by_claim(facts)
    d = d.loc[d["n_reports"] >= 2].copy()
    medians = d.groupby("claim_no")["value"].transform("median")
    d["ratio_to_median"] = (d["value"].astype(float) / medians).where(medians != 0)
    d["agreement"] = ["agrees" if a else "differs" for a in d["agree"]]
    d["claim"] = _claim_labels(d)
    cols = list(_CSV_LEAD) + ["claim", "value", "ratio_to_median", "agreement", "text"]
    return _sorted(d[cols], "claim", "published", "doc_id")


def ledger_revisions(facts, documents):
    """How a figure stated by two or more reports moved from report to report: each report's
    value over the claim's first statement, in publication order; ``revision`` is ``revised``
    when a report changed the figure beyond its written precision (``claims.revisions``)."""
    r = ledger_once(revisions, facts)
    r = r.assign(qualifier=r.get("qualifier", ""), is_estimate=r.get("is_estimate", False))
    first = r.groupby("claim")["value"].transform("first")
    r["ratio_to_first"] = (r["value"].astype(float) / first.astype(float)).where(first != 0)
    r["revision"] = ["revised" if bool(x) else "kept" for x in r["revised"]]
    r["claim"] = _claim_labels(r)
    r = r.loc[r["ratio_to_first"].notna() & (r["ratio_to_first"] > 0)]
    cols = list(_CSV_LEAD) + ["claim", "value", "ratio_to_first", "revision", "text"]
    return _sorted(r[cols], "claim", "published", "doc_id")


def plausibility_ratio(facts, documents):
    """Facts with a documented reference value: the report's value over the documented one,
    ``plausibility`` ``ok`` or ``differs`` (``data/reference_values.csv``)."""
    checked = ledger_once(check_plausibility, facts)
    d = checked.loc[checked["plausibility"] != "unknown"].copy()
    d["reference_ratio"] = d["value"].astype(float) / d["reference_value"].astype(float)
    d = d.loc[d["reference_ratio"] > 0]
    d["claim"] = _claim_labels(d)
    cols = list(_CSV_LEAD) + ["claim", "value", "reference_value", "reference_ratio",
                              "plausibility", "reference_source", "text"]
    return _sorted(d[cols], "claim", "doc_id", "value")


#: The standard figures of a theme's view, named in ``data/figures.csv`` as ``growth:VIEW``
#: (or ``growth:VIEW:COLUMN``), ``amount:VIEW:PREFIX`` or ``column:VIEW:COLUMN``: a new theme
#: whose chart is one of these needs no code.
_STANDARD = {"growth": _growth_figure, "amount": _amount_figure, "column": _column_figure}


def data_functions() -> dict:
    """The figure data functions of this module by name: every public function taking
    ``(facts, documents)``, so a new kind of figure data is one function here."""
    import inspect

    return {name: f for name, f in sorted(globals().items())
            if inspect.isfunction(f) and not name.startswith("_") and f.__module__ == __name__
            and list(inspect.signature(f).parameters) == ["facts", "documents"]}


def data_function(spec: str):
    """The data function a ``data`` cell of ``data/figures.csv`` names: a function of this
    module (``capex_by_period``) or a standard figure of a view (``column:adoption:users_count``).

    >>> data_function("growth:market").__doc__
    'market: growth rates (growth_ratio) by entity and period.'
    """
    kind, *args = spec.split(":")
    if args:
        if kind not in _STANDARD:
            raise ValueError(f"unknown standard figure {kind!r} in {spec!r} "
                             f"(known: {', '.join(sorted(_STANDARD))})")
        return _STANDARD[kind](*args)
    known = data_functions()
    if spec not in known:
        raise ValueError(f"no figure data function {spec!r} (known: {', '.join(known)})")
    return known[spec]
