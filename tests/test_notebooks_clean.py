"""Committed notebooks are clean sources: only the nbval-checked key tables keep output."""
from __future__ import annotations

import ast
import importlib.util
import re

import nbformat
import pytest

from aigc_analysis.paths import NOTEBOOKS_DIR, REPO_ROOT, THEMES

NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
CHECK_MARK = "# NBVAL_CHECK_OUTPUT"
#: The one import a notebook makes; everything else is a call into it.
ALLOWED_IMPORT = "from aigc_analysis.pipeline import notebook_api as nb"


def _strip_module():
    spec = importlib.util.spec_from_file_location("strip_notebooks",
                                                  REPO_ROOT / "scripts" / "strip_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_notebooks_and_one_theme_template():
    from aigc_analysis.pipeline.build import notebook_runs

    names = {p.stem for p in NOTEBOOKS}
    assert names == {"00_corpus", "90_ledger", "theme"}
    runs = notebook_runs(NOTEBOOKS_DIR)
    # every theme is a run of the template, named as its page and figures expect
    assert {r.theme for r in runs if r.path.name == "theme.ipynb"} == set(THEMES)
    assert [r.stem for r in runs] == ["00_corpus", "10_capex", "20_parameters", "30_pricing",
                                      "40_valuation", "50_earnings", "60_adoption",
                                      "70_market", "80_compute", "90_ledger"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stripped_form_is_committed(path):
    strip = _strip_module()
    nb = nbformat.read(path, as_version=4)
    assert path.read_text(encoding="utf-8") == strip.dumps(strip.strip(nb)), (
        f"{path.name}: run python scripts/strip_notebooks.py")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_only_checked_cells_keep_output(path):
    nb = nbformat.read(path, as_version=4)
    assert set(nb.metadata) <= {"kernelspec", "language_info"}
    n_code = 0
    for i, cell in enumerate(nb.cells):
        assert set(cell.metadata) <= {"tags", "keep_output"}, (path.name, i)
        if cell.cell_type != "code":
            continue
        n_code += 1
        if CHECK_MARK in cell.source:
            # nbval needs a count on a cell with expected output: its code-cell position.
            assert cell.execution_count == n_code, (path.name, i)
            assert cell.metadata.get("keep_output") is True, (path.name, i)
            assert cell.outputs, f"{path.name} cell {i}: checked cell has no expected output"
            for out in cell.outputs:
                assert out.output_type == "stream" and out.name == "stdout", (path.name, i)
                assert "<table" not in out.text and "<div" not in out.text
        else:
            assert cell.execution_count is None, (path.name, i)
            assert cell.outputs == [], f"{path.name} cell {i} carries output"


def test_the_template_key_table_is_checked_by_nbval():
    # one template for every theme: each theme's executed notebook carries this checked cell
    # (scripts/run_tests.sh compares them all); the committed one holds the default theme's
    nb = nbformat.read(NOTEBOOKS_DIR / "theme.ipynb", as_version=4)
    checked = [c for c in nb.cells if c.cell_type == "code" and CHECK_MARK in c.source]
    assert len(checked) == 1
    text = "".join(o.text for o in checked[0].outputs)
    assert text.splitlines()[0].split()[:2] == ["来源", "主体"]  # reader headers (zh default)
    assert len(text.splitlines()) >= 2  # a header and at least one fact


def _parameters_cell(nb):
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1, "exactly one cell tagged parameters"
    return cells[0]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_parameters_are_typed_commented_and_validated_first(path):
    nb = nbformat.read(path, as_version=4)
    params = _parameters_cell(nb)
    names = []
    for line in params.source.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        node = ast.parse(line).body[0]
        assert isinstance(node, ast.AnnAssign), f"{path.name}: untyped parameter {line!r}"
        assert re.search(r"\s#\s*\S", line), f"{path.name}: parameter without comment {line!r}"
        names.append(node.target.id)
    assert {"corpus", "facts_path", "figures_dir", "lang"} <= set(names)
    if path.stem[:2] not in ("00", "90"):  # the corpus and ledger notebooks span every theme
        assert "theme" in names
    code = [c for c in nb.cells if c.cell_type == "code"]
    after = code[code.index(params) + 1]
    assert "nb.setup(globals())" in after.source, f"{path.name}: validate before any work"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_only_call_the_package(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code" or "parameters" in cell.metadata.get("tags", []):
            continue
        tree = ast.parse(cell.source)
        for node in ast.walk(tree):
            assert not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.Lambda, ast.For,
                                         ast.While, ast.ListComp, ast.DictComp)), (
                f"{path.name}: logic belongs in aigc_analysis, not in a notebook cell")
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                assert ast.unparse(node) == ALLOWED_IMPORT, path.name


def test_strip_keeps_checked_output_and_drops_the_rest():
    strip = _strip_module()
    nb = nbformat.v4.new_notebook()
    kept = nbformat.v4.new_code_cell(f"{CHECK_MARK}\nprint(1)", execution_count=3)
    kept.outputs = [nbformat.v4.new_output("stream", name="stdout", text="1\n"),
                    nbformat.v4.new_output("stream", name="stderr", text="warn /tmp/x\n")]
    dropped = nbformat.v4.new_code_cell("x", execution_count=4)
    dropped.outputs = [nbformat.v4.new_output("display_data", data={"image/png": "AAAA"})]
    dropped.metadata["execution"] = {"iopub.status.busy": "2024-01-01"}
    nb.cells = [kept, dropped]
    nb.metadata["papermill"] = {"duration": 1.0}
    clean = strip.strip(nb)
    assert [o.text for o in clean.cells[0].outputs] == ["1\n"]
    assert clean.cells[0].metadata == {"keep_output": True}
    assert clean.cells[1].outputs == [] and clean.cells[1].metadata == {}
    assert [c.execution_count for c in clean.cells] == [1, None]
    assert "papermill" not in clean.metadata
    assert nb.cells[1].outputs  # input untouched


def test_sanitize_file_is_valid():
    import configparser

    cfg = configparser.ConfigParser()
    cfg.read(NOTEBOOKS_DIR / "nbval_sanitize.cfg", encoding="utf-8")
    assert cfg.sections()
    for section in cfg.sections():
        re.compile(cfg[section]["regex"])
        assert "replace" in cfg[section]


def test_nbval_fails_when_a_checked_output_changes(tmp_path):
    """nbval passes on fresh expectations and fails on a tampered one: outputs are compared.

    Runs on tables stored from the gold facts, so it does not depend on the extractor.
    """
    import subprocess
    import sys

    from helpers_facts import gold_documents, gold_facts

    from aigc_analysis.paths import SEEDS_DIR
    from aigc_analysis.tables.store import write_tables

    strip = _strip_module()
    tables = write_tables(gold_facts(), gold_documents(), tmp_path / "tables")
    nb = nbformat.read(NOTEBOOKS_DIR / "theme.ipynb", as_version=4)
    params = _parameters_cell(nb)
    params.source = (params.source.replace('corpus: str = ""', f"corpus: str = {str(SEEDS_DIR)!r}")
                     .replace('figures_dir: str = "auto"', 'figures_dir: str = ""')
                     .replace('facts_path: str = ""',
                              f"facts_path: str = {str(tables['facts_parquet'])!r}"))
    good = tmp_path / "good.ipynb"
    nbformat.write(nb, good)
    nbformat.write(strip.strip(strip.fill(good)), good)
    nb = nbformat.read(good, as_version=4)
    checked = next(c for c in nb.cells if c.cell_type == "code" and CHECK_MARK in c.source)
    assert "北美四大云厂商" in checked.outputs[0].text
    checked.outputs[0].text = checked.outputs[0].text.replace("资本开支", "资本开资", 1)
    nbformat.write(nb, tmp_path / "tampered.ipynb")
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "good.ipynb", "tampered.ipynb", "-q",
         "-p", "no:cacheprovider", "--nbval-sanitize-with",
         str(NOTEBOOKS_DIR / "nbval_sanitize.cfg")],
        capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert proc.returncode == 1, proc.stdout[-2000:]
    # Only the tampered copy's checked cell fails, and the report shows the difference.
    assert "1 failed, 11 passed" in proc.stdout
    # good: 6 code cells; tampered: parameters, setup and title pass, the key table fails
    assert proc.stdout.splitlines()[0].startswith("." * 6 + "..." + "F")
    assert "资本开资" in proc.stdout
