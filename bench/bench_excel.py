"""Excel export speed: the seed facts repeated 1, 10 and 100 times (about 100 to 10,000 facts).

Prints, per size, the seconds spent building the tables (views and ledger) and writing the
workbook, facts per second overall, the file size and the process's peak memory so far.

Usage::

    .venv/bin/python bench/bench_excel.py [--times 1 10 100]
"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd

from aigc_analysis.tables import excel
from aigc_analysis.pipeline.extraction import extract_facts
from aigc_analysis.load.corpus import CorpusWarning, load_corpus
from aigc_analysis.paths import SEEDS_DIR


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--times", type=int, nargs="+", default=[1, 10, 100])
    args = parser.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        docs = load_corpus(SEEDS_DIR)
    seed = extract_facts(docs)
    print(f"{'facts':>7} {'tables s':>9} {'write s':>8} {'facts/s':>8} {'MB':>6} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.times:
            # Copies under other document ids: each is its own report, as in a larger corpus.
            facts = pd.concat([seed.assign(doc_id=seed["doc_id"] + f".{i}") for i in range(n)],
                              ignore_index=True)
            start = time.perf_counter()
            excel.workbook_tables(facts)
            tables_s = time.perf_counter() - start
            target = Path(tmp) / f"bench_{n}.xlsx"
            start = time.perf_counter()
            excel.to_excel(facts, target)
            total_s = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{len(facts):>7} {tables_s:>9.2f} {total_s - tables_s:>8.2f} "
                  f"{len(facts) / total_s:>8.0f} {target.stat().st_size / 1e6:>6.2f} {peak:>8.0f}")


if __name__ == "__main__":
    main()
