"""PDF, HTML and DOCX inputs: one report in four formats gives the same facts four times.

The fixtures are written here (``format_fixtures.py``) from invented text: a two-column cover,
a results table with its caption, running headers and footers, a paragraph broken across pages
in mid-sentence and a disclaimer page (PDF); navigation, a WeChat header, share and related
blocks around the article (HTML); a table among paragraphs (DOCX).
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import warnings

import format_fixtures as ff
import pandas as pd
import pytest

from aigc_analysis.load.formats import (
    SCANNED_PDF, FormatError, extract, extract_html, format_of, page_of,
)
from aigc_analysis.load.corpus import load_corpus
from aigc_analysis.paths import REPO_ROOT

pytest.importorskip("fpdf", reason="the PDF fixtures need fpdf2 (dev extra: scripts/setup_env.sh dev)")

KEY = ["entity", "metric", "value", "value_high", "unit", "period"]


def _load(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(source)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("mixed")
    ff.write_report(path)
    return path


@pytest.fixture(scope="module")
def docs(folder):
    return _load(folder)


@pytest.fixture(scope="module")
def facts(docs):
    from aigc_analysis.pipeline.extraction import extract_facts

    return extract_facts(docs)


def _doc(docs, doc_id):
    return docs.loc[docs["doc_id"] == doc_id].iloc[0]


def _body_lines(doc) -> list[str]:
    """The stored text's lines without page furniture (boilerplate of kind ``page``)."""
    text = doc["text"]
    furniture = [(s, e) for s, e, kind in doc["boilerplate"] if kind == "page"]
    out, pos = [], 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line and any(s <= start and start + len(line) <= e for s, e in furniture):
            continue
        out.append(line)
    return out


# --- the same report four times -------------------------------------------------------------
def test_folder_mixes_four_formats(docs):
    assert docs.attrs["problems"] == []
    assert dict(zip(docs["doc_id"], docs["format"])) == {
        "report.docx": "docx", "report.html": "html", "report.pdf": "pdf", "report.txt": "txt"}
    assert dict(zip(docs["doc_id"], docs["pages"].astype(object).where(docs["pages"].notna(), None))) == {
        "report.docx": None, "report.html": None, "report.pdf": 4, "report.txt": None}


def test_same_facts_four_times_tables_included(docs, facts):
    keys = {doc_id: sorted(map(tuple, g[KEY].astype(str).values.tolist()))
            for doc_id, g in facts.groupby("doc_id")}
    assert set(keys) == set(docs["doc_id"])
    assert len(keys["report.txt"]) >= 25
    for doc_id, k in keys.items():
        assert k == keys["report.txt"], doc_id
    # the table's cells are facts in every format (the densest facts of a report)
    for doc_id in keys:
        own = facts.loc[facts["doc_id"] == doc_id]
        text = _doc(docs, doc_id)["text"]
        in_rows = [t for t, s in zip(own["text"], own["start"])
                   if "\t" in text[text.rfind("\n", 0, s) + 1:text.find("\n", s)]]
        assert "2386.38%" in in_rows and "1206.69" in in_rows, doc_id


def test_offsets_index_the_stored_text(docs, facts):
    texts = dict(zip(docs["doc_id"], docs["text"]))
    for rec in facts.itertuples():
        assert texts[rec.doc_id][rec.start:rec.end] == rec.text


def test_metadata_from_the_file_and_the_text(docs):
    for doc in docs.itertuples():
        assert doc.title == ff.TITLE, doc.doc_id
        assert doc.published == dt.date(2025, 11, 24), doc.doc_id
        assert doc.publisher == "Huaxi Securities", doc.doc_id


# --- PDF ----------------------------------------------------------------------------------------
def test_pdf_text_is_the_report_in_the_stored_layout(docs):
    """Columns read column by column, the table as tab rows under its caption, the paragraph
    broken across pages joined, lines inside paragraphs joined: only page furniture differs."""
    assert _body_lines(_doc(docs, "report.pdf")) == ff.report_text().split("\n")


def test_pdf_page_numbers_per_offset(docs):
    doc = _doc(docs, "report.pdf")
    text, starts = doc["text"], doc["page_starts"]
    assert len(starts) == doc["pages"] == 4 and starts == sorted(starts) and starts[0] == 0
    assert page_of(starts, text.index("表1：")) == 1
    assert page_of(starts, text.index("推理场景的服务器采购")) == 2
    # the paragraph runs on: page 3 starts inside it, in mid-sentence
    joined = text.index("第二增长曲线，国产芯片在推理场景")
    assert page_of(starts, joined) == 2 and page_of(starts, joined + len("第二增长曲线，")) == 3
    assert text[starts[2] - 1] != "\n"
    assert page_of(starts, text.index("免责声明\n")) == 4


def test_pdf_furniture_and_disclaimer_page_are_boilerplate(docs):
    doc = _doc(docs, "report.pdf")
    text = doc["text"]
    spans = doc["boilerplate"]

    def kind_at(offset):
        return next((k for s, e, k in spans if s <= offset < e), None)

    footers = [i for i in range(len(text)) if text.startswith(ff.FOOTER_LEFT, i)]
    headers = [i for i in range(len(text)) if text.startswith(ff.HEADER[0], i)]
    assert len(footers) == 4 and len(headers) == 3
    assert all(kind_at(i) == "page" for i in footers + headers)
    assert all(kind_at(text.index(f"第 {n} 页 / 共 4 页")) == "page" for n in range(1, 5))
    assert kind_at(text.index("本报告仅供")) == "disclaimer"
    assert kind_at(text.index("海光信息三季度单季营收")) is None


def test_scanned_pdf_gets_one_line_and_the_rest_loads(tmp_path):
    ff.scanned_pdf(tmp_path / "scan.pdf")
    ff.write_txt(tmp_path / "report.txt")
    docs = _load(tmp_path)
    assert list(docs["doc_id"]) == ["report.txt"]
    assert docs.attrs["problems"] == [f"{tmp_path / 'scan.pdf'}: {SCANNED_PDF}"]
    assert SCANNED_PDF == "no text layer (scanned PDF?); OCR is not supported"


@pytest.mark.parametrize("make, message", [
    (lambda p: ff.encrypted_pdf(p), "encrypted PDF (needs a password); not loaded"),
    (lambda p: p.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50), "damaged or unreadable PDF ("),
    (lambda p: p.write_bytes(ff.report_text().encode()), "damaged or unreadable PDF ("),
    (lambda p: p.write_bytes(b""), "empty file (0 bytes)"),
])
def test_bad_pdfs_get_their_own_line(tmp_path, make, message):
    make(tmp_path / "bad.pdf")
    ff.write_txt(tmp_path / "report.txt")
    docs = _load(tmp_path)
    assert list(docs["doc_id"]) == ["report.txt"]
    [problem] = docs.attrs["problems"]
    assert problem.startswith(f"{tmp_path / 'bad.pdf'}: {message}")
    assert "\n" not in problem


def test_truncated_pdf_is_reported_not_raised(folder, tmp_path):
    data = (folder / "report.pdf").read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 3])
    docs = _load(tmp_path / "cut.pdf")
    # PDFium may recover the pages it can read; either way one line, never a traceback
    if len(docs):
        assert docs.loc[0, "format"] == "pdf"
    else:
        [problem] = docs.attrs["problems"]
        assert "PDF" in problem


# --- HTML ---------------------------------------------------------------------------------------
def test_html_drops_site_furniture_and_keeps_the_table(docs):
    text = _doc(docs, "report.html")["text"]
    for furniture in ("热榜TOP10", "首页", "相关阅读", "5万亿美元", "10万+", "统计代码", "分享到", "京ICP",
                      "var ct"):
        assert furniture not in text
    assert "\t".join(ff.TABLE[1]) in text.split("\n")
    assert text.split("\n")[0] == ff.TITLE


def test_html_metadata_hints():
    hints = extract_html(ff.report_html().encode()).hints
    assert hints == {"title": ff.TITLE, "author": ff.WECHAT_ACCOUNT, "published": dt.date(2025, 11, 24)}


def test_html_dates_from_meta_and_wechat_script():
    page = ('<html><head><meta property="og:title" content="标题">'
            '<meta property="article:published_time" content="2024-05-09T08:00:00+08:00"></head>'
            '<body><article><p>海光信息营收增长20%。</p></article></body></html>')
    assert extract_html(page.encode()).hints["published"] == dt.date(2024, 5, 9)
    # WeChat: epoch seconds in a script, dated in Beijing (2024-05-08 20:00 UTC is 05-09 there)
    stamp = int(dt.datetime(2024, 5, 8, 20, 0, tzinfo=dt.timezone.utc).timestamp())
    page = (f'<html><head><script>var ct = "{stamp}";</script></head><body>'
            '<div id="js_content"><p>海光信息营收增长20%。</p></div></body></html>')
    assert extract_html(page.encode()).hints["published"] == dt.date(2024, 5, 9)


def test_html_encoding_from_the_meta_tag(tmp_path):
    ff.write_html(tmp_path / "gbk.html", charset="gbk")
    ff.write_html(tmp_path / "utf8.html")
    docs = _load(tmp_path)
    assert dict(zip(docs["doc_id"], docs["encoding"])) == {"gbk.html": "gb18030", "utf8.html": "utf-8"}
    assert docs.loc[0, "text"] == docs.loc[1, "text"]


def test_html_without_an_article_is_one_line(tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><nav>首页</nav><script>x=1</script></body></html>",
                                         encoding="utf-8")
    docs = _load(tmp_path / "empty.html")
    assert docs.empty
    assert docs.attrs["problems"] == [f"{tmp_path / 'empty.html'}: no article text found in the page"]


# --- DOCX ---------------------------------------------------------------------------------------
def test_docx_paragraphs_and_tables_in_order(docs):
    lines = _doc(docs, "report.docx")["text"].split("\n")
    caption = lines.index(ff.CAPTION)
    assert lines[caption - 1] == ""
    assert lines[caption + 1:caption + 1 + len(ff.TABLE)] == ["\t".join(r) for r in ff.TABLE]
    assert lines[caption + 1 + len(ff.TABLE)] == ""


def test_docx_merged_cells_are_not_repeated(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("表2：估值（单位：倍）")
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "估值"
    for j, v in enumerate(["公司", "2025E", "2026E"]):
        table.cell(1, j).text = v
    for j, v in enumerate(["寒武纪", "285", "185"]):
        table.cell(2, j).text = v
    document.save(tmp_path / "m.docx")
    text = extract((tmp_path / "m.docx").read_bytes(), "docx").text
    assert text == "表2：估值（单位：倍）\n估值\n公司\t2025E\t2026E\n寒武纪\t285\t185\n\n"


def test_damaged_docx_is_one_line(tmp_path):
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(FormatError, match=r"^damaged or not a Word \.docx file"):
        extract((tmp_path / "bad.docx").read_bytes(), "docx")


# --- dispatch, storage, CLI ---------------------------------------------------------------------
def test_format_by_suffix_and_text_files_unchanged(tmp_path):
    assert [format_of(n) for n in ("a.PDF", "b.htm", "c.html", "d.docx", "e.txt", "f.md")] == [
        "pdf", "html", "html", "docx", "txt", "txt"]
    # a PDF named .txt is still refused as binary text, as before
    (tmp_path / "x.txt").write_bytes(b"%PDF-1.7\n")
    assert _load(tmp_path).attrs["problems"] == [f"{tmp_path / 'x.txt'}: binary file (PDF document), not text"]


def test_cli_extract_takes_the_mixed_folder(folder, tmp_path):
    out = tmp_path / "out"
    res = subprocess.run([sys.executable, "-m", "aigc_analysis.pipeline.cli", "extract", str(folder), "--out", str(out)],
                         capture_output=True, text=True, cwd=REPO_ROOT, timeout=300)
    assert res.returncode == 0, res.stderr
    assert "from 4 documents" in res.stdout
    documents = pd.read_csv(out / "documents.csv")
    assert dict(zip(documents["doc_id"], documents["format"])) == {
        "report.docx": "docx", "report.html": "html", "report.pdf": "pdf", "report.txt": "txt"}
    assert documents.set_index("doc_id").loc["report.pdf", "pages"] == 4
    from aigc_analysis.tables.store import read_documents

    stored = read_documents(out).set_index("doc_id")
    assert len(stored.loc["report.pdf", "page_starts"]) == 4
    assert stored.loc["report.txt", "page_starts"] == []


def test_streaming_engine_keeps_format_and_pages(folder, tmp_path):
    from aigc_analysis.pipeline.engine import extract_paths, read_documents

    extract_paths(folder, tmp_path / "out", jobs=1)
    docs = read_documents(tmp_path / "out").set_index("doc_id")
    assert docs.loc["report.pdf", "format"] == "pdf" and docs.loc["report.pdf", "pages"] == 4
    assert len(json.loads(docs.loc["report.pdf", "page_starts"])) == 4


def test_source_page_shows_the_pdf_page(docs, facts):
    from aigc_analysis.present.provenance import document_page

    doc = _doc(docs, "report.pdf").to_dict()
    own = facts.loc[facts["doc_id"] == "report.pdf"]
    page = document_page(doc, own, 0)
    assert '<span class="page">第 3 页</span>' in page  # the TrendForce figures after the break
    assert '<span class="page">第 1 页</span>' in page
    txt = document_page(_doc(docs, "report.txt").to_dict(), facts.loc[facts["doc_id"] == "report.txt"], 1)
    assert 'class="page"' not in txt
    en = document_page(doc, own, 0, lang="en")
    assert '<span class="page">p. 3</span>' in en


def test_pdf_with_a_scanned_page_loads_the_text_pages(tmp_path):
    ff.half_scanned_pdf(tmp_path / "half.pdf")
    docs = _load(tmp_path)
    assert docs.loc[0, "text"] == "海光信息三季度单季营收40.26亿元，同比增长69.60%。\n"
    assert docs.loc[0, "pages"] == 2 and docs.loc[0, "page_starts"] == [0, len(docs.loc[0, "text"])]
    assert docs.attrs["problems"][0] == (f"{tmp_path / 'half.pdf'}: 1 page(s) without a text layer "
                                         f"(first: page 2); their content is not read")


def test_cjk_radicals_from_pdf_fonts_become_ideographs():
    """PDF fonts often map glyphs to radical code points (Chromium's PDFs: 同⽐增⻓)."""
    from aigc_analysis.load.formats import _radicals

    table = _radicals()
    assert "同" + table[ord("⽐")] + "增" + table[ord("⻓")] == "同比增长"
    assert table[ord("⼊")] == "入" and table[ord("⻔")] == "门"


def test_html_table_colspan_caption_and_nested_blocks():
    page = ("<html><body><div class='content'><p>正文：海光信息营收增长20%。</p>"
            "<table><caption>表2：估值（单位：倍）</caption><tr><th>公司</th><th colspan='2'>PE</th></tr>"
            "<tr><td>寒武纪</td><td>285</td><td>185</td></tr></table>"
            "<div>结论<br>维持评级</div></div></body></html>")
    assert extract_html(page.encode()).text == (
        "正文：海光信息营收增长20%。\n\n表2：估值（单位：倍）\n公司\tPE\n寒武纪\t285\t185\n\n结论\n维持评级\n")


@pytest.fixture(scope="module")
def chromium_pdf(tmp_path_factory):
    """The HTML fixture page printed to PDF by Chromium (the browser tests' Debian chromium)."""
    import os
    import shutil

    import noto_cjk_sans_otc

    browser = shutil.which("chromium")
    if browser is None:
        pytest.skip("chromium not installed (scripts/install_browser.sh)")
    tmp = tmp_path_factory.mktemp("chromium")
    fonts = tmp / "xdg" / "fonts"
    fonts.mkdir(parents=True)
    (fonts / "NotoSansCJK-Regular.ttc").symlink_to(noto_cjk_sans_otc.FONT_PATH)
    page = ff.write_html(tmp / "page.html")
    out = tmp / "page.pdf"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-pdf-header-footer", f"--user-data-dir={tmp / 'profile'}", f"--print-to-pdf={out}",
                    page.as_uri()], env=dict(os.environ, XDG_DATA_HOME=str(tmp / "xdg")),
                   capture_output=True, timeout=120, check=False)
    if not out.exists():
        pytest.skip("chromium did not print the page")
    return out


def test_chromium_pdf_radicals_and_a_tight_table(chromium_pdf):
    """Chromium's PDFs map some glyphs to CJK radicals and set tables with 2-3 pt between
    cells and no rules: the text still reads 同比增长 and the rows come back as cells."""
    ex = extract(chromium_pdf.read_bytes(), "pdf")
    assert "同比增长69.60%" in ex.text and "⽐" not in ex.text and "⻓" not in ex.text
    rows = [line for line in ex.text.split("\n") if "\t" in line]
    assert "\t".join(ff.TABLE[-1]) in rows and "\t".join(ff.TABLE[-2]) in rows
    assert "● 海外：微软2025财年第一季度资本开支为200亿美元" in ex.text  # a flat 一 stays on its line


def test_pdf_table_cells_never_dropped():
    """A segment lying between the columns (a wide or shifted cell) joins the nearest column."""
    from aigc_analysis.load.formats import _Line, _Seg, _table_rows

    def line(*cells):
        return _Line(0, 10, 10, [_Seg(x0, x1, t, 10, 10) for x0, x1, t in cells])

    block = [line((0, 20, "公司"), (100, 140, "营收"), (200, 240, "同比")),
             line((0, 30, "寒武纪"), (100, 130, "46.07"), (200, 250, "2386%")),
             line((0, 30, "海光"), (150, 180, "94.90"))]
    rows = _table_rows(block)
    assert rows[2] == ["海光", "94.90", ""]
    assert [c for r in rows for c in r if c] == [t for ln in block for t in (s.text for s in ln.segs)]


def test_html_body_found_without_markers():
    """No article tag or known class: the element holding most paragraph text is the body."""
    page = ("<html><body><div><ul><li><a href='/'>首页</a></li><li><a href='/x'>行情中心 涨幅榜 5%</a></li></ul></div>"
            "<div><div><p>海光信息三季度单季营收40.26亿元，同比增长69.60%。</p>"
            "<p>工业富联三季度归母净利润103.73亿元，同比增长62.04%。</p></div></div>"
            "<div><p>友情链接</p></div></body></html>")
    assert extract_html(page.encode()).text == (
        "海光信息三季度单季营收40.26亿元，同比增长69.60%。\n工业富联三季度归母净利润103.73亿元，同比增长62.04%。\n")
