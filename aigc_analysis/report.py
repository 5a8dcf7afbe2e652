"""The HTML report: one self-contained page per executed notebook and an index linking them.

Pages are made with nbconvert's ``lab`` template, code cells hidden, images embedded, and the
template's CDN scripts (require.js, MathJax, mermaid) removed, so the report opens offline and
loads nothing from the network. Bytes are deterministic: no dates, stderr (warnings carry paths
and timings) dropped, sorted page order.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

#: A template extending ``lab`` without the blocks that pull scripts from CDNs.
_TEMPLATE_NAME = "aigc_report.html.j2"
_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
"""

#: Output metadata key (``notebook_api.REPORT_REPLACES_STDOUT``): this output stands for the
#: cell's printed text in the report (a key table with a source link per row).
REPLACES_STDOUT = "aigc_report_replaces_stdout"

#: Markup whose text a reader never sees: style and script blocks, then every tag (with its
#: attributes, where the embedded images live).
_NOT_SHOWN = re.compile(r"<(style|script)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)

#: Every text of a page in the embedded face: nbconvert's lab CSS takes its fonts from these
#: variables; monospace text (printed tables) finds Han glyphs in the embedded face.
_FONT_RULES = """:root {{ --jp-content-font-family: "{f}", sans-serif;
        --jp-ui-font-family: "{f}", sans-serif; }}
body {{ font-family: "{f}", sans-serif; }}
pre, code, kbd, samp {{ font-family: "DejaVu Sans Mono", monospace, "{f}"; }}"""

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


def page_characters(page: str) -> str:
    """The characters a reader can see on an HTML page (text outside tags, entities decoded)."""
    return html.unescape(_NOT_SHOWN.sub(" ", page))


def embed_font(page: str, characters: str | None = None) -> str:
    """``page`` with its own CJK font: an ``@font-face`` holding a WOFF2 subset of the pip
    Noto Sans CJK font cut to the page's characters, and rules drawing all text with it.

    ``characters`` (default: the page's own) lets pages published together share one subset,
    cut once. The style goes last in ``<head>`` so it wins over nbconvert's stylesheet.
    """
    from .style import WEB_FONT_FAMILY, web_font_css

    if "</head>" not in page:
        raise ValueError("embed_font: the page has no </head>")
    shown = page_characters(page)
    if characters is not None:
        if not set(shown) <= set(characters):
            raise ValueError("embed_font: characters must include every character the page shows")
        shown = characters
    css = web_font_css(shown) + "\n" + _FONT_RULES.format(f=WEB_FONT_FAMILY)
    head, _, rest = page.partition("</head>")
    return f"{head}<style>\n{css}\n</style>\n</head>{rest}"


def notebook_title(nb) -> str:
    """The first Markdown heading of a notebook (``# Capex``), or an empty string."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
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

    nb = copy.deepcopy(nb)
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
            if printed in linked:
                others = [o for o in cell.outputs if o.get("output_type") != "stream"]
                cell.outputs = [linked[printed], *others]
        cell.metadata = {k: v for k, v in cell.metadata.items() if k == "tags"}
    nb.metadata = {k: v for k, v in nb.metadata.items() if k in ("kernelspec", "language_info")}
    return nb


def notebook_html(nb, title: str) -> str:
    """Render an executed notebook as one self-contained HTML page (inputs hidden)."""
    import jinja2
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        extra_loaders=[jinja2.DictLoader({_TEMPLATE_NAME: _TEMPLATE})],
        template_file=_TEMPLATE_NAME,
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    nb = _report_ready(nb)
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    # nbconvert writes lang="en"; Chinese pages need zh-CN so browsers pick the Simplified
    # Chinese face of a CJK font (with "en" they fall back to Japanese glyph shapes)
    lang = nb.metadata.get("papermill", {}).get("parameters", {}).get("lang", "zh")
    if lang == "zh":
        body = body.replace('<html lang="en">', '<html lang="zh-CN">', 1)
    if REMOTE_REF.search(body):
        raise RuntimeError(f"report page {title!r} still references a remote script or style")
    return embed_font(body)


_INDEX = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
<style>
body {{ max-width: 48rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }}
li {{ margin: 0.3rem 0; }}
.failed {{ color: #b00020; }}
</style>
</head>
<body>
<h1>{title}</h1>
<ul>
{items}
</ul>
</body>
</html>
"""

_INDEX_TITLE = {"zh": "AIGC 研报数据分析", "en": "AIGC research notes: facts and charts"}
_FAILED = {"zh": "执行失败", "en": "failed"}


def index_html(pages: Iterable[Page], lang: str = "zh") -> str:
    """The report's index page: one link per notebook page, failures marked."""
    items = []
    for page in sorted(pages, key=lambda p: p.name):
        label = html.escape(page.title or page.name)
        link = f'<a href="{html.escape(page.file)}">{label}</a>'
        if page.status != "ok":
            note = html.escape(f"{_FAILED.get(lang, 'failed')}: {page.detail}".rstrip(": "))
            items.append(f'<li class="failed">{link} ({note})</li>')
        else:
            items.append(f"<li>{link}</li>")
    title = _INDEX_TITLE.get(lang, _INDEX_TITLE["en"])
    return embed_font(_INDEX.format(lang=html.escape(lang), title=html.escape(title),
                                    items="\n".join(items)))
