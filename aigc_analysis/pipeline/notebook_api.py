"""The thin layer the notebooks call: parameters, facts, figures with their data, key tables.

The theme template (``notebooks/theme.ipynb``, run once per theme) is a parameters cell
followed by calls into this module::

    ctx = nb.setup(globals())                 # validate parameters, style, facts
    ctx.theme_title()                         # title and introduction (data/themes.csv)
    nb.print_table(ctx.key_table())           # NBVAL_CHECK_OUTPUT cell
    ctx.theme_sections()                      # per row of data/theme_sections.csv: heading,
                                              # then ctx.figure(name) or a THEME_TABLES table
    ctx.narrative()                           # Markdown from narrative.narrate

This module is the notebook context only: parameters, the extraction cache of standalone runs,
and the calls that show and save. What it shows lives in ``present/``: figures (registry and
drawing) in :mod:`aigc_analysis.present.figures`, their data in
:mod:`aigc_analysis.present.figure_data`, tables in :mod:`aigc_analysis.present.fact_tables`,
theme pages in :mod:`aigc_analysis.present.theme_pages`; the names notebooks and tests call as
``nb.<name>`` are imported here. Files are written only here (``save_figure`` + the CSV
beside it).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..files import write_text
from ..params import validate_namespace
from ..paths import CACHE_DIR
from ..present.fact_tables import (  # noqa: F401 (the notebooks call these as nb.<name>)
    THEME_TABLES,
    entities_per_report,
    key_table,
    keywords,
    ledger_claims,
    ledger_summary,
    linked_table_html,
    plausibility_table,
    report_table_html,
    revision_table,
    silence_jieba,
)
from ..present.figures import (  # noqa: F401 (tests call chart_plan, draw through nb)
    FIGURES,
    chart_plan,
    csv_text,
    draw,
    figure_data,
    key_figures_table,
)
from ..present.labels import figure_title
from ..present.narrative import narrate
from ..present.report import MARKDOWN_CELL as REPORT_MARKDOWN_CELL
from ..present.report import REPLACES_STDOUT as REPORT_REPLACES_STDOUT
from ..present.style import apply_style, save_figure
from ..present.theme_pages import theme_page, theme_pages  # noqa: F401
from ..tables.store import read_documents, read_facts
from .build import code_digest, corpus_digest, extract_tables

# Standalone runs (no ``facts_path``) cache extracted tables in CACHE_DIR, keyed by corpus +
# code.


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------
def cached_tables(corpus: str | os.PathLike) -> Path:
    """Folder of stored tables for ``corpus``: extracted once per corpus and code version."""
    import shutil

    corpus_path = Path(corpus).resolve()
    corpus_key = corpus_digest(corpus_path)[:16]
    folder = CACHE_DIR / f"{corpus_key}-{code_digest()[:16]}"
    if not (folder / "facts.parquet").exists() or not (folder / "documents.parquet").exists():
        extract_tables(corpus_path, folder)
        # Tables of this corpus made by older code are never read again.
        for old in CACHE_DIR.glob(f"{corpus_key}-*"):
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)
    return folder


def load_tables(facts_path: str, corpus: str):
    """(facts, documents): the stored tables the build wrote, or extracted from ``corpus``."""
    folder = Path(facts_path).parent if facts_path else cached_tables(corpus)
    facts_file = Path(facts_path) if facts_path else folder / "facts.parquet"
    return read_facts(facts_file), read_documents(folder)


def table_text(table) -> str:
    """What :func:`print_table` prints for ``table`` (with the final newline)."""
    return "(no rows)\n" if table.empty else table.to_string(index=False) + "\n"


#: Set by :func:`setup`: in build runs every printed table is also shown as an HTML table that
#: takes the printed text's place in the report (``lang`` names its columns).
_REPORT = {"html": False, "lang": "zh"}


def print_table(table) -> None:
    """Print a table as plain text (never DataFrame HTML: nbval compares this text).

    In a build run the report shows an HTML table instead of the text (columns named in the
    report's language), via the same replacement as the linked key tables.
    """
    text = table_text(table)
    print(text, end="")
    if _REPORT["html"]:
        from IPython.display import HTML, display

        zh = _REPORT["lang"] == "zh"
        shown = (report_table_html(table, _REPORT["lang"]) if not table.empty else
                 f'<p class="no-rows">{"本批研报中没有此类数据。" if zh else "None in these reports."}</p>')
        display(HTML(shown), metadata={REPORT_REPLACES_STDOUT: text})


# ---------------------------------------------------------------------------------------------
# The notebook context
# ---------------------------------------------------------------------------------------------
@dataclass
class Context:
    """What a notebook works with after :func:`setup`."""

    params: dict
    facts: object
    documents: object
    base: Path

    @property
    def lang(self) -> str:
        return self.params.get("lang", "zh")

    @property
    def theme(self) -> str | None:
        return self.params.get("theme")

    @property
    def linked(self) -> bool:
        """Numbers link to the report's provenance pages: in build runs (``facts_path`` set),
        whose report has ``sources/`` beside the notebook pages. Standalone runs show plain
        numbers (there is no page to link to)."""
        return bool(self.params.get("facts_path"))

    @property
    def figures_dir(self) -> Path | None:
        value = self.params.get("figures_dir")
        return (self.base / value).resolve() if value else None

    def figure(self, name: str):
        """Draw figure ``name``; write PNG, SVG and CSV to ``figures_dir``; return the Axes.

        A figure without data draws nothing and says so (a small corpus may lack a theme).
        """
        data = figure_data(name, self.facts, self.documents)
        if data.empty:
            title = figure_title(name, self.lang)
            print(f"{title}: no figures in these reports." if self.lang == "en"
                  else f"{title}：本批研报中没有相关数据。")
            return None
        # One plan for the chart and its key-figures table (0.02-0.04 s a figure).
        plan = chart_plan(name, data, self.lang, self.documents)
        ax = draw(name, data, self.lang, self.documents, plan=plan)
        if self.figures_dir is not None:
            self.figures_dir.mkdir(parents=True, exist_ok=True)
            if ax is not None:
                save_figure(ax.figure, self.figures_dir / name)
            write_text(self.figures_dir / f"{name}.csv", csv_text(data))
        small = key_figures_table(plan, self.lang)
        if not small.empty:
            from IPython.display import HTML, display

            display(HTML(report_table_html(small, self.lang)))
        return ax

    def narrative(self):
        """The theme's narrative as rendered Markdown (report text escaped by narrate)."""
        from IPython.display import Markdown

        if self.linked:
            # The key table with a source link per row, marked with the text the key-table
            # cell printed: the report shows it in that cell's place (the printed text stays
            # in the notebook, where nbval compares it).
            from IPython.display import HTML, display

            table = key_table(self.facts, self.theme, self.lang, documents=self.documents)
            if not table.empty:
                display(HTML(linked_table_html(table)),
                        metadata={REPORT_REPLACES_STDOUT: table_text(table)})
        return Markdown(narrate(self.theme, self.facts, self.documents, lang=self.lang,
                                links=self.linked))

    def key_table(self):
        # With the documents: the same text narrative() marks for replacement (dates at
        # their precision).
        return key_table(self.facts, self.theme, self.lang, documents=self.documents)

    def _markdown(self, text: str, where: str = "here") -> None:
        from IPython.display import Markdown, display

        display(Markdown(text), metadata={REPORT_MARKDOWN_CELL: where})

    def theme_title(self) -> None:
        """The theme's title and introduction (``data/themes.csv``) as Markdown."""
        page = theme_page(self.theme)
        self._markdown(f"# {page['title_zh']} / {page['title_en']}\n\n"
                       f"{page['intro_zh']}\n\n{page['intro_en']}", "first")

    def theme_sections(self) -> None:
        """Each section of the theme's page (``data/theme_sections.csv``): its heading, then
        its figure (drawn, shown and saved by :meth:`figure`) or its table."""
        for row in theme_page(self.theme)["sections"]:
            text = f"## {row['heading_zh']} / {row['heading_en']}"
            if row["note_zh"] or row["note_en"]:
                text += f"\n\n{row['note_zh']}\n\n{row['note_en']}"
            self._markdown(text)
            if row["kind"] == "figure":
                self.figure(row["name"])
                _show_figures()
            else:
                print_table(THEME_TABLES[row["name"]](self.facts, self.lang))


def _show_figures() -> None:
    """Show the open figures now, as the end of a cell would (a section's chart comes before
    the next section's heading); outside an inline kernel figures are only closed."""
    import matplotlib
    import matplotlib.pyplot as plt

    if "inline" in matplotlib.get_backend():
        plt.show()
    plt.close("all")


def _inline_figures() -> None:
    """Show figures in cell outputs even when the kernel was started with ``MPLBACKEND=Agg``.

    Test runners and CI often export that variable; the kernel inherits it and would then show
    no chart at all, leaving the report without images. Outside IPython this does nothing.
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the notebook dependencies
        return
    shell = get_ipython()
    if shell is not None and hasattr(shell, "kernel"):
        shell.run_line_magic("matplotlib", "inline")


def setup(namespace: dict, *, base: str | os.PathLike | None = None) -> Context:
    """Validate the notebook's parameters, apply the house style and load the facts.

    Parameters
    ----------
    namespace : dict
        The notebook's ``globals()`` (its parameters are its annotated assignments).
    base : path, optional
        Folder relative paths are resolved against; default the current folder (papermill
        runs notebooks with ``cwd=notebooks/``, JupyterLab does too).

    Raises
    ------
    ParameterError
        One line naming every bad parameter, before any heavy import or extraction.
    """
    base_dir = Path(base) if base is not None else Path.cwd()
    # Before any heavy import or extraction: a typo fails here, in one line.
    params = validate_namespace(namespace, base=base_dir)
    silence_jieba()
    _inline_figures()

    apply_style(params.get("lang", "zh"))
    _REPORT.update(html=bool(params.get("facts_path")), lang=params.get("lang", "zh"))
    facts_path = params.get("facts_path", "")
    if facts_path:
        facts_path = str((base_dir / facts_path).resolve())
    corpus = str((base_dir / params.get("corpus", "")).resolve())
    facts, documents = load_tables(facts_path, corpus)
    return Context(params=params, facts=facts, documents=documents, base=base_dir)

