"""Stage 5, the one extraction entry point: a corpus in, the validated facts table out.

Every way of running the extractor goes through here: ``aigc-analysis extract`` and
``export``, the build (:func:`aigc_analysis.pipeline.build.extract_tables`, which the
notebooks' cache uses too), the public :func:`extract_facts`, and, one document per task, the
process and Dask engines (:func:`document_facts` with windows). A fix to how a corpus is
loaded, extracted, validated or checked for documents without facts is made once, here.

With ``jobs`` (:func:`extract`, :func:`extract_facts`; the CLI and the build pass 0, every core)
a corpus of at least :data:`MIN_PARALLEL_DOCS` files is read, then extracted, by worker
processes (:mod:`aigc_analysis.pipeline.workers`), in input order: the tables and problems are
those of one process, byte for byte.
"""
from __future__ import annotations

import gc
import multiprocessing
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field

import pandas as pd

from ..extract import facts
from ..extract.facts import facts_frame
from ..extract.lexicon import get_matcher
from ..extract.names import english_name
from ..extract.quantities import _digit_names, find_quantities
from ..load.corpus import (CorpusError, CorpusWarning, Problem, documents_table, iter_sources, load_corpus,
                           read_document)
from ..load.normalise import for_parsing
from ..paths import FACT_COLUMNS
from ..tables.schema import facts_schema_failures, validate_facts
from .workers import Workers, resolve_jobs


@dataclass
class Extraction:
    """What :func:`extract` found: both tables and every problem as one line ``path: problem``."""

    documents: pd.DataFrame
    facts: pd.DataFrame
    #: files that could not be loaded, or were loaded with damage or without a date
    problems: list = field(default_factory=list)
    #: loaded documents that gave no fact (only boilerplate, or no number in the body)
    no_facts: list[str] = field(default_factory=list)


#: Fewer documents than this are extracted in this process whatever ``jobs`` says: starting a
#: pool (forking, sending documents and rows through pipes) costs about as much as extracting
#: this many reports of a few thousand characters (measured with ``bench/bench_dev.py
#: --threshold``; see the README's performance section).
MIN_PARALLEL_DOCS = 8


def pool_size(n_docs: int, jobs: int) -> int:
    """Worker processes for ``n_docs`` documents with ``jobs`` asked (0 = every core).

    1 (this process) below :data:`MIN_PARALLEL_DOCS` documents or with one core; never more
    workers than documents.
    """
    jobs = resolve_jobs(jobs)
    if n_docs < MIN_PARALLEL_DOCS or multiprocessing.current_process().daemon:
        return 1  # a daemonic process (a worker of another pool) may not start processes
    return max(1, min(jobs, n_docs))


def extract(source, *, strict: bool = False,
            on_problem: Callable[[object], None] | None = None,
            progress: Callable[[list[dict]], Iterable[dict]] | None = None,
            jobs: int = 1) -> Extraction:
    """Load a corpus and extract its facts table.

    Parameters
    ----------
    source : path-like, list of paths, or pandas.DataFrame
        What :func:`aigc_analysis.load.corpus.load_corpus` accepts, or the documents table it
        returns (then nothing is loaded and ``problems`` is empty).
    strict : bool
        Raise :class:`aigc_analysis.load.corpus.CorpusError` on the first file that cannot be
        loaded.
    on_problem : callable, optional
        Called with each loading problem as soon as the corpus is loaded, before extraction
        starts (so a caller prints them in the order a user expects).
    progress : callable, optional
        Wraps the list of document records, e.g. in a progress bar.
    jobs : int
        Processes that load and extract documents: 1 (default) in this process, 0 every core
        this process may use. With more than one, files are read and then documents extracted
        by a pool of worker processes (:class:`aigc_analysis.pipeline.workers.Workers`), in
        input order: both tables, the problems and their order are exactly those of
        ``jobs=1``. A corpus of fewer than :data:`MIN_PARALLEL_DOCS` documents stays in this
        process (:func:`pool_size`).

    Returns
    -------
    Extraction
        With an empty ``facts`` table when no document could be loaded.
    """
    return _extract(source, strict=strict, on_problem=on_problem, progress=progress, jobs=jobs,
                    warn=False)


def extract_facts(corpus, jobs: int = 1) -> pd.DataFrame:
    """Extract the facts table from a corpus.

    Parameters
    ----------
    corpus : pandas.DataFrame or path-like or list of paths
        What :func:`aigc_analysis.load_corpus` returns, or what it accepts.
    jobs : int
        Worker processes, as for :func:`extract` (1 = this process, 0 = every core); the table
        is the same whatever the number.

    Returns
    -------
    pandas.DataFrame
        One row per claim with the columns of :data:`aigc_analysis.paths.FACT_COLUMNS`,
        validated by the facts schema.
    """
    # loading problems stay Python warnings here, as callers expect
    return _extract(corpus, strict=False, on_problem=None, progress=None, jobs=jobs, warn=True).facts


def _extract(source, *, strict: bool, on_problem, progress, jobs: int, warn: bool) -> Extraction:
    jobs = resolve_jobs(jobs)
    plan = None
    if isinstance(source, pd.DataFrame):
        n_docs = len(source)
    elif jobs > 1:
        # the files are listed first: their number decides whether a pool pays
        plan = list(iter_sources(source))
        n_docs = sum(not isinstance(item, Problem) for item in plan)
    else:
        n_docs = 0
    size = pool_size(n_docs, jobs)
    if size > 1:
        _warm_extractor()
    with Workers(size) as workers:
        if isinstance(source, pd.DataFrame):
            documents = source
        else:
            with nullcontext() if warn else warnings.catch_warnings():
                if not warn:
                    # each problem is reported once by the caller; the Python warning would repeat it
                    warnings.simplefilter("ignore", CorpusWarning)
                if plan is None:
                    documents = load_corpus(source, strict=strict)
                else:
                    documents = documents_table(_loaded(plan, workers), strict)
        problems = list(documents.attrs.get("problems", []))
        for problem in problems if on_problem else ():
            on_problem(problem)
        records = documents.to_dict("records")
        rows: list[dict] = []
        if workers.jobs == 1:
            found = (guarded_facts(doc, strict=strict) for doc in records)
        else:
            found = ((_unpacked(part), problem) for part, problem in workers.imap(_packed_facts, records))
        # the progress wrapper paces the loop; rows come in document order
        for _ in progress(records) if progress else records:
            part, problem = next(found)
            rows.extend(part)
            if problem is not None:
                _failed(problem, strict, on_problem, warn)
                problems.append(problem)
    table = _valid_facts(facts_frame(rows), documents, strict, on_problem, warn, problems)
    return Extraction(documents, table, problems, no_fact_problems(documents, table))


def _valid_facts(table: pd.DataFrame, documents: pd.DataFrame, strict: bool, on_problem, warn: bool,
                 problems: list) -> pd.DataFrame:
    """The facts table validated; when rows break the schema, the documents they come from are
    reported (``path: extracted facts break the schema: ...``) and left out, not the corpus.

    The whole table is validated at once (one pandera pass); only when that fails is each
    document's part checked, so a corpus without such a row pays nothing more.
    """
    import pandera.errors

    try:
        return validate_facts(table)
    except pandera.errors.SchemaError:
        if strict:
            raise
    paths = dict(zip(documents["doc_id"], documents["path"])) if "path" in documents else {}
    bad = []
    for doc_id, exc in facts_schema_failures(table):
        bad.append(doc_id)
        problem = Problem(str(paths.get(doc_id, doc_id)),
                          f"extracted facts break the schema ({exc}); its facts are left out")
        _failed(problem, strict, on_problem, warn)
        problems.append(problem)
    return validate_facts(table[~table["doc_id"].isin(bad)].reset_index(drop=True))


#: A one-line report extracted in this process before workers are forked (:func:`_warm_extractor`).
_WARM_DOC = {"doc_id": "warm-up", "text": "2024年公司收入为100亿元，同比增长20%。", "boilerplate": [],
             "text_simplified": None, "published": None, "published_precision": None,
             "publisher": None, "title": None}


def warm_up(all_names: bool = True) -> None:
    """Build the extractor's lexicons, matchers and regexes now.

    They are built on first use, so the first reports of a run pay for them. A caller about to
    extract a large corpus, a benchmark before its clock starts (as jieba's dictionary is loaded
    before ``jieba.lcut`` is timed) and a process about to fork workers call this once; the facts
    are the same with or without it. ``all_names=False`` leaves the entity matcher's groups of
    names (one regex per first character, some nine hundred: the costliest part) to be compiled
    as texts need them: a corpus meets a fraction of them (the dev set's nine reports, a sixth).

    What is built is then moved out of the garbage collector's sight (``gc.freeze``, after a
    collection so no garbage is kept): lexicons, compiled patterns and the imported modules live
    as long as the process, and a full collection during an extraction walks all of them again
    (full collections took about 2% of the CPU of one run on the dev set, measured with
    ``gc.callbacks``; another run on the dev set seven times over had none after warm-up, so the
    gain is that at most and is not shown in a timing); forked workers inherit the frozen
    objects without touching their pages. The facts are the same.
    """
    document_facts(dict(_WARM_DOC))
    if all_names:
        get_matcher().compile_all()
    # pypinyin's dictionaries load on the first unknown Chinese name, not at import
    english_name("岚峰科技")
    # the number parser's digit-led lexicon names (36氪, 360智脑) load on the first bare number
    # before a word, which the one-line report above has not (about 0.013 s of CPU)
    _digit_names()
    gc.collect()
    gc.freeze()


def _warm_extractor() -> None:
    """:func:`warm_up` before forking: forked workers inherit what this process has built,
    while each worker forked cold would build it itself (about a second of CPU per worker).
    The name groups are left to the workers: compiling all of them here, one process while the
    others wait, cost more wall time than each worker compiling the groups its reports meet."""
    warm_up(all_names=False)


def _packed_facts(doc: dict) -> tuple[list, Problem | None]:
    """:func:`guarded_facts` of one document (a worker's task), rows packed for the pipe.

    Rows with exactly the keys of ``FACT_COLUMNS`` travel as tuples of their values (pickled
    dicts repeat every key: about three times the bytes, and the parent unpickles every row of
    the corpus); :func:`_unpacked` makes the same dicts again.
    """
    rows, problem = guarded_facts(doc)
    if all(tuple(row) == FACT_COLUMNS for row in rows):
        return [tuple(row.values()) for row in rows], problem
    return rows, problem


def guarded_facts(doc: dict, window_chars: int | None = None,
                  strict: bool = False) -> tuple[list[dict], Problem | None]:
    """:func:`document_facts`, or no rows and a :class:`Problem` when extraction itself fails.

    A bug the extractor meets on one document (an unexpected wording, a typo it cannot
    read) must not cost the facts of every other document of the corpus: the failing
    document is reported as ``path: extraction failed (...)`` and its facts are left out,
    while its row stays in the documents table. With ``strict`` the failure raises
    :class:`CorpusError` chained to the original exception, whose traceback then shows where
    the extractor failed.
    """
    try:
        return document_facts(doc, window_chars), None
    except Exception as exc:  # noqa: BLE001 - reported as a problem naming the file, never hidden
        where = doc.get("path") or doc.get("doc_id")
        message = f"extraction failed ({type(exc).__name__}: {exc}); its facts are left out"
        if strict:
            raise CorpusError(str(Problem(str(where), message))) from exc
        return [], Problem(str(where), message)


def _failed(problem: Problem, strict: bool, on_problem, warn: bool) -> None:
    """Report a document whose extraction failed as the loader reports an unreadable file:
    an error in strict mode, else a line for ``on_problem`` or a :class:`CorpusWarning`."""
    if strict:
        raise CorpusError(str(problem))
    if on_problem is not None:
        on_problem(problem)
    elif warn:
        warnings.warn(str(problem), CorpusWarning, stacklevel=4)


def _unpacked(rows: list) -> list[dict]:
    return [dict(zip(FACT_COLUMNS, row)) if isinstance(row, tuple) else row for row in rows]


def _read_source(source: tuple) -> tuple[dict | None, list]:
    """:func:`read_document` of one ``(path, sidecar row)`` (a worker's task)."""
    return read_document(*source)


def _loaded(plan: list, workers: Workers) -> Iterator:
    """What :func:`aigc_analysis.load.corpus.iter_documents` yields for the listed sources, the
    files read by ``workers``: documents and problems in the same order as when read here."""
    read = workers.imap(_read_source, [item for item in plan if not isinstance(item, Problem)])
    for item in plan:
        if isinstance(item, Problem):
            yield item
            continue
        doc, problems = next(read)
        if doc is not None:
            yield doc
        yield from problems


#: Documents longer than this many characters are extracted window by window (about 3 MB
#: of UTF-8 Chinese; research notes are 5-50 thousand characters, so only a concatenation or
#: a dump ever gets there). Extraction keeps every number, name and keyword hit of what it
#: reads in memory at once; per window, a 50 MB file costs a fraction of it.
WINDOW_CHARS = 1_000_000


def _window_ends(text: str, size: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` windows of at most ``size`` characters covering ``text``.

    Each cut falls after a blank line if there is one in the window's second half, else after
    a line break, else after a sentence end: a sentence (and almost always a paragraph or a
    table) lies in one window.
    """
    start, n = 0, len(text)
    while n - start > size:
        limit, half = start + size, start + size // 2
        cut = -1
        for sep in ("\n\n", "\n", "。", ". "):
            cut = text.rfind(sep, half, limit)
            if cut >= 0:
                cut += len(sep)
                break
        end = cut if cut > start else limit
        yield start, end
        start = end
    yield start, n


def document_facts(doc: dict, window_chars: int | None = None) -> list[dict]:
    """The fact rows of one loaded document; with ``window_chars``, in bounded memory: long
    documents window by window (the Dask and process engines pass :data:`WINDOW_CHARS`).

    A document of up to ``window_chars`` characters is extracted as a whole (the result is
    exactly ``extract_document(doc)``). A longer one is cut into windows at paragraph
    breaks (:func:`_window_ends`); each window is extracted with the document's metadata and
    its boilerplate spans, offsets are moved back into the whole text, and repeats across
    windows are merged by the same rule as within a document. What changes is context that
    reaches across a cut: a subject carried over it, the most mentioned name of the window
    rather than of the whole file.
    """
    text = doc["text"]
    if window_chars is None or len(text) <= window_chars:
        return facts.extract_document(doc)
    simplified = doc.get("text_simplified") or text
    spans = doc.get("boilerplate") or []
    rows: list[dict] = []
    for lo, hi in _window_ends(text, window_chars):
        part = {k: v for k, v in doc.items() if k not in ("text_parsing",)}
        part["text"], part["text_simplified"] = text[lo:hi], simplified[lo:hi]
        part["boilerplate"] = [(max(s, lo) - lo, min(e, hi) - lo, *rest)
                               for s, e, *rest in spans if s < hi and e > lo]
        # the steps of extract_document, so repeats are merged across windows too
        for row in facts.document_rows(part):
            row["start"] += lo
            row["end"] += lo
            rows.append(row)
        del part
    return facts.merge_repeats(rows)


def no_fact_problems(documents, facts) -> list[str]:
    """One line ``path: problem`` per loaded document that has nothing to extract.

    A document gives no fact because it is only boilerplate (a disclaimer, a navigation or
    contact block) or because its body holds no number at all; both are reported so a report
    never vanishes from the facts table silently. A document with numbers that the extractor
    did not tie to a metric is not a problem with the input and is not reported.
    """
    # the distinct ids, not one Python step per fact row
    with_facts = set(facts["doc_id"].astype(str).unique()) if len(facts) else set()
    # only the documents without facts are turned into records: a text column converted to
    # Python strings costs about as much as reading it, and most documents have facts
    without = [doc_id not in with_facts for doc_id in documents["doc_id"].tolist()]
    lines = []
    for doc in documents.loc[without, ["doc_id", "path", "text", "text_simplified",
                                       "boilerplate"]].to_dict("records"):
        text = doc["text_simplified"] or doc["text"]
        spans = [tuple(b)[:2] for b in (doc["boilerplate"] or [])]
        covered = bytearray(len(text))  # 1 where a boilerplate span covers the character
        for start, end in spans:
            covered[start:end] = b"\x01" * (min(end, len(text)) - start)
        if all(covered[i] or text[i].isspace() for i in range(len(text))):
            lines.append(f"{doc['path']}: only boilerplate (disclaimer, navigation or contact "
                         "details), no report body; no facts")
            continue
        numbers = [q for q in find_quantities(for_parsing(text)) if not covered[q.start]]
        if not numbers:
            lines.append(f"{doc['path']}: no numbers in the report body; no facts")
    return lines
