"""Helpers of the reliability matrix (imported by its tests; fixtures live in conftest.py)."""
from __future__ import annotations

import csv
import io
import sys
from dataclasses import dataclass
from pathlib import Path

#: A seed whose date is in its own text: copied without the sidecar it loads with no problem.
GOOD_SEED = "001_9bc9e0ef91f53f19.txt"

#: Small made-up reports, one fact each (capex in USD), in simplified and traditional script.
FACT_SIMPLIFIED = "人工智能周报\n发布时间：2024年5月9日\n微软2024财年资本开支为560亿美元。\n"
FACT_TRADITIONAL = "人工智能週報\n發佈時間：2024年5月9日\n微軟2024財年資本開支為560億美元。\n"


@dataclass
class CliRun:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


def read_facts_csv(out: Path) -> list[dict]:
    """Rows of ``out/facts.csv`` as dicts of strings."""
    with open(out / "facts.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def facts_of(out: Path, doc_id: str) -> list[dict]:
    return [r for r in read_facts_csv(out) if r["doc_id"] == doc_id]


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def python() -> str:
    """The interpreter running the tests (the project's venv)."""
    return sys.executable
