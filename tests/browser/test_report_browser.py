"""The built HTML report opened from disk in headless chromium, as a reader opens it.

Every page (index, one per notebook, the provenance pages under ``sources/``) must load every
image, log no console error, open no dialog, send no request off the machine, and draw its
Chinese title and running text with the CJK font the page embeds: the browser is given no CJK
font of its own (``report_env``), as on a fresh machine. A report containing hostile text (script tags, event handlers,
Markdown links, format and template braces, TeX) must show that text literally. Broken copies
(an image missing, the embedded font removed) must fail the same checks: proof the checks can
fail.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from browser_helpers import build_report, run_driver

from aigc_analysis.pipeline.build import notebook_runs
from aigc_analysis.paths import NOTEBOOKS_DIR

pytestmark = pytest.mark.browser

HAN = re.compile(r"[\u4e00-\u9fff]")
#: Hostile strings placed in a report's text; each must reach the reader as literal text.
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>",
           "[link](http://evil.example)", "{__class__}", "{{ 7*7 }}", "$x^2$")
HOSTILE_REPORT = """<script>alert(1)</script>微软资本开支研究<img src=x onerror=alert(2)>
华泰证券研究所
发布日期：2024年5月9日

2024年微软资本开支为100亿美元<script>alert(1)</script>，同比增长20%<img src=x onerror=alert(2)>。
谷歌资本开支为120亿美元[link](http://evil.example)，同比增长15%{__class__}。
亚马逊资本开支为150亿美元{{ 7*7 }}，同比增长10%，$x^2$。
"""


def report_pages(report_dir: Path) -> list[Path]:
    """Every HTML page of a report: index first, then the others in path order."""
    pages = sorted(report_dir.rglob("*.html"))
    index = report_dir / "index.html"
    assert index in pages, f"{report_dir}: no index.html"
    return [index] + [p for p in pages if p != index]


def check_pages(pages: list[Path], chromium: str, env: dict, workdir: Path,
                screenshots: bool = True) -> dict[str, dict]:
    shots = workdir / "screenshots"
    shots.mkdir(exist_ok=True)
    out = run_driver("report_check.mjs", {
        "chromium": chromium, "pages": [str(p) for p in pages],
        "screenshot_dir": str(shots) if screenshots else None, "title_selector": "h1",
    }, env, workdir)
    return {r["file"]: r for r in out["pages"]}


def _embedded_glyphs(fonts) -> int:
    """Glyphs drawn with the page's own web font (a custom font whose face is Noto Sans CJK)."""
    return sum(f["glyphCount"] for f in fonts or []
               if f.get("isCustomFont") and "CJK" in f["familyName"])


def title_problem(page: dict, require_chinese: bool = True) -> str | None:
    """Why the page's Chinese title is not drawn with the embedded CJK font, or None.

    The index and the notebook pages have Chinese titles; a source page is titled by its
    report, which may be English (``require_chinese=False``: checked only when Chinese).
    """
    title = page["title_text"] or ""
    han = len(HAN.findall(title))
    if not han:
        return f"title {title!r} has no Chinese" if require_chinese else None
    if _embedded_glyphs(page["title_fonts"]) < han:
        return (f"title {title!r} drawn with {page['title_fonts']} (boxes, not the embedded "
                f"CJK font)")
    return None


def text_problem(page: dict) -> str | None:
    """Why the first Chinese running text of the page is not drawn with the embedded font."""
    text = page.get("probe_text") or ""
    han = len(HAN.findall(text))
    if han and _embedded_glyphs(page["probe_fonts"]) < han:
        return f"text {text[:40]!r} drawn with {page['probe_fonts']} (not the embedded font)"
    return None


def page_problems(page: dict) -> list[str]:
    """What a reader would meet going wrong on one page (empty list: all good)."""
    name = page["file"]
    problems = [f"{name}: image {img['src'][:60]!r} did not load"
                for img in page["images"] if not img["loaded"]]
    problems += [f"{name}: console error {e}" for e in page["console_errors"]]
    problems += [f"{name}: page error {e}" for e in page["page_errors"]]
    problems += [f"{name}: dialog {d}" for d in page["dialogs"]]
    problems += [f"{name}: request left the machine: {u}" for u in page["blocked"]]
    for href in page["links"]:
        parts = urlsplit(href)
        if parts.scheme or not parts.path:
            continue  # in-page anchors; external links are not requests made by opening
        target = (Path(name).parent / unquote(parts.path)).resolve()
        if not target.exists():
            problems.append(f"{name}: link {href!r} points to a missing file")
    for problem in (title_problem(page, require_chinese=Path(name).parent.name != "sources"),
                    text_problem(page)):
        if problem:
            problems.append(f"{name}: {problem}")
    return problems


@pytest.fixture(scope="session")
def seed_pages(seed_report, chromium, report_env, tmp_path_factory):
    work = tmp_path_factory.mktemp("report-check")
    return check_pages(report_pages(seed_report), chromium, report_env, work)


def test_report_has_index_and_theme_pages(seed_report):
    names = {p.name for p in seed_report.glob("*.html")}
    expected = {f"{r.stem}.html" for r in notebook_runs(NOTEBOOKS_DIR)}
    assert "index.html" in names
    assert expected <= names, f"missing pages: {sorted(expected - names)}"


def test_every_report_page_is_clean_in_chromium(seed_pages):
    problems = [p for page in seed_pages.values() for p in page_problems(page)]
    assert not problems, "\n".join(problems)


def test_report_shows_charts(seed_pages):
    images = sum(len(page["images"]) for page in seed_pages.values())
    assert images >= 3, f"only {images} images in the whole report"
    for page in seed_pages.values():
        assert page["screenshot"] and Path(page["screenshot"]).stat().st_size > 5_000


def test_index_links_every_theme_page(seed_report, seed_pages):
    index = seed_pages[str(seed_report / "index.html")]
    linked = {urlsplit(h).path for h in index["links"]}
    expected = {f"{r.stem}.html" for r in notebook_runs(NOTEBOOKS_DIR)}
    assert expected <= linked, f"index does not link {sorted(expected - linked)}"


def test_missing_image_fails_the_check(seed_report, chromium, report_env, tmp_path):
    """Proof the check can fail: a copy of a theme page whose chart file is missing."""
    copy = tmp_path / "report"
    shutil.copytree(seed_report, copy)
    for page in sorted(copy.glob("[0-9][0-9]_*.html")):
        html = page.read_text(encoding="utf-8")
        broken, n = re.subn(r'(<img\b[^>]*?\bsrc=")data:image/[^"]*"',
                            r'\1figures/deleted_chart.png"', html, count=1)
        if n:
            page.write_text(broken, encoding="utf-8")
            break
    else:
        pytest.fail(f"no page of {seed_report} has an embedded chart to remove")
    result = check_pages([page], chromium, report_env, tmp_path, screenshots=False)
    problems = page_problems(result[str(page)])
    assert any("did not load" in p and "deleted_chart" in p for p in problems), problems
    assert any("console error" in p for p in problems), problems


def test_every_page_embeds_its_font(seed_report):
    """Each page carries a WOFF2 data URI holding every character it shows."""
    import base64
    import io

    from fontTools.ttLib import TTFont

    from aigc_analysis.present.pages import page_characters

    for page in report_pages(seed_report):
        text = page.read_text(encoding="utf-8")
        found = re.search(r"url\(data:font/woff2;base64,([A-Za-z0-9+/=]+)\)", text)
        assert found, f"{page}: no embedded WOFF2 font"
        font = TTFont(io.BytesIO(base64.b64decode(found.group(1))))
        cmap = font.getBestCmap()
        shown = {c for c in page_characters(text) if HAN.match(c)}
        missing = sorted(c for c in shown if ord(c) not in cmap)
        assert not missing, f"{page}: embedded font lacks {''.join(missing[:20])}"


def test_title_check_fails_without_embedded_font(seed_report, chromium, report_env, tmp_path):
    """Proof the font check can fail: the index without its @font-face draws boxes (or, on a
    machine with a system CJK font, a font that is not the embedded one)."""
    copy = tmp_path / "index.html"
    text = (seed_report / "index.html").read_text(encoding="utf-8")
    stripped, n = re.subn(r"@font-face \{[^}]*\}", "", text)
    assert n == 1, "index.html should hold exactly one @font-face"
    copy.write_text(stripped, encoding="utf-8")
    result = check_pages([copy], chromium, report_env, tmp_path, screenshots=False)
    problem = title_problem(result[str(copy)])
    assert problem and "not the embedded" in problem, problem


@pytest.fixture(scope="session")
def hostile_pages(chromium, report_env, tmp_path_factory):
    """The report of a one-document corpus full of hostile text, checked in chromium."""
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE_REPORT, encoding="utf-8")
    # One theme notebook is enough to show the facts; the build adds the source pages.
    notebooks = base / "notebooks"
    notebooks.mkdir()
    # the theme template under a numbered name: the build runs it once, for its default theme
    shutil.copy(NOTEBOOKS_DIR / "theme.ipynb", notebooks / "10_capex.ipynb")
    report = build_report(corpus, base / "out", notebooks_dir=notebooks)
    return check_pages(report_pages(report), chromium, report_env, base)


def test_hostile_text_is_shown_escaped(hostile_pages):
    problems = [p for page in hostile_pages.values() for p in page_problems(page)]
    assert not problems, "\n".join(problems)
    for page in hostile_pages.values():
        name = page["file"]
        assert not page["dialogs"], f"{name}: a script from the report ran: {page['dialogs']}"
        injected = [s for s in page["scripts"] if "alert(" in s["text"]]
        assert not injected, f"{name}: report text became a <script> element: {injected}"
        handlers = [h for h in page["handlers"] if "alert" in h]
        assert not handlers, f"{name}: report text became an event handler: {handlers}"
        assert not any("evil.example" in h for h in page["links"]), \
            f"{name}: a Markdown link in the report text became a link"
    text = "\n".join(page["text"] for page in hostile_pages.values())
    missing = [h for h in HOSTILE if h not in text]
    assert not missing, f"hostile text not shown literally anywhere: {missing}"


#: A phone's CSS width (iPhone SE / small Android): the report must not scroll sideways.
PHONE = {"width": 375, "height": 812}


def test_index_and_theme_page_fit_a_phone(seed_report, chromium, report_env, tmp_path):
    """Screenshots of the index and one theme page at phone width: the page body never
    scrolls horizontally (wide tables and charts shrink or wrap inside it)."""
    pages = [seed_report / "index.html", seed_report / "10_capex.html"]
    shots = tmp_path / "screenshots"
    shots.mkdir()
    out = run_driver("report_check.mjs", {
        "chromium": chromium, "pages": [str(p) for p in pages], "screenshot_dir": str(shots),
        "title_selector": "h1", **PHONE,
    }, report_env, tmp_path)
    for page in out["pages"]:
        name = Path(page["file"]).name
        assert page["overflow_px"] <= 0, f"{name}: body scrolls {page['overflow_px']} px sideways"
        assert not page_problems(page), page_problems(page)
        shot = Path(page["screenshot"])
        assert shot.stat().st_size > 5_000, f"{name}: empty screenshot"
        # the screenshot is the phone's width (full-page height)
        assert shot.read_bytes()[16:20] == PHONE["width"].to_bytes(4, "big"), name


def test_overflow_check_can_fail(seed_report, chromium, report_env, tmp_path):
    """Proof the phone check can fail: a page with a fixed-width block wider than a phone."""
    page = tmp_path / "wide.html"
    text = (seed_report / "index.html").read_text(encoding="utf-8")
    page.write_text(text.replace("<body>", '<body><div style="width:900px">wide</div>', 1),
                    encoding="utf-8")
    out = run_driver("report_check.mjs", {"chromium": chromium, "pages": [str(page)],
                                          "screenshot_dir": None, **PHONE}, report_env, tmp_path)
    assert out["pages"][0]["overflow_px"] > 0
