"""Chart functions: ``data`` + column names in, ``Axes`` out; no files written.

seaborn conventions: long-form data, ``ax=None`` draws on the current Axes. Every label
taken from data goes through :func:`safe_label` (report text must never reach mathtext),
numbers on bars go through :func:`aigc_analysis.present.formatting.format_value`, and every chart
carries a source line naming the reports it draws on (:func:`add_source`).
Call :func:`aigc_analysis.present.style.apply_style` first so Chinese renders.
"""
from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.ticker import FuncFormatter

from .formatting import format_date, format_value
from .labels import LANGS, ui_words
from .style import PALETTE

def _words(lang: str) -> dict:
    """The chart words (``ui`` rows ``charts.*`` of ``data/labels.csv``)."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {list(LANGS)}, got {lang!r}")
    return ui_words("charts", lang)


def safe_label(s) -> str:
    """Text from data made safe for a matplotlib label.

    ``$`` is escaped so mathtext never interprets report text (``$x^2$`` stays literal);
    missing values become ``""``.

    >>> safe_label("$x^2$ <b>")
    '\\\\$x^2\\\\$ <b>'
    """
    if s is None or (not isinstance(s, str) and pd.isna(s)):
        return ""
    return str(s).replace("$", r"\$")


def _need(data: pd.DataFrame, where: str, *cols) -> None:
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"charts.{where}: data must be a DataFrame, got {type(data).__name__}")
    missing = [c for c in cols if c is not None and c not in data.columns]
    if missing:
        raise ValueError(f"charts.{where}: data is missing columns {missing}")
    if data.empty:
        raise ValueError(f"charts.{where}: data has no rows")


def _ax(ax):
    return ax if ax is not None else plt.gca()


def source_line(data: pd.DataFrame, lang: str = "zh", max_items: int = 4) -> str:
    """``资料来源：华泰证券（2024-05-09）；...`` from ``publisher``/``published``/``doc_id``."""
    w = _words(lang)
    cols = [c for c in ("publisher", "published", "published_precision", "doc_id")
            if c in data.columns]
    if not cols:
        raise ValueError("charts.source_line: data has none of publisher/published/doc_id")
    items = []
    for rec in data[cols].drop_duplicates().to_dict("records"):
        pub = rec.get("publisher")
        name = rec.get("doc_id") if pub is None or pd.isna(pub) or not str(pub) else pub
        precision = rec.get("published_precision")
        precision = precision if isinstance(precision, str) and precision else "day"
        date = format_date(rec.get("published"), precision, lang) if "published" in rec else ""
        date_part = (f"（{date}）" if lang == "zh" else f" ({date})") if date else ""
        item = f"{safe_label(name)}{date_part}"
        if item not in items:
            items.append(item)
    items.sort()
    text = w["sep"].join(items[:max_items]) + (w["more"] if len(items) > max_items else "")
    return w["source"] + text


def add_source(ax, data: pd.DataFrame, lang: str = "zh", max_items: int = 4,
               note: str | None = None):
    """Write the source line under ``ax`` (an annotation with ``gid="source"``), followed by
    ``note`` (how amounts were converted); return it."""
    line = source_line(data, lang, max_items)
    if note:
        line += ("。" if lang == "zh" else ". ") + note
    wrapped = "\n".join(textwrap.wrap(line, 70 if lang == "zh" else 120)) or line
    return ax.annotate(
        wrapped, xy=(0, 0), xycoords="axes fraction", xytext=(0, -42),
        textcoords="offset points", ha="left", va="top", fontsize=8, color="#555555",
        gid="source", annotation_clip=False,
    )


def _title(ax, title) -> None:
    if title is not None:
        ax.set_title(safe_label(title))


def _colours(values) -> dict:
    keys = list(dict.fromkeys(safe_label(v) for v in values))
    return {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(keys)}


def _row_labels(data: pd.DataFrame, y: str) -> list[str]:
    """Category labels; names that repeat say what differs: the period, then the metric,
    then the publisher (two claims about one index are not the same bar)."""
    labels = [safe_label(v) for v in data[y]]
    recs = data.to_dict("records")
    for col in ("period", "base_metric", "metric", "publisher"):
        counts = pd.Series(labels).value_counts()
        if (counts <= 1).all() or col not in data.columns or col == y:
            continue
        for i, rec in enumerate(recs):
            extra = rec.get(col)
            if counts[labels[i]] > 1 and isinstance(extra, str) and extra \
                    and safe_label(extra) not in labels[i]:
                labels[i] = f"{labels[i]} · {safe_label(extra)}"
    counts = pd.Series(labels).value_counts()
    seen: dict[str, int] = {}
    out = []
    for lab in labels:
        if counts[lab] > 1:
            seen[lab] = seen.get(lab, 0) + 1
            lab = f"{lab} ({seen[lab]})"
        out.append(lab)
    return out


def _fmt(value, unit: str, lang: str) -> str:
    """A formatted number made label-safe (``US$1bn to US$2bn`` holds two ``$``)."""
    return safe_label(format_value(value, unit, lang))


def _value_axis(axis, unit: str | None, lang: str) -> None:
    if unit is not None:
        axis.set_major_formatter(FuncFormatter(lambda v, _pos: _fmt(v, unit, lang)))


def bar_ranked(data: pd.DataFrame, x: str, y: str, hue: str | None = None, ax=None,
               lang: str = "zh", top_n: int | None = None, unit: str | None = "ratio",
               title: str | None = None, value_label: str | None = None,
               note: str | None = None):
    """Horizontal bars, one per row, ranked by ``x`` (largest at the top).

    Use for price cuts by model, index returns vs drawdowns (``hue="measure"``).
    Bars are labelled with ``format_value(x, unit, lang)``, or with the text of column
    ``value_label`` (a converted amount's original value, a qualifier, a forecast mark).
    ``note`` goes under the source line.
    """
    _need(data, "bar_ranked", x, y, hue, value_label)
    ax = _ax(ax)
    d = data.loc[data[x].notna()].sort_values(x, ascending=False, kind="mergesort")
    if top_n is not None:
        d = d.head(top_n)
    if d.empty:
        raise ValueError(f"charts.bar_ranked: column {x!r} has no values")
    labels = _row_labels(d, y)
    pos = np.arange(len(d))[::-1]
    if hue is not None:
        colours = _colours(d[hue])
        colour = [colours[safe_label(v)] for v in d[hue]]
    else:
        colour = PALETTE[0]
    ax.barh(pos, d[x].to_numpy(dtype=float), color=colour)
    ax.set_yticks(pos, labels)
    texts = ([safe_label(t) for t in d[value_label]] if value_label is not None else
             [_fmt(v, unit, lang) for v in d[x].to_numpy(dtype=float)] if unit is not None
             else None)
    if texts is not None:
        for p, v, text in zip(pos, d[x].to_numpy(dtype=float), texts):
            ax.annotate(text, xy=(v, p), xytext=(3 if v >= 0 else -3, 0),
                        textcoords="offset points", va="center",
                        ha="left" if v >= 0 else "right", fontsize=9)
    _value_axis(ax.xaxis, unit, lang)
    ax.axvline(0, color="#333333", linewidth=0.8)
    # room for value labels beyond the longest bars (long when they carry a conversion)
    longest = max((len(t) for t in texts), default=0) if texts else 0
    ax.margins(x=min(0.6, 0.12 + 0.015 * longest))
    ax.set_ylabel("")
    ax.set_xlabel(safe_label(x))
    if hue is not None:
        handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in colours.values()]
        ax.legend(handles, list(colours), title=safe_label(hue), loc="best")
    _title(ax, title)
    add_source(ax, d, lang, note=note)
    return ax


def bar_grouped(data: pd.DataFrame, x: str, y: str, hue: str, ax=None, lang: str = "zh",
                unit: str | None = None, title: str | None = None):
    """Vertical grouped bars: ``x`` categories (e.g. company group), one bar per ``hue``
    (e.g. period), height ``y`` summed over repeated rows."""
    _need(data, "bar_grouped", x, y, hue)
    ax = _ax(ax)
    d = data.loc[data[y].notna()].copy()
    if d.empty:
        raise ValueError(f"charts.bar_grouped: column {y!r} has no values")
    d["_x"] = [safe_label(v) for v in d[x]]
    d["_hue"] = [safe_label(v) for v in d[hue]]
    order = sorted(d["_x"].unique())
    hue_order = sorted(d["_hue"].unique())
    sns.barplot(data=d, x="_x", y=y, hue="_hue", order=order, hue_order=hue_order,
                estimator="sum", errorbar=None, palette=PALETTE[: len(hue_order)], ax=ax)
    _value_axis(ax.yaxis, unit, lang)
    ax.set_xlabel(safe_label(x))
    ax.set_ylabel(safe_label(y))
    ax.legend(title=safe_label(hue))
    _title(ax, title)
    add_source(ax, d, lang)
    return ax


def log_dot(data: pd.DataFrame, x: str, y: str, hue: str | None = None, ax=None,
            lang: str = "zh", flag_col: str = "plausibility", title: str | None = None):
    """Dots on a log ``x`` axis per category ``y`` (e.g. parameter counts by model),
    coloured by ``hue`` (organisation; missing -> Other). Rows whose ``flag_col`` equals
    ``"differs"`` get a hollow red ring (another report claims otherwise)."""
    _need(data, "log_dot", x, y, hue)
    ax = _ax(ax)
    w = _words(lang)
    d = data.loc[data[x].notna() & (data[x] > 0)].copy()
    if d.empty:
        raise ValueError(f"charts.log_dot: column {x!r} has no positive values")
    d["_y"] = [safe_label(v) for v in d[y]]
    order = d.groupby("_y")[x].max().sort_values(kind="mergesort").index.tolist()
    pos = {name: i for i, name in enumerate(order)}
    d["_pos"] = d["_y"].map(pos)
    if hue is not None:
        d["_hue"] = [safe_label(v) or w["other"] for v in d[hue]]
        colours = _colours(sorted(d["_hue"].unique()))
        if w["other"] in colours:  # unknown organisation: neutral grey, not a brand colour
            colours[w["other"]] = "#999999"
        for name, grp in d.groupby("_hue", sort=True):
            ax.scatter(grp[x], grp["_pos"], color=colours[name], label=name, s=36, zorder=3)
    else:
        ax.scatter(d[x], d["_pos"], color=PALETTE[0], s=36, zorder=3)
    if flag_col in d.columns:
        flagged = d.loc[d[flag_col].astype("string").eq("differs").fillna(False)]
        if not flagged.empty:
            ax.scatter(flagged[x], flagged["_pos"], facecolors="none", edgecolors="#D55E00",
                       s=140, linewidths=1.5, label=w["differs"], zorder=4)
    ax.set_xscale("log")
    ax.set_yticks(range(len(order)), order)
    if "unit" in d.columns and d["unit"].nunique() == 1:
        _value_axis(ax.xaxis, str(d["unit"].iloc[0]), lang)
    ax.set_xlabel(safe_label(x))
    ax.set_ylabel("")
    if hue is not None or (flag_col in d.columns):
        handles, labels = ax.get_legend_handles_labels()
        if handles:
            ax.legend(title=safe_label(hue) if hue else None, loc="upper left",
                      bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    _title(ax, title)
    add_source(ax, d, lang)
    return ax


def before_after(data: pd.DataFrame, before: str, after: str, label: str, ax=None,
                 lang: str = "zh", unit: str | None = "USD", title: str | None = None):
    """Dumbbell chart: one line per row from ``before`` to ``after`` (e.g. price per
    million tokens before and after a cut), labelled by ``label``."""
    _need(data, "before_after", before, after, label)
    ax = _ax(ax)
    w = _words(lang)
    d = data.loc[data[before].notna() & data[after].notna()]
    if d.empty:
        raise ValueError(f"charts.before_after: no row has both {before!r} and {after!r}")
    labels = _row_labels(d, label)
    pos = np.arange(len(d))[::-1]
    b, a = d[before].to_numpy(dtype=float), d[after].to_numpy(dtype=float)
    ax.hlines(pos, np.minimum(a, b), np.maximum(a, b), color="#999999", linewidth=2)
    ax.scatter(b, pos, color=PALETTE[1], label=w["before"], zorder=3, s=40)
    ax.scatter(a, pos, color=PALETTE[0], label=w["after"], zorder=3, s=40)
    if unit is not None:
        for p, v in zip(pos, a):
            ax.annotate(_fmt(v, unit, lang), xy=(v, p), xytext=(0, 7),
                        textcoords="offset points", ha="center", fontsize=8)
    ax.set_yticks(pos, labels)
    _value_axis(ax.xaxis, unit, lang)
    ax.legend(loc="best")
    _title(ax, title)
    add_source(ax, d, lang)
    return ax


def timeline(data: pd.DataFrame, date: str, label: str, ax=None, lang: str = "zh",
             title: str | None = None):
    """Documents over time: one dot per row at ``date``, annotated with ``label``."""
    _need(data, "timeline", date, label)
    ax = _ax(ax)
    d = data.assign(_date=pd.to_datetime(data[date], errors="coerce"))
    d = d.loc[d["_date"].notna()].sort_values(["_date", label], kind="mergesort")
    if d.empty:
        raise ValueError(f"charts.timeline: column {date!r} has no dates")
    levels = np.arange(len(d)) % 4 + 1  # stagger labels so neighbours do not overlap
    ax.vlines(d["_date"], 0, levels, color="#BBBBBB", linewidth=1)
    ax.scatter(d["_date"], levels, color=PALETTE[0], zorder=3)
    for when, lev, text in zip(d["_date"], levels, d[label]):
        ax.annotate(safe_label(text), xy=(when, lev), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=8)
    ax.set_ylim(0, 5.5)
    ax.set_yticks([])
    ax.axhline(0, color="#333333", linewidth=0.8)
    _title(ax, title)
    add_source(ax, d, lang)
    return ax


def heatmap_counts(data: pd.DataFrame, x: str, y: str, ax=None, lang: str = "zh",
                   title: str | None = None):
    """Counts of rows per (``y``, ``x``) as an annotated heatmap (facts per theme per report)."""
    _need(data, "heatmap_counts", x, y)
    ax = _ax(ax)
    table = pd.crosstab(data[y].map(safe_label), data[x].map(safe_label))
    sns.heatmap(table, annot=True, fmt="d", cmap="Blues", cbar=False, linewidths=0.5, ax=ax)
    # long category names (theme names) side by side would run into each other
    plt.setp(ax.get_xticklabels(), rotation=30, ha="right", rotation_mode="anchor")
    ax.set_xlabel(safe_label(x))
    ax.set_ylabel(safe_label(y))
    _title(ax, title)
    add_source(ax, data, lang)
    return ax
