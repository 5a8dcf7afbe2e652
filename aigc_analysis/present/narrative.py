"""Narrative paragraphs generated from facts, and a checker for the numbers in them.

Every number in a narrative is a fact value formatted by
:func:`aigc_analysis.present.formatting.format_value`, a period or a report date; every string
that comes from a report (entity, publisher, period, per) goes through
:func:`aigc_analysis.present.formatting.escape_text`, so the output is safe as Markdown, HTML,
a Jinja template and a ``str.format`` string. :func:`unexplained_numbers` lets a test
prove that no number was typed by hand.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .formatting import escape_text, format_date, format_period, format_value
from ..extract.keywords import word_alternation, word_group
from .labels import (entity_label, metric_label, publisher_label, qualifier_label, report_name,
                     theme_label)
from ..paths import THEMES
from ..tables.claims import assign_claims
from .provenance import document_href, document_index, fact_hrefs

_NEEDED = ("doc_id", "theme", "entity", "metric", "value", "value_high", "unit", "period",
           "qualifier", "per", "is_estimate", "publisher", "published", "start")

#: Footnote markers after a computed number, one per fact it uses (not digits: the number
#: checker must not read them).
_MARKS = "¹²³⁴⁵⁶⁷⁸⁹"

#: Units whose values compare by ratio (amounts, counts); the others compare by difference.
_RATIO_UNITS = ("USD", "CNY", "HKD", "count", "bytes", "multiple", "months", "years")


def _present(x) -> bool:
    return x is not None and not (not isinstance(x, str) and pd.isna(x)) and str(x) != ""


def _sources(facts: pd.DataFrame, documents: pd.DataFrame | None,
             lang: str) -> dict[str, tuple[str, str]]:
    """doc_id -> (escaped publisher name in ``lang``, date at its precision in ``lang``)."""
    out = {}
    if documents is not None:
        for col in ("doc_id", "publisher", "published"):
            if col not in documents.columns:
                raise ValueError(f"narrate: documents frame is missing column {col!r}")
        for rec in documents.to_dict("records"):
            precision = rec.get("published_precision")
            precision = precision if isinstance(precision, str) and precision else "day"
            out[rec["doc_id"]] = (report_name(rec["doc_id"], rec["publisher"], rec.get("title"),
                                              lang), format_date(rec["published"], precision, lang))
    for rec in facts[["doc_id", "publisher", "published"]].drop_duplicates("doc_id").to_dict("records"):
        out.setdefault(rec["doc_id"], (report_name(rec["doc_id"], rec["publisher"], lang=lang),
                                       format_date(rec["published"], lang=lang)))
    return {d: (escape_text(name), date) for d, (name, date) in out.items()}


class _Writer:
    """Formats facts into phrases for one theme narrative (labels, values, links)."""

    def __init__(self, facts, documents, lang, links):
        self.zh = lang == "zh"
        self.lang = lang
        self.links = links
        self.documents = documents
        self.hrefs = dict(zip(facts.index, _fact_hrefs(facts, documents))) if links else {}
        self.sources = _sources(facts, documents, lang)

    def value(self, rec, mark_estimate: bool = True) -> str:
        value = format_value(rec["value"], rec["unit"], self.lang,
                             per=rec["per"] if _present(rec["per"]) else None,
                             value_high=rec["value_high"] if _present(rec["value_high"]) else None)
        qual = qualifier_label(rec["qualifier"], self.lang) if _present(rec["qualifier"]) else ""
        shown = escape_text(value)
        href = self.hrefs.get(rec["_row"], "")
        if href:
            # A Markdown link to the highlighted source characters (href is built from a
            # document index and offsets only, never from report text).
            shown = f"[{shown}]({href})"
        free = ""
        if rec["metric"] == "price_change" and float(rec["value"]) == -1.0 \
                and not _present(rec["value_high"]):
            free = "（免费）" if self.zh else " (made free)"
        estimate = bool(rec["is_estimate"]) if _present(rec["is_estimate"]) else False
        mark = ("（预测）" if self.zh else " (forecast)") if estimate and mark_estimate else ""
        return f"{qual}{shown}{free}{mark}"

    def computed(self, number: float, unit: str, recs) -> str:
        """A number computed from facts, followed by one link per fact it uses."""
        shown = escape_text(format_value(number, unit, self.lang))
        if self.links:
            marks = [f"[{_MARKS[i % len(_MARKS)]}]({self.hrefs[r['_row']]})"
                     for i, r in enumerate(recs) if self.hrefs.get(r["_row"])]
            shown += "".join(marks)
        return shown

    def entity(self, rec) -> str:
        return escape_text(entity_label(rec["entity"], self.lang))

    def metric(self, rec) -> str:
        return escape_text(metric_label(rec["metric"], self.lang))

    def period(self, rec) -> str:
        return escape_text(format_period(rec["period"], self.lang)) if _present(rec["period"]) else ""

    def who(self, rec) -> str:
        """The entity with its period: ``北美四大云厂商（2024年一季度）``."""
        entity, period = self.entity(rec), self.period(rec)
        if not period:
            return entity
        return f"{entity}（{period}）" if self.zh else f"{entity} ({period})"

    def subject(self, rec, with_period: bool = True) -> str:
        """``北美四大云厂商资本开支（2024年一季度）`` / ``Big-4 ... capex (2024 Q1)``."""
        entity, metric = self.entity(rec), self.metric(rec)
        period = self.period(rec) if with_period else ""
        if self.zh:
            # 光模块 + 光模块数量, 服务器市场 + 市场规模: the metric already names the subject
            overlap = next((k for k in range(min(len(entity), len(metric)), 1, -1)
                            if entity.endswith(metric[:k])), 0)
            gap = " " if entity[-1:].isascii() and metric[:1].isascii() else ""
            return f"{entity}{gap}{metric[overlap:]}" + (f"（{period}）" if period else "")
        if metric.lower().startswith(entity.lower()):
            entity = ""
        return f"{entity} {metric}".strip() + (f" ({period})" if period else "")

    def source(self, rec, inner: bool = False) -> str:
        """``中信证券（2024年6月）``; ``inner``: ``据中信证券，2024年6月`` for use in brackets."""
        publisher, date = self.sources[rec["doc_id"]]
        if self.links:
            publisher = f"[{publisher}]({_document_href(rec['doc_id'], self.documents)})"
        if inner:
            if self.zh:
                return f"据{publisher}，{date}" if date else f"据{publisher}"
            return f"{publisher}, {date}" if date else publisher
        if not date:
            return publisher
        return f"{publisher}（{date}）" if self.zh else f"{publisher} ({date})"

    def compare(self, big, small) -> str:
        """How far ``big`` is above ``small``: a ratio for amounts, a difference for rates."""
        if big["unit"] in _RATIO_UNITS and float(small["value"]) > 0 and float(big["value"]) > 0:
            ratio = float(big["value"]) / float(small["value"])
            return (f"前者约为后者的{self.computed(ratio, 'multiple', [big, small])}" if self.zh
                    else f"the first is {self.computed(ratio, 'multiple', [big, small])} the "
                    "second")
        if big["unit"] in ("ratio", "pp"):
            diff = float(big["value"]) - float(small["value"])
            return (f"相差{self.computed(diff, 'pp', [big, small])}" if self.zh
                    else f"{self.computed(diff, 'pp', [big, small])} apart")
        return ""


def _comparable_groups(sub: pd.DataFrame) -> list[pd.DataFrame]:
    """Facts of one metric and unit with at least two values, most facts first."""
    groups = [g for _, g in sub.groupby(["metric", "unit"], sort=True)
              if g["value"].nunique() >= 2]
    return sorted(groups, key=lambda g: (-len(g), str(g["metric"].iloc[0])))


def _sentence_extremes(w: _Writer, sub: pd.DataFrame) -> list[str]:
    out = []
    for g in _comparable_groups(sub)[:2]:
        # All falls (price cuts, drawdowns): rank by size of the fall, not by signed value.
        falls = bool((g["value"] <= 0).all())
        key = g["value"].abs() if falls else g["value"]
        g = g.assign(_key=key).sort_values(["_key", "_row"], kind="mergesort")
        small, big = g.iloc[0].to_dict(), g.iloc[-1].to_dict()
        cmp = w.compare(big, small) if not falls else w.compare(
            {**big, "value": -big["value"]}, {**small, "value": -small["value"]})
        if w.zh:
            most, least = ("幅度最大", "幅度最小") if falls else ("最高", "最低")
            second = (f"（{w.source(small, inner=True)}）"
                      if small["doc_id"] != big["doc_id"] else "")
            out.append(f"{w.metric(big)}{most}的是{w.who(big)}，为{w.value(big)}"
                       f"（{w.source(big, inner=True)}）；{least}的是{w.who(small)}，为"
                       f"{w.value(small)}{second}" + (f"，{cmp}" if cmp else "") + "。")
        else:
            most, least = ("largest", "smallest") if falls else ("highest", "lowest")
            second = (f" ({w.source(small, inner=True)})"
                      if small["doc_id"] != big["doc_id"] else "")
            out.append(f"Of the {w.metric(big)} figures, the {most} is {w.who(big)} at "
                       f"{w.value(big)} ({w.source(big, inner=True)}), the {least} "
                       f"{w.who(small)} at {w.value(small)}{second}"
                       + (f"; {cmp}" if cmp else "") + ".")
    if not out and not sub.empty:
        # Nothing to rank: the first figure of each metric (up to three).
        recs = (sub.sort_values(["published", "start", "_row"], kind="mergesort")
                .drop_duplicates("metric").head(3).to_dict("records"))
        items = [(f"{w.subject(r)}为{w.value(r)}（{w.source(r, inner=True)}）" if w.zh else
                  f"{w.subject(r)} is {w.value(r)} ({w.source(r, inner=True)})") for r in recs]
        out.append("主要数据：" + "；".join(items) + "。" if w.zh else
                   "Main figures: " + "; ".join(items) + ".")
    return out


_PERIOD_KINDS = (("day", re.compile(r"\d{4}-\d{2}-\d{2}")), ("month", re.compile(r"\d{4}-\d{2}")),
                 ("quarter", re.compile(r"(?:FY)?\d{4}Q[1-4]")),
                 ("half", re.compile(r"\d{4}H[12]")), ("year", re.compile(r"(?:FY)?\d{4}")))


def _period_kind(period: str) -> str | None:
    """``year``/``half``/``quarter``/``month``/``day`` of a single period; None for spans."""
    return next((kind for kind, rx in _PERIOD_KINDS if rx.fullmatch(period)), None)


def _sentence_change(w: _Writer, sub: pd.DataFrame) -> list[str]:
    """The same entity and metric in two periods: how it moved."""
    best = None
    for _, g in sub.loc[sub["period"].astype("string").fillna("") != ""].groupby(
            ["entity", "metric", "unit"], sort=True):
        periods = sorted(set(g["period"].astype(str)))
        kinds = {_period_kind(p) for p in periods}
        # 2024 against 2024Q1 or a span against a year compares different things.
        if len(periods) >= 2 and len(kinds) == 1 and None not in kinds \
                and (best is None or len(g) > len(best)):
            best = g
    if best is None:
        return []
    g = best.assign(_p=best["period"].astype(str)).sort_values(["_p", "_row"], kind="mergesort")
    first, last = g.iloc[0].to_dict(), g.iloc[-1].to_dict()
    diff = float(last["value"]) - float(first["value"])
    if first["unit"] in ("ratio", "pp"):
        change = w.computed(abs(diff), "pp", [first, last])
        verb = ("上升" if diff > 0 else "下降") if w.zh else ("up" if diff > 0 else "down")
        tail = f"，{verb}{change}" if w.zh else f", {verb} {change}"
    elif float(first["value"]) > 0:
        ratio = float(last["value"]) / float(first["value"])
        tail = (f"，为前者的{w.computed(ratio, 'multiple', [first, last])}" if w.zh
                else f", {w.computed(ratio, 'multiple', [first, last])} the earlier figure")
    else:
        tail = ""
    if w.zh:
        return [f"{w.subject(first, False)}从{w.period(first)}的{w.value(first)}变为"
                f"{w.period(last)}的{w.value(last)}{tail}。"]
    return [f"{w.subject(first, False)} moved from {w.value(first)} in {w.period(first)} to "
            f"{w.value(last)} in {w.period(last)}{tail}."]


def _sentence_disagreement(w: _Writer, sub: pd.DataFrame) -> list[str]:
    """Claims stated by several reports: the widest disagreement, or the agreement."""
    d = assign_claims(sub)
    d["_n"] = d.groupby("claim")["doc_id"].transform("nunique")
    d = d.loc[d["_n"] >= 2]
    if d.empty:
        return []
    worst, worst_spread = None, 1.0
    for _, g in d.groupby("claim", sort=True):
        agree = g["low"].max() <= g["high"].min()
        lo, hi = g.sort_values(["value", "_row"], kind="mergesort").iloc[[0, -1]].to_dict("records")
        spread = (hi["value"] / lo["value"]) if lo["value"] > 0 else float("inf")
        if not agree and (worst is None or spread > worst_spread):
            worst, worst_spread = (lo, hi), spread
    if worst is None:
        g = next(g for _, g in d.groupby("claim", sort=True))
        a, b = g.sort_values(["published", "_row"], kind="mergesort").iloc[[0, -1]].to_dict("records")
        return [f"{w.source(a)}与{w.source(b)}给出的{w.subject(a)}一致（{w.value(a)}、{w.value(b)}）。"
                if w.zh else f"{w.source(a)} and {w.source(b)} agree on {w.subject(a)} "
                f"({w.value(a)}, {w.value(b)})."]
    lo, hi = worst
    cmp = w.compare(hi, lo)
    if w.zh:
        return [f"各研报对{w.subject(hi)}说法不一：{w.source(hi)}为{w.value(hi)}，"
                f"{w.source(lo)}为{w.value(lo)}" + (f"，{cmp}" if cmp else "") + "。"]
    return [f"Reports disagree on {w.subject(hi)}: {w.source(hi)} gives {w.value(hi)}, "
            f"{w.source(lo)} {w.value(lo)}" + (f"; {cmp}" if cmp else "") + "."]


def _sentence_estimates(w: _Writer, sub: pd.DataFrame) -> list[str]:
    est = sub.loc[sub["is_estimate"].fillna(False).astype(bool)]
    if est.empty:
        return ["研报没有把本主题的任何数据标为预测，以上均按已发生的数据理解。" if w.zh else
                "No figure of this theme is marked as a forecast in the reports."]
    rec = est.sort_values(["published", "_row"], kind="mergesort").iloc[-1].to_dict()
    return [f"{w.subject(rec)}的{w.value(rec, False)}是预测值（{w.source(rec, inner=True)}），"
            "不是已发生的数据。" if w.zh else f"{w.subject(rec)} at {w.value(rec, False)} is a "
            f"forecast ({w.source(rec, inner=True)}), not an outcome."]


def _sentence_coverage(w: _Writer, sub: pd.DataFrame) -> list[str]:
    docs = sub.sort_values(["published", "doc_id"], kind="mergesort").drop_duplicates("doc_id")
    if len(docs) == 1:
        rec = docs.iloc[0].to_dict()
        return [f"本主题仅有{w.source(rec)}一份研报给出数据，无法与其他研报交叉核对。" if w.zh else
                f"Only {w.source(rec)} gives figures on this theme: nothing to cross-check them "
                "against."]
    entities = sub.groupby("entity")["doc_id"].nunique()
    single = [e for e, n in entities.items() if n == 1]
    if len(single) == len(entities):
        return ["各研报谈论的主体互不重叠，同一主体没有第二份研报的数据。" if w.zh else
                "The reports cover different subjects: no subject has figures from a second "
                "report."]
    return []


def narrate(theme: str, facts: pd.DataFrame, documents: pd.DataFrame | None = None,
            lang: str = "zh", links: bool = False) -> str:
    """A short analyst's paragraph about one theme (simple Markdown).

    Three to six sentences, each present when the facts support it: the largest and the
    smallest value of the theme's most stated metric and how far apart they are; how one
    subject's figure moved between periods; how far reports disagree on the same figure (or
    that they agree); what is a forecast; what the corpus does not cover (a single source,
    subjects no second report states). Every number is a fact value or a ratio/difference of
    two fact values (:func:`unexplained_numbers` checks this).

    Parameters
    ----------
    theme : str
        One of ``paths.THEMES``.
    facts : DataFrame
        The facts table (all themes; filtered here).
    documents : DataFrame, optional
        ``load_corpus`` frame; gives publisher and date precision per document.
    lang : {"zh", "en"}
    links : bool
        Make every fact value a Markdown link to its highlighted characters in the report's
        provenance pages (``sources/<n>.html#f-<n>-<start>-<end>``, see
        :mod:`aigc_analysis.present.provenance`), every computed number be followed by one marker link
        per fact it uses, and every source a link to the document's page. Needs ``documents``.

    Returns
    -------
    str
        One paragraph; report text escaped.
    """
    if theme not in THEMES:
        raise ValueError(f"narrate: unknown theme {theme!r}; known: {list(THEMES)}")
    if lang not in ("zh", "en"):
        raise ValueError(f"narrate: lang must be 'zh' or 'en', got {lang!r}")
    missing = [c for c in _NEEDED if c not in facts.columns]
    if missing:
        raise ValueError(f"narrate: facts frame is missing columns {missing}")
    if links and documents is None:
        raise ValueError("narrate: links=True needs the documents frame (it numbers the pages)")
    title = theme_label(theme, lang)
    sub = facts.loc[facts["theme"].astype("string") == theme]
    sub = sub.loc[sub["value"].notna()]
    if sub.empty:
        return (f"{title}：本批研报中没有相关数据。\n" if lang == "zh"
                else f"{title}: no figures in these reports.\n")
    sub = sub.assign(_row=range(len(sub))).set_index(pd.RangeIndex(len(sub)))
    w = _Writer(sub, documents, lang, links)
    sentences = (_sentence_extremes(w, sub) + _sentence_change(w, sub)
                 + _sentence_disagreement(w, sub) + _sentence_estimates(w, sub)
                 + _sentence_coverage(w, sub))
    return ("" if lang == "zh" else " ").join(sentences[:6]) + "\n"


def _fact_hrefs(rows: pd.DataFrame, documents: pd.DataFrame) -> list[str]:
    return list(fact_hrefs(rows, documents))


def _document_href(doc_id: str, documents: pd.DataFrame) -> str:
    return document_href(document_index(documents)[str(doc_id)])


# --- checking the numbers in a narrative ---------------------------------------------------

@dataclass(frozen=True)
class NarrativeNumber:
    """One number found in narrative text."""

    text: str
    kind: str  # quantity | period | bare
    value: float  # base units for quantities; the number itself otherwise
    tolerance: float  # half of the last shown digit, in the same units


_SCALE = {**{w: float(v) for w, v in word_group("scale").items()}, "tn": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3,
          "YB": 1e24, "ZB": 1e21, "EB": 1e18, "PB": 1e15, "TB": 1e12, "GB": 1e9, "MB": 1e6,
          "KB": 1e3, "B": 1.0, None: 1.0}
_UNIT = {"%": 0.01, "个百分点": 0.01, "pp": 0.01}
_NUM = r"\d+(?:\.\d+)?"
_PERIOD_PART = r"(?:FY)?\d{4}(?:Q[1-4]|H[12]|-\d{2}(?:-\d{2})?)?"
_TOKENS = re.compile(
    rf"(?P<money>(?P<msign>-)?(?:US\\?\$|HK\\?\$|RMB)"
    rf"(?P<mnum>{_NUM})(?P<mscale>tn|bn|m|k)?(?![A-Za-z]))"
    # Periods and dates as format_period/format_date write them (before quantities: 2024年
    # is a year, not a duration of 2024 years)
    rf"|(?P<wperiod>\d{{4}}(?:财年|年)(?:\d{{1,2}}月(?:\d{{1,2}}日)?|[一二三四]季度|[上下]半年)?"
    rf"|FY\d{{4}} Q[1-4]|\d{{4}} (?:Q[1-4]|H[12])(?![A-Za-z0-9]))"
    rf"|(?P<qty>(?P<qnum>-?{_NUM})(?:(?P<qscale>{word_alternation('scale')}|tn|bn|m|k|YB|ZB|EB|PB|TB|GB|MB|KB|B)"
    rf"(?P<qcur>{word_alternation('currency_word')})?"
    rf"|(?P<qunit>{word_alternation('currency_word')}|%|个百分点|pp|倍|x| months|个月|年| years))"
    rf"(?![A-Za-z]))"
    rf"|(?P<period>{_PERIOD_PART}(?:/{_PERIOD_PART})?)"
    rf"|(?P<bare>-?{_NUM})"
)


def _half_step(num: str) -> float:
    decimals = len(num.split(".")[1]) if "." in num else 0
    return 0.5 * 10 ** (-decimals)


def narrative_numbers(text: str, names=()) -> list[NarrativeNumber]:
    """Every number in ``text`` with its value in base units.

    Parameters
    ----------
    text : str
        Narrative (escaped Markdown) text.
    names : iterable of str
        Strings to blank out first (escaped entity, publisher and metric names) so digits
        inside names such as ``GPT-4o`` are not read as numbers.
    """
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = text.replace(name, " ")
    found = []
    for m in _TOKENS.finditer(text):
        if m.group("money"):
            num = m.group("mnum")
            scale = _SCALE[m.group("mscale")]
            sign = -1.0 if m.group("msign") else 1.0
            found.append(NarrativeNumber(m.group(0), "quantity", sign * float(num) * scale,
                                         _half_step(num) * scale))
        elif m.group("qty"):
            num = m.group("qnum")
            factor = _SCALE[m.group("qscale")] * _UNIT.get(m.group("qunit"), 1.0)
            found.append(NarrativeNumber(m.group(0), "quantity", float(num) * factor,
                                         _half_step(num.lstrip("-")) * factor))
        elif m.group("period") or m.group("wperiod"):
            found.append(NarrativeNumber(m.group(0), "period", math.nan, 0.0))
        else:
            num = m.group("bare")
            found.append(NarrativeNumber(num, "bare", float(num), _half_step(num.lstrip("-"))))
    return found


def _names(facts: pd.DataFrame, documents: pd.DataFrame | None) -> set[str]:
    names = set()
    for col in ("entity", "publisher", "per", "doc_id"):
        names |= {escape_text(v) for v in facts[col].dropna().unique() if str(v)}
    if documents is not None:
        names |= {escape_text(v) for v in documents["publisher"].dropna().unique()}
    for metric in facts["metric"].dropna().unique():
        for lang in ("zh", "en"):
            names.add(escape_text(metric_label(metric, lang)))
    return names


def unexplained_numbers(text: str, facts: pd.DataFrame,
                        documents: pd.DataFrame | None = None) -> list[str]:
    """Numbers in ``text`` that no fact value, fact period or report date explains.

    A quantity must equal some fact's ``value`` or ``value_high``, or the ratio or difference
    of two of them, within the rounding of its format; a period must be a fact period (or
    part of a span) or a report date, in any of the forms the report writes them.
    A narrative built by :func:`narrate` gives ``[]``.
    """
    values = pd.concat([facts["value"], facts["value_high"]]).dropna().astype(float).to_numpy()
    # A number computed from two facts (a ratio or a difference) is explained too.
    # A multiple (倍, x) may be the ratio of two values of one unit, a difference in
    # percentage points that of two rates; nothing else is computed in a narrative.
    ratios, diffs = [], []
    for unit, grp in facts.groupby(facts["unit"].astype("string").fillna(""), sort=True):
        distinct = np.unique(grp["value"].dropna().astype(float).to_numpy())
        with np.errstate(divide="ignore", invalid="ignore"):
            r = np.abs(distinct[:, None] / distinct[None, :]).ravel()
        ratios.append(r[np.isfinite(r)])
        if unit in ("ratio", "pp"):
            diffs.append(np.abs(distinct[:, None] - distinct[None, :]).ravel())
    ratios = np.concatenate(ratios) if ratios else np.array([])
    diffs = np.concatenate(diffs) if diffs else np.array([])
    periods = set()
    for p in facts["period"].dropna().astype(str):
        if p:
            parts = {p, *p.split("/")}
            periods |= parts
            periods |= {format_period(x, lang) for x in parts for lang in ("zh", "en")}
    dates = list(zip(facts["published"], ["day"] * len(facts)))
    if documents is not None:
        precision = (documents["published_precision"] if "published_precision" in documents
                     else pd.Series(["day"] * len(documents)))
        dates += list(zip(documents["published"], precision))
    for d, prec in dates:
        if _present(d):
            periods |= {format_date(d), format_date(d, "month")}
            periods |= {format_date(d, p, lang) for p in ("day", "month") for lang in ("zh", "en")}
    bad = []
    for num in narrative_numbers(text, _names(facts, documents)):
        if num.kind == "period":
            ok = num.text in periods
        else:
            derived = (ratios if num.text.endswith(("倍", "x")) else
                       diffs if num.text.endswith(("个百分点", "pp")) else np.array([]))
            ok = any(bool((abs(pool - num.value) <= num.tolerance * (1 + 1e-9)
                           + 1e-9 * abs(pool)).any()) for pool in (values, derived))
            ok = ok or (num.kind == "bare" and num.text in periods)
        if not ok:
            bad.append(num.text)
    return bad
