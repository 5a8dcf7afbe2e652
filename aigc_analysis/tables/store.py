"""Stored tables: facts and documents as CSV, Parquet and one DuckDB database.

Parquet is the interchange format (dtypes round-trip, DuckDB reads it directly); CSV is for
people and diffs; ``facts.duckdb`` holds the tables ``facts`` and ``documents`` and one view per
theme (``SELECT * FROM capex``). Every file is written to a temporary name in the target folder
and moved into place with ``os.replace``, so a reader never sees half a file.
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
from ..pathcheck import PathProblem, report
from .. import files

if TYPE_CHECKING:  # pandas is imported where used: the build's no-op path reads TABLE_FILES
    import pandas as pd

#: File names written by :func:`write_tables`.
TABLE_FILES = {
    "facts_csv": "facts.csv",
    "facts_parquet": "facts.parquet",
    "documents_csv": "documents.csv",
    "documents_parquet": "documents.parquet",
    "duckdb": "facts.duckdb",
}

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

#: Default database: the one the build and ``aigc-analysis extract`` write.
DEFAULT_DB = DEFAULT_BUILD_DIR / TABLE_FILES["duckdb"]

#: Sort keys giving the facts table one order whatever order extraction produced.
FACT_SORT = ("doc_id", "start", "end", "theme", "entity", "metric", "period", "value")


class StoreError(Exception):
    """A stored table or database is missing or unreadable (message names the file)."""


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


def _write_duckdb(facts: pd.DataFrame, documents: pd.DataFrame, target: Path) -> None:
    import duckdb

    with files.atomic_path(target) as tmp:
        tmp.unlink()  # DuckDB refuses to open an empty file that is not a database
        con = duckdb.connect(str(tmp))
        try:
            con.register("facts_df", facts)
            con.register("documents_df", documents)
            con.execute("CREATE TABLE facts AS SELECT * FROM facts_df")
            con.execute("CREATE TABLE documents AS SELECT * FROM documents_df")
            for theme in THEMES:
                # Theme names are identifiers from paths.THEMES, never user input.
                con.execute(f'CREATE VIEW "{theme}" AS SELECT * FROM facts '
                            f"WHERE theme = '{theme}'")
            con.unregister("facts_df")
            con.unregister("documents_df")
            con.execute("CHECKPOINT")
        finally:
            con.close()


def write_tables(facts: pd.DataFrame, documents: pd.DataFrame,
                 out_dir: str | os.PathLike) -> dict[str, Path]:
    """Write the facts and documents tables as CSV, Parquet and DuckDB, atomically.

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
    _write_duckdb(facts_sorted, docs, paths["duckdb"])
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
    """The ``facts`` table of a database, dates as ``datetime.date`` (DuckDB gives Timestamps)."""
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
        folder of parts, a ``facts.csv`` or a ``facts.duckdb``.

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


def _db_path(path: str | os.PathLike | None) -> Path:
    db = Path(path) if path is not None else DEFAULT_DB
    if db.is_dir():
        db = db / TABLE_FILES["duckdb"]
    if not db.exists():
        raise StoreError(f"{db}: no facts database (run `aigc-analysis extract` or "
                         "`aigc-analysis build` first)")
    return db


def open_db(path: str | os.PathLike | None = None, *, read_only: bool = True):
    """A DuckDB connection to the stored facts (tables ``facts``, ``documents``, theme views).

    Parameters
    ----------
    path : path, optional
        The ``facts.duckdb`` file or the folder holding it; default ``build/facts.duckdb``.
    read_only : bool
        Open read-only (default), so a running build can still replace the file.

    Returns
    -------
    duckdb.DuckDBPyConnection
        Use it as a context manager or call ``close()``; any left open is closed at exit.
    """
    import duckdb

    con = duckdb.connect(str(_db_path(path)), read_only=read_only)
    _OPEN_CONNECTIONS.add(con)
    return con


def query(sql: str, db_path: str | os.PathLike | None = None) -> pd.DataFrame:
    """Run ``sql`` against the stored facts database and return the result."""
    con = open_db(db_path)
    try:
        return con.execute(sql).df()
    finally:
        con.close()


def run_query(sql: str, db: str | os.PathLike | None = None, csv: bool = False) -> int:
    """CLI entry of ``aigc-analysis query``: print the result as a table or CSV; exit code."""
    import duckdb
    import pandas as pd

    def first_line(exc: Exception) -> str:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__

    try:
        db_file = _db_path(db)
        con = open_db(db_file)
    except StoreError as exc:  # already `PATH: problem`
        return report("query", [str(exc)])
    except duckdb.Error as exc:
        return report("query", [PathProblem(str(db_file), "not a readable DuckDB database "
                                                          f"({first_line(exc)})")])
    try:
        result = con.execute(sql).df()
    except duckdb.Error as exc:
        print(f"error: query failed: {first_line(exc)}", file=sys.stderr)
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
