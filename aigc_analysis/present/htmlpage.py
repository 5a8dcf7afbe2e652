"""HTML from Jinja2 templates (``aigc_analysis/templates/``), every value autoescaped.

The report index, the provenance pages and the linked key tables are rendered here; no module
joins HTML strings by hand. Values are escaped with :func:`html.escape` (``&quot;``, ``&#x27;``)
rather than MarkupSafe's numeric entities, so pages keep the bytes they had; a value that is
already :class:`markupsafe.Markup` (a rendered fragment) is inserted as is.
"""
from __future__ import annotations

import functools
import html

from ..paths import PACKAGE_DIR

#: Folder of the package's Jinja2 templates (package data).
TEMPLATES_DIR = PACKAGE_DIR / "templates"


def _escaped(value):
    from markupsafe import Markup

    if hasattr(value, "__html__"):
        return value
    return Markup(html.escape(str(value)))


@functools.lru_cache(maxsize=1)
def environment():
    """The one Jinja2 environment: package templates, autoescape, strict undefined names.

    ``keep_trailing_newline``: a template's last byte is the page's last byte.
    """
    # jinja2 is imported here: the extractor and notebook kernels never render HTML
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True,
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                              finalize=_escaped)


def render(name: str, **context) -> str:
    """Render the template ``name`` (a file in :data:`TEMPLATES_DIR`) with ``context``.

    >>> render("linked_table.html.j2", cls="report-table", head=["<b>"], rows=[[{"text": "a&b", "href": ""}]])
    '<table class="report-table">\\n<thead><tr><th>&lt;b&gt;</th></tr></thead>\\n<tbody>\\n<tr><td>a&amp;b</td></tr>\\n</tbody>\\n</table>'
    """
    return environment().get_template(name).render(**context)


__all__ = ["TEMPLATES_DIR", "environment", "render"]
