"""The build machinery on small stand-in notebooks: parallel runs, failures, incremental, lock.

The real notebooks are exercised by nbval (``pytest --nbval-lax notebooks/``) and by
``test_figures_committed.py``; here the notebooks are tiny so the behaviour of the build itself
(what re-runs, what a failure leaves behind, what is printed) is checked in seconds.
"""
from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from filelock import FileLock
from helpers_facts import gold_documents, gold_facts, require_gold

from aigc_analysis import params, paths
from aigc_analysis.pipeline import build
from aigc_analysis.paths import FIGURES_DIR
from aigc_analysis.present.report import REMOTE_REF, notebook_html
from aigc_analysis.tables.store import write_tables

PARAMS = '''corpus: str = "../seeds"  # reports
facts_path: str = ""  # stored facts
figures_dir: str = "out"  # figures folder
lang: str = "zh"  # zh or en
theme: str = "{theme}"  # theme shown
'''


def make_notebook(path, theme, body):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    params = nbformat.v4.new_code_cell(PARAMS.format(theme=theme))
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell(f"# Demo {theme}"), params,
                nbformat.v4.new_code_cell(body)]
    nbformat.write(nb, path)


OK_BODY = '''import os
with open(os.path.join(figures_dir, theme + "_demo.csv"), "w") as fh:
    fh.write("lang," + lang + "\\n")
print("wrote", theme)
'''
FAIL_BODY = 'raise ValueError("demo failure in " + theme)\n'


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    root = tmp_path_factory.mktemp("build")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("报告一", encoding="utf-8")
    (corpus / "b.txt").write_text("报告二", encoding="utf-8")
    nbdir = root / "notebooks"
    nbdir.mkdir()
    make_notebook(nbdir / "10_capex.ipynb", "capex", OK_BODY)
    make_notebook(nbdir / "30_pricing.ipynb", "pricing", FAIL_BODY)
    (nbdir / "scratch.ipynb").write_text("not a numbered notebook, never run")
    return root, corpus, nbdir


@pytest.fixture()
def fake_extract(monkeypatch):
    """Store the gold facts instead of extracting (the build's own contract is tested here)."""
    calls = []
    facts, docs = gold_facts(), gold_documents()

    def extract_tables(corpus, out):
        calls.append(corpus)
        picked = facts
        if (corpus / "a.txt").read_text(encoding="utf-8") != "报告一":
            # A changed report changes only the capex rows.
            picked = facts.copy()
            picked.loc[picked["theme"] == "capex", "value"] *= 2
        return len(picked), len(docs), write_tables(picked, docs, out)

    monkeypatch.setattr(build, "extract_tables", extract_tables)
    # Other people edit the package while these tests run: pin the code hash.
    monkeypatch.setattr(build, "code_digest", lambda: "code")
    return calls


def run(corpus, out, nbdir, figures, **kw):
    return build.run_build(corpus=corpus, out=out, lang=kw.pop("lang", "en"), jobs=2,
                           figures_dir=figures, notebooks_dir=nbdir, **kw)


def test_build_sequence(setup, fake_extract, capsys):
    root, corpus, nbdir = setup
    out, figures = root / "out", root / "figures"

    # 1. One notebook fails: the other still runs, the failure is named, exit code 1.
    assert run(corpus, out, nbdir, figures) == 1
    cap = capsys.readouterr()
    assert "running 10_capex" in cap.out and "running 30_pricing" in cap.out
    assert "30_pricing failed at cell" in cap.err
    assert "ValueError: demo failure in pricing" in cap.err
    partial = out / "notebooks" / "30_pricing.ipynb"
    assert str(partial) in cap.err and partial.exists()
    assert (figures / "capex_demo.csv").read_text() == "lang,en\n"
    assert not (out / ".staging" / "30_pricing").exists()
    assert "report: " + str(out / "report" / "index.html") in cap.out
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert 'href="10_capex.html"' in index and 'class="failed"' in index
    for page in (out / "report").glob("*.html"):
        assert not REMOTE_REF.search(page.read_text(encoding="utf-8")), page
    assert len(fake_extract) == 1

    # 2. Fix the failing notebook: only it runs again; extraction is cached.
    make_notebook(nbdir / "30_pricing.ipynb", "pricing", OK_BODY)
    assert run(corpus, out, nbdir, figures) == 0
    cap = capsys.readouterr()
    assert "running 30_pricing" in cap.out and "running 10_capex" not in cap.out
    assert (figures / "pricing_demo.csv").exists()
    assert len(fake_extract) == 1
    assert 'class="failed"' not in (out / "report" / "index.html").read_text(encoding="utf-8")

    # 3. Nothing changed: a no-op (its speed is measured by bench/bench_build.py, not here).
    assert run(corpus, out, nbdir, figures) == 0
    assert "up to date" in capsys.readouterr().out
    assert len(fake_extract) == 1

    # 4. A changed report re-extracts and re-runs only the notebook of the theme it changed.
    (corpus / "a.txt").write_text("报告一（修订）", encoding="utf-8")
    assert run(corpus, out, nbdir, figures) == 0
    cap = capsys.readouterr()
    assert "running 10_capex" in cap.out and "running 30_pricing" not in cap.out
    assert len(fake_extract) == 2

    # 5. A notebook that now fails leaves its previous good figures in place.
    before = (figures / "pricing_demo.csv").read_bytes()
    make_notebook(nbdir / "30_pricing.ipynb", "pricing", OK_BODY + FAIL_BODY)
    assert run(corpus, out, nbdir, figures, lang="zh") == 1
    capsys.readouterr()
    assert (figures / "pricing_demo.csv").read_bytes() == before
    assert (figures / "capex_demo.csv").read_text() == "lang,zh\n"
    manifest = json.loads((out / build.MANIFEST_NAME).read_text())
    assert manifest["notebooks"]["30_pricing"]["status"] == "failed"
    # ... and it runs again next time even though nothing changed.
    assert run(corpus, out, nbdir, figures, lang="zh") == 1
    assert "running 30_pricing" in capsys.readouterr().out


def test_second_concurrent_build_is_refused(setup, tmp_path, capsys):
    _, corpus, nbdir = setup
    out = tmp_path / "out"
    out.mkdir()
    with FileLock(str(out / build.LOCK_NAME)):
        assert run(corpus, out, nbdir, tmp_path / "fig") == 1
    assert "another build is using" in capsys.readouterr().err


@pytest.mark.parametrize("kwargs, message", [
    ({"corpus": "/nonexistent/corpus"}, "cannot build: /nonexistent/corpus: corpus does not exist"),
    ({"lang": "fr"}, "--lang 'fr' is not one of zh, en"),
    ({"jobs": -1}, "--jobs -1 must be at least 1"),
    ({"figures_dir": FIGURES_DIR}, "holds the committed seed figures"),
    ({"out": "FILE/out"}, "/FILE/out: output folder cannot be created ("),
    pytest.param({"out": "/proc/nope"}, "cannot build: /proc/nope: output folder cannot be created (",
                 marks=pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="no /proc here")),
])
def test_bad_arguments_stop_before_any_work(setup, tmp_path, capsys, kwargs, message):
    _, corpus, nbdir = setup
    args = {"corpus": corpus, "out": tmp_path / "out", "lang": "en", "jobs": 1,
            "figures_dir": tmp_path / "fig", "notebooks_dir": nbdir, **kwargs}
    if args["out"] == "FILE/out":  # a folder under a plain file can never be created
        (tmp_path / "FILE").write_text("x")
        args["out"] = tmp_path / "FILE" / "out"
    assert build.run_build(**args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith("error: cannot build: ")
    assert not (tmp_path / "out").exists() and not (tmp_path / "fig").exists()


def test_other_corpus_never_defaults_to_seed_figures(setup, tmp_path):
    _, corpus, nbdir = setup
    cfg = build.BuildConfig(corpus=corpus, out=tmp_path / "out", notebooks_dir=nbdir)
    assert cfg.figures_dir == (tmp_path / "out" / "figures").resolve()


def test_seed_figures_default_by_language(tmp_path):
    out = tmp_path / "out"
    assert build.BuildConfig(corpus=paths.SEEDS_DIR, out=out).figures_dir == FIGURES_DIR
    assert build.BuildConfig(corpus=paths.SEEDS_DIR, out=out, lang="en").figures_dir == (
        FIGURES_DIR / "en")


def test_another_language_never_overwrites_the_committed_figures(setup, fake_extract, tmp_path,
                                                                  monkeypatch):
    """``build --lang en`` on the seeds draws into figures/en/; figures/ changes only on request.

    The seeds and the committed figures are stand-ins here, so the real ones stay untouched.
    """
    _, corpus, nbdir = setup
    committed = tmp_path / "figures"
    committed.mkdir()
    (committed / "capex_demo.csv").write_text("lang,zh\n")
    for module in (paths, params):
        monkeypatch.setattr(module, "SEEDS_DIR", corpus.resolve())
        monkeypatch.setattr(module, "FIGURES_DIR", committed)
    # 30_pricing fails on purpose (exit 1); 10_capex writes capex_demo.csv
    assert build.run_build(corpus=corpus, out=tmp_path / "out", lang="en", jobs=1,
                           notebooks_dir=nbdir, quiet=True) == 1
    assert (committed / "capex_demo.csv").read_text() == "lang,zh\n"
    assert sorted(p.name for p in committed.iterdir()) == ["capex_demo.csv", "en"]
    assert (committed / "en" / "capex_demo.csv").read_text() == "lang,en\n"
    # --figures figures/ overwrites them: the user asked for it
    assert build.run_build(corpus=corpus, out=tmp_path / "out", lang="en", jobs=1,
                           notebooks_dir=nbdir, figures_dir=committed, quiet=True) == 1
    assert (committed / "capex_demo.csv").read_text() == "lang,en\n"


def test_notebook_digest_ignores_outputs_and_theme_is_read(setup):
    _, _, nbdir = setup
    nb = json.loads((nbdir / "10_capex.ipynb").read_text())
    digest = build.notebook_digest(nb)
    nb["cells"][2]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "x"}]
    nb["cells"][2]["execution_count"] = 3
    assert build.notebook_digest(nb) == digest
    nb["cells"][2]["source"] = "print(1)"
    assert build.notebook_digest(nb) != digest
    assert build.notebook_theme(nb) == "capex"
    assert set(build.declared_parameters(nb)) == {"corpus", "facts_path", "figures_dir",
                                                   "lang", "theme"}


def test_report_page_is_deterministic_and_offline(setup):
    require_gold()  # the page is test_build_sequence's, which builds on the gold facts
    root, _, _ = setup
    executed = root / "out" / "notebooks" / "10_capex.ipynb"
    nb = nbformat.read(executed, as_version=4)
    first = notebook_html(nb, "Demo")
    nb.metadata.setdefault("papermill", {})["start_time"] = "2099-01-01T00:00:00"
    nb.cells[2].metadata["execution"] = {"iopub.status.busy": "2099-01-01"}
    assert notebook_html(nb, "Demo") == first
    assert "wrote capex" in first
    assert not REMOTE_REF.search(first)
    assert "raise ValueError" not in first and "import os" not in first  # inputs hidden


def test_run_extract_refuses_a_missing_corpus(tmp_path, capsys):
    assert build.run_extract(tmp_path / "missing", tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_run_extract_writes_the_tables(setup, fake_extract, tmp_path, capsys):
    _, corpus, _ = setup
    assert build.run_extract(corpus, tmp_path / "tables") == 0
    out = capsys.readouterr().out
    assert "facts from 5 documents" in out and "facts.sql" in out and "facts.duckdb" not in out
    assert (tmp_path / "tables" / "facts.parquet").exists()
    assert not (tmp_path / "tables" / "facts.duckdb").exists()


def test_index_escapes_titles_and_marks_failures():
    from aigc_analysis.present.report import Page, index_html

    page = index_html([Page("10_capex", "<b>Capex</b>", "10_capex.html", "failed",
                            "cell 3 (In [2]): ValueError: x<y")], lang="en")
    assert "&lt;b&gt;Capex&lt;/b&gt;" in page and "<b>Capex" not in page
    assert 'class="failed"' in page and "failed: cell 3 (In [2]): ValueError: x&lt;y" in page


def test_leftovers_of_a_killed_build_include_duckdb_write_ahead_logs(tmp_path):
    """An earlier version wrote facts.duckdb; a build it left killed may hold its log."""
    from aigc_analysis.pipeline.build import remove_leftovers

    out, figures = tmp_path / "out", tmp_path / "figures"
    out.mkdir()
    figures.mkdir()
    for name in (".facts.duckdb.abc.tmp", ".facts.duckdb.abc.tmp.wal", ".facts.csv.x.tmp"):
        (out / name).write_text("partial")
    (out / "facts.csv").write_text("kept")
    removed = remove_leftovers(out, figures)
    assert sorted(p.name for p in removed) == [".facts.csv.x.tmp", ".facts.duckdb.abc.tmp", ".facts.duckdb.abc.tmp.wal"]
    assert [p.name for p in out.iterdir()] == ["facts.csv"]


def test_theme_template_runs_once_per_theme(tmp_path, fake_extract, capsys):
    """``theme.ipynb`` runs once per row of data/themes.csv, named like a numbered notebook;
    a changed theme re-runs that theme's run only; a numbered file replaces a template run."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("报告一", encoding="utf-8")
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    make_notebook(nbdir / build.THEME_TEMPLATE, "capex", OK_BODY)
    runs = build.notebook_runs(nbdir)
    assert [r.theme for r in runs] == list(paths.THEMES)
    assert runs[0].stem == "10_capex" and runs[-1].stem == "80_compute"

    out, figures = tmp_path / "out", tmp_path / "figures"
    assert run(corpus, out, nbdir, figures) == 0
    cap = capsys.readouterr()
    for theme in paths.THEMES:
        # each run got its own theme (the template's default is capex)
        assert (figures / f"{theme}_demo.csv").read_text() == "lang,en\n"
    executed = nbformat.read(out / "notebooks" / "40_valuation.ipynb", as_version=4)
    assert executed.metadata["papermill"]["parameters"]["theme"] == "valuation"
    assert (out / "report" / "40_valuation.html").exists()
    assert "8 ran" in cap.out

    (corpus / "a.txt").write_text("报告一（修订）", encoding="utf-8")  # changes capex rows only
    assert run(corpus, out, nbdir, figures) == 0
    cap = capsys.readouterr()
    assert "running 10_capex" in cap.out and "running 40_valuation" not in cap.out

    make_notebook(nbdir / "30_pricing.ipynb", "pricing", FAIL_BODY)
    runs = {r.stem: r for r in build.notebook_runs(nbdir)}
    assert runs["30_pricing"].path.name == "30_pricing.ipynb" and runs["30_pricing"].theme is None
    assert runs["20_parameters"].path.name == build.THEME_TEMPLATE


def test_write_theme_notebook_sets_only_the_theme_default(tmp_path):
    make_notebook(tmp_path / "t.ipynb", "capex", OK_BODY)
    out = build.write_theme_notebook(tmp_path / "t.ipynb", "market", tmp_path / "70_market.ipynb")
    nb_json = json.loads(out.read_text(encoding="utf-8"))
    declared = build.declared_parameters(nb_json)
    assert declared["theme"] == '"market"' and declared["lang"] == '"zh"'
    assert build.notebook_theme(nb_json) == "market"


def test_a_build_folder_of_an_earlier_version_loses_its_database_and_then_stays_a_no_op(
        tmp_path, fake_extract, capsys):
    """Earlier versions stored facts.duckdb and no facts.sql: the next build re-stores the
    tables (the stamp lists facts.sql), deletes the stale database, and the build after is a
    no-op that leaves every stored table byte for byte as it was."""
    from aigc_analysis.tables.store import TABLE_FILES

    corpus, nbdir, out, figures = (tmp_path / n for n in ("corpus", "nb", "out", "figures"))
    corpus.mkdir()
    nbdir.mkdir()
    (corpus / "a.txt").write_text("报告一", encoding="utf-8")
    make_notebook(nbdir / "10_capex.ipynb", "capex", OK_BODY)
    assert run(corpus, out, nbdir, figures) == 0
    assert len(fake_extract) == 1
    assert not (out / "facts.duckdb").exists()

    (out / "facts.sql").unlink()  # the folder as an earlier version left it
    (out / "facts.duckdb").write_bytes(b"an older facts database")
    capsys.readouterr()
    assert run(corpus, out, nbdir, figures) == 0
    assert len(fake_extract) == 2
    assert not (out / "facts.duckdb").exists() and (out / "facts.sql").exists()
    stored = {name: (out / name).read_bytes() for name in TABLE_FILES.values()}

    capsys.readouterr()
    assert run(corpus, out, nbdir, figures) == 0
    assert "up to date" in capsys.readouterr().out
    assert len(fake_extract) == 2
    assert {name: (out / name).read_bytes() for name in TABLE_FILES.values()} == stored
