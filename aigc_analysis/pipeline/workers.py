"""The process pool of extraction: one function over many documents, results in input order.

Shared by the in-memory extraction (:func:`aigc_analysis.pipeline.extraction.extract` with
``jobs``) and the streaming engine (:func:`aigc_analysis.pipeline.engine.iter_results`), so
there is one pool to get right. Standard library only: the engine's parent process and
``--help`` stay light.

Workers are forked on Linux: a fork is cheap and the workers inherit the modules, lexicons and
compiled regexes the parent has already loaded (a spawned worker would import pandas and build
every lexicon again, seconds of start-up). Elsewhere they are spawned. Results come back with
``Pool.imap`` in chunks, in input order, so the output never depends on worker scheduling.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any


def default_jobs() -> int:
    """Cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_jobs(jobs: int) -> int:
    """``jobs`` as a number of processes: 0 means every core this process may use.

    Raises
    ------
    ValueError
        ``jobs`` is negative.
    """
    if jobs < 0:
        raise ValueError(f"jobs {jobs} must be 0 (all cores) or more")
    return jobs or default_jobs()


def chunksize(n_tasks: int, jobs: int) -> int:
    """Tasks sent to a worker at once for ``n_tasks`` tasks on ``jobs`` workers."""
    # ~8 chunks per worker: small enough to balance uneven files, large enough that the
    # per-chunk pickling and queue round trip is noise (one document per chunk cost the parent
    # 45% more CPU on 90 dev reports than chunks of five).
    return max(1, min(32, n_tasks // (jobs * 8)))


class Workers:
    """``fn`` over items in input order, in this process (``jobs <= 1``) or on ``jobs`` processes.

    A context manager: the pool starts on entry and is closed and joined on a normal exit (so
    the workers' CPU time is counted in ``RUSAGE_CHILDREN``), terminated when an exception
    leaves the block. One pool may run several maps (loading, then extraction).

    Parameters
    ----------
    jobs : int
        Worker processes (at least 1; 1 runs everything in this process).

    Examples
    --------
    >>> with Workers(1) as w:
    ...     list(w.imap(abs, [-2, 3]))
    [2, 3]
    """

    def __init__(self, jobs: int):
        self.jobs = max(1, jobs)
        self._pool = None

    def __enter__(self) -> Workers:
        if self.jobs > 1:
            import multiprocessing as mp

            method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
            self._pool = mp.get_context(method).Pool(processes=self.jobs)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if exc_type is None:
            pool.close()
        else:
            pool.terminate()
        pool.join()

    def imap(self, fn: Callable[[Any], Any], items: Sequence) -> Iterator:
        """``fn(item)`` for each item, in order (``fn`` a module-level function, picklable)."""
        if self._pool is None:
            return map(fn, items)
        return self._pool.imap(fn, items, chunksize=chunksize(len(items), self.jobs))


__all__ = ["Workers", "chunksize", "default_jobs", "resolve_jobs"]
