"""The facts as an Excel workbook: one sheet of all facts, one per theme view, the ledger and
the documents.

Contract
--------
- Sheets, in order: ``facts``, one per theme of ``paths.THEMES`` (the views of
  :mod:`aigc_analysis.tables.views`; a theme with no fact keeps its header row), ``ledger``
  (:func:`aigc_analysis.tables.claims.ledger`) and ``documents``.
- Cells are typed: numbers are numbers, dates are dates (shown ``yyyy-mm`` when the document
  gives only the month), booleans are booleans, missing values are empty cells. Values stay in
  the facts table's base units (``0.35`` for 35 %, shown as ``35.0%``), so a number pasted from
  the sheet is the number in ``facts.parquet``.
- Headers carry the unit: ``capex_usd [USD]``, ``price_cny_per_mtok [CNY per 1M tokens]``;
  ``value [unit column]`` where each row names its unit, and that row's number format follows
  it. Units, header labels and number formats are data (``data/excel_units.csv``,
  ``data/excel_columns.csv``).
- Every sheet has a frozen header row, an autofilter over its rows and column widths that fit
  the text, with East Asian wide and full-width characters counted as two.
- Facts, views and the ledger carry a ``source`` column: publisher, date and the quoted
  sentence (``CITIC Securities, 2024-06: "..."``).
- Report text is never evaluated: every string is stored as a string cell, never as a formula
  or an error value, and a string that a spreadsheet would read as a formula when edited
  (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) also gets the "quote
  prefix" style, so editing the cell keeps it text. Characters XML cannot carry (control
  characters other than tab and line breaks) become U+FFFD, and a carriage return becomes a
  line feed (XML readers would do so anyway).
- The same input gives the same bytes: document properties are dated at the newest
  publication date (``2000-01-01`` when no document is dated) and every zip entry at
  1980-01-01, the zip format's first date.
- The file is written to a temporary name beside the target and moved into place.
"""
from __future__ import annotations

import csv
import datetime as _dt
import math
import os
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ..paths import DATA_DIR, FACT_COLUMNS, THEMES
from .store import DOCUMENT_TEXT_COLUMNS, TABLE_FILES, _ordered_facts, read_facts
from .claims import fact_ids, ledger
from .views import view
from .. import files
from ..pathcheck import output_file_problem

__all__ = ["ExportError", "to_excel", "read_stored_tables", "display_width", "SHEET_LIMIT_ROWS"]

#: Rows an Excel sheet holds, header included.
SHEET_LIMIT_ROWS = 1_048_576
#: Longest string an Excel cell holds.
CELL_LIMIT_CHARS = 32_767
#: Column widths in Excel's units (about one narrow character each).
MIN_WIDTH, MAX_WIDTH = 6, 80
#: Room for the autofilter's drop-down button beside a header.
FILTER_BUTTON = 3
#: Document properties date when no document is dated.
FALLBACK_DATE = _dt.datetime(2000, 1, 1)
#: Date of every zip entry (the earliest a zip can store).
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

# Characters XML 1.0 cannot carry (openpyxl refuses them); tab, LF and CR are allowed.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# First characters a spreadsheet reads as the start of a formula (OWASP CSV injection list);
# a carriage return is stored as a line feed, so a leading line feed counts too.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")

# Document columns holding whole texts or span lists are not for a sheet: store names them once.
_DOCUMENT_TEXT_COLUMNS = DOCUMENT_TEXT_COLUMNS


class ExportError(Exception):
    """A path cannot be read or written; the message is ``PATH: problem``."""


# --------------------------------------------------------------------------- units and widths

@dataclass(frozen=True)
class _Unit:
    header: str
    number_format: str
    fraction_format: str


@lru_cache(maxsize=1)
def _units() -> dict[str, _Unit]:
    with open(DATA_DIR / "excel_units.csv", encoding="utf-8", newline="") as fh:
        return {r["unit"]: _Unit(r["header"], r["number_format"], r["fraction_format"])
                for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _column_units() -> dict[str, str]:
    with open(DATA_DIR / "excel_columns.csv", encoding="utf-8", newline="") as fh:
        return {r["column"]: r["unit"] for r in csv.DictReader(fh)}


def column_unit(name: str) -> tuple[str | None, str | None]:
    """Unit of a column from its name: ``(unit, per)``; ``("row", None)`` for per-row units.

    View columns end in their unit (``capex_usd``, ``growth_ratio``, ``multiple``); prices
    end in ``_per_mtok`` after their currency. A ``_high`` twin has its base column's unit.

    >>> column_unit("capex_usd_high"), column_unit("price_cny_per_mtok"), column_unit("entity")
    (('USD', None), ('CNY', 'mtok'), (None, None))
    """
    explicit = _column_units().get(name)
    if explicit:
        return explicit, None
    base = name[: -len("_high")] if name.endswith("_high") else name
    per = None
    if base.endswith("_per_mtok"):
        base, per = base[: -len("_per_mtok")], "mtok"
    last = base.rsplit("_", 1)[-1]
    by_key = {u.casefold(): u for u in _units()}
    unit = by_key.get(last.casefold())
    return (unit, per) if unit else (None, None)


def _header(name: str) -> str:
    unit, per = column_unit(name)
    if unit == "row":
        return f"{name} [unit column]"
    if unit is None:
        return name
    label = _units()[unit].header
    return f"{name} [{label} per 1M tokens]" if per == "mtok" else f"{name} [{label}]"


def display_width(text: str) -> int:
    """Width of the longest line of ``text`` with East Asian wide and full-width characters
    counted as two.

    >>> display_width("资本开支 capex"), display_width("ＡＢ\\nabc")
    (14, 4)
    """
    return _width(str(text))


@lru_cache(maxsize=65536)
def _width(text: str) -> int:
    # Sources and names repeat across rows and sheets: each distinct string is measured once.
    if text.isascii():
        return max(map(len, text.split("\n")))
    return max(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
               for line in text.split("\n"))


# --------------------------------------------------------------------------- cell values

def _missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _clean_text(value) -> str:
    # XML readers turn a raw CR into LF; doing it here makes what is written what is read.
    text = _ILLEGAL.sub("\ufffd", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > CELL_LIMIT_CHARS:  # Excel would refuse the file; mark the cut
        text = text[: CELL_LIMIT_CHARS - 1] + "…"
    return text


def _to_date(value) -> _dt.date | None:
    if _missing(value) or value == "":
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    hit = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", str(value).strip())
    if hit is None:
        raise ValueError(f"not a date: {value!r}")
    return _dt.date(int(hit[1]), int(hit[2]), int(hit[3] or 1))


def _precision(value, known: str | None) -> str:
    """``month`` or ``day``: the document's, else ``month`` for a ``YYYY-MM`` string."""
    if known:
        return known
    return "month" if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value.strip()) \
        else "day"


def _date_text(day: _dt.date | None, precision: str) -> str:
    if day is None:
        return ""
    return day.strftime("%Y-%m") if precision == "month" else day.isoformat()


def _number_width(value: float, number_format: str) -> int:
    if "%" in number_format:
        return len(f"{value * 100:.2f}%")
    if "," in number_format and float(value).is_integer():
        return len(f"{value:,.0f}")
    return len(f"{value:.10g}")


@dataclass
class _Column:
    """How one DataFrame column becomes one sheet column."""

    name: str
    header: str
    kind: str  # text | int | float | date | bool
    unit: str | None = None  # fixed unit, or "row" to read the row's unit column
    date_doc: str | None = None  # column naming the document whose date precision applies


def _kind(series: pd.Series) -> str:
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "bool"
    if pd.api.types.is_integer_dtype(dtype):
        return "int"
    if pd.api.types.is_float_dtype(dtype):
        return "float"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "date"
    sample = [v for v in series if not _missing(v)]
    if sample and all(isinstance(v, (_dt.date, pd.Timestamp)) for v in sample):
        return "date"
    if sample and all(isinstance(v, (bool, np.bool_)) for v in sample):
        return "bool"
    return "text"


_DATE_DOCS = {"published": "doc_id", "earliest_published": "earliest_doc",
              "latest_published": "latest_doc"}


def _columns(df: pd.DataFrame) -> list[_Column]:
    cols = []
    for name in df.columns:
        kind = _kind(df[name])
        if name in _DATE_DOCS:
            kind = "date"
        unit = column_unit(name)[0] if kind in ("int", "float") else None
        date_doc = _DATE_DOCS.get(name) if _DATE_DOCS.get(name) in df.columns else None
        cols.append(_Column(name, _header(name) if unit else name, kind, unit, date_doc))
    return cols


# --------------------------------------------------------------------------- source column

def _source_lines(df: pd.DataFrame, precision: dict[str, str]) -> list[str]:
    """``publisher, date: "quoted sentence"`` for each fact row (doc_id when no publisher)."""
    out = []
    quotes = df["quote"] if "quote" in df.columns else df["text"]
    for doc_id, publisher, published, quote, text in zip(
            df["doc_id"], df["publisher"], df["published"], quotes, df["text"]):
        who = str(doc_id) if _missing(publisher) or not str(publisher).strip() else str(publisher)
        when = _date_text(_to_date(published), _precision(published, precision.get(str(doc_id))))
        said = text if _missing(quote) or not str(quote).strip() else quote
        head = f"{who}, {when}" if when else who
        out.append(f'{head}: "{str(said).strip()}"')
    return out


def _with_source(df: pd.DataFrame, precision: dict[str, str]) -> pd.DataFrame:
    out = df.copy()
    out["source"] = pd.Series(_source_lines(df, precision), index=df.index, dtype=object)
    return out


def _ledger_with_sources(ledger: pd.DataFrame, facts: pd.DataFrame,
                         precision: dict[str, str]) -> pd.DataFrame:
    by_id = dict(zip(fact_ids(facts), _source_lines(facts, precision)))
    out = ledger.copy()
    out["sources"] = pd.Series(
        ["\n".join(dict.fromkeys(by_id[i] for i in ids.split(";") if i in by_id))
         for ids in ledger["fact_ids"]], index=ledger.index, dtype=object)
    return out


# --------------------------------------------------------------------------- writing

class _PinnedZip(zipfile.ZipFile):
    """A ZipFile whose entries all carry :data:`ZIP_DATE` and fixed permissions.

    openpyxl names entries by string (the current time) or adds worksheet temp files (their
    modification time); both are pinned here so the same workbook gives the same bytes.
    """

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            info = zipfile.ZipInfo(str(zinfo_or_arcname), date_time=ZIP_DATE)
            info.compress_type = self.compression
            info.external_attr = 0o644 << 16
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        with open(filename, "rb") as fh:
            data = fh.read()
        self.writestr(arcname or os.path.basename(filename), data, compress_type, compresslevel)


def _formula_like(text: str) -> bool:
    return text.startswith(_FORMULA_START)


class _SheetWriter:
    """Writes one DataFrame as one write-only sheet (widths are known before any row)."""

    def __init__(self, workbook, title: str, df: pd.DataFrame, precision: dict[str, str]):
        self.wb, self.title, self.df, self.precision = workbook, title, df, precision
        self.cols = _columns(df)

    def _number_format(self, col: _Column, value: float, row_unit) -> str | None:
        unit = row_unit if col.unit == "row" else col.unit
        if _missing(unit) or unit not in _units():
            return None
        spec = _units()[unit]
        return spec.number_format if float(value).is_integer() else spec.fraction_format

    def _cells(self, row: dict) -> list[tuple]:
        """(value, number_format, width) per column of one row."""
        out = []
        for col in self.cols:
            value = row[col.name]
            if _missing(value):
                out.append((None, None, 0))
            elif col.kind == "date":
                day = _to_date(value)
                if day is None:
                    out.append((None, None, 0))
                    continue
                doc = str(row[col.date_doc]) if col.date_doc else None
                known = row.get("published_precision") or self.precision.get(doc)
                precision = _precision(value, None if _missing(known) else str(known))
                fmt = "yyyy-mm" if precision == "month" else "yyyy-mm-dd"
                out.append((day, fmt, len(_date_text(day, precision))))
            elif col.kind == "bool":
                out.append((bool(value), None, 5))
            elif col.kind in ("int", "float"):
                number = int(value) if col.kind == "int" else float(value)
                if isinstance(number, float) and not math.isfinite(number):
                    out.append((None, None, 0))
                    continue
                fmt = self._number_format(col, number, row.get("unit"))
                out.append((number, fmt, _number_width(number, fmt or "General")))
            elif str(value) == "":
                out.append((None, None, 0))  # an empty string is an empty cell
            else:
                text = _clean_text(value)
                out.append((text, None, display_width(text)))
        return out

    def write(self) -> int:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        rows = [self._cells(r) for r in self.df.to_dict("records")]
        ws = self.wb.create_sheet(self.title)
        for i, col in enumerate(self.cols):
            widest = max([display_width(col.header) + FILTER_BUTTON]
                         + [r[i][2] for r in rows])
            ws.column_dimensions[get_column_letter(i + 1)].width = min(
                MAX_WIDTH, max(MIN_WIDTH, widest + 2))
        ws.freeze_panes = "A2"
        last = get_column_letter(max(1, len(self.cols)))
        ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        bold = Font(bold=True)
        header = []
        for col in self.cols:
            cell = WriteOnlyCell(ws, _clean_text(col.header))
            cell.data_type = "s"
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for cells in rows:
            ws.append([self._cell(ws, value, fmt) for value, fmt, _ in cells])
        return len(rows)

    @staticmethod
    def _cell(ws, value, fmt):
        from openpyxl.cell import WriteOnlyCell

        if value is None:
            return None
        cell = WriteOnlyCell(ws, value)
        if isinstance(value, str):
            # openpyxl would turn "=..." into a formula and "#N/A" into an error value.
            cell.data_type = "s"
            if _formula_like(value):
                cell.quotePrefix = True
        elif fmt:
            cell.number_format = fmt
        return cell


def target_problem(path: Path) -> str | None:
    """Why ``path`` cannot be written as a file, or None: the check every command makes
    (:func:`aigc_analysis.pathcheck.output_file_problem`)."""
    problem = output_file_problem(path, "workbook")
    return None if problem is None else str(problem)


def _precision_map(documents: pd.DataFrame | None) -> dict[str, str]:
    if documents is None or "published_precision" not in documents.columns:
        return {}
    return {str(d): str(p) for d, p in zip(documents["doc_id"], documents["published_precision"])
            if not _missing(p)}


def _documents_sheet(facts: pd.DataFrame, documents: pd.DataFrame | None) -> pd.DataFrame:
    if documents is None:
        docs = (facts[["doc_id", "publisher", "published"]]
                .drop_duplicates("doc_id").reset_index(drop=True))
    else:
        docs = documents.drop(columns=[c for c in _DOCUMENT_TEXT_COLUMNS
                                       if c in documents.columns])
    docs = docs.sort_values("doc_id", kind="stable").reset_index(drop=True)
    counts = facts["doc_id"].astype(str).value_counts()
    docs["n_facts"] = pd.array([int(counts.get(str(d), 0)) for d in docs["doc_id"]],
                               dtype="int64")
    return docs


def _newest_date(facts: pd.DataFrame, documents: pd.DataFrame | None) -> _dt.datetime:
    dates = [_to_date(v) for v in facts["published"]]
    if documents is not None and "published" in documents.columns:
        dates += [_to_date(v) for v in documents["published"]]
    dates = [d for d in dates if d is not None]
    return _dt.datetime.combine(max(dates), _dt.time()) if dates else FALLBACK_DATE


def workbook_tables(facts: pd.DataFrame,
                    documents: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """The tables the workbook holds, by sheet name, in sheet order (before cell typing)."""
    missing = [c for c in FACT_COLUMNS if c not in facts.columns]
    if missing:
        raise ValueError(f"to_excel: facts table lacks columns {missing}")
    facts = _ordered_facts(facts)
    precision = _precision_map(documents)
    tables = {"facts": _with_source(facts, precision)}
    for theme in THEMES:
        tables[theme] = _with_source(view(theme, facts), precision)
    tables["ledger"] = _ledger_with_sources(ledger(facts), facts, precision)
    tables["documents"] = _documents_sheet(facts, documents)
    return tables


def to_excel(facts: pd.DataFrame, path: str | os.PathLike,
             documents: pd.DataFrame | None = None) -> Path:
    """Write the facts, one sheet per theme view, the ledger and the documents to ``path``.

    Parameters
    ----------
    facts : DataFrame
        The facts table (``paths.FACT_COLUMNS``; extra columns are kept on the facts sheet).
    path : path
        The ``.xlsx`` file to write (replaced atomically; its folder is created if missing).
    documents : DataFrame, optional
        The documents table (:func:`aigc_analysis.load.corpus.load_corpus` or the stored
        ``documents.csv``); gives the documents sheet its columns and month-precision dates
        their ``yyyy-mm`` form. Without it the documents sheet lists ``doc_id``, ``publisher``
        and ``published`` from the facts.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    ExportError
        When ``path`` cannot be written (message ``PATH: problem``).
    ValueError
        When ``facts`` lacks a column of the facts contract or a sheet has more rows than
        Excel holds.

    Examples
    --------
    >>> import tempfile
    >>> import aigc_analysis as aa
    >>> from aigc_analysis.paths import SEEDS_DIR
    >>> docs = aa.load_corpus(sorted(SEEDS_DIR.glob("*.txt"))[:1])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     aa.to_excel(aa.extract_facts(docs), Path(tmp) / "facts.xlsx", documents=docs).name
    'facts.xlsx'
    """
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    target = Path(path)
    problem = target_problem(target)
    if problem:
        raise ExportError(problem)
    tables = workbook_tables(facts, documents)
    for title, table in tables.items():
        # Checked before any sheet is started: a half-written workbook is never left behind.
        if len(table) + 1 > SHEET_LIMIT_ROWS:
            raise ValueError(f"to_excel: sheet {title!r} would have {len(table)} rows; an Excel "
                             f"sheet holds {SHEET_LIMIT_ROWS - 1} below its header")
    precision = _precision_map(documents)
    wb = Workbook(write_only=True)
    stamp = _newest_date(facts, documents)
    wb.properties.created = wb.properties.modified = stamp
    wb.properties.creator = "aigc-analysis"
    try:
        with files.atomic_path(target) as tmp:
            # The target's folder is known to be writable before any sheet is started.
            archive = _PinnedZip(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
            for title, table in tables.items():
                _SheetWriter(wb, title, table, precision).write()
            # Not Workbook.save: it stamps the current time into docProps/core.xml.
            ExcelWriter(wb, archive).save()
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise ExportError(f"{target}: cannot be written ({reason})") from exc
    return target


# --------------------------------------------------------------------------- stored tables

def read_stored_tables(directory: str | os.PathLike) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """Facts (``facts.parquet``) and documents (``documents.csv``) stored by ``extract`` or
    ``build`` in ``directory``.

    Raises
    ------
    ExportError
        When the folder or its ``facts.parquet`` is missing or unreadable. A missing
        ``documents.csv`` is not an error: the documents sheet then comes from the facts.
    """
    folder = Path(directory)
    if not folder.exists():
        raise ExportError(f"{folder}: no such folder (run `aigc-analysis extract --out DIR` "
                          "or `aigc-analysis build` first, or give a corpus)")
    if not folder.is_dir():
        raise ExportError(f"{folder}: not a folder (give the folder holding facts.parquet)")
    facts_path = folder / TABLE_FILES["facts_parquet"]
    if not facts_path.exists():
        raise ExportError(f"{facts_path}: no stored facts (run `aigc-analysis extract` or "
                          "`aigc-analysis build` first, or give a corpus)")
    try:
        facts = read_facts(facts_path)
    except (OSError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ExportError(f"{facts_path}: not a readable Parquet file ({first})") from exc
    docs_path = folder / TABLE_FILES["documents_csv"]
    if not docs_path.exists():
        return facts, None
    try:
        documents = pd.read_csv(docs_path, dtype=str, keep_default_na=False)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ExportError(f"{docs_path}: not a readable CSV file ({exc})") from exc
    return facts, _typed_documents(documents)


def _typed_documents(documents: pd.DataFrame) -> pd.DataFrame:
    """documents.csv read as text -> the dtypes :func:`load_corpus` gives."""
    docs = documents.replace("", None)
    if "published" in docs.columns:
        docs["published"] = pd.Series([_to_date(v) for v in docs["published"]],
                                      index=docs.index, dtype=object)
    for col in ("n_chars", "n_bytes"):
        if col in docs.columns:
            docs[col] = pd.to_numeric(docs[col]).astype("Int64")
    return docs
