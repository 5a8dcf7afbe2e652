"""PDF pages per second and the HTML extractors compared, on fixtures made here.

Prints figures; asserts nothing. Run from the repository root:

    .venv/bin/python bench/bench_formats.py            # ~40 s
    .venv/bin/python bench/bench_formats.py --pages 200

What it measures
----------------
- PDF: ``aigc_analysis.load.formats.extract_pdf`` (pypdfium2 characters -> lines, columns,
  paragraphs, tables) in pages/second on a long PDF written from the seeds' paragraphs (fpdf2,
  Noto CJK embedded, a table every few pages); next to it PDFium's own plain text
  (``get_text_range``, no layout) and, when installed, pdfplumber's ``extract_text`` and
  ``extract_tables`` (characters found; pages/second).
- The PDF of the fixture report: does each library get the table back as rows?
- HTML: this package's lxml rules vs trafilatura and readability-lxml (when installed) on the
  WeChat-style fixture page: ms per page, furniture left in, table cells kept as rows.

pdfplumber, trafilatura and readability-lxml are not dependencies; to compare them:
``.venv/bin/uv pip install --python .venv/bin/python pdfplumber trafilatura readability-lxml``.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the fixture writers live with the tests

import format_fixtures as ff  # noqa: E402

from aigc_analysis.load.formats import extract_html, extract_pdf  # noqa: E402
from aigc_analysis.load.decode import decode_bytes  # noqa: E402
from aigc_analysis.paths import SEEDS_DIR  # noqa: E402

FURNITURE = ("热榜TOP10", "相关阅读", "5万亿美元", "10万+", "统计代码", "分享到", "京ICP")


def _seed_paragraphs() -> list[str]:
    paras = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        for line in decode_bytes(path.read_bytes())[0].split("\n"):
            line = " ".join(line.split())  # tabs have no glyph in the font
            if 20 <= len(line) <= 400:
                paras.append(line)
    return paras


def _rate(fn, n_pages: int, repeat: int = 3) -> tuple[float, object]:
    """Pages per second: the best of ``repeat`` timed runs after one untimed (imports, caches)."""
    out = fn()
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return n_pages / best, out


def bench_pdf(tmp: Path, want_pages: int) -> None:
    paras = _seed_paragraphs()
    while True:
        n_pages = ff.long_pdf(tmp / "long.pdf", paras)
        if n_pages >= want_pages:
            break
        paras = paras * 2
    data = (tmp / "long.pdf").read_bytes()
    print(f"PDF: {n_pages} pages, {len(data) / 1e6:.1f} MB (seed paragraphs, a table every few pages)")
    rate, ex = _rate(lambda: extract_pdf(data), n_pages)
    print(f"  aigc_analysis extract_pdf (pypdfium2 + layout) {rate:8.1f} pages/s  "
          f"{len(ex.text):,} chars, {ex.text.count(chr(9) + '2386.38%')} table rows found")

    import pypdfium2 as pdfium

    def plain():
        pdf = pdfium.PdfDocument(data)
        out = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        pdf.close()
        return out

    rate, text = _rate(plain, n_pages)
    print(f"  pypdfium2 get_text_range (no layout)         {rate:8.1f} pages/s  {len(text):,} chars")
    try:
        import pdfplumber
    except ImportError:
        print("  pdfplumber: not installed (see the docstring to compare)")
        return

    def plumber():
        with pdfplumber.open(tmp / "long.pdf") as pdf:
            return "".join(p.extract_text() or "" for p in pdf.pages)

    rate, text = _rate(plumber, n_pages, repeat=1)
    print(f"  pdfplumber extract_text                       {rate:8.1f} pages/s  {len(text):,} chars")


def bench_tables(tmp: Path) -> None:
    path = ff.write_pdf(tmp / "report.pdf")
    data = path.read_bytes()
    want = "\t".join(ff.TABLE[1])
    print("Table of the fixture report (5 columns x 5 rows, ruled):")
    ex = extract_pdf(data)
    print(f"  aigc_analysis extract_pdf: row as tab-separated cells: {want in ex.text}; "
          f"text equals the .txt apart from page furniture: "
          f"{_without_furniture(ex) == ff.report_text()}")
    try:
        import pdfplumber
    except ImportError:
        return
    with pdfplumber.open(path) as pdf:
        tables = [t for p in pdf.pages for t in p.extract_tables()]
        chars = sum(len(p.chars) for p in pdf.pages)
    print(f"  pdfplumber: {chars} characters read, tables {[len(t) for t in tables]}, "
          f"cells {tables[0][1] if tables else None}")


def _chromium_pdf(tmp: Path, paras: list[str]) -> Path | None:
    """The seed paragraphs (and a table every 25) printed to PDF by Chromium, if installed."""
    import html
    import os
    import shutil
    import subprocess

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        return None
    import noto_cjk_sans_otc

    fonts = tmp / "xdg" / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    link = fonts / Path(noto_cjk_sans_otc.FONT_PATH).name
    if not link.exists():
        link.symlink_to(noto_cjk_sans_otc.FONT_PATH)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in ff.TABLE)
    body = []
    for i, p in enumerate(paras):
        body.append(f"<p>{html.escape(p)}</p>")
        if i % 25 == 24:
            body.append(f"<p>{html.escape(ff.CAPTION)}</p><table border=1>{rows}</table>")
    page = tmp / "long.html"
    page.write_text('<html><head><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC"}'
                    "table{border-collapse:collapse}</style></head><body>" + "".join(body) + "</body></html>",
                    encoding="utf-8")
    out = tmp / "chromium.pdf"
    env = dict(os.environ, XDG_DATA_HOME=str(tmp / "xdg"))
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp / 'profile'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", page.as_uri()],
                   env=env, capture_output=True, timeout=180, check=False)
    return out if out.exists() else None


def bench_chromium(tmp: Path) -> None:
    """The same comparison on a PDF pdfminer can read (Chromium's, TrueType CID fonts)."""
    path = _chromium_pdf(tmp, _seed_paragraphs())
    if path is None:
        print("Chromium PDF: chromium not installed (scripts/install_browser.sh), skipped")
        return
    import pypdfium2 as pdfium

    data = path.read_bytes()
    n_pages = len(pdfium.PdfDocument(data))
    print(f"Chromium PDF of the seed paragraphs: {n_pages} pages, a ruled table every 25 paragraphs")
    rate, ex = _rate(lambda: extract_pdf(data), n_pages)
    want = "\t".join(ff.TABLE[1])
    print(f"  aigc_analysis extract_pdf   {rate:8.1f} pages/s  {len(ex.text):,} chars, "
          f"{ex.text.count(want)} table rows as tab-separated cells")
    try:
        import pdfplumber
    except ImportError:
        print("  pdfplumber: not installed")
        return

    def plumber():
        with pdfplumber.open(path) as pdf:
            return "".join(p.extract_text() or "" for p in pdf.pages)

    rate, text = _rate(plumber, n_pages, repeat=1)
    print(f"  pdfplumber extract_text     {rate:8.1f} pages/s  {len(text):,} chars")

    def plumber_tables():
        with pdfplumber.open(path) as pdf:
            return [t for p in pdf.pages for t in p.extract_tables()]

    rate, tables = _rate(plumber_tables, n_pages, repeat=1)
    rows = sum(1 for t in tables for r in t if r == ff.TABLE[1])
    print(f"  pdfplumber extract_tables   {rate:8.1f} pages/s  {len(tables)} tables, {rows} rows equal to the source")


def _without_furniture(ex) -> str:
    text = ex.text
    for s, e, _ in sorted(ex.boilerplate, reverse=True):
        text = text[:s] + text[e + 1:]
    return text


def bench_html() -> None:
    page = ff.report_html().encode()
    print("HTML (WeChat-style fixture page):")
    want_row = "\t".join(ff.TABLE[1])
    t0 = time.perf_counter()
    for _ in range(20):
        text = extract_html(page).text
    ms = (time.perf_counter() - t0) / 20 * 1000
    left = [f for f in FURNITURE if f in text]
    print(f"  aigc_analysis (lxml rules)   {ms:6.1f} ms/page  furniture left {left}  "
          f"table row kept: {want_row in text}  body text equals the .txt: "
          f"{text.split(chr(10))[1:] == ff.report_text().split(chr(10))[1:]}")
    try:
        import trafilatura
    except ImportError:
        print("  trafilatura: not installed")
    else:
        t0 = time.perf_counter()
        for _ in range(20):
            out = trafilatura.extract(page.decode(), include_tables=True, favor_recall=True) or ""
        ms = (time.perf_counter() - t0) / 20 * 1000
        left = [f for f in FURNITURE if f in out]
        print(f"  trafilatura {trafilatura.__version__:8s}         {ms:6.1f} ms/page  furniture left {left}  "
              f"table row kept: {want_row in out}  cells present: {all(c in out for c in ff.TABLE[1])}")
        print("    its table row: " + next((ln for ln in out.split("\n") if "2386.38%" in ln), "(none)"))
    try:
        import lxml.html
        from readability import Document
    except ImportError:
        print("  readability-lxml: not installed")
    else:
        t0 = time.perf_counter()
        for _ in range(20):
            summary = Document(page.decode()).summary()
        ms = (time.perf_counter() - t0) / 20 * 1000
        out = lxml.html.fromstring(summary).text_content()
        left = [f for f in FURNITURE if f in out]
        print(f"  readability-lxml             {ms:6.1f} ms/page  furniture left {left}  "
              f"table kept (HTML, to be flattened again): {'<table' in summary}  "
              f"cells present: {all(c in out for c in ff.TABLE[1])}")


def main() -> None:
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # one FontBBox line per glyph otherwise
    logging.getLogger("fpdf").setLevel(logging.ERROR)  # tab characters have no glyph: harmless
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=60, help="at least this many pages in the long PDF")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_pdf(Path(tmp), args.pages)
        bench_tables(Path(tmp))
        bench_chromium(Path(tmp))
    bench_html()


if __name__ == "__main__":
    main()
