"""Clickable provenance: every report number links to its exact, highlighted source characters.

Fast checks run on the seed tables (cached extraction) and on small inline frames; two builds
(a few theme notebooks on a copy of the seeds, and on two copies of one report edited to
disagree) check the real report pages end to end.
"""
from __future__ import annotations

import html
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from aigc_analysis import notebook_api as nb
from aigc_analysis.build import notebook_runs, run_build, write_theme_notebook
from aigc_analysis.narrative import narrate, narrative_numbers, unexplained_numbers
from aigc_analysis.paths import NOTEBOOKS_DIR, SEEDS_DIR, THEMES
from aigc_analysis.provenance import (
    anchor_id,
    document_index,
    document_page,
    fact_hrefs,
    sentence_bounds,
    source_pages,
)
from aigc_analysis.report import MARKDOWN_CELL as REPORT_MARKDOWN_CELL
from aigc_analysis.report import notebook_html
from aigc_analysis.store import read_documents, read_facts

MD_LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\((sources/(\d+)\.html)(?:#(f-\d+-\d+-\d+))?\)")
#: Marker links after a computed number, one per fact it uses.
MARKERS = set("¹²³⁴⁵⁶⁷⁸⁹")
#: A computed number (multiple or points) followed by its marker links.
COMPUTED = re.compile(r"\d+(?:\.\d+)?(?:倍|x|个百分点|pp)(?:\[[¹²³⁴⁵⁶⁷⁸⁹]\]\([^)]*\)){2,}")


def assert_quantities_linked(linked: str, facts) -> None:
    """Every quantity is a link to its fact, or a computed number followed by its fact links."""
    rest = MD_LINK.sub(" ", COMPUTED.sub(" ", linked))
    names = set(facts["entity"]) | set(facts["publisher"].dropna())
    left = [n.text for n in narrative_numbers(rest, names) if n.kind == "quantity"]
    assert left == [], left


MARK = re.compile(r'<mark id="(f-\d+-\d+-\d+)">(.*?)</mark>', re.S)


@pytest.fixture(scope="module")
def seed_tables():
    folder = nb.cached_tables(SEEDS_DIR)
    return read_facts(folder), read_documents(folder)


def marks(page: str) -> dict[str, str]:
    """id -> highlighted text (unescaped); an id must occur once on a page."""
    found = [(m.group(1), html.unescape(m.group(2))) for m in MARK.finditer(page)]
    ids = [i for i, _ in found]
    assert len(ids) == len(set(ids)), "duplicate mark ids"
    return dict(found)


def fact_for(anchor: str, facts: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The facts whose span the anchor names."""
    _, n, start, end = anchor.split("-")
    doc_id = {v: k for k, v in document_index(documents).items()}[int(n)]
    return facts.loc[(facts["doc_id"] == doc_id) & (facts["start"] == int(start))
                     & (facts["end"] == int(end))]


def unescape_md(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


# --------------------------------------------------------------------------- narrative links

@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("theme", THEMES)
def test_narrative_links_resolve_to_the_fact_text(theme, lang, seed_tables):
    facts, docs = seed_tables
    pages = source_pages(facts, docs, lang)
    linked = narrate(theme, facts, docs, lang=lang, links=True)
    plain = narrate(theme, facts, docs, lang=lang)
    # Links only add markup (and the marker links after computed numbers): without them the
    # text is the default narrative.
    assert MD_LINK.sub(lambda m: "" if m.group(1) in MARKERS else m.group(1), linked) == plain
    n_numbers = 0
    for m in MD_LINK.finditer(linked):
        page = pages[m.group(2)]
        if m.group(4) is None:  # the source heading links to the document's page
            continue
        if m.group(1) in MARKERS:  # one of the facts a computed number uses
            assert m.group(4) in marks(page), f"{m.group(0)}: no such highlight"
            continue
        n_numbers += 1
        label = unescape_md(m.group(1))
        assert unexplained_numbers(m.group(1), facts, docs) == [], label
        target = marks(page)
        assert m.group(4) in target, f"{m.group(0)}: no such highlight"
        rows = fact_for(m.group(4), facts, docs)
        assert len(rows) and (rows["text"] == target[m.group(4)]).all()
        values = pd.concat([rows["value"], rows["value_high"]]).dropna()
        assert any(abs(v - n.value) <= n.tolerance * 1.000001 + 1e-9 * abs(v)
                   for n in narrative_numbers(m.group(1)) for v in values), label
    assert n_numbers > 0
    assert_quantities_linked(linked, facts)


def test_links_need_documents(seed_tables):
    facts, _ = seed_tables
    with pytest.raises(ValueError, match="links=True needs the documents"):
        narrate("capex", facts, links=True)


def test_key_table_rows_link(seed_tables):
    facts, docs = seed_tables
    table = nb.key_table(facts, "capex", "zh", documents=docs)
    assert len(table.attrs["hrefs"]) == len(table) and all(table.attrs["hrefs"])
    rendered = nb.linked_table_html(table)
    assert rendered.count('class="source-link"') == len(table)
    assert "hrefs" not in nb.key_table(facts, "capex", "zh").attrs  # standalone: no links


# --------------------------------------------------------------------------- pages

def test_every_fact_with_offsets_is_highlighted(seed_tables):
    facts, docs = seed_tables
    pages = source_pages(facts, docs)
    assert set(pages) == {"sources/index.html"} | {f"sources/{i}.html" for i in range(len(docs))}
    hrefs = fact_hrefs(facts, docs)
    for href, text in zip(hrefs, facts["text"]):
        page, anchor = href.split("#")
        assert marks(pages[page])[anchor] == text
    for doc in docs.to_dict("records"):
        page = pages[f"sources/{document_index(docs)[doc['doc_id']]}.html"]
        assert html.escape(doc["publisher"]) in page
        assert str(doc["published"])[:7] in page


def frame(rows):
    cols = ["doc_id", "entity", "metric", "period", "value", "start", "end", "text"]
    return pd.DataFrame(rows, columns=cols)


def test_overlapping_and_shared_spans():
    text = "甲公司资本开支为443.5亿美元，同比增长35%。下一句。"
    s = text.index("443.5")
    facts = frame([
        ("a.txt", "甲", "capex", "2024", 4.435e10, s, s + 8, "443.5亿美元"),
        ("a.txt", "甲", "capex_usd", "2024", 4.435e10, s, s + 8, "443.5亿美元"),  # same span
        ("a.txt", "甲", "x", "", 443.5, s, s + 5, "443.5"),  # inside the first span
    ])
    page = document_page({"doc_id": "a.txt", "text": text, "publisher": "P",
                          "published": "2024-05-09"}, facts, 0)
    found = marks(page)
    assert found == {anchor_id(0, s, s + 8): "443.5亿美元", anchor_id(0, s, s + 5): "443.5"}
    assert page.count("<mark") == 2  # a shared span is one highlight, nested ones are apart


def test_document_text_is_escaped_and_files_are_numbered():
    text = "<script>alert(1)</script> 规模为5亿元。"
    s = text.index("5亿元")
    facts = frame([("<b>.txt", "X", "market_size", "", 5e8, s, s + 3, "5亿元")])
    docs = pd.DataFrame({"doc_id": ["<b>.txt"], "text": [text], "publisher": ["<i>P</i>"],
                         "published": ["2024-01-01"], "title": ["{{ 7*7 }} <img src=x>"]})
    pages = source_pages(facts, docs)
    assert set(pages) == {"sources/index.html", "sources/0.html"}
    for page in pages.values():
        assert "<script>" not in page and "<img" not in page and "<i>P" not in page
    assert "&lt;script&gt;" in pages["sources/0.html"]


def test_a_fact_not_matching_its_document_is_a_clear_error():
    facts = frame([("a.txt", "X", "m", "", 5.0, 0, 2, "5亿")])
    with pytest.raises(ValueError, match=r"a.txt: fact text '5亿' is not the document's "):
        document_page({"doc_id": "a.txt", "text": "六亿元", "publisher": "P",
                       "published": None}, facts, 0)


def test_sentence_bounds_stop_at_sentence_ends():
    text = "前文。第二句有数字12%；后面\n第三行"
    s = text.index("12%")
    a, b = sentence_bounds(text, s, s + 3)
    assert text[a:b] == "第二句有数字12%；"


# --------------------------------------------------------------------------- built report

class ReportLinks(HTMLParser):
    """Links to ``sources/`` in a theme page: (href, text, inside a key table)."""

    def __init__(self):
        super().__init__()
        self.links, self.rows = [], []
        self._href, self._text, self._table, self._row, self._cells = None, [], 0, None, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and (attrs.get("href") or "").startswith("sources/"):
            self._href, self._text = attrs["href"], []
        elif tag == "table" and "key-table" in (attrs.get("class") or ""):
            self._table += 1
        elif tag == "tr" and self._table:
            self._row, self._cells = [], 0
        elif tag == "td" and self._row is not None:
            self._cells += 1

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text), bool(self._table)))
            if self._row is not None:
                self._row.append(self._href)
            self._href = None
        elif tag == "table" and self._table:
            self._table -= 1
        elif tag == "tr" and self._row is not None:
            if self._cells:  # body rows (the header row has no links)
                self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)


def build_report(root: Path, corpus: Path, notebooks: list[str]) -> Path:
    nbdir = root / "notebooks"
    nbdir.mkdir()
    runs = {r.stem: r for r in notebook_runs(NOTEBOOKS_DIR)}
    for name in notebooks:
        run = runs[Path(name).stem]
        if run.theme is None:
            shutil.copy(run.path, nbdir / name)
        else:  # one theme of the template, under its run's name
            write_theme_notebook(run.path, run.theme, nbdir / name)
    out = root / "out"
    code = run_build(corpus=corpus, out=out, figures_dir=root / "figures", quiet=True,
                     notebooks_dir=nbdir, jobs=2)
    assert code == 0, (out / "notebooks").iterdir()
    return out


def check_report(out: Path, theme_pages: list[str]) -> list[tuple[str, str, bool]]:
    """Every sources link of the theme pages resolves to the fact's highlighted text."""
    facts, docs = read_facts(out), read_documents(out)
    report = out / "report"
    all_links = []
    for name in theme_pages:
        parser = ReportLinks()
        parser.feed((report / name).read_text(encoding="utf-8"))
        assert parser.links, f"{name}: no source links"
        assert parser.rows and all(len(r) == 1 for r in parser.rows), f"{name}: table rows"
        for href, text, _ in parser.links:
            page, _, anchor = href.partition("#")
            target = (report / page).read_text(encoding="utf-8")
            if not anchor:
                continue  # the source heading of a narrative paragraph
            rows = fact_for(anchor, facts, docs)
            assert len(rows), href
            assert marks(target)[anchor] == rows["text"].iloc[0]
            assert (rows["text"] == rows["text"].iloc[0]).all()
            assert unexplained_numbers(text, rows, docs) == [], (href, text)
        all_links += parser.links
    return all_links


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("seedbuild")
    corpus = root / "seeds"
    shutil.copytree(SEEDS_DIR, corpus)
    return build_report(root, corpus, ["10_capex.ipynb", "20_parameters.ipynb"])


def test_seed_report_numbers_link_to_highlights(seed_build):
    links = check_report(seed_build, ["10_capex.html", "20_parameters.html"])
    assert any(in_table for *_, in_table in links)
    assert any(not in_table for *_, in_table in links)
    # The narrative page shows no raw key-table text once the linked table replaces it.
    page = (seed_build / "report" / "10_capex.html").read_text(encoding="utf-8")
    assert "doc                          entity" not in page
    assert (seed_build / "report" / "sources" / "index.html").exists()


def test_narrative_numbers_are_all_links(seed_build):
    nbk = nbformat.read(seed_build / "notebooks" / "10_capex.ipynb", as_version=4)
    # the narrative (the template's title and headings are Markdown marked for the report)
    markdown = [o["data"]["text/markdown"] for c in nbk.cells if c.cell_type == "code"
                for o in c.get("outputs", []) if "text/markdown" in o.get("data", {})
                and not o.get("metadata", {}).get(REPORT_MARKDOWN_CELL)]
    assert len(markdown) == 1
    facts, docs = read_facts(seed_build), read_documents(seed_build)
    plain = MD_LINK.sub(lambda m: "" if m.group(1) in MARKERS else m.group(1), markdown[0])
    assert unexplained_numbers(plain, facts, docs) == []
    assert_quantities_linked(markdown[0], facts)
    # The page rendered from it is self-contained.
    assert "https://" not in notebook_html(nbk, "capex").split("<body")[0].split("<style")[0]


def test_two_copies_edited_to_disagree(tmp_path):
    source = next(SEEDS_DIR.glob("001_*.txt"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    raw = source.read_bytes().decode("utf-8")
    shutil.copy(source, corpus / source.name)
    (corpus / ("copy_" + source.name)).write_text(raw.replace("443.5亿美元", "543.5亿美元"),
                                                  encoding="utf-8")
    out = build_report(tmp_path, corpus, ["10_capex.ipynb"])
    links = check_report(out, ["10_capex.html"])
    texts = {text for _, text, _ in links}
    assert {"443.5亿美元", "543.5亿美元"} <= texts
    pages = {href.split("#")[0] for href, text, _ in links if text in ("443.5亿美元", "543.5亿美元")}
    assert len(pages) == 2  # each value links into its own document's page
