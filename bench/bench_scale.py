"""Extraction of a synthetic corpus on every core: time, throughput and peak memory by size.

Generates (once) the synthetic corpus of ``--n`` reports with ``bench/make_corpus.py`` under
``bench/corpus/synthetic`` (git-ignored), then extracts its first 1,000 / 3,000 / ... reports,
each size in a fresh process, with :func:`aigc_analysis.pipeline.engine.extract_paths` (processes,
streaming, Parquet). Prints seconds, MB/s, seconds per 1,000 reports (flat when cost grows
linearly) and the peak memory of the largest process (parent or worker).

Targets: 10,000 reports (~100 MB) in under 60 s on 2 cores, peak memory under 2 GB.

Usage::

    .venv/bin/python bench/bench_scale.py [--sizes 1000 3000 10000] [--jobs 0] [--engine local]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import PYTHON, emit, machine, measure  # noqa: E402
from make_corpus import DEFAULT_OUT, ensure_corpus  # noqa: E402


def child(n: int, corpus: Path, out: Path, jobs: int, engine_name: str, validate: bool) -> int:
    from aigc_analysis.pipeline import engine

    files = sorted(corpus.glob("syn_*.txt"))[:n]
    summary = engine.extract_paths(files, out, jobs=jobs, engine=engine_name, progress=False,
                                   validate=validate)
    emit({"n": n, "seconds": summary.seconds, "bytes": summary.n_bytes, "facts": summary.n_facts,
          "docs": summary.n_documents, "problems": len(summary.problems), "jobs": summary.jobs,
          "peak": summary.peak_rss_mb, "cpu": summary.cpu_seconds})
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    p.add_argument("--n", type=int, default=None, help="corpus size to generate (default: largest size)")
    p.add_argument("--corpus", type=Path, default=DEFAULT_OUT)
    p.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    p.add_argument("--engine", choices=["local", "dask"], default="local")
    p.add_argument("--no-validate", action="store_true", help="skip the schema check of the facts")
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    p.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return child(args.child, args.corpus, args.out, args.jobs, args.engine, not args.no_validate)

    n_corpus = args.n or max(args.sizes)
    ensure_corpus(n_corpus, args.corpus)
    print(f"# scale benchmark: synthetic corpus {args.corpus}, engine {args.engine}; {machine()}")
    print(f"{'reports':>8}{'MB':>8}{'seconds':>9}{'MB/s':>7}{'s/1000':>8}{'facts':>9}{'peak MB':>9}  CPU s parent/workers, peak MB parent/workers")
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        for n in args.sizes:
            cmd = [PYTHON, __file__, "--child", str(n), "--corpus", str(args.corpus), "--out",
                   str(Path(tmp) / f"out-{n}"), "--jobs", str(args.jobs), "--engine", args.engine]
            if args.no_validate:
                cmd.append("--no-validate")
            run = measure(cmd)
            r = run.result()
            rows.append((n, run.seconds, run.peak_mb, r))
            by = (f"{r['cpu']['self']:.0f}/{r['cpu']['children']:.0f}, "
                  f"{r['peak']['self']:.0f}/{r['peak']['children']:.0f}")
            print(f"{n:>8}{r['bytes'] / 1e6:>8.1f}{run.seconds:>9.1f}{r['bytes'] / 1e6 / run.seconds:>7.2f}"
                  f"{run.seconds / n * 1000:>8.1f}{r['facts']:>9}{run.peak_mb:>9.0f}  {by}"
                  + (f"  ({r['problems']} problems)" if r["problems"] else ""))
    n_max, secs, peak, r = rows[-1]
    cpu = {n: res["cpu"]["self"] + res["cpu"]["children"] for n, _, _, res in rows}
    print("CPU seconds per 1,000 reports (load-independent): "
          + ", ".join(f"{cpu[n] / n * 1000:.1f} at {n}" for n in cpu))
    if len(rows) > 1:
        n0, s0 = rows[0][0], rows[0][1]
        print(f"linearity: {n_max / n0:.0f}x the reports took {secs / s0:.1f}x the time "
              f"and {cpu[n_max] / cpu[n0]:.1f}x the CPU")
    print(f"{n_max} reports on {r['jobs']} otherwise idle cores: about "
          f"{cpu[n_max] / r['jobs']:.0f} s (CPU seconds / processes)")
    if n_max >= 10_000:
        print(f"{n_max} reports on {r['jobs']} processes: {secs:.1f} s "
              f"({'meets' if secs < 60 else 'MISSES'} < 60 s), peak {peak:.0f} MB "
              f"({'meets' if peak < 2048 else 'MISSES'} < 2 GB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
