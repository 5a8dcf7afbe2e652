"""The HTML report: one self-contained page per executed notebook and an index linking them.

Pages are made with nbconvert's ``lab`` template, code cells hidden, images embedded, and the
template's CDN scripts (require.js, MathJax, mermaid) removed, so the report opens offline and
loads nothing from the network. Bytes are deterministic: no dates, stderr (warnings carry paths
and timings) dropped, sorted page order.
"""
from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from .fact_tables import ledger_claims, source_texts
from .pages import embed_font
from ..paths import THEMES
from ..tables.store import read_documents, read_facts
from .formatting import format_date, format_period, format_value
from .labels import LANGS, entity_label, metric_label, publisher_label, theme_label, ui_words
from .provenance import fact_hrefs

#: A template extending ``lab`` without the blocks that pull scripts from CDNs.
from .htmlpage import TEMPLATES_DIR, render
#: A template (in ``templates/``) extending ``lab`` without the blocks that pull scripts from
#: CDNs.
_TEMPLATE_NAME = "aigc_report.html.j2"

#: Output metadata key (``notebook_api.REPORT_REPLACES_STDOUT``): this output stands for the
#: cell's printed text in the report (a key table with a source link per row).
REPLACES_STDOUT = "aigc_report_replaces_stdout"

#: Notebook pages on a phone: charts shrink to the screen, wide tables and printed text
#: scroll or wrap inside their own box, so the page body never scrolls sideways.
_NARROW_RULES = """img { max-width: 100%; height: auto; }
.jp-RenderedHTMLCommon table.key-table td, .jp-RenderedHTMLCommon table.key-table th,
.jp-RenderedHTMLCommon table.report-table td, .jp-RenderedHTMLCommon table.report-table th {
  text-align: left; }
.jp-RenderedHTMLCommon table, table.key-table, table.report-table {
  display: block; max-width: 100%; overflow-x: auto; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.jp-Cell, .jp-OutputArea-output, .jp-RenderedHTMLCommon { min-width: 0; max-width: 100%; }
@media (max-width: 600px) { .jp-Notebook { padding: 0.5rem !important; } }"""

#: A remote script or stylesheet reference; none may remain in a page.
REMOTE_REF = re.compile(r"""<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?https?://""", re.I)


@dataclass(frozen=True)
class Page:
    """One notebook's page in the report index."""

    name: str          # notebook stem, e.g. "10_capex"
    title: str         # first Markdown heading of the notebook
    file: str          # page file name relative to the report folder
    status: str        # "ok" or "failed"
    detail: str = ""   # the failure, one line


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _notebook_lang(nb) -> str:
    return nb.metadata.get("papermill", {}).get("parameters", {}).get("lang", "zh")


def one_language(markdown: str, lang: str) -> str:
    """The notebooks' bilingual Markdown in one language: a heading ``资本开支 / Capex``
    keeps its ``lang`` side; of paragraphs written once per language (Chinese, then English)
    only the ``lang`` one stays. Text in one language only is left as it is.

    >>> one_language("## 关键数据 / Key facts\\n\\n中文说明。\\n\\nIn English.", "en")
    '## Key facts\\n\\nIn English.'
    """
    blocks = markdown.split("\n\n")
    out = []
    han = [bool(_HAN.search(b)) for b in blocks if not b.lstrip().startswith("#")]
    bilingual = any(han) and not all(han)
    for block in blocks:
        if block.lstrip().startswith("#"):
            lines = []
            for line in block.splitlines():
                head, sep, rest = line.partition(" / ")
                if sep and line.startswith("#") and _HAN.search(head) and not _HAN.search(rest):
                    marks = head[: len(head) - len(head.lstrip("#"))]
                    line = head if lang == "zh" else f"{marks} {rest.strip()}"
                lines.append(line)
            out.append("\n".join(lines))
        elif bilingual and bool(_HAN.search(block)) != (lang == "zh"):
            continue
        else:
            out.append(block)
    return "\n\n".join(out)


#: Output metadata key (``notebook_api.REPORT_MARKDOWN_CELL``): this Markdown output is a
#: Markdown cell of the page (``"first"``: the title, placed first).
MARKDOWN_CELL = "aigc_report_markdown_cell"
#: Cell tag: the cell is for readers of the notebook file only (the theme template's own
#: heading), never on a report page.
SKIP_TAG = "report-skip"


def report_cells(cells) -> list:
    """The cells a report page shows, in order: ``report-skip`` cells left out, and each
    Markdown output marked :data:`MARKDOWN_CELL` made a Markdown cell of its own.

    A theme notebook writes its title and section headings from the themes data; on its page
    they read as the Markdown cells of a hand-written notebook, each section's outputs in a
    cell after its heading. A code cell left without output by the split is dropped.
    """
    import copy

    import nbformat

    first, shown = [], []
    for cell in cells:
        if SKIP_TAG in cell.get("metadata", {}).get("tags", []):
            continue
        outputs = cell.get("outputs", []) if cell.get("cell_type") == "code" else []
        if not any(o.get("metadata", {}).get(MARKDOWN_CELL) for o in outputs):
            shown.append(cell)
            continue
        piece = copy.deepcopy(cell)
        piece.outputs = []
        pieces = [piece]
        for o in outputs:
            where = o.get("metadata", {}).get(MARKDOWN_CELL)
            if not where:
                pieces[-1].outputs.append(o)
                continue
            markdown = nbformat.v4.new_markdown_cell(o.get("data", {}).get("text/markdown", ""))
            (first if where == "first" else pieces).append(markdown)
            if where != "first":
                piece = copy.deepcopy(cell)
                piece.outputs = []
                pieces.append(piece)
        shown.extend(p for p in pieces if p.cell_type == "markdown" or p.outputs)
    return first + shown


def notebook_title(nb) -> str:
    """The first Markdown heading of a notebook (``# Capex``), in the run's language, or an
    empty string."""
    for cell in report_cells(nb.cells):
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return one_language(line, _notebook_lang(nb)).lstrip("#").strip()
    return ""


def _stdout_text(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", [])
                   if o.get("output_type") == "stream" and o.get("name") == "stdout")


def _report_ready(nb):
    """A copy of ``nb`` without stderr streams and volatile metadata.

    An output marked ``REPLACES_STDOUT`` (a key table with a source link per row) takes the
    place of the cell that printed the same table as text, and leaves its own cell.
    """
    import copy

    # nbconvert's merger of consecutive stream outputs (its exporters leave it off); imported
    # here, as nbconvert is, so the kernels that import this module do not load it
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    coalesce = CoalesceStreamsPreprocessor()
    nb = copy.deepcopy(nb)
    nb.cells = report_cells(nb.cells)
    code = [c for c in nb.cells if c.cell_type == "code"]
    linked = {}
    for cell in code:
        kept = []
        for o in cell.get("outputs", []):
            marker = o.get("metadata", {}).get(REPLACES_STDOUT)
            if isinstance(marker, str) and any(_stdout_text(c) == marker for c in code):
                linked[marker] = o
            else:
                kept.append(o)
        cell.outputs = kept
    for i, cell in enumerate(nb.cells):
        if "id" in cell:
            cell.id = f"c{i}"  # papermill gives random ids; they end up in the HTML
        if cell.cell_type == "code":
            printed = _stdout_text(cell)
            cell.outputs = [o for o in cell.get("outputs", [])
                            if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]
            # a kernel may send one print() as several stream messages, depending on when its
            # output is flushed; merged, the page is the same bytes however the text arrived
            coalesce.preprocess_cell(cell, {}, i)
            if printed in linked:
                others = [o for o in cell.outputs if o.get("output_type") != "stream"]
                cell.outputs = [linked[printed], *others]
        cell.metadata = {k: v for k, v in cell.metadata.items() if k == "tags"}
        if cell.cell_type == "markdown":
            cell.source = one_language(cell.source, _notebook_lang(nb))
    nb.metadata = {k: v for k, v in nb.metadata.items() if k in ("kernelspec", "language_info")}
    return nb


_EXPORTER_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def _exporter():
    """One exporter per process: a new one loads and compiles nbconvert's templates again
    (about 0.2 s a page). Calls hold :data:`_EXPORTER_LOCK` (its Jinja environment is shared)."""
    import jinja2
    from nbconvert import HTMLExporter

    return HTMLExporter(
        extra_loaders=[jinja2.FileSystemLoader(str(TEMPLATES_DIR))],
        template_file=_TEMPLATE_NAME,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
        # One schema validation after the last preprocessor instead of one after each of
        # them (a dozen): the notebook's big image outputs made that 0.02-0.04 s a page.
        optimistic_validation=True,
    )


def notebook_html(nb, title: str) -> str:
    """Render an executed notebook as one self-contained HTML page (inputs hidden)."""
    nb = _report_ready(nb)
    nb.metadata["title"] = title
    with _EXPORTER_LOCK:
        body, _ = _exporter().from_notebook_node(nb, resources={"metadata": {"name": title}})
    # nbconvert writes lang="en"; Chinese pages need zh-CN so browsers pick the Simplified
    # Chinese face of a CJK font (with "en" they fall back to Japanese glyph shapes)
    lang = nb.metadata.get("papermill", {}).get("parameters", {}).get("lang", "zh")
    if lang == "zh":
        body = body.replace('<html lang="en">', '<html lang="zh-CN">', 1)
    if REMOTE_REF.search(body):
        raise RuntimeError(f"report page {title!r} still references a remote script or style")
    body = body.replace("</head>", f"<style>\n{_NARROW_RULES}\n</style>\n</head>", 1)
    return embed_font(body)


#: Headline numbers per theme on the index.
INDEX_ROWS = 3


def _coverage(facts, documents, lang: str) -> str:
    """``5份研报，4家机构（中信证券、…），2023年1月至2024年6月。``"""
    import pandas as pd

    docs = documents.assign(_d=pd.to_datetime(documents["published"], errors="coerce"))
    pubs = sorted({publisher_label(p, lang) for p in docs["publisher"].dropna() if str(p)})
    unknown = int((docs["publisher"].isna() | (docs["publisher"].astype("string") == "")).sum())
    dated = docs.loc[docs["_d"].notna()].sort_values("_d", kind="mergesort")
    span = ""
    if not dated.empty:
        first, last = dated.iloc[0], dated.iloc[-1]
        prec = "published_precision" in dated.columns
        f = format_date(first["published"], first["published_precision"] if prec else "day", lang)
        l_ = format_date(last["published"], last["published_precision"] if prec else "day", lang)
        span = f if f == l_ else (f"{f}至{l_}" if lang == "zh" else f"{f} to {l_}")
    undated = int(docs["_d"].isna().sum())
    if lang == "zh":
        return (f"{len(docs)}份研报，{len(pubs)}家发布机构（{'、'.join(pubs)}）"
                + (f"，另有{unknown}份未注明发布机构" if unknown else "")
                + (f"，{span}" if span else "") + (f"，{undated}份未注明日期" if undated else "")
                + f"；共{len(facts)}个数据。")
    return (f"{len(docs)} reports from {len(pubs)} publisher{'s' if len(pubs) != 1 else ''} "
            f"({', '.join(pubs)})"
            + (f", {unknown} without a named publisher" if unknown else "")
            + (f", {span}" if span else "") + (f", {undated} undated" if undated else "")
            + f"; {len(facts)} figures in all.")


def _subject(rec, period: str, lang: str) -> str:
    """``北美四大云厂商资本开支（2024年一季度）`` / ``Big-4 ... capex (2024 Q1)``."""
    entity, metric = entity_label(rec["entity"], lang), metric_label(rec["metric"], lang)
    gap = " " if lang == "en" or (entity[-1:].isascii() and metric[:1].isascii()) else ""
    subject = f"{entity}{gap}{metric}"
    if period:
        subject += f"（{period}）" if lang == "zh" else f" ({period})"
    return subject


def _headlines(facts, documents, theme: str, lang: str) -> list[dict]:
    """Up to :data:`INDEX_ROWS` figures of a theme: the largest value of each of its most
    stated metrics, with its source and a link to the sentence."""
    sub = facts.loc[(facts["theme"].astype("string") == theme) & facts["value"].notna()]
    if sub.empty:
        return []
    order = sub["metric"].value_counts()
    ranked = sorted(order.items(), key=lambda kv: (-kv[1], kv[0]))
    picks = []
    for metric, _ in ranked[:INDEX_ROWS]:
        grp = sub.loc[sub["metric"] == metric]
        key = grp["value"].abs() if (grp["value"] <= 0).all() else grp["value"]
        picks.append(grp.assign(_k=key).sort_values(["_k", "doc_id", "start"],
                                                    ascending=[False, True, True],
                                                    kind="mergesort").iloc[[0]])
    import pandas as pd

    rows = pd.concat(picks)
    hrefs = list(fact_hrefs(rows, documents))
    sources = source_texts(rows, documents, lang)
    out = []
    for rec, href, source in zip(rows.to_dict("records"), hrefs, sources):
        period = format_period(rec["period"], lang)
        subject = _subject(rec, period, lang)
        high = rec.get("value_high")
        value = format_value(rec["value"], rec["unit"], lang,
                             per=rec["per"] if isinstance(rec.get("per"), str) and rec["per"] else None,
                             value_high=None if pd.isna(high) else high)
        if rec.get("is_estimate") is True:
            value += "（预测）" if lang == "zh" else " (forecast)"
        out.append({"subject": subject, "value": value, "href": href, "source": source})
    return out


def _contradictions(facts, documents, lang: str, top_n: int = 8) -> list[dict]:
    table = ledger_claims(facts, agree=False, lang=lang, top_n=top_n, documents=documents)
    out = []
    for rec in table.to_dict("records"):
        out.append({"subject": _subject(rec, format_period(rec["period"], lang), lang),
                    "figures": rec["values"]})
    return out


def index_data(tables, lang: str = "zh") -> dict:
    """What the index shows of the build's tables (``tables``: its output folder): coverage,
    headline figures per theme and the ledger's contradictions. Independent of the pages, so
    a build computes it while the notebooks run (:func:`index_html` ``data``)."""
    facts, documents = read_facts(tables), read_documents(tables)
    return {"coverage": _coverage(facts, documents, lang),
            "rows": {theme: _headlines(facts, documents, theme, lang) for theme in THEMES},
            "contradictions": _contradictions(facts, documents, lang)}


def index_html(pages: Iterable[Page], lang: str = "zh", tables=None,
               data: dict | None = None) -> str:
    """The report's index page, readable in a minute.

    With ``tables`` (the build's output folder holding ``facts.parquet`` and the documents)
    or ``data`` (:func:`index_data` of it, computed beforehand): the corpus coverage (reports,
    publishers, dates), per theme its headline figures with their source (each linked to its
    sentence) and the contradictions the ledger found; then a link to every page, failures
    marked.
    """
    # the index's words: ``ui`` rows ``report_index.*`` of data/labels.csv (English for any
    # language but those labelled)
    words = ui_words("report_index", lang if lang in LANGS else "en")
    if data is None and tables is not None:
        data = index_data(tables, lang)
    page_list = []
    by_theme = {}
    for page in sorted(pages, key=lambda p: p.name):
        failed = "" if page.status == "ok" else \
            f"{words['failed']}: {page.detail}".rstrip(": ")
        entry = {"file": page.file, "title": page.title or page.name, "failed": failed}
        page_list.append(entry)
        theme = page.name.split("_", 1)[-1]
        if theme in THEMES:
            by_theme[theme] = entry
    themes = []
    if data is not None:
        for theme in THEMES:
            entry = by_theme.get(theme)
            themes.append({"title": theme_label(theme, lang),
                           "file": entry["file"] if entry else "",
                           "failed": entry["failed"] if entry else "",
                           "rows": data["rows"][theme]})
    page = render(
        "report_index.html.j2",
        html_lang="zh-CN" if lang == "zh" else "en", title=words["title"],
        coverage=data["coverage"] if data is not None else "",
        themes=themes, words=words, pages=page_list, facts_known=data is not None,
        contradictions=data["contradictions"] if data is not None else [])
    return embed_font(page)
