"""The committed seed figures are what the current code produces (data compared, not pixels).

Each figure's data comes from one function (``notebook_api.FIGURES``), the same the notebooks
call, so the committed CSVs are recomputed here without running a notebook. When this fails
after an intended change, run ``aigc-analysis build`` on the seeds and commit ``figures/``.
"""
from __future__ import annotations

import io
import re

import pandas as pd
import pytest

from aigc_analysis.pipeline import notebook_api as nb
from aigc_analysis.paths import FIGURES_DIR, SEEDS_DIR
from aigc_analysis.tables.store import read_documents, read_facts

COMMITTED = sorted(FIGURES_DIR.glob("*.csv"))


@pytest.fixture(scope="module")
def seed_tables():
    folder = nb.cached_tables(SEEDS_DIR)
    return read_facts(folder), read_documents(folder)


def _frame(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


def test_figures_are_committed():
    assert COMMITTED, "figures/ holds no CSV: run aigc-analysis build on the seeds"


def test_every_drawable_figure_is_committed(seed_tables):
    facts, docs = seed_tables
    for name in sorted(nb.FIGURES):
        data = nb.figure_data(name, facts, docs)
        if data.empty:
            continue  # the seeds have no data for it (e.g. no price levels)
        # Too few rows for a chart: the page shows a key-figures table, only the data is kept.
        drawn = bool(nb.chart_plan(name, data).panels)
        for suffix in (".csv", ".png", ".svg") if drawn else (".csv",):
            assert (FIGURES_DIR / f"{name}{suffix}").exists(), f"figures/{name}{suffix} missing"


@pytest.mark.parametrize("path", COMMITTED, ids=lambda p: p.stem)
def test_committed_csv_matches_current_code(path, seed_tables):
    facts, docs = seed_tables
    assert path.stem in nb.FIGURES, f"{path.name}: no such figure in notebook_api.FIGURES"
    fresh = _frame(nb.csv_text(nb.figure_data(path.stem, facts, docs)))
    committed = _frame(path.read_text(encoding="utf-8"))
    pd.testing.assert_frame_equal(committed, fresh, check_like=False)


@pytest.mark.parametrize("path", sorted(FIGURES_DIR.glob("*.svg")), ids=lambda p: p.stem)
def test_svgs_carry_no_date_and_pair_with_data(path):
    text = path.read_text(encoding="utf-8")
    assert "<dc:date>" not in text
    assert not re.search(r"\b20\d\d-\d\d-\d\dT\d\d:\d\d", text)
    assert (path.with_suffix(".csv")).exists() and (path.with_suffix(".png")).exists()
