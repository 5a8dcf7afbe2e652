"""HTML from the package's Jinja2 templates: every value escaped, entities as html.escape gives."""
from __future__ import annotations

import html

import pandas as pd
import pytest

from aigc_analysis.present import htmlpage
from aigc_analysis.present.provenance import document_page, sources_index_page

HOSTILE = "<script>alert('x')</script> & \"quoted\""


def test_values_are_escaped_like_html_escape():
    out = htmlpage.render("linked_table.html.j2", cls="report-table", head=[HOSTILE],
                          rows=[[{"text": HOSTILE, "href": "a\"b"}]])
    assert "<script>" not in out
    assert out.count(html.escape(HOSTILE)) == 2
    assert "&#39;" not in out and "&#34;" not in out  # not MarkupSafe's entities


def test_a_missing_value_is_an_error_not_an_empty_cell():
    import jinja2

    with pytest.raises(jinja2.UndefinedError):
        htmlpage.render("linked_table.html.j2", cls="x", head=[])


def test_every_template_is_package_data():
    names = sorted(p.name for p in htmlpage.TEMPLATES_DIR.glob("*.j2"))
    assert {"report_index.html.j2", "source_document.html.j2", "source_index.html.j2",
            "source_page.html.j2", "linked_table.html.j2", "aigc_report.html.j2"} <= set(names)
    from aigc_analysis.paths import REPO_ROOT

    pyproject = (REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"templates/*.j2"' in pyproject and '"jinja2' in pyproject


def test_provenance_pages_escape_hostile_document_text():
    text = f"前言。{HOSTILE}资本开支为100亿元。"
    start = text.index("100亿元")
    doc = {"doc_id": "x<1>.txt", "text": text, "publisher": HOSTILE, "published": None,
           "title": None}
    facts = pd.DataFrame([{"doc_id": "x<1>.txt", "start": start, "end": start + 5,
                           "text": "100亿元", "entity": "<b>Co</b>", "metric": "capex",
                           "period": "2024"}])
    page = document_page(doc, facts, 0, embed=False)
    assert "<script>" not in page and "<b>Co" not in page
    assert html.escape(HOSTILE) in page
    assert f'<mark id="f-0-{start}-{start + 5}">100亿元</mark>' in page
    index = sources_index_page(pd.DataFrame([doc]), embed=False)
    assert '<a href="0.html">' in index and "<script>" not in index
    assert page.endswith("</html>\n") and index.endswith("</html>\n")
