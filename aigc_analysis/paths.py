"""Paths and constants named once (cookiecutter-data-science style).

Every default path of the package (the notebooks' ``corpus`` and ``figures_dir``, the build's
``--corpus``, ``--out`` and ``--figures``) is resolved here, against the project, never against
the current folder: a notebook run by papermill from any folder finds the seeds.
"""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
REPO_ROOT = PACKAGE_DIR.parent
SEEDS_DIR = REPO_ROOT / "seeds"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
FIGURES_DIR = REPO_ROOT / "figures"
DEFAULT_BUILD_DIR = REPO_ROOT / "build"
#: What is kept between runs, keyed by everything it is made from: standalone notebook runs'
#: tables (``notebook_api.cached_tables``), the report font's cuts (``present.font_cache``).
CACHE_DIR = REPO_ROOT / ".aigc-cache"

#: Language of the committed figures (``figures/``); other languages draw into ``figures/<lang>/``.
DEFAULT_LANG = "zh"

#: Sidecar metadata file looked for in a corpus folder.
SIDECAR_NAME = "seeds.csv"

#: A theme per row: its name, its notebook's number (``10`` -> ``10_capex``), its label, the
#: page title and introduction in Chinese and English, and optionally the view column whose
#: ``key_rows`` largest values its key table keeps (``key_column``). The sections of its page
#: are in ``theme_sections.csv``, the columns of its view in ``theme_views.csv``. Adding a
#: theme is rows of these files, no code (shared/gold/SCHEMA.md lists the themes).
THEMES_FILE = DATA_DIR / "themes.csv"
THEME_SECTIONS_FILE = DATA_DIR / "theme_sections.csv"
#: A view column per row: a label (a string column from a named function of ``tables/views.py``)
#: or a measure (a unit-bearing float column: which units and metrics fill it, and how scaled).
THEME_VIEWS_FILE = DATA_DIR / "theme_views.csv"
#: The figures the notebooks draw: data function, chart and its columns (present/figures.py).
FIGURES_FILE = DATA_DIR / "figures.csv"


def theme_rows() -> list[dict[str, str]]:
    """The rows of ``data/themes.csv`` in file order, one dict per theme (the one reader of
    the file besides the labels, which read theirs with every other label)."""
    import csv

    with open(THEMES_FILE, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _theme_names() -> tuple[str, ...]:
    rows = sorted(theme_rows(), key=lambda r: int(r["number"]))
    return tuple(r["theme"] for r in rows)


#: The themes of the facts table, in the order of their notebooks.
THEMES = _theme_names()

#: Units allowed in the facts table.
UNITS = (
    "USD", "CNY", "HKD", "EUR", "JPY", "KRW", "TWD", "GBP", "INR",
    "SGD", "AUD", "CAD", "CHF", "AED", "SAR", "RUB", "MYR", "THB", "IDR", "VND",
    "BRL", "MXN", "CLP", "MOP", "PHP",
    "count", "ratio", "pp", "multiple", "bytes", "months", "years", "flops", "watts",
    "kWh", "watt_hours",
    "weeks", "days", "hours", "minutes", "seconds",
)

#: Columns of the facts table, SCHEMA columns first.
FACT_COLUMNS = (
    "doc_id", "theme", "entity", "metric", "value", "value_high", "unit", "period", "text",
    "start", "end", "quote", "qualifier", "per", "is_estimate", "publisher", "published",
)


def default_figures_dir(corpus: str | os.PathLike | None = None, lang: str = DEFAULT_LANG,
                        out: str | os.PathLike | None = None) -> Path:
    """Where figures go when no folder is given: never over the committed seed figures.

    Parameters
    ----------
    corpus : path, optional
        The corpus drawn; default the seeds.
    lang : str
        Language of the figures.
    out : path, optional
        The build's output folder; default ``build/``.

    Returns
    -------
    Path
        ``figures/`` for the seeds in the default language (the committed figures),
        ``figures/<lang>/`` for the seeds in another language, ``OUT/figures`` for any other
        corpus.

    Examples
    --------
    >>> default_figures_dir(SEEDS_DIR, "en") == FIGURES_DIR / "en"
    True
    """
    corpus_path = Path(corpus).expanduser().resolve() if corpus else SEEDS_DIR
    if corpus_path != SEEDS_DIR:
        return Path(out).expanduser().resolve() / "figures" if out else DEFAULT_BUILD_DIR / "figures"
    return FIGURES_DIR if lang == DEFAULT_LANG else FIGURES_DIR / lang
