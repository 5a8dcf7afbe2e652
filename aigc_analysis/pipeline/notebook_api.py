"""The thin layer the notebooks call: parameters, facts, figures with their data, key tables.

The theme template (``notebooks/theme.ipynb``, run once per theme) is a parameters cell
followed by calls into this module::

    ctx = nb.setup(globals())                 # validate parameters, style, facts
    ctx.theme_title()                         # title and introduction (data/themes.csv)
    nb.print_table(ctx.key_table())           # NBVAL_CHECK_OUTPUT cell
    ctx.theme_sections()                      # per row of data/theme_sections.csv: heading,
                                              # then ctx.figure(name) or a THEME_TABLES table
    ctx.narrative()                           # Markdown from narrative.narrate

Every figure is named once in :data:`FIGURES` with the function giving the data it plots
(:func:`figure_data`), so ``tests/test_figures_committed.py`` recomputes the committed CSVs
without running notebooks. Figures are drawn by :mod:`aigc_analysis.present.charts`; files are
written only here (``save_figure`` + the CSV beside it).
"""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..params import validate_namespace
from ..tables.memo import ledger_once
from ..present.fact_tables import ledger_claims, source_texts as _source_texts  # noqa: F401 (nb.ledger_claims)
from ..paths import REPO_ROOT, THEMES_FILE, THEME_SECTIONS_FILE
from ..files import write_text
from ..load.normalise import to_simplified
from ..present import charts
from ..present.formatting import format_date, format_period, format_value
from ..present.htmlpage import render
from ..present.labels import (
    axis_label,
    column_label,
    entity_label,
    label_table,
    metric_label,
    publisher_label,
    qualifier_label,
    report_name,
    report_names,
    theme_label,
    value_label,
)
from ..present.narrative import narrate
from ..present.provenance import fact_hrefs
from ..present.style import apply_style, save_figure
from ..tables.claims import assign_claims, ledger, revisions
from ..tables.currency import to_usd
from ..tables.plausibility import check_plausibility
from ..tables.store import _csv_text, read_documents, read_facts
from ..tables.views import capex, parameters, pricing, valuation, view
from .build import code_digest, corpus_digest, extract_tables

#: Standalone runs (no ``facts_path``) cache extracted tables here, keyed by corpus + code.
CACHE_DIR = REPO_ROOT / ".aigc-cache"

#: Provenance columns written first in every figure CSV.
_CSV_LEAD = ("doc_id", "publisher", "published", "entity", "metric", "period", "unit",
             "qualifier", "is_estimate")


def silence_jieba() -> None:
    """jieba logs its dictionary cache path and load time on first use: keep outputs stable."""
    import jieba

    jieba.setLogLevel(logging.WARNING)


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------
def cached_tables(corpus: str | os.PathLike) -> Path:
    """Folder of stored tables for ``corpus``: extracted once per corpus and code version."""
    import shutil

    corpus_path = Path(corpus).resolve()
    corpus_key = corpus_digest(corpus_path)[:16]
    folder = CACHE_DIR / f"{corpus_key}-{code_digest()[:16]}"
    if not (folder / "facts.parquet").exists() or not (folder / "documents.parquet").exists():
        extract_tables(corpus_path, folder)
        # Tables of this corpus made by older code are never read again.
        for old in CACHE_DIR.glob(f"{corpus_key}-*"):
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)
    return folder


def load_tables(facts_path: str, corpus: str):
    """(facts, documents): the stored tables the build wrote, or extracted from ``corpus``."""
    folder = Path(facts_path).parent if facts_path else cached_tables(corpus)
    facts_file = Path(facts_path) if facts_path else folder / "facts.parquet"
    return read_facts(facts_file), read_documents(folder)


# ---------------------------------------------------------------------------------------------
# Figure data: one function per figure, pure DataFrame -> DataFrame
# ---------------------------------------------------------------------------------------------
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
    v = _amounts(capex(facts), "capex")
    v = v.loc[v["metric"] == "capex"]
    v = v.loc[v["amount"].notna()]
    return _sorted(v[list(_CSV_LEAD) + ["amount", "text"]], "unit", "entity", "period", "doc_id")


def capex_growth(facts, documents):
    """Capex growth rates by company group and period."""
    v = capex(facts)
    v = v.loc[v["capex_growth_ratio"].notna()]
    return _sorted(v[list(_CSV_LEAD) + ["capex_growth_ratio", "text"]], "entity", "period")


def parameters_by_model(facts, documents):
    """Parameter counts by model and organisation, with the documented count where known."""
    v = parameters(facts)
    v = v.loc[v["parameters_count"].notna()]
    checked = check_plausibility(v)
    v = v.assign(plausibility=checked["plausibility"].to_numpy(),
                 reference_value=checked["reference_value"].to_numpy())
    cols = list(_CSV_LEAD) + ["model", "organisation", "parameters_count", "plausibility",
                              "reference_value", "text"]
    return _sorted(v[cols], "model", "parameters_count", "doc_id")


def price_cuts(facts, documents):
    """Price changes (cuts as positive ``cut_ratio``), one row per model and date."""
    v = pricing(facts)
    v = v.loc[v["price_change_ratio"].notna()]
    v = v.assign(cut_ratio=-v["price_change_ratio"])
    cols = list(_CSV_LEAD) + ["model", "price_direction", "price_change_ratio", "cut_ratio",
                              "text"]
    return _sorted(v[cols], "model", "period", "doc_id")


def price_before_after(facts, documents):
    """Prices per million tokens before and after a change: the earliest and latest stated
    price of the same model, price side and currency."""
    import pandas as pd

    v = _amounts(pricing(facts).rename(columns=lambda c: c.replace("_per_mtok", "")), "price")
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
    v = valuation(facts)
    v = v.loc[v["return_ratio"].notna() | v["drawdown_ratio"].notna()]
    v = v.assign(move_ratio=v["return_ratio"].fillna(v["drawdown_ratio"]),
                 move=["drawdown" if r != r else "return" for r in v["return_ratio"]])
    cols = list(_CSV_LEAD) + ["move", "move_ratio", "text", "quote"]
    return _sorted(v[cols], "entity", "period", "doc_id")


def valuation_multiples(facts, documents):
    """Valuation multiples (P/E and the like) across companies and indices, one panel per
    metric (a P/E is not compared with a P/B)."""
    v = valuation(facts)
    v = v.loc[v["multiple"].notna()]
    v = v.assign(base_metric=v["metric"])
    cols = list(_CSV_LEAD) + ["base_metric", "multiple", "text", "quote"]
    return _sorted(v[cols], "metric", "entity", "period", "doc_id")


def valuation_stakes(facts, documents):
    """Stakes, investment amounts and valuation multiples."""
    v = _amounts(valuation(facts), "amount")
    v = v.loc[v["stake_ratio"].notna() | v["multiple"].notna() | v["amount"].notna()]
    cols = list(_CSV_LEAD) + ["stake_ratio", "multiple", "amount", "text"]
    return _sorted(v[cols], "entity", "metric", "period")


def _growth_figure(view_name: str, column: str = "growth_ratio"):
    def data(facts, documents):
        v = view(view_name, facts)
        v = v.loc[v[column].notna()]
        extra = [c for c in ("base_metric", "growth_basis") if c in v.columns]
        return _sorted(v[list(_CSV_LEAD) + extra + [column, "text"]], "entity", "metric",
                       "period")
    data.__doc__ = f"{view_name}: growth rates ({column}) by entity and period."
    return data


def _amount_figure(view_name: str, prefix: str):
    def data(facts, documents):
        v = _amounts(view(view_name, facts), prefix)
        extra = [c for c in ("base_metric",) if c in v.columns]
        v = v.loc[v["amount"].notna()]
        return _sorted(v[list(_CSV_LEAD) + extra + ["amount", "text"]], "unit", "entity",
                       "metric", "period")
    data.__doc__ = f"{view_name}: amounts in the main currency by entity and period."
    return data


def _column_figure(view_name: str, column: str):
    def data(facts, documents):
        v = view(view_name, facts)
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


@dataclass(frozen=True)
class FigureSpec:
    """A named figure: its notebook theme, data function, chart call and titles."""

    theme: str | None
    data: Callable
    chart: str
    kwargs: Mapping = field(default_factory=dict)
    title: Mapping[str, str] = field(default_factory=dict)


#: Every figure the notebooks draw, by stable file name.
FIGURES: dict[str, FigureSpec] = {
    "corpus_timeline": FigureSpec(None, dated_documents, "timeline",
                                  {"date": "published", "label": "publisher"},
                                  {"zh": "研报时间线", "en": "Reports over time"}),
    "facts_per_theme": FigureSpec(None, facts_per_theme, "heatmap_counts",
                                  {"x": "theme", "y": "doc_id"},
                                  {"zh": "各研报各主题事实数",
                                   "en": "Facts per theme and report"}),
    "capex_by_period": FigureSpec("capex", capex_by_period, "bar_ranked",
                                  {"x": "amount", "y": "entity", "unit": "@unit"},
                                  {"zh": "资本开支（按公司群与期间）",
                                   "en": "Capex by company group and period"}),
    "capex_growth": FigureSpec("capex", capex_growth, "bar_ranked",
                               {"x": "capex_growth_ratio", "y": "entity", "unit": "ratio"},
                               {"zh": "资本开支同比增速", "en": "Capex growth"}),
    "parameters_by_model": FigureSpec("parameters", parameters_by_model, "log_dot",
                                      {"x": "parameters_count", "y": "model",
                                       "hue": "organisation"},
                                      {"zh": "模型参数量（对数轴）",
                                       "en": "Model parameter counts (log scale)"}),
    "price_cuts": FigureSpec("pricing", price_cuts, "bar_ranked",
                             {"x": "cut_ratio", "y": "model", "unit": "ratio"},
                             {"zh": "大模型降价幅度", "en": "Model price cuts"}),
    "price_before_after": FigureSpec("pricing", price_before_after, "before_after",
                                     {"before": "before_per_mtok", "after": "after_per_mtok",
                                      "label": "model", "unit": "@unit"},
                                     {"zh": "每百万 tokens 价格：调整前后",
                                      "en": "Price per million tokens, before and after"}),
    "valuation_moves": FigureSpec("valuation", valuation_moves, "bar_ranked",
                                  {"x": "move_ratio", "y": "entity", "hue": "move",
                                   "unit": "ratio"},
                                  {"zh": "指数与股价：上涨与回撤",
                                   "en": "Index and share moves: rallies and drawdowns"}),
    "valuation_multiples": FigureSpec("valuation", valuation_multiples, "bar_ranked",
                                      {"x": "multiple", "y": "entity", "hue": "base_metric",
                                       "unit": "multiple"},
                                      {"zh": "估值倍数", "en": "Valuation multiples"}),
    "earnings_growth": FigureSpec("earnings", _growth_figure("earnings"), "bar_ranked",
                                  {"x": "growth_ratio", "y": "entity", "hue": "base_metric",
                                   "unit": "ratio"},
                                  {"zh": "业绩增速", "en": "Earnings growth"}),
    "earnings_amounts": FigureSpec("earnings", _amount_figure("earnings", "amount"),
                                   "bar_ranked",
                                   {"x": "amount", "y": "entity", "hue": "base_metric",
                                    "unit": "@unit"},
                                   {"zh": "收入与利润", "en": "Revenue and profit"}),
    "adoption_users": FigureSpec("adoption", _column_figure("adoption", "users_count"),
                                 "bar_ranked",
                                 {"x": "users_count", "y": "entity", "hue": "base_metric",
                                  "unit": "count"},
                                 {"zh": "用户与客户数", "en": "Users and customers"}),
    "adoption_growth": FigureSpec("adoption", _growth_figure("adoption"), "bar_ranked",
                                  {"x": "growth_ratio", "y": "entity", "hue": "base_metric",
                                   "unit": "ratio"},
                                  {"zh": "使用量增速", "en": "Usage growth"}),
    "market_size": FigureSpec("market", _amount_figure("market", "market_size"), "bar_ranked",
                              {"x": "amount", "y": "entity", "unit": "@unit"},
                              {"zh": "市场规模", "en": "Market size"}),
    "market_growth": FigureSpec("market", _growth_figure("market"), "bar_ranked",
                                {"x": "growth_ratio", "y": "entity", "hue": "base_metric",
                                 "unit": "ratio"},
                                {"zh": "市场与出货增速",
                                 "en": "Market and shipment growth"}),
    "compute_growth": FigureSpec("compute", _column_figure("compute", "growth_multiple"),
                                 "bar_ranked",
                                 {"x": "growth_multiple", "y": "entity", "hue": "base_metric",
                                  "unit": "multiple"},
                                 {"zh": "算力与数据增长倍数",
                                  "en": "Compute and data growth (multiples)"}),
    "compute_data_size": FigureSpec("compute", _column_figure("compute", "data_bytes"),
                                    "log_dot", {"x": "data_bytes", "y": "entity"},
                                    {"zh": "训练数据与数据总量（对数轴）",
                                     "en": "Training data and data volume (log scale)"}),
    "ledger_spread": FigureSpec(None, ledger_spread, "log_dot",
                                {"x": "ratio_to_median", "y": "claim", "hue": "publisher",
                                 "flag_col": "agreement"},
                                {"zh": "多份研报陈述的同一数据：相对中位数（对数轴）",
                                 "en": "Claims stated by several reports: value over median "
                                       "(log scale)"}),
    "ledger_revisions": FigureSpec(None, ledger_revisions, "log_dot",
                                   {"x": "ratio_to_first", "y": "claim", "hue": "publisher",
                                    "flag_col": "revision"},
                                   {"zh": "同一数据在先后研报中的变化：相对首次陈述（对数轴）",
                                    "en": "How a figure moved from report to report: value "
                                          "over its first statement (log scale)"}),
    "plausibility_ratio": FigureSpec(None, plausibility_ratio, "log_dot",
                                     {"x": "reference_ratio", "y": "claim", "hue": "metric",
                                      "flag_col": "plausibility"},
                                     {"zh": "研报数值与公开资料之比（对数轴）",
                                      "en": "Reported value over documented value "
                                            "(log scale)"}),
}


def figure_data(name: str, facts, documents=None):
    """The data figure ``name`` plots (the CSV written beside it)."""
    if name not in FIGURES:
        raise KeyError(f"unknown figure {name!r} (known: {', '.join(sorted(FIGURES))})")
    return FIGURES[name].data(facts, documents)


def csv_text(data) -> str:
    """The figure CSV: deterministic text (store's float and date formatting)."""
    return _csv_text(data.drop(columns=[c for c in ("quote",) if c in data.columns]))


#: A panel with fewer rows than this is not drawn: its figures go to a key-figures table
#: (one bar in a full-width panel says less than one table row).
MIN_CHART_ROWS = 2
#: Charts whose hue names the metric: amounts and counts of different metrics (monthly users,
#: paid users, customers) get a panel each; rates of different metrics share an axis.
_SPLIT_UNITS = ("count", "@unit", "multiple")


@dataclass
class ChartPlan:
    """What :func:`draw` makes of a figure's data: panels to draw and rows for a table."""

    panels: list            # [(title, frame, kwargs)]
    key_figures: object     # DataFrame of rows shown as a table instead
    notes: list             # footnotes (exchange rates used)


def _value_texts(d, unit_col: str | None, unit: str | None, lang: str) -> list[str]:
    """The value each bar is labelled with: qualifier words kept (超, 约), forecasts marked,
    converted amounts with their original value and currency."""
    import pandas as pd

    out = []
    for rec in d.to_dict("records"):
        u = rec.get(unit_col) if unit_col else unit
        value = rec["_orig_value"]
        text = format_value(value, u, lang) if u else str(value)
        qual = rec.get("qualifier")
        if isinstance(qual, str):
            text = qualifier_label(qual, lang, short=True) + text
        if "amount_usd" in rec and u not in (None, "USD") and not pd.isna(rec["amount_usd"]):
            usd = format_value(rec["amount_usd"], "USD", lang)
            text += f"（约合{usd}）" if lang == "zh" else f" (≈{usd})"
        if rec.get("is_estimate") is True:
            text += "（预测）" if lang == "zh" else " (f)"
        out.append(text)
    return out


_CLAUSE_BREAK = re.compile(r"[，,；;。:：]")


def _lead_words(quote, number: str, width: int = 12) -> str:
    """The words just before ``number`` in its clause of ``quote`` (``2023年以来累计涨幅达``,
    ``较疫后线上经济峰值水平``): what distinguishes two figures stated side by side."""
    if not isinstance(quote, str) or not isinstance(number, str) or number not in quote:
        return ""
    before = _CLAUSE_BREAK.split(quote[: quote.index(number)])[-1]
    before = re.sub(r"\s+", "", before)
    cut = before[-width:]
    if len(before) > width and before[-width - 1].isdigit():
        cut = cut.lstrip("0123456789")  # never half a year or number
    return cut


def _distinct_labels(labels: list[str], d, lang: str = "zh") -> list[str]:
    """Labels that repeat get the words that precede their number in the report (the basis
    or span of the figure), then the publisher, so two bars never share a label."""
    from collections import Counter

    counts = Counter(labels)
    out = []
    quotes = d["quote"] if "quote" in d.columns else [None] * len(d)
    texts = d["text"] if "text" in d.columns else [None] * len(d)
    for label, quote, text in zip(labels, quotes, texts):
        if counts[label] > 1:
            words = _lead_words(quote, text)
            if words and lang == "zh":
                words = to_simplified(words)
            if words:
                label = f"{label} · {words}"
        out.append(label)
    counts = Counter(out)
    seen: Counter = Counter()
    final = []
    for label in out:
        if counts[label] > 1:
            seen[label] += 1
            label = f"{label} ({seen[label]})"
        final.append(label)
    return final


def chart_plan(name: str, data, lang: str = "zh", documents=None) -> ChartPlan:
    """Panels of figure ``name``: different metrics of amounts or counts in separate panels;
    within a panel, amounts in several currencies on one US-dollar axis (at the period-average
    rates of ``data/exchange_rates.csv``, original values in the labels); panels with too few
    rows moved to a key-figures table. Bar labels say what differs (period, forecast) and keep
    qualifiers (超, 约)."""
    import pandas as pd

    spec = FIGURES[name]
    kwargs = dict(spec.kwargs)
    notes: list[str] = []
    bars = spec.chart == "bar_ranked"
    money = kwargs.get("unit") == "@unit"
    split = kwargs.get("hue") == "base_metric" and kwargs.get("unit") in _SPLIT_UNITS
    if split:
        groups = [g for _, g in data.groupby("base_metric", sort=True)]
    elif money and not bars:
        groups = [g for _, g in data.groupby("unit", sort=True)]
    else:
        groups = [data]
    panels, small = [], []
    for raw in groups:
        d = raw.copy()
        unit = kwargs.get("unit")
        if bars:
            x = kwargs["x"]
            d["_y"] = d[x]
            d["_orig_value"] = d[x]
            if money and d["unit"].nunique() > 1:
                # Several currencies: one axis in US dollars, the original kept in the label.
                d = to_usd(d, amount=x)
                d["_y"] = d["amount_usd"]
                for (cur, year), grp in d.loc[d["unit"] != "USD"].groupby(["unit", "fx_year"]):
                    rate = float(grp["fx_rate"].iloc[0])
                    note = (f"按{year}年平均汇率1美元={rate:g}{'元' if cur == 'CNY' else '港元'}"
                            f"折算（美联储G.5A）" if lang == "zh" else
                            f"converted at the {year} average rate US$1 = {rate:g} {cur} "
                            "(Federal Reserve G.5A)")
                    if note not in notes:
                        notes.append(note)
                d = d.loc[d["_y"].notna()]
                unit = "USD"
            elif money:
                unit = str(d["unit"].iloc[0])
            d["_value"] = _value_texts(d, "unit" if money else None, unit, lang)
        d = reader_data(d, lang, documents)
        if bars:
            labels = []
            for rec in d.to_dict("records"):
                period = rec.get("period")
                label = str(rec[kwargs["y"]])
                if isinstance(period, str) and period:
                    label += f"（{period}）" if lang == "zh" else f" ({period})"
                labels.append(label)
            d["_label"] = _distinct_labels(labels, d, lang)
            if len(d) < MIN_CHART_ROWS:
                small.append(d)
                continue
        kw = dict(kwargs)
        if bars:
            kw.update(x="_y", y="_label", value_label="_value", unit=unit)
            if split:
                kw.pop("hue", None)
        elif money:
            kw["unit"] = str(d["unit"].iloc[0])
        title = spec.title.get(lang)
        if split:
            metric = d["base_metric"].iloc[0]
            title = f"{title}：{metric}" if lang == "zh" else f"{title}: {metric}"
        panels.append((title, d.reset_index(drop=True), kw))
    key = pd.concat(small) if small else data.iloc[0:0]
    return ChartPlan(panels=panels, key_figures=key, notes=notes)


def draw(name: str, data, lang: str = "zh", documents=None):
    """Draw figure ``name`` from ``data`` (see :func:`chart_plan`); return the last Axes, or
    None when every row went to the key-figures table."""
    import matplotlib.pyplot as plt

    spec = FIGURES[name]
    chart = getattr(charts, spec.chart)
    plan = chart_plan(name, data, lang, documents)
    if not plan.panels:
        return None
    def rows(g, kw):  # categories on the y axis, not facts (a heatmap has one row per report)
        if spec.chart == "timeline":
            return 6
        col = kw.get("y")
        return g[col].nunique() if col in g.columns and spec.chart != "bar_ranked" else len(g)

    heights = [max(2.6, 0.36 * rows(g, kw) + 1.6) for _, g, kw in plan.panels]
    fig, axes = plt.subplots(len(plan.panels), 1,
                             figsize=(8.0, sum(heights) + 0.9 * len(plan.panels)),
                             squeeze=False, gridspec_kw={"height_ratios": heights})
    for i, ((title, group, kwargs), ax) in enumerate(zip(plan.panels, axes[:, 0])):
        if spec.chart == "bar_ranked" and plan.notes:
            kwargs = {**kwargs, "note": "；".join(plan.notes) if lang == "zh"
                      else "; ".join(plan.notes)}
        chart(group, ax=ax, lang=lang, title=title, **kwargs)
        if ax.get_xlabel() == "_y":  # the plotted value column of chart_plan

            label = axis_label(spec.kwargs["x"], lang) or column_label("value", lang)
            if plan.notes:
                label += "（折合美元）" if lang == "zh" else " (US$ equivalent)"
            ax.set_xlabel(label)
        _reader_labels(ax, lang)
    fig.tight_layout(h_pad=3.0)
    return ax


def key_figures_table(plan: ChartPlan, lang: str = "zh"):
    """The rows a chart leaves out, as a small reader table (subject, value, source)."""
    import pandas as pd

    d = plan.key_figures
    if d.empty:
        return pd.DataFrame()
    name_col = next(c for c in ("entity", "model", "claim") if c in d.columns)
    metric = d["base_metric"] if "base_metric" in d.columns else d.get("metric")
    return pd.DataFrame({
        column_label("entity", lang): d["_label"] if "_label" in d else d[name_col],
        column_label("metric", lang): metric if metric is not None else "",
        column_label("value", lang): d["_value"] if "_value" in d else "",
        column_label("source", lang): [
            f"{p} {format_date(t, pr if isinstance(pr, str) and pr else 'day', lang)}".strip()
            for p, t, pr in zip(d["publisher"], d["published"],
                                d["published_precision"] if "published_precision" in d
                                else [None] * len(d))],
    })


def reader_data(data, lang: str, documents=None):
    """A copy of figure data whose name columns hold reader names in ``lang`` (entities,
    models, publishers, metrics, periods, category codes); the CSV keeps the codes. With
    ``documents``, rows also get their report's date precision (a month-precision report is
    never cited with a day)."""
    d = data.copy()
    if documents is not None and "doc_id" in d.columns \
            and "published_precision" in documents.columns:
        precision = dict(zip(documents["doc_id"], documents["published_precision"]))
        d["published_precision"] = [precision.get(x) for x in d["doc_id"]]
    names = {"entity": entity_label, "model": entity_label, "organisation": entity_label,
             "publisher": publisher_label, "metric": metric_label,
             "base_metric": metric_label, "period": format_period}
    for col, fn in names.items():
        if col in d.columns:
            d[col] = [fn(v, lang) if isinstance(v, str) and v else v for v in d[col]]
    for col in ("move",):
        if col in d.columns:
            d[col] = [value_label(v, lang) for v in d[col]]
    if "theme" in d.columns:
        d["theme"] = [theme_label(t, lang) if isinstance(t, str) and t else t for t in d["theme"]]
    if {"doc_id", "publisher", "published"} <= set(d.columns):
        # A report is named by its publisher and date, never by its file name.

        names = {}
        for doc_id, pub, date in zip(data["doc_id"], data["publisher"], data["published"]):
            if doc_id not in names:
                titled = report_names(documents, lang) if documents is not None else {}
                who = titled.get(str(doc_id)) or report_name(doc_id, pub, lang=lang)
                names[doc_id] = f"{who} {format_date(date, lang=lang)}".strip()
        taken: dict[str, int] = {}
        for doc_id in sorted(names):
            taken[names[doc_id]] = taken.get(names[doc_id], 0) + 1
            if taken[names[doc_id]] > 1:
                names[doc_id] += f" ({taken[names[doc_id]]})"
        d["doc_id"] = [names.get(x, x) for x in d["doc_id"]]
        if documents is not None:
            # no publisher: the source line falls back to doc_id, now the report's name
            # without its date (the date is written beside it)

            titled = report_names(documents, lang)
            d["publisher"] = [p if isinstance(p, str) and p else titled.get(str(x), p)
                              for p, x in zip(d["publisher"], data["doc_id"])]
    if "claim" in d.columns and {"entity", "metric"} <= set(d.columns):
        d["claim"] = [" · ".join(str(x) for x in (e, m, p) if isinstance(x, str) and x)
                      for e, m, p in zip(d["entity"], d["metric"],
                                         d["period"] if "period" in d else [""] * len(d))]
    return d


def _reader_labels(ax, lang: str) -> None:
    """Replace column names on the axes and metric codes in the legend by reader names.

    The data (and its CSV) keeps the codes; only the picture is translated. Names are the
    ``axis`` and ``value`` rows of ``data/labels.csv``.
    """
    for get, set_ in ((ax.get_xlabel, ax.set_xlabel), (ax.get_ylabel, ax.set_ylabel)):
        name = axis_label(get(), lang)
        if name is not None:
            set_(name)
    legend = ax.get_legend()
    if legend is None:
        return
    title = legend.get_title()
    name = axis_label(title.get_text(), lang)
    if name is not None:
        title.set_text(name)
    values = label_table().get("value", {})
    for text in legend.get_texts():
        code = text.get_text()
        if code in values:
            text.set_text(value_label(code, lang))
        elif code.isascii() and code.isidentifier() and code == code.lower():
            text.set_text(metric_label(code, lang))  # snake_case metric code


# ---------------------------------------------------------------------------------------------
# Key tables (printed as text in NBVAL_CHECK_OUTPUT cells)
# ---------------------------------------------------------------------------------------------
#: Themes whose key table lists only the largest values (theme -> (column, rows)).
KEY_TABLE_TOP = {"parameters": ("parameters_count", 10)}


def key_table(facts, theme: str, lang: str = "zh", documents=None):
    """The theme's facts as a small text table, numbers formatted by ``format_value``.

    Every fact of the theme (its view), except for themes listed in :data:`KEY_TABLE_TOP`,
    which show their largest values only. With ``documents``, ``table.attrs["hrefs"]`` holds
    each row's link to its highlighted source characters (:func:`provenance.fact_hrefs`), for
    :func:`linked_table_html`.
    """
    import pandas as pd

    d = view(theme, facts)
    if theme in KEY_TABLE_TOP:
        column, top_n = KEY_TABLE_TOP[theme]
        d = d.loc[d[column].notna()].sort_values([column, "entity", "doc_id"],
                                                 ascending=[False, True, True],
                                                 kind="mergesort").head(top_n)
    values = [format_value(r["value"], r["unit"], lang,
                           per=r["per"] if isinstance(r.get("per"), str) and r["per"] else None,
                           value_high=None if pd.isna(r["value_high"]) else r["value_high"])
              + (("（预测）" if lang == "zh" else " (forecast)")
                 if r.get("is_estimate") is True else "")
              for r in d.to_dict("records")]
    table = pd.DataFrame({
        column_label("source", lang): _source_texts(d, documents, lang),
        column_label("entity", lang): [entity_label(e, lang) for e in d["entity"]],
        column_label("metric", lang): [metric_label(m, lang) for m in d["metric"]],
        column_label("period", lang): [format_period(p, lang) for p in d["period"]],
        column_label("value", lang): values})
    table.attrs["link_column"] = column_label("value", lang)
    if documents is not None:
        table.attrs["hrefs"] = list(fact_hrefs(d, documents))
    return table


def _report_name(rec, lang: str = "zh") -> str:
    """``中信证券 2024年6月1日``: a report as readers name it (publisher and date)."""
    name = report_name(rec["doc_id"], rec.get("publisher"), rec.get("title"), lang)
    return f"{name} {format_date(rec.get('published'), lang=lang)}".strip()


#: Output metadata key of a linked key table; its value is the text :func:`print_table`
#: printed for the same table, which the report replaces by the linked table.
REPORT_REPLACES_STDOUT = "aigc_report_replaces_stdout"
#: Output metadata key of Markdown a theme notebook writes from the themes data: the report
#: shows it as a Markdown cell of its own (value ``"first"``: the page's title, placed first).
REPORT_MARKDOWN_CELL = "aigc_report_markdown_cell"


def linked_table_html(table, link_column: str | None = None) -> str:
    """``table`` as an HTML table whose ``link_column`` cells link to ``attrs["hrefs"]``.

    Every cell is HTML-escaped; hrefs come from :mod:`aigc_analysis.present.provenance` (document
    index and offsets only).
    """
    link_column = link_column or table.attrs.get("link_column", "value")
    hrefs = table.attrs.get("hrefs") or [""] * len(table)
    rows = [[{"text": rec[col], "href": href if col == link_column else ""}
             for col in table.columns]
            for rec, href in zip(table.to_dict("records"), hrefs)]
    # key tables link every row to its sentence; other tables (ledger, corpus) link nothing
    cls = "key-table" if any(hrefs) else "report-table"
    return render("linked_table.html.j2", cls=cls, head=list(table.columns), rows=rows)


def table_text(table) -> str:
    """What :func:`print_table` prints for ``table`` (with the final newline)."""
    return "(no rows)\n" if table.empty else table.to_string(index=False) + "\n"


#: Set by :func:`setup`: in build runs every printed table is also shown as an HTML table that
#: takes the printed text's place in the report (``lang`` names its columns).
_REPORT = {"html": False, "lang": "zh"}


def print_table(table) -> None:
    """Print a table as plain text (never DataFrame HTML: nbval compares this text).

    In a build run the report shows an HTML table instead of the text (columns named in the
    report's language), via the same replacement as the linked key tables.
    """
    text = table_text(table)
    print(text, end="")
    if _REPORT["html"]:
        from IPython.display import HTML, display

        zh = _REPORT["lang"] == "zh"
        shown = (report_table_html(table, _REPORT["lang"]) if not table.empty else
                 f'<p class="no-rows">{"本批研报中没有此类数据。" if zh else "None in these reports."}</p>')
        display(HTML(shown), metadata={REPORT_REPLACES_STDOUT: text})


def report_table_html(table, lang: str = "zh") -> str:
    """``table`` as an escaped HTML table with reader column names (links kept, if any)."""
    names = {"entity": entity_label, "model": entity_label, "metric": metric_label,
             "publisher": publisher_label, "period": format_period}
    table = table.copy()
    for col, fn in names.items():
        if col in table.columns:
            table[col] = [fn(v, lang) if isinstance(v, str) and v else v for v in table[col]]
    shown = table.rename(columns={c: column_label(str(c), lang) for c in table.columns
                                  if str(c).isascii()})
    shown = shown.apply(lambda col: col.map(lambda v: value_label(v, lang)
                                            if isinstance(v, str) else v))
    shown.attrs = dict(table.attrs)
    if "link_column" in shown.attrs and shown.attrs["link_column"] not in shown.columns:
        shown.attrs["link_column"] = column_label(shown.attrs["link_column"], lang)
    return linked_table_html(shown)


# ---------------------------------------------------------------------------------------------
# The notebook context
# ---------------------------------------------------------------------------------------------
@dataclass
class Context:
    """What a notebook works with after :func:`setup`."""

    params: dict
    facts: object
    documents: object
    base: Path

    @property
    def lang(self) -> str:
        return self.params.get("lang", "zh")

    @property
    def theme(self) -> str | None:
        return self.params.get("theme")

    @property
    def linked(self) -> bool:
        """Numbers link to the report's provenance pages: in build runs (``facts_path`` set),
        whose report has ``sources/`` beside the notebook pages. Standalone runs show plain
        numbers (there is no page to link to)."""
        return bool(self.params.get("facts_path"))

    @property
    def figures_dir(self) -> Path | None:
        value = self.params.get("figures_dir")
        return (self.base / value).resolve() if value else None

    def figure(self, name: str):
        """Draw figure ``name``; write PNG, SVG and CSV to ``figures_dir``; return the Axes.

        A figure without data draws nothing and says so (a small corpus may lack a theme).
        """
        data = figure_data(name, self.facts, self.documents)
        if data.empty:
            title = FIGURES[name].title.get(self.lang, "")
            print(f"{title}: no figures in these reports." if self.lang == "en"
                  else f"{title}：本批研报中没有相关数据。")
            return None
        ax = draw(name, data, self.lang, self.documents)
        if self.figures_dir is not None:
            self.figures_dir.mkdir(parents=True, exist_ok=True)
            if ax is not None:
                save_figure(ax.figure, self.figures_dir / name)
            write_text(self.figures_dir / f"{name}.csv", csv_text(data))
        small = key_figures_table(chart_plan(name, data, self.lang, self.documents), self.lang)
        if not small.empty:
            from IPython.display import HTML, display

            display(HTML(report_table_html(small, self.lang)))
        return ax

    def narrative(self):
        """The theme's narrative as rendered Markdown (report text escaped by narrate)."""
        from IPython.display import Markdown

        if self.linked:
            # The key table with a source link per row, marked with the text the key-table
            # cell printed: the report shows it in that cell's place (the printed text stays
            # in the notebook, where nbval compares it).
            from IPython.display import HTML, display

            table = key_table(self.facts, self.theme, self.lang, documents=self.documents)
            if not table.empty:
                display(HTML(linked_table_html(table)),
                        metadata={REPORT_REPLACES_STDOUT: table_text(table)})
        return Markdown(narrate(self.theme, self.facts, self.documents, lang=self.lang,
                                links=self.linked))

    def key_table(self):
        # With the documents: the same text narrative() marks for replacement (dates at
        # their precision).
        return key_table(self.facts, self.theme, self.lang, documents=self.documents)

    def _markdown(self, text: str, where: str = "here") -> None:
        from IPython.display import Markdown, display

        display(Markdown(text), metadata={REPORT_MARKDOWN_CELL: where})

    def theme_title(self) -> None:
        """The theme's title and introduction (``data/themes.csv``) as Markdown."""
        page = theme_page(self.theme)
        self._markdown(f"# {page['title_zh']} / {page['title_en']}\n\n"
                       f"{page['intro_zh']}\n\n{page['intro_en']}", "first")

    def theme_sections(self) -> None:
        """Each section of the theme's page (``data/theme_sections.csv``): its heading, then
        its figure (drawn, shown and saved by :meth:`figure`) or its table."""
        for row in theme_page(self.theme)["sections"]:
            text = f"## {row['heading_zh']} / {row['heading_en']}"
            if row["note_zh"] or row["note_en"]:
                text += f"\n\n{row['note_zh']}\n\n{row['note_en']}"
            self._markdown(text)
            if row["kind"] == "figure":
                self.figure(row["name"])
                _show_figures()
            else:
                print_table(THEME_TABLES[row["name"]](self.facts, self.lang))


def _show_figures() -> None:
    """Show the open figures now, as the end of a cell would (a section's chart comes before
    the next section's heading); outside an inline kernel figures are only closed."""
    import matplotlib
    import matplotlib.pyplot as plt

    if "inline" in matplotlib.get_backend():
        plt.show()
    plt.close("all")


def _inline_figures() -> None:
    """Show figures in cell outputs even when the kernel was started with ``MPLBACKEND=Agg``.

    Test runners and CI often export that variable; the kernel inherits it and would then show
    no chart at all, leaving the report without images. Outside IPython this does nothing.
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the notebook dependencies
        return
    shell = get_ipython()
    if shell is not None and hasattr(shell, "kernel"):
        shell.run_line_magic("matplotlib", "inline")


def setup(namespace: dict, *, base: str | os.PathLike | None = None) -> Context:
    """Validate the notebook's parameters, apply the house style and load the facts.

    Parameters
    ----------
    namespace : dict
        The notebook's ``globals()`` (its parameters are its annotated assignments).
    base : path, optional
        Folder relative paths are resolved against; default the current folder (papermill
        runs notebooks with ``cwd=notebooks/``, JupyterLab does too).

    Raises
    ------
    ParameterError
        One line naming every bad parameter, before any heavy import or extraction.
    """
    base_dir = Path(base) if base is not None else Path.cwd()
    # Before any heavy import or extraction: a typo fails here, in one line.
    params = validate_namespace(namespace, base=base_dir)
    silence_jieba()
    _inline_figures()

    apply_style(params.get("lang", "zh"))
    _REPORT.update(html=bool(params.get("facts_path")), lang=params.get("lang", "zh"))
    facts_path = params.get("facts_path", "")
    if facts_path:
        facts_path = str((base_dir / facts_path).resolve())
    corpus = str((base_dir / params.get("corpus", "")).resolve())
    facts, documents = load_tables(facts_path, corpus)
    return Context(params=params, facts=facts, documents=documents, base=base_dir)


def keywords(documents, top_k: int = 8):
    """Top keywords per report (jieba TF-IDF on the simplified text, boilerplate removed)."""
    import jieba.analyse
    import pandas as pd

    silence_jieba()
    rows = []
    for rec in documents.sort_values("doc_id").to_dict("records"):
        text = rec.get("text_simplified") or rec.get("text") or ""
        spans = sorted(rec.get("boilerplate") or [])
        if spans:
            kept, pos = [], 0
            for start, end, *_ in spans:
                kept.append(text[pos:start])
                pos = max(pos, end)
            kept.append(text[pos:])
            text = "\n".join(kept)
        words = jieba.analyse.extract_tags(text, topK=top_k)
        rows.append({"source": _report_name(rec), "keywords": " ".join(words)})
    return pd.DataFrame(rows, columns=["source", "keywords"])


def entities_per_report(facts, top_k: int = 8):
    """The companies, models and indices each report states numbers about, most facts first."""
    import pandas as pd

    rows = []
    for doc_id, grp in facts.groupby("doc_id", sort=True):
        counts = grp["entity"].value_counts()
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top_k]
        rows.append({"source": _report_name(grp.iloc[0].to_dict()), "n_entities": len(counts),
                     "entities": "; ".join(name for name, _ in ranked)})
    return pd.DataFrame(rows, columns=["source", "n_entities", "entities"])


def disagreements(facts, lang: str = "zh"):
    """Parameter counts stated two ways: a report's claim next to the count stated elsewhere
    (another report, or the documented value in ``data/reference_values.csv``)."""
    import pandas as pd

    d = parameters_by_model(facts, None)
    rows = []
    for model, grp in d.groupby("model", sort=True):
        counts = sorted(set(grp["parameters_count"]))
        for rec in grp.to_dict("records"):
            others = [c for c in counts if c != rec["parameters_count"]]
            # A family stated in one report at several sizes is not a disagreement.
            across = [c for c in others
                      if (grp.loc[grp["parameters_count"] == c, "doc_id"] != rec["doc_id"]).any()]
            documented = rec["reference_value"] if rec["plausibility"] == "differs" else None
            if not across and documented is None:
                continue
            elsewhere = [format_value(c, "count", lang) for c in across]
            if documented is not None:
                elsewhere.append(format_value(documented, "count", lang)
                                 + ("（公开资料）" if lang == "zh" else " (documented)"))
            rows.append({"model": model, "source": _report_name(rec, lang),
                         "claim": format_value(rec["parameters_count"], "count", lang),
                         "elsewhere": "; ".join(elsewhere)})
    return pd.DataFrame(rows, columns=["model", "source", "claim", "elsewhere"])


def stakes_table(facts, lang: str = "zh"):
    """Stakes, investment amounts and valuation multiples as a text table."""
    import pandas as pd

    d = valuation_stakes(facts, None)
    values = [format_value(r["value"], r["unit"], lang) for r in
              d.assign(value=d["stake_ratio"].fillna(d["multiple"]).fillna(d["amount"]))
              .to_dict("records")]
    return pd.DataFrame({"source": [_report_name(r, lang) for r in d.to_dict("records")],
                         "entity": d["entity"].to_numpy(), "metric": d["metric"].to_numpy(),
                         "period": d["period"].fillna("").to_numpy(), "value": values})


# ---------------------------------------------------------------------------------------------
# The claim ledger (notebook 90_ledger)
# ---------------------------------------------------------------------------------------------
def _ledger_words(lang: str) -> dict:
    zh = lang == "zh"
    return {"facts": "事实数" if zh else "facts", "claims": "数据点" if zh else "claims",
            "shared": "多份研报陈述" if zh else "stated by 2+ reports",
            "agree": "一致" if zh else "agreeing", "disagree": "矛盾" if zh else "contradicting",
            "multi": "同一研报多个数值" if zh else "several values in one report",
            "checked": "可与公开资料核对" if zh else "with a documented value",
            "differs": "与公开资料不符" if zh else "differing from the documented value"}


def ledger_summary(facts, lang: str = "zh"):
    """Counts: facts, claims, claims stated by several reports, agreeing, contradicting,
    and facts checked against / differing from documented values."""
    import pandas as pd

    w = _ledger_words(lang)
    table = ledger_once(ledger, facts)
    shared = table.loc[table["n_reports"] >= 2]
    plaus = ledger_once(check_plausibility, facts)["plausibility"]
    counts = [(w["facts"], len(facts)), (w["claims"], len(table)), (w["shared"], len(shared)),
              (w["agree"], int(shared["agree"].sum())),
              (w["disagree"], int((~shared["agree"]).sum())),
              (w["multi"], int(table["multi_valued"].sum())),
              (w["checked"], int((plaus != "unknown").sum())),
              (w["differs"], int((plaus == "differs").sum()))]
    return pd.DataFrame(counts, columns=["measure", "count"])


def revision_table(facts, lang: str = "zh", top_n: int = 20):
    """How a publisher's figure moved between its reports (claims it stated more than once)."""
    import pandas as pd

    rev = ledger_once(revisions, facts)
    rev = rev.loc[rev["prev_doc_id"].notna() & (rev["prev_doc_id"].astype(str) != "")]
    rows = []
    for rec in rev.head(top_n).to_dict("records"):
        rows.append({"publisher": rec["publisher"], "entity": rec["entity"],
                     "metric": rec["metric"], "period": rec["period"],
                     "from": f"{format_date(rec['prev_published'])} "
                             f"{format_value(rec['prev_value'], rec['unit'], lang)}",
                     "to": f"{format_date(rec['published'])} "
                           f"{format_value(rec['value'], rec['unit'], lang)}",
                     "revised": "yes" if rec["revised"] else "no"})
    return pd.DataFrame(rows, columns=["publisher", "entity", "metric", "period", "from", "to",
                                       "revised"])


def plausibility_table(facts, lang: str = "zh"):
    """Facts that differ from the documented value, with the documented value and source."""
    import pandas as pd

    checked = ledger_once(check_plausibility, facts)
    d = _sorted(checked.loc[checked["plausibility"] == "differs"], "entity", "metric", "doc_id")
    rows = [{"report": _report_name(rec, lang), "entity": rec["entity"], "metric": rec["metric"],
             "claim": format_value(rec["value"], rec["unit"], lang),
             "documented": format_value(rec["reference_value"], rec["unit"], lang),
             "source": rec["reference_source"]} for rec in d.to_dict("records")]
    return pd.DataFrame(rows, columns=["report", "entity", "metric", "claim", "documented",
                                       "source"])


#: Tables a theme page may show (``kind`` ``table`` in ``data/theme_sections.csv``):
#: ``function(facts, lang)`` -> DataFrame.
THEME_TABLES: dict[str, Callable] = {"disagreements": disagreements, "stakes_table": stakes_table}


def theme_pages() -> dict[str, dict]:
    """Every theme's page: number, titles and introductions (``data/themes.csv``) and its
    sections in order (``data/theme_sections.csv``), by theme name."""
    import csv

    with open(THEMES_FILE, newline="", encoding="utf-8") as fh:
        pages = {r["theme"]: {**r, "sections": []} for r in csv.DictReader(fh)}
    with open(THEME_SECTIONS_FILE, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["theme"] not in pages:
                raise ValueError(f"{THEME_SECTIONS_FILE}: theme {row['theme']!r} is not in "
                                 f"{THEMES_FILE.name}")
            known = FIGURES if row["kind"] == "figure" else THEME_TABLES
            if row["kind"] not in ("figure", "table") or row["name"] not in known:
                raise ValueError(f"{THEME_SECTIONS_FILE}: unknown {row['kind']} {row['name']!r}")
            pages[row["theme"]]["sections"].append(row)
    return pages


def theme_page(theme: str) -> dict:
    """One theme's page (:func:`theme_pages`)."""
    pages = theme_pages()
    if theme not in pages:
        raise ValueError(f"theme {theme!r} is not one of {', '.join(pages)}")
    return pages[theme]
