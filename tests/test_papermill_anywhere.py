"""Notebook defaults name the project's folders, so papermill works from any folder.

``corpus=""`` is the seeds and ``figures_dir="auto"`` the committed ``figures/`` only for the
seeds in the default language; a value given on the command line is relative to the folder
papermill runs in, like any command-line path.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aigc_analysis.params import validate_params
from aigc_analysis.paths import DEFAULT_BUILD_DIR, FIGURES_DIR, NOTEBOOKS_DIR, SEEDS_DIR

SPEC = {"corpus": str, "figures_dir": str, "lang": str}


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """A current folder far from the project, holding a corpus folder of its own."""
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "a.txt").write_text("报告", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("given, corpus, figures", [
    ({"lang": "zh"}, SEEDS_DIR, FIGURES_DIR),
    ({"lang": "en"}, SEEDS_DIR, FIGURES_DIR / "en"),
    ({"lang": "en", "corpus": "mine"}, "mine", DEFAULT_BUILD_DIR / "figures"),
    ({"lang": "en", "figures_dir": "figs"}, SEEDS_DIR, "figs"),
    ({"lang": "en", "figures_dir": str(FIGURES_DIR)}, SEEDS_DIR, FIGURES_DIR),  # asked for
])
def test_defaults_are_the_projects_folders(elsewhere, given, corpus, figures):
    values = {"corpus": "", "figures_dir": "auto", **given}
    checked = validate_params(values, SPEC)
    expected_corpus = elsewhere / corpus if corpus == "mine" else corpus
    expected_figures = elsewhere / figures if figures == "figs" else figures
    assert Path(checked["corpus"]).resolve() == Path(expected_corpus).resolve()
    assert Path(elsewhere / checked["figures_dir"]).resolve() == Path(expected_figures).resolve()


def test_empty_figures_dir_still_means_no_files(elsewhere):
    assert validate_params({"corpus": "", "figures_dir": "", "lang": "en"}, SPEC)[
        "figures_dir"] == ""


def test_papermill_runs_a_notebook_from_another_folder(tmp_path):
    """The plain command of the README, run outside the repository, with a relative path."""
    papermill = Path(sys.executable).with_name("papermill")
    if not papermill.exists():
        pytest.skip(f"{papermill} is not installed (run scripts/setup_env.sh)")
    proc = subprocess.run(
        [str(papermill), str(NOTEBOOKS_DIR / "theme.ipynb"), "out.ipynb", "-p", "theme", "capex", "-p", "lang", "en",
         "-p", "figures_dir", "figs", "--no-progress-bar"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
        env={**os.environ, "MPLBACKEND": "Agg"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    nb = json.loads((tmp_path / "out.ipynb").read_text(encoding="utf-8"))
    errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert not errors
    text = "".join("".join(o.get("text", "")) for c in nb["cells"] for o in c.get("outputs", []))
    assert "capex" in text.lower()
    drawn = sorted(p.name for p in (tmp_path / "figs").iterdir())
    assert "capex_by_period.png" in drawn and "capex_by_period.csv" in drawn
