"""Reading report files: bytes -> decoded text + metadata, one document at a time.

:func:`iter_documents` streams documents (dicts) and problems (:class:`Problem`) so extraction
can run over a large corpus in constant memory; :func:`load_corpus` collects them into the
documents table (docs/ARCHITECTURE.md).

Decisions
---------
- Encodings: a byte-order mark decides first (UTF-8, UTF-16, UTF-32); then strict UTF-8; then
  UTF-8 with a few invalid bytes (the damage is recorded, never silently dropped); otherwise
  charset-normalizer chooses among GB18030 (a superset of GBK/GB2312) and Big5. Anything else is
  reported as undecodable. Files are read once, as bytes.
- Bad files (missing, empty, whitespace-only, binary, undecodable, unreadable, symlink loop)
  are reported as one line ``path: problem`` and skipped; the other files still load.
- ``load_corpus`` never raises for bad input unless ``strict=True``: with nothing loadable it
  returns an empty table whose ``attrs["problems"]`` says why (the CLI exits non-zero on that).
- Formats: a file's suffix chooses how it is read: ``.pdf``, ``.html``/``.htm`` and ``.docx`` go
  through :mod:`aigc_analysis.load.formats` (one stored text per document, tables as tab-separated
  rows, PDF page offsets in ``page_starts``); anything else is decoded as text. A format's own
  metadata (an HTML page's ``og:title``, publish time, account) wins over text inference.
- Metadata: a ``seeds.csv`` sidecar in the file's folder wins field by field; fields it lacks are
  inferred from the text (:mod:`aigc_analysis.load.metadata`: the header's date, masthead, headline,
  rating and target price). ``published_source`` says where the date came from (``sidecar``,
  ``header``, ``body``, ``none``). A missing date stays empty and is reported; it is never made
  up. One undated file is reported by name; several are summed up in one line
  (:func:`summarise_undated`).
"""
from __future__ import annotations

import csv
import datetime as dt
import errno
import hashlib
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .boilerplate import combine_spans, find_boilerplate
from .decode import _CONTROL, MAX_CONTROL_SHARE, _n_bad, decode_bytes
from .formats import SUFFIXES, FormatError, apply_hints, format_of, page_boilerplate
from .formats import extract as extract_format
from .metadata import infer_metadata
from .normalise import detect_script, for_parsing, to_simplified
from ..paths import SIDECAR_NAME

#: Columns of the documents table, in order.
DOCUMENT_COLUMNS = (
    "doc_id", "path", "publisher", "carrier", "title", "published", "published_precision",
    "published_source", "rating", "rating_change", "target_price", "target_currency", "script", "kind", "encoding", "sha256", "n_bytes", "n_chars", "text", "text_simplified",
    "boilerplate", "damage", "metadata_source",
    # format dispatch (aigc_analysis/load/formats.py): file format, PDF page count and page offsets
    "format", "pages", "page_starts",
)
SCRIPTS = ("simplified", "traditional")
#: ISO 15924 codes a sidecar may use instead (the dev set's docs.csv writes Hans/Hant)
SCRIPT_CODES = {"hans": "simplified", "hant": "traditional", "zh-hans": "simplified",
                "zh-hant": "traditional"}

#: Characters sampled to decide the script (the ratio settles long before).
SCRIPT_SAMPLE_CHARS = 200_000

#: The problem message of a document whose date was not found (summed up by load_corpus).
NO_DATE = "no publication date found; published left empty"
#: Undated files named in the summary line before "and N more".
UNDATED_NAMED = 3


class CorpusError(Exception):
    """A file could not be loaded and ``strict=True`` was asked for."""


class CorpusWarning(UserWarning):
    """One problem with one file: ``path: problem``."""


@dataclass(frozen=True)
class Problem:
    """A problem with one input.

    ``severity`` is ``"error"`` (the file was not loaded), ``"damage"`` (loaded, with
    undecodable bytes replaced by U+FFFD) or ``"metadata"`` (loaded, a field left empty).
    """

    path: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


# --- sidecar ------------------------------------------------------------------------------------
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")


def parse_published(value: str) -> tuple[dt.date | None, str | None]:
    """``2024-05-09`` -> (date, ``"day"``); ``2024-06`` -> (2024-06-01, ``"month"``); ``""`` -> (None, None).

    Raises
    ------
    ValueError
        On anything else.
    """
    value = (value or "").strip()
    if not value:
        return None, None
    if _ISO_DAY.match(value):
        return dt.date.fromisoformat(value), "day"
    if _ISO_MONTH.match(value):
        return dt.date.fromisoformat(value + "-01"), "month"
    raise ValueError(f"published {value!r} is not YYYY-MM-DD or YYYY-MM")


def read_sidecar(folder: Path) -> tuple[dict[str, dict], list[Problem]]:
    """Rows of ``folder/seeds.csv`` keyed by ``doc_id`` (empty when there is no sidecar).

    Fields are kept as strings; bad rows and an unreadable file are returned as problems
    (severity ``metadata``: the documents still load, with metadata from their text).
    """
    path = folder / SIDECAR_NAME
    if not path.is_file():
        return {}, []
    problems: list[Problem] = []
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "doc_id" not in reader.fieldnames:
                return {}, [Problem(str(path), "sidecar has no doc_id column, ignored", "metadata")]
            rows: dict[str, dict] = {}
            for line_no, row in enumerate(reader, start=2):
                doc_id = (row.get("doc_id") or "").strip()
                if not doc_id:
                    problems.append(Problem(f"{path}:{line_no}", "row without doc_id, ignored", "metadata"))
                elif doc_id in rows:
                    problems.append(Problem(f"{path}:{line_no}", f"duplicate doc_id {doc_id}, ignored", "metadata"))
                else:
                    rows[doc_id] = {k: (v or "").strip() for k, v in row.items() if k}
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        return {}, [Problem(str(path), f"cannot read sidecar ({exc}), ignored", "metadata")]
    return rows, problems


# --- paths --------------------------------------------------------------------------------------
def _os_problem(path: str, exc: OSError) -> Problem:
    if isinstance(exc, PermissionError):
        return Problem(path, "permission denied")
    if exc.errno == errno.ELOOP:
        return Problem(path, "symbolic link loop")
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return Problem(path, "broken symbolic link")
        return Problem(path, "no such file or folder")
    return Problem(path, f"cannot read ({exc.strerror or exc})")


def _is_report(name: str) -> bool:
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in SUFFIXES


def expand_paths(source) -> Iterator[Path | Problem]:
    """Files named by ``source`` (a folder, a file, or an iterable of those), in order.

    A folder contributes its report files (``.txt``, ``.pdf``, ``.html``/``.htm``, ``.docx``;
    not recursive), sorted by name; an explicit file is taken whatever its extension.
    """
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    if not items:
        yield Problem("<no input>", "no paths given")
    for item in items:
        path = Path(item)
        try:
            is_dir = path.is_dir()  # follows symlinks; False for missing paths
        except OSError as exc:
            yield _os_problem(str(path), exc)
            continue
        if not is_dir:
            if not os.path.lexists(path):
                yield Problem(str(path), "no such file or folder")
            else:
                yield path
            continue
        try:
            with os.scandir(path) as it:
                names = sorted(e.name for e in it if _is_report(e.name) and not _safe_is_dir(e))
        except OSError as exc:
            yield _os_problem(str(path), exc)
            continue
        files = [path / n for n in names]
        if not files:
            yield Problem(str(path), "no report files (.txt, .pdf, .html, .docx) in this folder")
        yield from files


def _safe_is_dir(entry: os.DirEntry) -> bool:
    """Whether a folder entry is a folder (following symbolic links, as ``Path.is_dir``); the
    scan has already read its type, so a plain file costs no ``stat`` call."""
    try:
        return entry.is_dir()
    except OSError:  # a symlink loop: let the reader report it
        return False


# --- documents ----------------------------------------------------------------------------------
def read_document(path: Path, sidecar_row: dict | None = None) -> tuple[dict | None, list[Problem]]:
    """Read, decode and describe one file.

    Returns
    -------
    (dict or None, list of Problem)
        The document row (None if the file could not be loaded) and its problems.
    """
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [_os_problem(name, exc)]
    fmt = format_of(path.name)
    extracted = None
    if fmt == "txt":
        try:
            text, encoding, damage = decode_bytes(data)
        except ValueError as exc:
            return None, [Problem(name, str(exc))]
    else:
        try:
            extracted = extract_format(data, fmt)
        except FormatError as exc:
            return None, [Problem(name, str(exc))]
        text, encoding, damage = extracted.text, extracted.encoding, []
    if not text or text.isspace():  # what ``not text.strip()`` says, without copying the text
        return None, [Problem(name, "no text (only whitespace)")]
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        return None, [Problem(name, "binary file (control characters), not text")]
    sha256, n_bytes = hashlib.sha256(data).hexdigest(), len(data)
    del data  # a large report's bytes are not held while its text is normalised

    problems: list[Problem] = [Problem(name, w, "damage") for w in (extracted.warnings if extracted else ())]
    if damage:
        first = damage[0][0]
        problems.append(Problem(
            name,
            f"{_n_bad(damage)} undecodable byte(s) in {len(damage)} place(s), first at byte "
            f"{first}, replaced with U+FFFD ({encoding})",
            "damage",
        ))
    simplified = to_simplified(text)
    norm = for_parsing(simplified)  # one parsing form shared by the boilerplate and metadata rules
    boilerplate = find_boilerplate(text, norm=norm)
    if extracted is not None:
        furniture = extracted.boilerplate
        pages = page_boilerplate(text, extracted.page_starts, boilerplate + furniture)
        boilerplate = combine_spans(text, furniture, pages, boilerplate)
    row = sidecar_row or {}
    meta = infer_metadata(text, boilerplate=boilerplate, norm=norm)
    if extracted is not None:
        meta = apply_hints(meta, extracted.hints)

    published, precision = meta["published"], meta["published_precision"]
    source = meta["published_source"]
    if row.get("published"):
        try:
            published, precision = parse_published(row["published"])
            source = "sidecar"
        except ValueError as exc:
            problems.append(Problem(name, f"sidecar {exc}; using the date in the text", "metadata"))
    target_price = meta["target_price"]
    if row.get("target_price"):
        try:
            target_price = float(row["target_price"])
        except ValueError:
            problems.append(Problem(name, f"sidecar target_price {row['target_price']!r} is not a "
                                          "number; using the text", "metadata"))
    given = (row.get("script") or "").strip()
    script = given if given in SCRIPTS else SCRIPT_CODES.get(given.lower())
    if row.get("script") and script is None:
        problems.append(Problem(name, f"sidecar script {row['script']!r} unknown; detected instead", "metadata"))
    if script is None:
        script = detect_script(text[:SCRIPT_SAMPLE_CHARS], simplified[:SCRIPT_SAMPLE_CHARS])
    if published is None:
        problems.append(Problem(name, NO_DATE, "metadata"))

    doc = {
        "doc_id": path.name,
        "path": name,
        "publisher": row.get("publisher") or meta["publisher"],
        "carrier": row.get("carrier") or meta["carrier"],
        "title": row.get("title") or meta["title"],
        "published": published,
        "published_precision": precision,
        "published_source": source,
        "rating": row.get("rating") or meta["rating"],
        "rating_change": row.get("rating_change") or meta["rating_change"],
        "target_price": target_price,
        "target_currency": row.get("target_currency") or meta["target_currency"],
        "script": script,
        "kind": row.get("kind") or None,
        "encoding": encoding,
        "sha256": sha256,
        "n_bytes": n_bytes,
        "n_chars": len(text),
        "text": text,
        "text_simplified": simplified,
        "boilerplate": boilerplate,
        "damage": damage,
        "metadata_source": "sidecar" if row else "text",
        "format": fmt,
        "pages": extracted.pages if extracted is not None else None,
        "page_starts": list(extracted.page_starts) if extracted is not None else [],
    }
    return doc, problems


def iter_sources(paths, *, sidecar: bool = True):
    """The files to load, in order: ``(path, sidecar row or None)`` or a :class:`Problem`.

    Expands folders, reads each folder's sidecar once and refuses a second file with the same
    name (``doc_id``). Reads no report: the unit of work for streaming and parallel engines.
    """
    sidecars: dict[Path, dict[str, dict]] = {}
    seen_ids: dict[str, str] = {}
    for item in expand_paths(paths):
        if isinstance(item, Problem):
            yield item
            continue
        if item.name in seen_ids:
            yield Problem(str(item), f"duplicate doc_id (same file name as {seen_ids[item.name]}), skipped")
            continue
        seen_ids[item.name] = str(item)
        row = None
        if sidecar:
            folder = item.parent
            if folder not in sidecars:
                sidecars[folder], folder_problems = read_sidecar(folder)
                yield from folder_problems
            row = sidecars[folder].get(item.name)
        yield item, row


def iter_documents(paths, *, sidecar: bool = True) -> Iterator[dict | Problem]:
    """Stream documents and problems, one at a time.

    Parameters
    ----------
    paths : str, PathLike or iterable of them
        Folders (their ``.txt``, ``.pdf``, ``.html``, ``.docx`` files), files, or a mix.
    sidecar : bool
        Use ``seeds.csv`` in each file's folder for metadata when present.

    Yields
    ------
    dict or Problem
        A document row (keys :data:`DOCUMENT_COLUMNS`), or a :class:`Problem`. A loaded
        document's own problems (damage, missing date) follow it.
    """
    for item in iter_sources(paths, sidecar=sidecar):
        if isinstance(item, Problem):
            yield item
            continue
        item, row = item
        doc, problems = read_document(item, row)
        if doc is not None:
            yield doc
        yield from problems


def load_corpus(source, strict: bool = False, *, sidecar: bool = True) -> pd.DataFrame:
    """Load reports into the documents table.

    Parameters
    ----------
    source : str, PathLike or iterable of them
        A folder (its ``.txt``, ``.pdf``, ``.html``, ``.docx`` files), a file, or a list of paths.
    strict : bool
        Raise :class:`CorpusError` on the first file that cannot be loaded or has undecodable
        bytes, instead of reporting it and going on.
    sidecar : bool
        Use ``seeds.csv`` sidecars for metadata.

    Returns
    -------
    pandas.DataFrame
        One row per document, columns :data:`DOCUMENT_COLUMNS` (empty, same columns, when
        nothing loaded). ``attrs["problems"]`` lists every problem as ``path: problem``; each is
        also emitted as a :class:`CorpusWarning`.

    Examples
    --------
    >>> from aigc_analysis.paths import SEEDS_DIR
    >>> docs = load_corpus(SEEDS_DIR)
    >>> len(docs), docs.loc[0, "script"]
    (5, 'traditional')
    """
    return documents_table(iter_documents(source, sidecar=sidecar), strict)


def documents_table(items: Iterable[dict | Problem], strict: bool = False) -> pd.DataFrame:
    """The documents table of a stream of documents and problems, as :func:`iter_documents` yields.

    The one place that turns loaded documents into the table (:func:`load_corpus`, and the
    parallel loading of :func:`aigc_analysis.pipeline.extraction.extract`, which reads files in
    worker processes and hands their results here in input order). Problems are warned about
    and listed in ``attrs["problems"]`` in stream order, undated files summed up at the end;
    with ``strict`` the first error or damage raises :class:`CorpusError`.
    """
    rows, problems, undated = [], [], []
    for item in items:
        if isinstance(item, Problem):
            if strict and item.severity in ("error", "damage"):
                raise CorpusError(str(item))
            if item.message == NO_DATE:
                undated.append(item)  # summed up below: one line, not one per file
                continue
            problems.append(str(item))
            warnings.warn(str(item), CorpusWarning, stacklevel=3)
        else:
            rows.append(item)
    for item in summarise_undated(undated, len(rows)):
        problems.append(str(item))
        warnings.warn(str(item), CorpusWarning, stacklevel=3)
    df = pd.DataFrame.from_records(rows, columns=list(DOCUMENT_COLUMNS))
    df["target_price"] = df["target_price"].astype("float64")
    df["pages"] = df["pages"].astype("Int64")  # a page count, empty for formats without pages
    df.attrs["problems"] = problems
    return df


def summarise_undated(undated: list[Problem], n_documents: int) -> list[Problem]:
    """One problem for the documents without a publication date.

    A single undated file keeps its own ``path: no publication date found ...`` line; several
    become one line on their common folder saying how many, naming the first few and where to
    see them all.

    Parameters
    ----------
    undated : list of Problem
        The :data:`NO_DATE` problems, in input order.
    n_documents : int
        Documents loaded (for "N of M").

    Returns
    -------
    list of Problem
        Empty, the one problem, or one summary problem.

    Examples
    --------
    >>> [str(p) for p in summarise_undated([Problem(f"r/{i}.txt", NO_DATE, "metadata") for i in range(5)], 9)]
    ['r: 5 of 9 documents have no publication date (published left empty): 0.txt, 1.txt, 2.txt and 2 more; the published_source column of documents.csv (or `aigc-analysis corpus`) shows which']
    """
    if len(undated) <= 1:
        return list(undated)
    paths = [p.path for p in undated]
    try:
        folder = os.path.commonpath([os.path.dirname(p) or "." for p in paths])
    except ValueError:  # relative and absolute paths mixed
        folder = "<corpus>"
    names = [os.path.basename(p) for p in paths[:UNDATED_NAMED]]
    more = f" and {len(paths) - UNDATED_NAMED} more" if len(paths) > UNDATED_NAMED else ""
    return [Problem(
        folder or ".",
        f"{len(paths)} of {n_documents} documents have no publication date (published left "
        f"empty): {', '.join(names)}{more}; the published_source column of documents.csv (or "
        "`aigc-analysis corpus`) shows which",
        "metadata",
    )]


__all__ = [
    "CorpusError", "CorpusWarning", "DOCUMENT_COLUMNS", "Problem", "decode_bytes",
    "expand_paths", "iter_documents", "load_corpus", "NO_DATE", "parse_published", "read_document",
    "read_sidecar", "summarise_undated",
]
