"""aigc-analysis: quantitative facts from Chinese sell-side AI research notes.

Public names are imported lazily so that ``import aigc_analysis`` stays fast.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "load_corpus": "load.corpus",
    "iter_documents": "load.corpus",
    "CorpusError": "load.corpus",
    "CorpusWarning": "load.corpus",
    "find_quantities": "extract.quantities",
    "Quantity": "extract.quantities",
    "parse_period": "extract.periods",
    "find_periods": "extract.periods",
    "extract_facts": "pipeline.extraction",
    "capex": "tables.views",
    "parameters": "tables.views",
    "pricing": "tables.views",
    "valuation": "tables.views",
    "earnings": "tables.views",
    "adoption": "tables.views",
    "market": "tables.views",
    "compute": "tables.views",
    "ledger": "tables.claims",
    "revisions": "tables.claims",
    "load_reference": "tables.plausibility",
    "check_plausibility": "tables.plausibility",
    "open_db": "tables.store",
    "extract_paths": "pipeline.engine",
    "narrate": "present.narrative",
    "format_value": "present.formatting",
    "validate_facts": "tables.schema",
    "apply_style": "present.style",
    "save_figure": "present.style",
    "view": "tables.views",
    "to_excel": "tables.excel",
    "ExportError": "tables.excel",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'aigc_analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return __all__
