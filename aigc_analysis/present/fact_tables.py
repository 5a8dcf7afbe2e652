"""Stage 4, fact tables for reading: each row's report named in the reader's language, and the
claims that two or more reports state, with every report's value (used by the notebooks and
the report's index alike).
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable

import pandas as pd

from ..paths import DATA_DIR, theme_rows
from ..tables.claims import assign_claims, ledger, revisions
from ..tables.memo import ledger_once, view_once
from ..tables.plausibility import check_plausibility
from .figure_data import _sorted, parameters_by_model, valuation_stakes
from .formatting import format_date, format_period, format_value
from .htmlpage import render
from .labels import (
    column_label,
    entity_label,
    metric_label,
    publisher_label,
    report_name,
    report_names,
    ui_words,
    value_label,
)
from .provenance import fact_hrefs


def source_texts(d, documents, lang: str) -> list[str]:
    """``中信证券 2024年6月`` per row: the report's name in ``lang`` (publisher, else title) and
    its date at its precision."""
    precision, names = {}, {}
    if documents is not None:
        names = report_names(documents, lang)
        if "published_precision" in documents.columns:
            precision = dict(zip(documents["doc_id"], documents["published_precision"]))
    out = []
    for rec in d.to_dict("records"):
        name = names.get(str(rec["doc_id"])) or report_name(rec["doc_id"], rec.get("publisher"),
                                                            lang=lang)
        prec = precision.get(rec["doc_id"])
        date = format_date(rec.get("published"), prec if isinstance(prec, str) else "day", lang)
        out.append(f"{name} {date}".strip())
    return out


def report_values(group, lang: str, names=None) -> str:
    """``publisher date: value`` per fact of a claim, in publication order."""
    parts = []
    for rec in group.to_dict("records"):
        high = rec.get("value_high")
        value = format_value(rec["value"], rec["unit"], lang,
                             value_high=None if pd.isna(high) else high)
        who = (names or {}).get(str(rec["doc_id"])) or report_name(rec["doc_id"],
                                                                   rec.get("publisher"), lang=lang)
        date = format_date(rec.get("published"), lang=lang)
        who = f"{who} {date}".strip()
        parts.append(f"{who}：{value}" if lang == "zh" else f"{who}: {value}")
    return "；".join(parts) if lang == "zh" else "; ".join(parts)


def ledger_claims(facts, agree: bool, lang: str = "zh", top_n: int = 20, documents=None):
    """Claims stated by two or more reports that agree (``agree=True``) or contradict each
    other, with every report's value; largest spread first for contradictions."""
    table = ledger_once(ledger, facts)
    table = table.loc[(table["n_reports"] >= 2) & (table["agree"] == agree)]
    if not agree:
        table = table.sort_values("spread_ratio", ascending=False, kind="mergesort")
    table = table.head(top_n)
    claims = ledger_once(assign_claims, facts)
    names = report_names(documents, lang) if documents is not None else None
    rows = []
    for rec in table.to_dict("records"):
        ids = str(rec["fact_ids"]).split(";")
        group = claims.loc[claims["fact_id"].isin(ids)]
        rows.append({"entity": rec["entity"], "metric": rec["metric"], "period": rec["period"],
                     "reports": rec["n_reports"],
                     "spread": "" if pd.isna(rec["spread_ratio"]) else
                     f"{rec['spread_ratio']:.3g}x",
                     "values": report_values(group, lang, names)})
    return pd.DataFrame(rows, columns=["entity", "metric", "period", "reports", "spread",
                                       "values"])


def import_jieba():
    """jieba, imported without ``pkg_resources``.

    jieba opens its data files through ``pkg_resources`` when that imports, else with
    ``open`` on the same path (the same bytes); importing ``pkg_resources`` scans every
    installed distribution, 0.15 s of a notebook kernel's start (issue 18). Hidden only while
    jieba imports: a notebook may still import it.
    """
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # an import of it raises ImportError
        try:
            import jieba  # noqa: F401
        finally:
            if "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
                del sys.modules["pkg_resources"]
    import jieba

    return jieba


def silence_jieba() -> None:
    """jieba logs its dictionary cache path and load time on first use: keep outputs stable."""
    import_jieba().setLogLevel(logging.WARNING)


def _key_table_top() -> dict[str, tuple[str, int]]:
    top = {}
    for r in theme_rows():
        column, rows = (r.get("key_column") or "").strip(), (r.get("key_rows") or "").strip()
        if column:
            if not rows.isdigit() or int(rows) < 1:
                raise ValueError(f"themes.csv: theme {r['theme']!r}: key_rows must be a positive "
                                 f"whole number with key_column, got {rows!r}")
            top[r["theme"]] = (column, int(rows))
    return top


#: Themes whose key table lists only the largest values (theme -> (column, rows)): the
#: ``key_column`` and ``key_rows`` of their row of ``data/themes.csv``.
KEY_TABLE_TOP = _key_table_top()


def key_table(facts, theme: str, lang: str = "zh", documents=None):
    """The theme's facts as a small text table, numbers formatted by ``format_value``.

    Every fact of the theme (its view), except for themes listed in :data:`KEY_TABLE_TOP`,
    which show their largest values only. With ``documents``, ``table.attrs["hrefs"]`` holds
    each row's link to its highlighted source characters (:func:`provenance.fact_hrefs`), for
    :func:`linked_table_html`.
    """
    import pandas as pd

    d = view_once(theme, facts)
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
        column_label("source", lang): source_texts(d, documents, lang),
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


def keywords(documents, top_k: int = 8):
    """Top keywords per report (jieba TF-IDF on the simplified text, boilerplate removed)."""
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
        words = tfidf_keywords(text, top_k)
        rows.append({"source": _report_name(rec), "keywords": " ".join(words)})
    return pd.DataFrame(rows, columns=["source", "keywords"])


_IDF: list[tuple[dict, float]] = []


def jieba_idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table (``jieba/analyse/idf.txt``) and its median, read as jieba reads it.

    Read here rather than through ``jieba.analyse``, whose import also loads
    ``jieba.posseg`` (every word's part of speech from ``dict.txt``): 0.6-1.1 s of CPU in the
    corpus notebook for a table TF-IDF without ``allowPOS`` never reads (issue 18).
    """
    if not _IDF:
        import os

        jieba = import_jieba()
        path = os.path.join(os.path.dirname(jieba.__file__), "analyse", "idf.txt")
        with open(path, "rb") as fh:
            content = fh.read().decode("utf-8")
        idf = {}
        for line in content.splitlines():
            word, freq = line.strip().split(" ")
            idf[word] = float(freq)
        _IDF.append((idf, sorted(idf.values())[len(idf) // 2]))
    return _IDF[0]


def tfidf_keywords(text: str, top_k: int = 20) -> list[str]:
    """``jieba.analyse.extract_tags(text, topK=top_k)``: the same words in the same order.

    Words of jieba's default cut, without those shorter than two characters (after
    stripping) and the stop words of ``data/keyword_stop_words.csv``, ranked by term
    frequency times IDF (the median IDF for a word not in the table); ``top_k`` 0: all.
    """
    idf, median = jieba_idf()
    stop = keyword_stop_words()
    freq: dict[str, float] = {}
    for w in import_jieba().dt.cut(text):
        if len(w.strip()) < 2 or w.lower() in stop:
            continue
        freq[w] = freq.get(w, 0.0) + 1.0
    total = sum(freq.values())
    for k in freq:
        freq[k] *= idf.get(k, median) / total
    tags = sorted(freq, key=freq.__getitem__, reverse=True)
    return tags[:top_k] if top_k else tags


def keyword_stop_words() -> frozenset[str]:
    """Words TF-IDF keywords leave out (``data/keyword_stop_words.csv``)."""
    if not _STOP_WORDS:
        import csv

        with open(DATA_DIR / "keyword_stop_words.csv", encoding="utf-8", newline="") as fh:
            _STOP_WORDS.append(frozenset(r["word"] for r in csv.DictReader(fh)))
    return _STOP_WORDS[0]


_STOP_WORDS: list[frozenset] = []


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
    """The ledger summary's measures (``ui`` rows ``ledger.*`` of ``data/labels.csv``)."""
    return ui_words("ledger", "zh" if lang == "zh" else "en")


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
