"""Extraction engines: the same per-document work, run serially, on all cores, or on Dask.

Extraction is a pure function of one document (:func:`aigc_analysis.extract.facts.extract_document`),
so a corpus of any size is a map over its files. Every engine reads the files named by
``paths`` (folders contribute their ``.txt``, ``.pdf``, ``.html`` and ``.docx`` files, as
:func:`aigc_analysis.load.corpus.iter_documents` does), loads and extracts one file per task, and writes two tables into ``out_dir``:

``facts.parquet``
    The facts table (``paths.FACT_COLUMNS``, typed by :data:`FACTS_ARROW_SCHEMA`).
``documents.parquet``
    One row per loaded document: its metadata without the texts (:data:`DOCS_ARROW_SCHEMA`),
    span lists as JSON text, plus ``n_facts``.

``engine="local"`` streams: worker processes each load and extract one file at a time and
send back only the rows; the parent writes them in row groups with ``pyarrow.ParquetWriter``,
so memory stays bounded whatever the corpus size. Files are processed in ``doc_id`` order and
rows come back in that order (``Pool.imap``), so the output is sorted like the facts table of
:func:`~aigc_analysis.pipeline.extraction.extract_facts` and does not depend on worker scheduling.

``engine="dask"`` maps the same work over a ``dask.bag`` of the files and writes partitioned
Parquet (``facts.parquet/`` becomes a folder of ``part.NNNNNN.parquet`` files, one per
partition). Both layouts read back with :func:`aigc_analysis.tables.store.read_facts` (importable
from here as :func:`read_facts`) and ``pandas.read_parquet``.

Both engines give the facts of :func:`aigc_analysis.pipeline.extraction.extract_facts` row for row (tests in
``tests/test_engine.py`` and ``tests/test_dask.py``).
"""
from __future__ import annotations

import json
import math
import os
import resource
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..paths import FACT_COLUMNS

# Imports of the stages below stay inside the functions that use them, measured with
# ``python -X importtime -c "import aigc_analysis.pipeline.engine"``: about 0.1-0.2 s as it is,
# against 3.6 s for pipeline.extraction (pandas, pandera) and 5.3 s for present.report
# (nbconvert, matplotlib) imported here. ``--help``, an up-to-date build and each engine worker's
# start-up must not pay for what they do not run.
from .. import files
from ..tables.store import facts_arrow_schema, read_facts, write_views_sql
from .workers import Workers, default_jobs

if TYPE_CHECKING:  # heavy modules are imported where used: ``import aigc_analysis`` stays fast
    import pandas as pd
    import pyarrow as pa

ENGINES = ("local", "dask")

#: Output names inside ``out_dir`` (a file for the local engine, a folder of parts for Dask).
FACTS_NAME = "facts.parquet"
DOCUMENTS_NAME = "documents.parquet"

#: Document metadata kept in ``documents.parquet`` (the texts stay in the report files).
DOC_META_COLUMNS = (
    "doc_id", "path", "publisher", "carrier", "title", "published", "published_precision",
    "published_source", "rating", "rating_change", "target_price", "target_currency",
    "script", "kind", "encoding", "sha256", "n_bytes", "n_chars", "boilerplate", "damage",
    "metadata_source", "n_facts", "format", "pages", "page_starts",
)
_DOC_INT_COLUMNS = ("n_bytes", "n_chars", "n_facts", "pages")
_DOC_JSON_COLUMNS = ("boilerplate", "damage", "page_starts")

#: Facts rows buffered before a row group is written (bounds the parent's memory).
DEFAULT_BATCH_ROWS = 50_000
#: Files per Dask partition (a task of a few seconds; many partitions keep a cluster busy).
DEFAULT_FILES_PER_PARTITION = 100


class EngineError(Exception):
    """Bad engine arguments or a corpus that yields nothing (one-line message)."""


def _facts_arrow_schema() -> pa.Schema:
    return facts_arrow_schema()


def _docs_arrow_schema() -> pa.Schema:
    import pyarrow as pa

    types = {c: pa.int64() for c in _DOC_INT_COLUMNS}
    types["published"] = pa.date32()
    types["target_price"] = pa.float64()
    return pa.schema([(c, types.get(c, pa.string())) for c in DOC_META_COLUMNS])


def __getattr__(name: str):
    # FACTS_ARROW_SCHEMA / DOCS_ARROW_SCHEMA built on first use (pyarrow costs ~0.1 s to import)
    if name == "FACTS_ARROW_SCHEMA":
        return _facts_arrow_schema()
    if name == "DOCS_ARROW_SCHEMA":
        return _docs_arrow_schema()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---------------------------------------------------------------------------------------------
# Planning: which files, in which order, with which sidecar metadata (parent process only)
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Task:
    """One file to load and extract, with its sidecar row (``seeds.csv``) if any."""

    index: int
    path: str
    sidecar_row: dict | None = None


def plan_tasks(paths, *, sidecar: bool = True) -> tuple[list[Task], list[Any]]:
    """The files of ``paths`` as tasks, sorted by ``doc_id`` (the file name).

    Sidecars are read once per folder here, so workers never re-read a 10,000-row
    ``seeds.csv`` per file. Duplicate file names (the ``doc_id``) are skipped, as the loader does.

    Returns
    -------
    (list of Task, list of load.Problem)
    """
    from ..load.corpus import Problem, iter_sources

    tasks: list[Task] = []
    problems: list[Problem] = []
    for item in iter_sources(paths, sidecar=sidecar):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            path, row = item
            tasks.append(Task(len(tasks), str(path), row))
    # doc_id order: the order of extract_facts and store.write_tables, whatever the input order,
    # so a streamed output needs no global sort
    tasks.sort(key=lambda t: Path(t.path).name)
    return [Task(i, t.path, t.sidecar_row) for i, t in enumerate(tasks)], problems


# ---------------------------------------------------------------------------------------------
# The unit of work (runs in worker processes)
# ---------------------------------------------------------------------------------------------
@dataclass
class DocResult:
    """What one task returns: document metadata (None if not loaded), facts rows, problems.

    ``rows`` are tuples in ``FACT_COLUMNS`` order (a third of the pickled size of dicts).
    """

    index: int
    meta: dict | None
    rows: list[tuple]
    problems: list[Any] = field(default_factory=list)
    n_bytes: int = 0


def _doc_meta(doc: dict, n_facts: int) -> dict:
    meta = {c: doc.get(c) for c in DOC_META_COLUMNS if c not in _DOC_JSON_COLUMNS}
    for col in _DOC_JSON_COLUMNS:
        # same encoding as store.write_tables: a JSON list of [start, end, ...] lists (or ints)
        meta[col] = json.dumps([list(s) if isinstance(s, (list, tuple)) else s for s in doc.get(col) or []],
                               ensure_ascii=False)
    meta["n_facts"] = n_facts
    return meta


def run_task(task: Task) -> DocResult:
    """Load one file and extract its facts (pure apart from reading the file)."""
    from ..load.corpus import read_document
    from .extraction import WINDOW_CHARS, guarded_facts

    doc, problems = read_document(Path(task.path), task.sidecar_row)
    if doc is None:
        return DocResult(task.index, None, [], problems)
    rows, failed = guarded_facts(doc, WINDOW_CHARS)
    if failed is not None:
        problems = [*problems, failed]
    tuples = [tuple(r.get(c) for c in FACT_COLUMNS) for r in rows]
    return DocResult(task.index, _doc_meta(doc, len(rows)), tuples, problems, doc["n_bytes"])


def run_tasks(tasks: Iterable[Task]) -> list[DocResult]:
    """:func:`run_task` over several tasks (one Dask partition)."""
    return [run_task(t) for t in tasks]


# ---------------------------------------------------------------------------------------------
# Frames and Arrow tables from results
# ---------------------------------------------------------------------------------------------
def facts_table_of(rows: list[tuple], *, validate: bool = True) -> pd.DataFrame:
    """Facts rows (tuples in ``FACT_COLUMNS`` order) -> the typed, ordered facts frame.

    Raises
    ------
    EngineError
        A row breaks the facts schema; the message names the first document with such a row.
    """
    from ..extract.facts import facts_frame

    df = facts_frame(rows)
    if validate and len(df):
        import pandera.errors

        from ..tables.schema import facts_schema_failures, validate_facts

        try:
            validate_facts(df)
        except pandera.errors.SchemaError as exc:
            # a large batch spans many documents: name the first failing one
            for doc_id, one in facts_schema_failures(df)[:1]:
                raise EngineError(f"{doc_id}: extracted facts break the schema: {one}") from None
            raise EngineError(f"extracted facts break the schema: {exc}") from None
    return df


def _facts_arrow(df: pd.DataFrame) -> pa.Table:
    import pyarrow as pa

    # Without pandas metadata the stored types are plain Arrow types, so every engine's output
    # reads back with the same (default) pandas dtypes.
    table = pa.Table.from_pandas(df, schema=_facts_arrow_schema(), preserve_index=False)
    return table.replace_schema_metadata(None)


def _docs_arrow(metas: list[dict]) -> pa.Table:
    import pyarrow as pa

    return pa.Table.from_pylist(metas, schema=_docs_arrow_schema())


def documents_frame(metas: list[dict]) -> pd.DataFrame:
    """Document metadata rows -> the frame stored as ``documents.parquet``."""
    return _docs_arrow(metas).to_pandas()  # from_pylist adds no pandas metadata


# ---------------------------------------------------------------------------------------------
# Local engine: serial or a process pool, streaming
# ---------------------------------------------------------------------------------------------
def iter_results(tasks: list[Task], jobs: int = 0) -> Iterator[DocResult]:
    """Run the tasks serially (``jobs=1``) or on a pool of ``jobs`` processes, in input order.

    The pool is :class:`aigc_analysis.pipeline.workers.Workers` (forked on Linux, so workers
    inherit loaded lexicons; elsewhere spawned), the one the in-memory extraction uses too.
    """
    jobs = jobs or default_jobs()
    with Workers(min(jobs, len(tasks))) as workers:
        yield from workers.imap(run_task, tasks)


def cpu_seconds() -> dict[str, float]:
    """CPU seconds (user + system) of this process and of its finished children so far."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"self": me.ru_utime + me.ru_stime, "children": kids.ru_utime + kids.ru_stime}


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory (MB) of this process and of its largest finished child so far."""
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024  # KB on Linux, B on macOS
    return {
        "self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale,
        "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale,
    }


@dataclass
class ExtractSummary:
    """What an extraction run did (printed by the CLI)."""

    engine: str
    jobs: int
    n_files: int
    n_documents: int
    n_facts: int
    n_bytes: int
    seconds: float
    facts_path: Path
    documents_path: Path
    problems: list[str] = field(default_factory=list)
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    cpu_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def mb_per_s(self) -> float:
        return self.n_bytes / 1e6 / self.seconds if self.seconds else math.nan

    def __str__(self) -> str:
        mem = ", ".join(f"{k} {v:.0f} MB" for k, v in self.peak_rss_mb.items())
        return (f"{self.n_facts} facts from {self.n_documents} of {self.n_files} files "
                f"({self.n_bytes / 1e6:.1f} MB) in {self.seconds:.1f} s = {self.mb_per_s:.2f} MB/s "
                f"[{self.engine}, {self.jobs} jobs; peak memory {mem or 'n/a'}] -> {self.facts_path}")


def _progress_bar(total: int, enabled: bool, desc: str):
    return files.progress_bar(total, desc=desc, unit="doc", enabled=enabled,
                              mininterval=0.5, smoothing=0.1)


def _raise_strict(problems, strict: bool) -> None:
    if not strict:
        return
    from ..load.corpus import CorpusError

    for p in problems:
        if getattr(p, "severity", "error") in ("error", "damage"):
            raise CorpusError(str(p))


def extract_local(tasks: list[Task], out_dir: Path, *, jobs: int = 0, progress: bool = True,
                  strict: bool = False, validate: bool = True,
                  batch_rows: int = DEFAULT_BATCH_ROWS) -> tuple[int, int, int, list]:
    """Stream the tasks through :func:`iter_results` into ``facts.parquet`` and ``documents.parquet``.

    Returns ``(n_documents, n_facts, n_bytes, problems)``.
    """
    import pyarrow.parquet as pq

    out_dir.mkdir(parents=True, exist_ok=True)
    writers: list = []  # opened at the first flush: the worker processes are forked by then
    rows: list[tuple] = []
    metas: list[dict] = []
    problems: list = []
    n_docs = n_facts = n_bytes = 0

    # An earlier Dask run left a folder of parts at each target: replaced only on success.
    with files.atomic_path(out_dir / FACTS_NAME, replace_folder=True) as facts_tmp, \
            files.atomic_path(out_dir / DOCUMENTS_NAME, replace_folder=True) as docs_tmp:

        def flush() -> None:
            nonlocal rows, metas
            if not writers:
                writers.append(pq.ParquetWriter(facts_tmp, _facts_arrow_schema()))
                writers.append(pq.ParquetWriter(docs_tmp, _docs_arrow_schema()))
            if rows:
                writers[0].write_table(_facts_arrow(facts_table_of(rows, validate=validate)))
            if metas:
                writers[1].write_table(_docs_arrow(metas))
            rows, metas = [], []

        try:
            with _progress_bar(len(tasks), progress, "extract") as bar:
                for res in iter_results(tasks, jobs):
                    _raise_strict(res.problems, strict)
                    problems.extend(res.problems)
                    if res.meta is not None:
                        n_docs += 1
                        n_facts += len(res.rows)
                        n_bytes += res.n_bytes
                        rows.extend(res.rows)
                        metas.append(res.meta)
                    if len(rows) >= batch_rows:
                        flush()
                    bar.update(1)
            flush()
        finally:
            for w in writers:  # closed before the files move into place (or are removed)
                w.close()
    return n_docs, n_facts, n_bytes, problems


# ---------------------------------------------------------------------------------------------
# Dask engine
# ---------------------------------------------------------------------------------------------
def _import_dask():
    try:
        import dask  # noqa: F401
        import dask.bag  # noqa: F401
    except ImportError as exc:
        raise EngineError(
            f"--engine dask needs dask: pip install 'aigc-analysis[scale]' ({exc})") from None


def _part_name(first_index: int) -> str:
    # zero-padded index of the partition's first file: name order is doc_id order
    return f"part.{first_index:06d}.parquet"


def run_partition(tasks: list[Task], out_dir: str, validate: bool = True) -> list[tuple]:
    """Load and extract one partition's files; write its facts and documents part files.

    Runs on a Dask worker: ``out_dir`` must be writable there under the same name. Returns a
    small summary per file, ``(problems, severities, loaded, n_facts, n_bytes)``, for the client.
    """
    import pyarrow.parquet as pq

    tasks = list(tasks)
    if not tasks:
        return []
    results = run_tasks(tasks)
    name = _part_name(tasks[0].index)
    rows = [r for res in results for r in res.rows]
    facts = _facts_arrow(facts_table_of(rows, validate=validate))
    docs = _docs_arrow([res.meta for res in results if res.meta is not None])
    for table, sub in ((facts, FACTS_NAME), (docs, DOCUMENTS_NAME)):
        # a retried task never leaves half a part
        with files.atomic_path(Path(out_dir) / sub / name) as tmp:
            pq.write_table(table, tmp)
    return [([str(p) for p in res.problems], [getattr(p, "severity", "error") for p in res.problems],
             res.meta is not None, len(res.rows), res.n_bytes) for res in results]


def _client_for(scheduler):
    """A ``distributed.Client`` for an address, a Client as is, or None for local Dask."""
    if scheduler is None:
        return None, False
    try:
        from distributed import Client
    except ImportError as exc:
        raise EngineError("--scheduler needs dask.distributed: "
                          f"pip install 'aigc-analysis[scale]' ({exc})") from None
    if isinstance(scheduler, Client):
        return scheduler, False
    if isinstance(scheduler, str):
        return Client(scheduler), True
    raise EngineError("scheduler must be an address like tcp://host:8786 or a Client, "
                      f"not {type(scheduler).__name__}")


def extract_dask(tasks: list[Task], out_dir: Path, *, scheduler=None, jobs: int = 0,
                 progress: bool = True, strict: bool = False, validate: bool = True,
                 files_per_partition: int = DEFAULT_FILES_PER_PARTITION) -> tuple[int, int, int, list]:
    """Map :func:`run_partition` over a ``dask.bag`` of the files; write partitioned Parquet.

    ``out_dir/facts.parquet/`` and ``out_dir/documents.parquet/`` become folders of
    ``part.NNNNNN.parquet`` files (one per partition, in doc_id order), written by the workers
    into a staging folder and moved into place when every partition succeeded.

    ``scheduler``: None runs Dask's local process scheduler with ``jobs`` workers; an address
    (``tcp://host:8786``) or a ``distributed.Client`` runs on that cluster. The workers must be
    able to import ``aigc_analysis`` (same version) and to read the input files and write
    ``out_dir`` under the same paths (a shared file system).

    Returns ``(n_documents, n_facts, n_bytes, problems)``.
    """
    _import_dask()
    import shutil

    import dask.bag as db

    client, own_client = _client_for(scheduler)
    out_dir = out_dir.resolve()  # workers may run elsewhere: hand them absolute paths
    staging = out_dir / f".dask-staging.{os.getpid()}"
    try:
        if client is not None:
            n_workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        else:
            n_workers = jobs or default_jobs()
        n = len(tasks)
        # enough partitions to keep every worker busy, no more files per partition than asked
        npart = max(1, min(n, max(2 * n_workers, math.ceil(n / files_per_partition))))
        if staging.exists():
            shutil.rmtree(staging)
        for sub in (FACTS_NAME, DOCUMENTS_NAME):
            (staging / sub).mkdir(parents=True)
        bag = db.from_sequence(tasks, npartitions=npart).map_partitions(
            run_partition, str(staging), validate)
        if client is not None:
            future = client.compute(bag)
            if progress:
                from distributed import progress as dist_progress

                dist_progress(future)
            summaries = future.result()
        else:
            from contextlib import nullcontext

            from dask.diagnostics import ProgressBar

            with ProgressBar(out=sys.stderr) if progress else nullcontext():
                summaries = bag.compute(scheduler="processes", num_workers=n_workers)
        problems: list[str] = []
        n_docs = n_facts = n_bytes = 0
        for probs, severities, loaded, nf, nb in summaries:
            _raise_strict([_Sev(p, s) for p, s in zip(probs, severities)], strict)
            problems.extend(probs)
            n_docs += loaded
            n_facts += nf
            n_bytes += nb
        for sub in (FACTS_NAME, DOCUMENTS_NAME):
            target = out_dir / sub
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            os.replace(staging / sub, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
        if own_client:
            client.close()
    return n_docs, n_facts, n_bytes, problems


@dataclass(frozen=True)
class _Sev:
    message: str
    severity: str

    def __str__(self) -> str:
        return self.message


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------
def extract_paths(paths, out_dir, *, jobs: int = 0, engine: str = "local", scheduler=None,
                  progress: bool = True, strict: bool = False, sidecar: bool = True,
                  validate: bool = True, batch_rows: int = DEFAULT_BATCH_ROWS,
                  files_per_partition: int = DEFAULT_FILES_PER_PARTITION) -> ExtractSummary:
    """Extract the facts of every report under ``paths`` into Parquet in ``out_dir``.

    Parameters
    ----------
    paths : str, PathLike or iterable of them
        Folders (their ``*.txt`` files), files, or a mix; a ``seeds.csv`` sidecar in a folder
        supplies metadata as in :func:`aigc_analysis.load.corpus.load_corpus`.
    out_dir : path
        Gets ``facts.parquet`` and ``documents.parquet`` (files for ``local``, folders of
        ``part.N.parquet`` for ``dask``). Replaced atomically at the end of a successful run;
        then ``facts.sql``, the DuckDB views over them (:func:`aigc_analysis.tables.store.write_views_sql`).
    jobs : int
        Worker processes; 0 means every core this process may use; 1 runs in this process.
    engine : {"local", "dask"}
        ``local``: a process pool on this machine. ``dask``: a ``dask.bag`` over the files.
    scheduler : str or distributed.Client, optional
        Dask only: the scheduler address (``tcp://10.0.0.5:8786``) or a Client; default Dask's
        local process scheduler.
    progress : bool
        Show a progress bar on stderr.
    strict : bool
        Raise :class:`aigc_analysis.load.corpus.CorpusError` on the first file that cannot be loaded.
    validate : bool
        Check every batch of facts against the facts schema.

    Returns
    -------
    ExtractSummary
        Counts, bytes, seconds, problems (``path: problem`` lines) and peak memory.

    Raises
    ------
    EngineError
        Unknown engine, bad arguments, or no file to read.
    """
    if engine not in ENGINES:
        raise EngineError(f"engine {engine!r} is not one of {', '.join(ENGINES)}")
    if jobs < 0:
        raise EngineError(f"jobs {jobs} must be 0 (all cores) or more")
    if scheduler is not None and engine != "dask":
        raise EngineError("a scheduler address needs engine='dask' (--engine dask)")
    t0 = time.perf_counter()
    cpu0 = cpu_seconds()
    out = Path(out_dir)
    tasks, problems = plan_tasks(paths, sidecar=sidecar)
    _raise_strict(problems, strict)
    if not tasks:
        detail = "; ".join(str(p) for p in problems[:3]) or "no input"
        raise EngineError(f"no report file to read ({detail})")
    jobs = jobs or default_jobs()
    if engine == "local":
        n_docs, n_facts, n_bytes, more = extract_local(
            tasks, out, jobs=jobs, progress=progress, strict=strict, validate=validate,
            batch_rows=batch_rows)
    else:
        n_docs, n_facts, n_bytes, more = extract_dask(
            tasks, out, scheduler=scheduler, jobs=jobs, progress=progress, strict=strict,
            validate=validate, files_per_partition=files_per_partition)
    write_views_sql(out)
    return ExtractSummary(
        engine=engine, jobs=jobs, n_files=len(tasks), n_documents=n_docs, n_facts=n_facts,
        n_bytes=n_bytes, seconds=time.perf_counter() - t0, facts_path=out / FACTS_NAME,
        documents_path=out / DOCUMENTS_NAME, problems=[str(p) for p in problems + list(more)],
        peak_rss_mb=peak_rss_mb(),
        cpu_seconds={k: v - cpu0[k] for k, v in cpu_seconds().items()})


def read_documents(out_dir) -> pd.DataFrame:
    """The documents metadata written by :func:`extract_paths` (either layout)."""
    import pyarrow.parquet as pq

    table = pq.read_table(Path(out_dir) / DOCUMENTS_NAME, schema=_docs_arrow_schema())
    return table.replace_schema_metadata(None).to_pandas()


__all__ = [
    "DocResult", "ENGINES", "EngineError", "ExtractSummary", "Task", "cpu_seconds", "default_jobs",
    "extract_dask", "extract_local", "extract_paths", "iter_results",
    "peak_rss_mb", "plan_tasks", "read_documents", "read_facts", "run_partition", "run_task",
    "run_tasks",
]
