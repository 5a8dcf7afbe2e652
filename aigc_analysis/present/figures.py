"""Stage 4, the figure registry and drawing: every figure is a row of ``data/figures.csv``
(:data:`FIGURES`) naming the function giving its data (:mod:`aigc_analysis.present.figure_data`), the chart of
:mod:`aigc_analysis.present.charts` that draws it and its titles; :func:`chart_plan` splits a
figure's data into panels and a key-figures table, :func:`draw` draws the panels. Nothing here
writes files (the notebook context saves the picture and the CSV).
"""
from __future__ import annotations

import csv
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..load.normalise import to_simplified
from ..paths import FIGURES_FILE, THEMES
from ..tables.currency import to_usd
from ..tables.store import _csv_text
from . import charts
from .figure_data import data_function
from .formatting import format_date, format_value
from .labels import (
    _reader_labels,
    axis_label,
    column_label,
    figure_title,
    qualifier_label,
    reader_data,
)


@dataclass(frozen=True)
class FigureSpec:
    """A named figure: its notebook theme, data function and chart call (its titles are the
    ``figure`` rows of ``data/labels.csv``, :func:`~aigc_analysis.present.labels.figure_title`)."""

    theme: str | None
    data: Callable
    chart: str
    kwargs: Mapping = field(default_factory=dict)


def _figure_args(text: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in text.split(";") if item)


def load_figures(path=FIGURES_FILE) -> dict[str, FigureSpec]:
    """The figures of ``data/figures.csv`` in file order: ``name`` (the stable file name),
    ``theme`` (its notebook; empty for the corpus and ledger notebooks), ``data`` (see
    :func:`~aigc_analysis.present.figure_data.data_function`), ``chart`` (a function of
    :mod:`aigc_analysis.present.charts`) and ``args`` (``key=column;...`` for the chart).

    A bad row raises ``ValueError`` naming the file, the line and the problem.
    """
    figures: dict[str, FigureSpec] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            where = f"{path.name} line {line}"
            name, theme, chart = row["name"].strip(), row["theme"].strip(), row["chart"].strip()
            if not name or name in figures:
                raise ValueError(f"{where}: figure name {name!r} is empty or repeated")
            if theme and theme not in THEMES:
                raise ValueError(f"{where}: unknown theme {theme!r} (themes.csv has {', '.join(THEMES)})")
            if not callable(getattr(charts, chart, None)) or chart.startswith("_"):
                raise ValueError(f"{where}: no chart function {chart!r} in present/charts.py")
            try:
                args = _figure_args(row["args"].strip())
                data = data_function(row["data"].strip())
            except ValueError as err:
                raise ValueError(f"{where}: {err}") from None
            figures[name] = FigureSpec(theme or None, data, chart, args)
    return figures


#: Every figure the notebooks draw, by stable file name (``data/figures.csv``).
FIGURES: dict[str, FigureSpec] = load_figures()


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
        title = figure_title(name, lang)
        if split:
            metric = d["base_metric"].iloc[0]
            title = f"{title}：{metric}" if lang == "zh" else f"{title}: {metric}"
        panels.append((title, d.reset_index(drop=True), kw))
    key = pd.concat(small) if small else data.iloc[0:0]
    return ChartPlan(panels=panels, key_figures=key, notes=notes)


def draw(name: str, data, lang: str = "zh", documents=None, plan: ChartPlan | None = None):
    """Draw figure ``name`` from ``data`` (see :func:`chart_plan`); return the last Axes, or
    None when every row went to the key-figures table. ``plan``: the figure's
    :func:`chart_plan` of the same arguments, when the caller has it already (its key-figures
    table needs it too)."""
    import matplotlib.pyplot as plt

    spec = FIGURES[name]
    chart = getattr(charts, spec.chart)
    if plan is None:
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
