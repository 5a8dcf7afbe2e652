"""Hostile report text stays literal text: in the facts, the narrative, chart labels and the report.

The hostile report carries script tags, an ``onerror`` image, a Markdown link, ``str.format``
fields, a Jinja expression and LaTeX right beside numbers with metric keywords, plus a hostile
publisher (through the sidecar) that reaches the narrative and every chart's source line. The
real capex notebook is built on it (``run_build`` with a notebooks folder holding a copy of
the theme template for capex), so what is checked is what an analyst would open.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from reliability_helpers import read_facts_csv

from aigc_analysis import build
from aigc_analysis.paths import NOTEBOOKS_DIR, PACKAGE_DIR

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'
LINK = "[点此](javascript:alert(3))"
FMT = "{__class__}{0.__init__}"
JINJA = "{{7*7}}{% raw %}"
LATEX = r"$\frac{1}{0}$"
HOSTILE = [SCRIPT, IMG, LINK, FMT, JINJA, LATEX]
PUBLISHER = f"恶意证券{SCRIPT}{FMT}{LATEX}"

REPORT = (
    "AI周报\n发布时间：2024年5月9日\n"
    f"微软2024财年资本开支为560亿美元{SCRIPT}。\n"
    f"谷歌2024年资本开支为480亿美元{IMG}，同比增长35%{LINK}。\n"
    f"Meta 2024年资本开支为370亿美元{FMT}{JINJA}。\n"
    f"亚马逊2024年资本开支为600亿美元{LATEX}。\n"
)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "seeds.csv").write_text(
        "doc_id,publisher,title,published\n"
        f"hostile.txt,\"{PUBLISHER.replace(chr(34), chr(34) * 2)}\",{SCRIPT},2024-05-09\n",
        encoding="utf-8")
    notebooks = root / "notebooks"
    notebooks.mkdir()
    # the theme template under the capex run's name (its default theme is capex)
    build.write_theme_notebook(NOTEBOOKS_DIR / "theme.ipynb", "capex", notebooks / "10_capex.ipynb")
    out, figures = root / "out", root / "figures"
    code = build.run_build(corpus=corpus, out=out, lang="zh", jobs=1, figures_dir=figures,
                           quiet=True, notebooks_dir=notebooks)
    assert code == 0
    return root, out, figures


def test_facts_keep_the_text_literally(hostile_build):
    _, out, _ = hostile_build
    rows = read_facts_csv(out)
    capex = {r["entity"]: float(r["value"]) for r in rows if r["metric"] == "capex"}
    assert len(capex) == 4 and sorted(capex.values()) == [3.7e10, 4.8e10, 5.6e10, 6e10]
    quotes = "\n".join(r["quote"] for r in rows)
    for s in HOSTILE:
        assert s in quotes, s  # exactly as written: nothing escaped, dropped or evaluated
    assert {r["publisher"] for r in rows} == {PUBLISHER}


def test_narrative_escapes_report_text(hostile_build):
    import jinja2

    from aigc_analysis.narrative import narrate
    from aigc_analysis.store import read_documents, read_facts

    _, out, _ = hostile_build
    for links in (False, True):
        text = narrate("capex", read_facts(out), read_documents(out), lang="zh", links=links)
        assert "恶意证券&lt;script&gt;alert\\(1\\)&lt;/script&gt;&#123;\\_\\_class\\_\\_&#125;" in text
        for raw in ("<script", "{__class__}", "{0.", "$\\frac", "{{", "{%"):
            assert raw not in text
        assert text.format() == text  # no str.format field survives
        env = jinja2.Environment(keep_trailing_newline=True)
        assert env.from_string(text).render() == text  # no Jinja syntax survives


def test_chart_labels_are_literal_not_mathtext():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from aigc_analysis.charts import add_source, bar_ranked, safe_label
    from aigc_analysis.style import apply_style

    apply_style("en")

    data = pd.DataFrame({"entity": [f"A{LATEX}", f"B{SCRIPT}{FMT}"], "value": [0.3, 0.5],
                         "publisher": [PUBLISHER, PUBLISHER], "published": ["2024-05-09"] * 2,
                         "doc_id": ["hostile.txt"] * 2})
    fig, ax = plt.subplots()
    try:
        bar_ranked(data, x="value", y="entity", ax=ax, lang="en")
        add_source(ax, data, lang="en")
        fig.canvas.draw()  # an interpreted \frac{1}{0} or a stray $ would raise here
        texts = [t for t in fig.findobj(matplotlib.text.Text) if t.get_text()]
        labels = " ".join(t.get_text() for t in texts)
        assert safe_label(f"A{LATEX}") in labels and f"B{SCRIPT}{FMT}" in labels
        assert safe_label(PUBLISHER) in labels
        for t in texts:
            assert not t._preprocess_math(t.get_text())[1], t.get_text()  # never mathtext
    finally:
        plt.close(fig)


def test_report_pages_show_the_text_escaped(hostile_build):
    _, out, _ = hostile_build
    page = (out / "report" / "10_capex.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert" in page  # the text is there, as text
    assert "<script>alert" not in page and not re.search(r"<img[^>]*onerror", page)
    assert 'href="javascript:' not in page
    # HTML treats braces and dollars as text (MathJax is not loaded): shown literally.
    assert html.escape(PUBLISHER, quote=False) in page
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert "<script" not in index


def test_output_paths_never_come_from_document_text(hostile_build):
    _, out, figures = hostile_build
    names = [p.name for p in [*out.rglob("*"), *figures.rglob("*")]]
    for name in names:
        assert not any(ch in name for ch in "<>{}$[]"), name
    assert {p.name for p in figures.iterdir()} <= {
        f"capex_{kind}.{ext}" for kind in ("by_period", "growth") for ext in ("csv", "png", "svg")}


def test_package_runs_nothing_it_reads():
    """No eval/exec, no pickle, no shell: nothing read from input is ever run."""
    banned = re.compile(r"\beval\(|\bexec\(|\bpickle\b|shell\s*=\s*True|os\.system\(|os\.popen\(|"
                        r"\byaml\.load\(|\bmarshal\b|__import__\(")
    found = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if banned.search(code):
                found.append(f"{path.relative_to(PACKAGE_DIR)}:{n}: {line.strip()}")
    assert found == []
    # The only subprocess is `aigc-analysis lab`, started with an argument list.
    users = sorted(p.name for p in PACKAGE_DIR.rglob("*.py")
                   if "subprocess" in p.read_text(encoding="utf-8"))
    assert users == ["lab.py"]
    lab = (PACKAGE_DIR / "lab.py").read_text(encoding="utf-8")
    assert "subprocess.Popen(cmd)" in lab and "cmd = [python, " in lab
    assert Path(PACKAGE_DIR / "load.py").read_text(encoding="utf-8").count("subprocess") == 0
