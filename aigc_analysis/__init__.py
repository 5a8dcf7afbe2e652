"""aigc-analysis: quantitative facts from Chinese sell-side AI research notes.

Public names are imported lazily so that ``import aigc_analysis`` stays fast.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {
    "load_corpus": "load",
    "iter_documents": "load",
    "CorpusError": "load",
    "CorpusWarning": "load",
    "find_quantities": "quantities",
    "Quantity": "quantities",
    "parse_period": "periods",
    "find_periods": "periods",
    "extract_facts": "facts",
    "capex": "views",
    "parameters": "views",
    "pricing": "views",
    "valuation": "views",
    "earnings": "views",
    "adoption": "views",
    "market": "views",
    "compute": "views",
    "ledger": "claims",
    "revisions": "claims",
    "load_reference": "plausibility",
    "check_plausibility": "plausibility",
    "open_db": "store",
    "extract_paths": "engine",
    "narrate": "narrative",
    "format_value": "formatting",
    "validate_facts": "schema",
    "apply_style": "style",
    "save_figure": "style",
    "view": "views",
    "to_excel": "excel",
    "ExportError": "excel",
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
