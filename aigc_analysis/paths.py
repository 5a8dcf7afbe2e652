"""Paths and constants named once (cookiecutter-data-science style)."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
REPO_ROOT = PACKAGE_DIR.parent
SEEDS_DIR = REPO_ROOT / "seeds"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
FIGURES_DIR = REPO_ROOT / "figures"
DEFAULT_BUILD_DIR = REPO_ROOT / "build"

#: Sidecar metadata file looked for in a corpus folder.
SIDECAR_NAME = "seeds.csv"

#: The themes of the facts table (shared/gold/SCHEMA.md).
THEMES = (
    "capex",
    "parameters",
    "pricing",
    "valuation",
    "earnings",
    "adoption",
    "market",
    "compute",
)

#: Units allowed in the facts table.
UNITS = (
    "USD", "CNY", "HKD", "EUR", "JPY", "KRW", "TWD", "GBP",
    "count", "ratio", "pp", "multiple", "bytes", "months", "years", "flops", "watts",
)

#: Columns of the facts table, SCHEMA columns first.
FACT_COLUMNS = (
    "doc_id", "theme", "entity", "metric", "value", "value_high", "unit", "period", "text",
    "start", "end", "quote", "qualifier", "per", "is_estimate", "publisher", "published",
)
