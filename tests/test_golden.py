"""The seed facts, byte for byte: any change to what the extractor finds in seeds/ shows up
here as one diff, intended or not.

After an intended change, refresh the golden file and review it like code::

    AIGC_REFRESH_GOLDEN=1 .venv/bin/python -m pytest -q tests/test_golden.py
    git diff tests/golden/seed_facts.csv

(The refresh run writes the file and reports the test as skipped, so it never passes silently.)
"""
from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from aigc_analysis.paths import SEEDS_DIR
from aigc_analysis.pipeline.extraction import extract
from aigc_analysis.tables.store import write_tables

GOLDEN = Path(__file__).with_name("golden") / "seed_facts.csv"
REFRESH_VAR = "AIGC_REFRESH_GOLDEN"
MAX_DIFF_LINES = 80


def seed_facts_csv(out_dir: Path) -> str:
    """facts.csv as ``aigc-analysis extract seeds`` writes it."""
    found = extract(SEEDS_DIR)
    return write_tables(found.facts, found.documents, out_dir)["facts_csv"].read_text(encoding="utf-8")


def golden_diff(expected: str, actual: str) -> list[str]:
    return list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                     "tests/golden/seed_facts.csv", "extracted from seeds/",
                                     lineterm="", n=0))


def test_seed_facts_match_the_golden_csv(tmp_path):
    actual = seed_facts_csv(tmp_path)
    if os.environ.get(REFRESH_VAR):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8", newline="")
        pytest.skip(f"{REFRESH_VAR} set: {GOLDEN.name} rewritten; review `git diff {GOLDEN.parent.name}`")
    expected = GOLDEN.read_text(encoding="utf-8")
    diff = golden_diff(expected, actual)
    shown = "\n".join(diff[:MAX_DIFF_LINES]) + (f"\n... {len(diff) - MAX_DIFF_LINES} more lines"
                                                  if len(diff) > MAX_DIFF_LINES else "")
    assert not diff, (f"seed facts differ from the golden file (- golden, + now); if intended, "
                      f"refresh with {REFRESH_VAR}=1 (see this module's docstring):\n{shown}")


def test_the_diff_names_a_changed_value():
    expected = "doc_id,value\na.txt,1.0\nb.txt,2.0\n"
    actual = "doc_id,value\na.txt,1.0\nb.txt,3.0\n"
    diff = golden_diff(expected, actual)
    assert "-b.txt,2.0" in diff and "+b.txt,3.0" in diff
    assert golden_diff(expected, expected) == []
