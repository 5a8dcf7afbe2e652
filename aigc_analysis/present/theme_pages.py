"""Stage 4, what each theme's page shows: its titles and introductions (``data/themes.csv``)
and its sections in order (``data/theme_sections.csv``), each a figure of
:data:`~aigc_analysis.present.figures.FIGURES` or a table of
:data:`~aigc_analysis.present.fact_tables.THEME_TABLES`.
"""
from __future__ import annotations

from ..paths import THEME_SECTIONS_FILE, THEMES_FILE, theme_rows
from .fact_tables import THEME_TABLES
from .figures import FIGURES


def theme_pages() -> dict[str, dict]:
    """Every theme's page: number, titles and introductions (``data/themes.csv``) and its
    sections in order (``data/theme_sections.csv``), by theme name."""
    import csv

    pages = {r["theme"]: {**r, "sections": []} for r in theme_rows()}
    with open(THEME_SECTIONS_FILE, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["theme"] not in pages:
                raise ValueError(f"{THEME_SECTIONS_FILE}: theme {row['theme']!r} is not in "
                                 f"{THEMES_FILE.name}")
            known = FIGURES if row["kind"] == "figure" else THEME_TABLES
            if row["kind"] not in ("figure", "table") or row["name"] not in known:
                raise ValueError(f"{THEME_SECTIONS_FILE}: unknown {row['kind']} {row['name']!r}")
            pages[row["theme"]]["sections"].append(row)
    return pages


def theme_page(theme: str) -> dict:
    """One theme's page (:func:`theme_pages`)."""
    pages = theme_pages()
    if theme not in pages:
        raise ValueError(f"theme {theme!r} is not one of {', '.join(pages)}")
    return pages[theme]
