"""Two builds of the same input give byte-identical tables, figures and report pages.

The seeds are built twice, from scratch, into two different output folders with the real capex
notebook: facts and documents (CSV, Parquet), every figure (SVG, PNG, CSV) and every report
page must match byte for byte. Executed notebooks (papermill timings), the manifest (run
times, absolute paths) and the DuckDB file are excluded: they are records of a run, not outputs
a reader compares.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from aigc_analysis import build
from aigc_analysis.paths import NOTEBOOKS_DIR, SEEDS_DIR

COMPARED = ("*.csv", "*.parquet", "*.svg", "*.png", "*.html")


def _outputs(out: Path, figures: Path) -> dict[str, bytes]:
    files = {}
    for base, tag in ((out, "out"), (figures, "figures")):
        for pattern in COMPARED:
            for p in base.rglob(pattern):
                if not any(part.startswith(".") for part in p.relative_to(base).parts):
                    files[f"{tag}/{p.relative_to(base)}"] = p.read_bytes()
    return files


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    root = tmp_path_factory.mktemp("determinism")
    notebooks = root / "notebooks"
    notebooks.mkdir()
    # the theme template under a numbered name: one run, its default theme (capex)
    shutil.copyfile(NOTEBOOKS_DIR / "theme.ipynb", notebooks / "10_capex.ipynb")
    results = []
    for run in ("a", "b"):
        out, figures = root / run / "out", root / run / "figures"
        assert build.run_build(corpus=SEEDS_DIR, out=out, lang="zh", jobs=1, figures_dir=figures,
                               quiet=True, notebooks_dir=notebooks) == 0
        results.append(_outputs(out, figures))
    return results


def test_same_files_are_written(two_builds):
    a, b = two_builds
    assert sorted(a) == sorted(b)
    for must in ("out/facts.csv", "out/facts.parquet", "out/documents.parquet",
                 "out/report/10_capex.html", "out/report/index.html",
                 "figures/capex_by_period.svg", "figures/capex_growth.svg"):
        assert must in a, must


def test_outputs_are_byte_identical(two_builds):
    a, b = two_builds
    different = sorted(name for name in a if a[name] != b.get(name))
    assert different == []
