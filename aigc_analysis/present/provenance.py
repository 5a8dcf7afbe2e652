"""Provenance the reader can click: one HTML page per source document, every fact highlighted.

The report folder gets ``sources/index.html`` and ``sources/<n>.html`` per document, ``n`` the
document's position among the sorted ``doc_id`` values (file names never come from document
text). A document page shows the publisher, date and title, then the sentences facts were read
from, each fact's exact characters wrapped in ``<mark id="f-<n>-<start>-<end>">``. Narrative
numbers and key-table rows link to ``sources/<n>.html#f-<n>-<start>-<end>``
(:func:`fact_hrefs`), so a click lands on the highlighted characters.

Pages are rendered from ``templates/source_*.html.j2`` (:mod:`aigc_analysis.present.htmlpage`), all
document text escaped. Pages are deterministic (no dates, sorted order).

Facts with the same span share one anchor (one id names one span). Spans that overlap without
being equal cannot be nested in HTML, so a sentence holding overlapping spans is shown once per
layer of non-overlapping spans.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping

import pandas as pd

# load.formats (page_of) is imported where a paged document needs it: with load.metadata and
# load.boilerplate it costs 0.17 s of CPU (``python -X importtime``) in every notebook kernel,
# which imports this module for the fact links and never draws a PDF's page label (issue 18).
from .formatting import format_date
from .labels import metric_label, ui_words
from .pages import embed_font, page_characters
from .htmlpage import render

__all__ = [
    "SOURCES_DIR",
    "anchor_id",
    "document_href",
    "document_index",
    "document_page",
    "fact_anchors",
    "fact_hrefs",
    "sentence_bounds",
    "source_pages",
    "sources_index_page",
]

#: Folder of the provenance pages inside the report folder (links are relative to the report).
SOURCES_DIR = "sources"

#: Characters that end a sentence; a quote never reaches past them (nor past this many chars).
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_MAX_REACH = 160


def _words(lang: str) -> dict:
    """The source pages' words (``ui`` rows ``provenance.*`` of ``data/labels.csv``); any
    language but Chinese reads English."""
    return ui_words("provenance", "zh" if lang == "zh" else "en")


def _missing(value) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (
        isinstance(value, float) and math.isnan(value))


def document_index(documents: pd.DataFrame) -> dict[str, int]:
    """``doc_id -> n``: the document's position among the sorted ``doc_id`` values.

    >>> document_index(pd.DataFrame({"doc_id": ["b.txt", "a.txt"]}))
    {'a.txt': 0, 'b.txt': 1}
    """
    if "doc_id" not in documents.columns:
        raise ValueError("provenance: documents frame lacks column doc_id")
    return {doc_id: i for i, doc_id in enumerate(sorted(set(documents["doc_id"].astype(str))))}


def anchor_id(n: int, start: int, end: int) -> str:
    """URL-safe id of the span ``start:end`` of document ``n``: ``f-<n>-<start>-<end>``."""
    return f"f-{int(n)}-{int(start)}-{int(end)}"


def document_href(n: int, base: str = SOURCES_DIR + "/") -> str:
    """Link to document ``n``'s page, relative to the report folder."""
    return f"{base}{int(n)}.html"


def fact_anchors(facts: pd.DataFrame, documents: pd.DataFrame) -> pd.Series:
    """Anchor id of every fact (``""`` for a fact without offsets or of an unknown document)."""
    index = document_index(documents)
    ids = []
    for doc_id, start, end in zip(facts["doc_id"], facts["start"], facts["end"]):
        n = index.get(str(doc_id))
        ok = n is not None and not _missing(start) and not _missing(end)
        ids.append(anchor_id(n, start, end) if ok else "")
    return pd.Series(ids, index=facts.index, dtype=object)


def fact_hrefs(facts: pd.DataFrame, documents: pd.DataFrame,
               base: str = SOURCES_DIR + "/") -> pd.Series:
    """Link of every fact to its highlighted characters (``""`` when it has no anchor)."""
    anchors = fact_anchors(facts, documents)
    index = document_index(documents)
    return pd.Series([f"{document_href(index[str(d)], base)}#{a}" if a else ""
                      for d, a in zip(facts["doc_id"], anchors)], index=facts.index, dtype=object)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: from after the previous sentence end to the
    next one (included), at most ``_MAX_REACH`` characters either side of the span.

    >>> t = "第一句。资本开支为443.5亿美元，同比增长35%。第三句"
    >>> s, e = sentence_bounds(t, t.index("443.5"), t.index("443.5") + 9)
    >>> t[s:e]
    '资本开支为443.5亿美元，同比增长35%。'
    """
    lo = max(0, start - _MAX_REACH)
    before = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    s = before[-1] if before else lo
    after = _SENTENCE_END.search(text, end, min(len(text), end + _MAX_REACH))
    e = after.end() if after else min(len(text), end + _MAX_REACH)
    # Leading/trailing whitespace (the newline that ended the last sentence) shows nothing.
    while s < start and text[s].isspace():
        s += 1
    while e > end and text[e - 1].isspace():
        e -= 1
    return s, e


def _layers(spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Spans split into layers of non-overlapping spans (first fit, in start order)."""
    layers: list[list[tuple[int, int]]] = []
    for span in sorted(spans):
        for layer in layers:
            if layer[-1][1] <= span[0]:
                layer.append(span)
                break
        else:
            layers.append([span])
    return layers


def _segments(text: str, s: int, e: int, spans: list[tuple[int, int]], n: int) -> list[dict]:
    """``text[s:e]`` in pieces, each (non-overlapping) span a piece with its ``<mark>`` id."""
    parts, pos = [], s
    for start, end in spans:
        parts.append({"text": text[pos:start], "anchor": ""})
        parts.append({"text": text[start:end], "anchor": anchor_id(n, start, end)})
        pos = end
    parts.append({"text": text[pos:e], "anchor": ""})
    return parts


def _page(template: str, embed: bool = True, **context) -> str:
    page = render(template, **context)
    return embed_font(page) if embed else page


def _date_text(doc: Mapping) -> str:
    precision = doc.get("published_precision")
    return format_date(doc.get("published"), precision if isinstance(precision, str) else "day")


def _fact_label(rec: Mapping, lang: str) -> str:
    parts = [str(rec["entity"]), metric_label(str(rec["metric"]), lang)]
    if not _missing(rec.get("period")) and str(rec.get("period")):
        parts.append(str(rec["period"]))
    return " · ".join(parts)


def _page_label(page_starts: list, spans: list[tuple[int, int]], w: Mapping) -> str:
    """``第 12 页`` for facts of a paged document (PDF), ``""`` otherwise (text, unescaped)."""
    if not page_starts or not spans:
        return ""
    from ..load.formats import page_of

    first = page_of(page_starts, spans[0][0])
    last = page_of(page_starts, max(e - 1 for _, e in spans))
    return w["page"].format(first) if first == last else w["pages"].format(first, last)


def document_page(doc: Mapping, facts: pd.DataFrame, n: int, lang: str = "zh",
                  embed: bool = True) -> str:
    """HTML page of one document: metadata, then every fact's sentence with the fact marked.

    Parameters
    ----------
    doc : mapping
        One row of the documents table (``doc_id``, ``text``, ``publisher``, ``published``,
        optional ``published_precision``, ``title`` and ``page_starts``: a PDF's facts show
        their page number, ``第 12 页``, beside the highlight).
    facts : DataFrame
        The facts of this document (``start``, ``end``, ``text``, ``entity``, ``metric``,
        ``period``).
    n : int
        The document's index (:func:`document_index`).

    Raises
    ------
    ValueError
        When a fact's ``text`` is not the document's characters ``start:end``.
    """
    w = _words(lang)
    text = str(doc.get("text") or "")
    doc_id = str(doc["doc_id"])
    by_span: dict[tuple[int, int], list[str]] = {}
    for rec in facts.to_dict("records"):
        if _missing(rec.get("start")) or _missing(rec.get("end")):
            continue
        start, end = int(rec["start"]), int(rec["end"])
        if text[start:end] != rec["text"]:
            raise ValueError(f"{doc_id}: fact text {rec['text']!r} is not the document's "
                             f"characters {start}-{end} ({text[start:end]!r})")
        labels = by_span.setdefault((start, end), [])
        label = _fact_label(rec, lang)
        if label not in labels:
            labels.append(label)
    by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for span in by_span:
        by_sentence.setdefault(sentence_bounds(text, *span), []).append(span)
    page_starts = doc.get("page_starts")
    page_starts = [] if page_starts is None or _missing(page_starts) else list(page_starts)
    blocks = []
    for (s, e), spans in sorted(by_sentence.items()):
        for layer in _layers(spans):
            labels = "；".join(" / ".join(by_span[sp]) for sp in layer) if lang == "zh" else \
                "; ".join(" / ".join(by_span[sp]) for sp in layer)
            blocks.append({"segments": _segments(text, s, e, layer, n), "labels": labels,
                           "page": _page_label(page_starts, layer, w)})
    title = str(doc.get("title") or "") if not _missing(doc.get("title")) else ""
    publisher = doc.get("publisher")
    publisher = doc_id if _missing(publisher) or not str(publisher) else str(publisher)
    return _page("source_document.html.j2", embed, lang=lang,
                 title=f"{publisher} {_date_text(doc)}".strip(), w=w, heading=title or publisher,
                 publisher=publisher, date=_date_text(doc), doc_id=doc_id, blocks=blocks)


def sources_index_page(documents: pd.DataFrame, lang: str = "zh", embed: bool = True) -> str:
    """``sources/index.html``: one link per document (publisher, date, title)."""
    w = _words(lang)
    index = document_index(documents)
    items = []
    for doc in sorted(documents.to_dict("records"), key=lambda d: index[str(d["doc_id"])]):
        n = index[str(doc["doc_id"])]
        publisher = doc.get("publisher")
        publisher = str(doc["doc_id"]) if _missing(publisher) or not str(publisher) else str(publisher)
        title = "" if _missing(doc.get("title")) else str(doc.get("title") or "")
        label = " ".join(x for x in (publisher, _date_text(doc), title) if x)
        items.append({"href": document_href(n, ""), "label": label})
    return _page("source_index.html.j2", embed, lang=lang, title=w["title"], w=w, items=items)


def source_pages(facts: pd.DataFrame, documents: pd.DataFrame, lang: str = "zh") -> dict[str, str]:
    """Every provenance page: ``{"sources/index.html": html, "sources/0.html": html, ...}``.

    Pure: the build writes the pages (atomically) into the report folder.
    """
    for col in ("doc_id", "text"):
        if col not in documents.columns:
            raise ValueError(f"provenance: documents frame lacks column {col}")
    missing = [c for c in ("doc_id", "start", "end", "text", "entity", "metric", "period")
               if c not in facts.columns]
    if missing:
        raise ValueError(f"provenance: facts frame lacks column(s) {', '.join(missing)}")
    index = document_index(documents)
    pages = {f"{SOURCES_DIR}/index.html": sources_index_page(documents, lang, embed=False)}
    doc_ids = facts["doc_id"].astype(str)
    for doc in documents.to_dict("records"):
        n = index[str(doc["doc_id"])]
        own = facts.loc[doc_ids == str(doc["doc_id"])]
        pages[f"{SOURCES_DIR}/{document_href(n, '')}"] = document_page(doc, own, n, lang,
                                                                       embed=False)
    # One font subset for all source pages: cut once (about 1-2 s) instead of once per page.
    shared = "".join(sorted({c for page in pages.values() for c in page_characters(page)}))
    return {rel: embed_font(page, shared) for rel, page in pages.items()}
