"""Stored tables: facts and documents as CSV and Parquet, and the SQL views over them.

Parquet is the interchange format (dtypes round-trip, DuckDB reads it directly); CSV is for
people and diffs. SQL runs on the Parquet files: :func:`open_db` opens an in-memory DuckDB
connection with the views ``facts`` and ``documents`` over them and one view per theme
(``SELECT * FROM capex``), and ``facts.sql`` beside the tables holds the same views for the
DuckDB command line (``cd build && duckdb -init facts.sql``). No database file is stored: DuckDB
writes a random identifier into every database file, and every stored output is the same bytes
for the same input. Every file is written to a temporary name in the target folder and moved
into place with ``os.replace``, so a reader never sees half a file.
"""
from __future__ import annotations

import atexit
import json
import os
import sys
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from ..paths import DEFAULT_BUILD_DIR, FACT_COLUMNS, THEMES
from ..pathcheck import report
from .. import files

if TYPE_CHECKING:  # pandas is imported where used: the build's no-op path reads TABLE_FILES
    import pandas as pd

#: File names written by :func:`write_tables`.
TABLE_FILES = {
    "facts_csv": "facts.csv",
    "facts_parquet": "facts.parquet",
    "documents_csv": "documents.csv",
    "documents_parquet": "documents.parquet",
    "views_sql": "facts.sql",
}

#: What earlier versions stored beside the tables (a DuckDB database, never byte-reproducible):
#: :func:`write_tables` deletes them, so no stale copy of older facts stays next to new ones.
LEGACY_FILES = ("facts.duckdb", "facts.duckdb.wal")

#: Document columns holding whole texts or span lists: kept out of documents.csv.
DOCUMENT_TEXT_COLUMNS = ("text", "text_simplified", "boilerplate", "damage", "page_starts")

#: Document columns holding Python lists (of tuples, or of ints for ``page_starts``): stored
#: as JSON text in Parquet/DuckDB.
DOCUMENT_LIST_COLUMNS = ("boilerplate", "damage", "page_starts")


def _json_list(items) -> str:
    return json.dumps([list(s) if isinstance(s, (list, tuple)) else s for s in items]
                      if items is not None else [], ensure_ascii=False)


def _from_json_list(text: str) -> list:
    return [tuple(x) if isinstance(x, list) else x for x in json.loads(text)]

#: Default folder of :func:`open_db` and ``aigc-analysis query``: the build's tables.
DEFAULT_DB = DEFAULT_BUILD_DIR

#: Sort keys giving the facts table one order whatever order extraction produced.
FACT_SORT = ("doc_id", "start", "end", "theme", "entity", "metric", "period", "value")


class StoreError(Exception):
    """A stored table is missing or unreadable (message names the file)."""


def format_float(x: float) -> str:
    """Shortest text that reads back as the same float (deterministic, lossless)."""
    return repr(float(x))


def _csv_text(df: pd.DataFrame) -> str:
    import pandas as pd

    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            out[col] = out[col].map(lambda v: "" if pd.isna(v) else format_float(v))
        elif out[col].dtype == object:
            out[col] = out[col].map(lambda v: "" if v is None or v is pd.NA else
                                    (v.isoformat() if hasattr(v, "isoformat") else v))
    return out.to_csv(index=False, lineterminator="\n")


def _write_text(text: str, target: Path) -> None:
    files.write_text(target, text)


def _write_parquet(df: pd.DataFrame, target: Path) -> None:
    with files.atomic_path(target) as tmp:
        df.to_parquet(tmp, index=False)


def _ordered_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts with FACT_COLUMNS first, extra columns sorted, rows in one stable order."""
    missing = [c for c in FACT_COLUMNS if c not in facts.columns]
    if missing:
        raise StoreError(f"facts table lacks columns {missing}")
    extra = [c for c in facts.columns if c not in FACT_COLUMNS]
    ordered = facts[list(FACT_COLUMNS) + sorted(extra)]
    keys = [c for c in FACT_SORT if c in ordered.columns]
    return ordered.sort_values(keys, kind="stable", na_position="first").reset_index(drop=True)


def _storable_documents(documents: pd.DataFrame) -> pd.DataFrame:
    docs = documents.copy()
    for col in DOCUMENT_LIST_COLUMNS:
        if col in docs.columns:
            docs[col] = docs[col].map(_json_list)
    if "doc_id" in docs.columns:
        docs = docs.sort_values("doc_id", kind="stable").reset_index(drop=True)
    return docs


def _sql_string(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def views_sql(facts_source: str = TABLE_FILES["facts_parquet"],
              documents_source: str = TABLE_FILES["documents_parquet"]) -> list[str]:
    """The statements creating the views ``facts``, ``documents`` and one per theme.

    Parameters
    ----------
    facts_source, documents_source : str
        What ``read_parquet`` reads: the file names (``facts.sql``, relative to DuckDB's
        current folder) or absolute paths (:func:`open_db`).

    Examples
    --------
    >>> print(views_sql()[0])
    CREATE OR REPLACE VIEW facts AS SELECT * FROM read_parquet('facts.parquet')
    >>> print(views_sql()[2])
    CREATE OR REPLACE VIEW "capex" AS SELECT * FROM facts WHERE theme = 'capex'
    """
    statements = [
        f"CREATE OR REPLACE VIEW facts AS SELECT * FROM read_parquet({_sql_string(facts_source)})",
        "CREATE OR REPLACE VIEW documents AS SELECT * FROM "
        f"read_parquet({_sql_string(documents_source)})",
    ]
    # Theme names are identifiers from paths.THEMES, never user input.
    statements += [f'CREATE OR REPLACE VIEW "{theme}" AS SELECT * FROM facts '
                   f"WHERE theme = '{theme}'" for theme in THEMES]
    return statements


def _views_sql_text(facts_source: str = TABLE_FILES["facts_parquet"],
                    documents_source: str = TABLE_FILES["documents_parquet"]) -> str:
    """``facts.sql``: the views over the Parquet files beside it, by relative name."""
    header = [
        "-- aigc-analysis: SQL views over the tables stored in this folder (DuckDB).",
        "-- DuckDB reads a relative file name from its current folder, so start it in this folder:",
        "--   cd FOLDER && duckdb -init facts.sql",
        "-- From another folder: SET file_search_path = 'FOLDER'; then .read FOLDER/facts.sql",
        "-- (or run `aigc-analysis query SQL --db FOLDER`, which needs no DuckDB command line).",
    ]
    statements = views_sql(facts_source, documents_source)
    return "\n".join(header + [f"{statement};" for statement in statements]) + "\n"


def write_views_sql(out_dir: str | os.PathLike) -> Path:
    """Write ``facts.sql`` beside the stored Parquet tables; delete :data:`LEGACY_FILES`.

    A table stored as a folder of parts (``extract --engine dask``) is read by the glob
    ``facts.parquet/*.parquet``. Returns the path written.
    """
    out = Path(out_dir)
    sources = [name + "/*.parquet" if (out / name).is_dir() else name
               for name in (TABLE_FILES["facts_parquet"], TABLE_FILES["documents_parquet"])]
    target = out / TABLE_FILES["views_sql"]
    _write_text(_views_sql_text(*sources), target)
    for name in LEGACY_FILES:
        (out / name).unlink(missing_ok=True)
    return target


def write_tables(facts: pd.DataFrame, documents: pd.DataFrame,
                 out_dir: str | os.PathLike) -> dict[str, Path]:
    """Write the facts and documents tables as CSV and Parquet, and ``facts.sql``, atomically.

    The same frames give the same bytes in every file. A ``facts.duckdb`` an earlier version
    wrote in ``out_dir`` is deleted (:data:`LEGACY_FILES`).

    Parameters
    ----------
    facts : DataFrame
        The facts table (``paths.FACT_COLUMNS`` first; extra columns follow, sorted by name).
    documents : DataFrame
        The documents table of :func:`aigc_analysis.load.corpus.load_corpus`.
    out_dir : path
        Folder to write into (created if missing).

    Returns
    -------
    dict
        Key of :data:`TABLE_FILES` -> path written.
    """
    out = Path(out_dir)
    facts_sorted = _ordered_facts(facts)
    docs = _storable_documents(documents)
    paths = {key: out / name for key, name in TABLE_FILES.items()}
    _write_text(_csv_text(facts_sorted), paths["facts_csv"])
    _write_parquet(facts_sorted, paths["facts_parquet"])
    docs_csv = docs.drop(columns=[c for c in DOCUMENT_TEXT_COLUMNS if c in docs.columns])
    _write_text(_csv_text(docs_csv), paths["documents_csv"])
    _write_parquet(docs, paths["documents_parquet"])
    write_views_sql(out)
    return paths


def _read_parquet(path: Path, what: str) -> pd.DataFrame:
    import pandas as pd

    if not path.exists():
        raise StoreError(f"{path}: no stored {what} (run `aigc-analysis extract` or `build`)")
    return pd.read_parquet(path)


def facts_arrow_schema():
    """The Arrow schema of the facts table as the streaming engine stores it (no pandas metadata)."""
    import pyarrow as pa

    types = {"value": pa.float64(), "value_high": pa.float64(), "start": pa.int64(),
             "end": pa.int64(), "is_estimate": pa.bool_(), "published": pa.date32()}
    return pa.schema([(c, types.get(c, pa.string())) for c in FACT_COLUMNS])


def _facts_from_arrow(path: Path) -> pd.DataFrame:
    """Facts the engine wrote (a file or a folder of parts) with the dtypes of ``extract_facts``."""
    import pyarrow.parquet as pq

    schema = facts_arrow_schema()
    table = pq.read_table(path, schema=schema)
    df = table.replace_schema_metadata(None).to_pandas()
    for col, typ in zip(schema.names, schema.types):
        if str(typ) == "string":
            df[col] = df[col].astype("string")
    return df


def _facts_from_csv(path: Path) -> pd.DataFrame:
    """Facts read back from the ``facts.csv`` :func:`write_tables` wrote (empty cell = missing)."""
    from datetime import date

    import pandas as pd

    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    out = pd.DataFrame(index=raw.index)
    for col, typ in zip(facts_arrow_schema().names, facts_arrow_schema().types):
        if col not in raw.columns:
            continue
        cells = raw[col]
        kind = str(typ)
        if kind == "double":
            out[col] = pd.to_numeric(cells.replace("", None), errors="raise").astype(float)
        elif kind == "int64":
            out[col] = cells.astype("int64")
        elif kind == "bool":
            out[col] = cells.map({"True": True, "False": False}).astype(bool)
        elif kind == "date32[day]":
            out[col] = [date.fromisoformat(c) if c else None for c in cells]
        else:
            out[col] = cells.replace("", pd.NA).astype("string")
    extra = [c for c in raw.columns if c not in out.columns]
    return pd.concat([out, raw[extra]], axis=1) if extra else out


def _facts_from_duckdb(path: Path) -> pd.DataFrame:
    """The ``facts`` table of a database an earlier version wrote, dates as ``datetime.date``."""
    import pandas as pd

    df = query("SELECT * FROM facts", path)
    for col, typ in zip(facts_arrow_schema().names, facts_arrow_schema().types):
        if col in df.columns and str(typ) == "date32[day]":
            df[col] = pd.Series([None if pd.isna(v) else v.date() for v in df[col]],
                                index=df.index, dtype=object)
    return df


def read_facts(source: str | os.PathLike) -> pd.DataFrame:
    """The facts table, from wherever it is stored: the one reader of stored facts.

    Parameters
    ----------
    source : path
        A folder holding ``facts.parquet`` (written by :func:`write_tables`, ``extract`` or the
        build, or by :func:`aigc_analysis.pipeline.engine.extract_paths`), a ``facts.parquet`` file or
        folder of parts, a ``facts.csv`` or a ``facts.duckdb`` an earlier version wrote.

    Returns
    -------
    pandas.DataFrame
        One row per fact; Parquet keeps the extractor's dtypes.

    Raises
    ------
    StoreError
        When nothing is stored there (the message names the path).
    """
    path = Path(source)
    if path.suffix not in (".parquet", ".csv", ".duckdb"):
        path = path / TABLE_FILES["facts_parquet"]
    if not path.exists():
        raise StoreError(f"{path}: no stored facts (run `aigc-analysis extract` or `build`)")
    if path.suffix == ".duckdb":
        return _facts_from_duckdb(path)
    if path.suffix == ".csv":
        return _facts_from_csv(path)
    if path.is_dir():
        return _facts_from_arrow(path)
    import pyarrow.parquet as pq

    if pq.read_schema(path).pandas_metadata is None:
        return _facts_from_arrow(path)
    return _read_parquet(path, "facts")


def read_documents(directory: str | os.PathLike) -> pd.DataFrame:
    """The documents table stored by :func:`write_tables` (span lists decoded from JSON)."""
    path = Path(directory)
    if path.is_dir() or path.suffix != ".parquet":
        path = path / TABLE_FILES["documents_parquet"]
    docs = _read_parquet(path, "documents")
    for col in DOCUMENT_LIST_COLUMNS:
        if col in docs.columns:
            docs[col] = docs[col].map(_from_json_list)
    return docs


# Connections handed to notebook users; closed at exit so DuckDB prints no leak noise.
_OPEN_CONNECTIONS: "weakref.WeakSet" = weakref.WeakSet()


@atexit.register
def _close_open_connections() -> None:
    for con in list(_OPEN_CONNECTIONS):
        con.close()


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _stored_sources(path: str | os.PathLike | None) -> tuple[Path, Path | None]:
    """(facts source, documents source) of :func:`open_db`; (database, None) for a ``.duckdb``."""
    given = Path(path) if path is not None else DEFAULT_DB
    if given.suffix == ".duckdb":  # written by an earlier version: opened as it is
        if not given.is_file():
            raise StoreError(f"{given}: no facts database (the tables are stored as Parquet now: "
                             f"pass their folder, e.g. --db {given.parent})")
        return given, None
    if given.suffix == ".parquet":  # a facts.parquet (file or folder of parts): its folder
        folder = given.parent
        facts = folder / TABLE_FILES["facts_parquet"] \
            if given.name == TABLE_FILES["documents_parquet"] else given
    else:
        folder, facts = given, given / TABLE_FILES["facts_parquet"]
    documents = folder / TABLE_FILES["documents_parquet"]
    for stored, what in ((facts, "facts"), (documents, "documents")):
        if not stored.exists():
            raise StoreError(f"{stored}: no stored {what} (run `aigc-analysis extract` or "
                             "`aigc-analysis build` first)")
    return facts, documents


def _parquet_source(path: Path) -> str:
    """What ``read_parquet`` reads for a stored table: the file, or the parts of a folder."""
    path = path.resolve()
    return str(path / "*.parquet") if path.is_dir() else str(path)


def open_db(path: str | os.PathLike | None = None, *, read_only: bool = True):
    """A DuckDB connection to the stored facts (views ``facts``, ``documents``, one per theme).

    The connection is in memory; its views read the stored Parquet files at every query, so
    nothing is written beside the tables and a build may replace them meanwhile.

    Parameters
    ----------
    path : path, optional
        The folder holding ``facts.parquet`` and ``documents.parquet`` (written by
        ``aigc-analysis extract``, ``build`` or :func:`write_tables`), or that
        ``facts.parquet``; default the build folder. A ``facts.duckdb`` an earlier version
        wrote is opened as it is (tables instead of the two views).
    read_only : bool
        Only for a ``facts.duckdb``: open it read-only (default). The Parquet files are never
        written through the connection.

    Returns
    -------
    duckdb.DuckDBPyConnection
        Use it as a context manager or call ``close()``; any left open is closed at exit.

    Raises
    ------
    StoreError
        When a stored table is missing or unreadable (one line naming the file).
    """
    import duckdb

    facts, documents = _stored_sources(path)
    if documents is None:
        try:
            con = duckdb.connect(str(facts), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{facts}: not a readable DuckDB database ({_first_line(exc)})") from None
        _OPEN_CONNECTIONS.add(con)
        return con
    con = duckdb.connect(":memory:")
    sources = {"facts": _parquet_source(facts), "documents": _parquet_source(documents)}
    statements = views_sql(sources["facts"], sources["documents"])
    try:
        for statement, stored in zip(statements, [facts, documents] + [facts] * len(THEMES)):
            try:
                con.execute(statement)
            except duckdb.Error as exc:
                raise StoreError(f"{stored}: not a readable Parquet table "
                                 f"({_first_line(exc)})") from None
    except BaseException:
        con.close()
        raise
    _OPEN_CONNECTIONS.add(con)
    return con


def query(sql: str, db_path: str | os.PathLike | None = None) -> pd.DataFrame:
    """Run ``sql`` on the stored tables (the views of :func:`open_db`) and return the result."""
    con = open_db(db_path)
    try:
        return con.execute(sql).df()
    finally:
        con.close()


def run_query(sql: str, db: str | os.PathLike | None = None, csv: bool = False) -> int:
    """CLI entry of ``aigc-analysis query``: print the result as a table or CSV; exit code."""
    import duckdb
    import pandas as pd

    try:
        con = open_db(db)
    except StoreError as exc:  # already `PATH: problem`
        return report("query", [str(exc)])
    try:
        result = con.execute(sql).df()
    except duckdb.Error as exc:
        print(f"error: query failed: {_first_line(exc)}", file=sys.stderr)
        return 1
    finally:
        con.close()
    if csv:
        sys.stdout.write(_csv_text(result))
    elif result.empty:
        print(f"(no rows; columns: {', '.join(map(str, result.columns))})")
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 200, "display.max_colwidth", 60):
            print(result.to_string(index=False))
    return 0
