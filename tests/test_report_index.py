"""The report's index page: coverage, headline figures with their source, contradictions,
in the build's language; and pages cut to one language."""
from __future__ import annotations

import re

import pytest

from aigc_analysis.present.labels import theme_label
from aigc_analysis.paths import THEMES
from aigc_analysis.present.report import Page, index_html, one_language
from aigc_analysis.present.pages import page_characters
from aigc_analysis.tables.store import write_tables
from helpers_facts import gold_documents, gold_facts

PAGES = [Page(f"{i}0_{t}", t, f"{i}0_{t}.html", "ok") for i, t in enumerate(THEMES, start=1)]


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    facts = gold_facts()
    # two reports disagreeing on one figure: the index must list the contradiction
    extra = facts.loc[facts["metric"] == "capex"].head(1).copy()
    extra["doc_id"] = "zz_copy.txt"
    extra["value"] = extra["value"] * 1.5
    docs = gold_documents()
    copy = docs.loc[docs["doc_id"] == facts.loc[extra.index[0], "doc_id"]].copy()
    copy["doc_id"] = "zz_copy.txt"
    import pandas as pd

    folder = tmp_path_factory.mktemp("tables")
    write_tables(pd.concat([facts, extra], ignore_index=True),
                 pd.concat([docs, copy], ignore_index=True), folder)
    return folder


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_index_reads_in_a_minute(tables, lang):
    page = index_html(PAGES, lang, tables=tables)
    text = page_characters(page)
    for theme in THEMES:
        assert theme_label(theme, lang) in text
    if lang == "zh":
        assert re.search(r"\d+份研报，\d+家发布机构（[^）]*证券", text), text[:300]
        assert "研报之间的矛盾" in text and "北美四大云厂商" in text
        assert re.search(r"\d{4}年\d{1,2}月", text)
    else:
        assert re.search(r"\d+ reports from \d+ publishers", text)
        assert "Contradictions between reports" in text and "Big-4 US cloud providers" in text
    # headline values link to their sentences
    assert re.search(r'<a href="sources/\d+\.html#f-\d+-\d+-\d+">', page)
    # the planted disagreement is listed with both reports' values
    section = page.split("<h2>" + ("研报之间的矛盾" if lang == "zh" else
                                   "Contradictions between reports"))[1]
    assert "<table>" in section.split("<h2>")[0]
    assert "_" not in re.sub(r"<[^>]+>", "", section.split("<h2>")[0])


def test_index_without_tables_lists_pages_and_escapes():
    page = index_html([Page("10_capex", "<b>x</b>", "10_capex.html", "failed", "cell 3")], "zh")
    assert "&lt;b&gt;x&lt;/b&gt;" in page and 'class="failed"' in page
    assert "@font-face" in page


def test_bilingual_markdown_is_cut_to_one_language():
    md = "# 资本开支 / Capex\n\n按公司群与期间。\n\nBy company group and period."
    assert one_language(md, "zh") == "# 资本开支\n\n按公司群与期间。"
    assert one_language(md, "en") == "# Capex\n\nBy company group and period."
    assert one_language("只有中文。", "en") == "只有中文。"  # nothing to choose from
