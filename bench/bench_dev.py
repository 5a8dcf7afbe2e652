"""Load + extract against ``jieba.lcut`` on the same text, in one process and on every core (issue 18).

The nine dev reports (``../shared/gold/dev/docs`` relative to the repository root: results
tables, bilingual English figures, a PDF extraction, Markdown price tables, Big5 and GBK files)
are copied as files into a temporary folder until the copies hold about ``--mb`` MB of text
(default 2.5). Every copy is its own file (its own ``doc_id``) with the original bytes, so
loading decodes Big5 and GBK, converts Traditional text and finds boilerplate for real. With
``--seeds`` the five seeds (``seeds/``, with their ``seeds.csv`` sidecar, one row per copy) are
copied the same way: the issue wants the target on both.

Each measurement runs in a fresh child process, and the three commands alternate (``--rounds``
rounds, default 3: extract in one process, jieba, extract on ``--jobs`` processes, ...), so a
change in the machine's load hits every side of a round; each ratio printed is the median of
the rounds' ratios.

* **load + extract, 1 process**: ``load_corpus(folder)`` then ``extract_facts`` (the library
  calls of the README: read, decode, normalise, boilerplate, metadata, numbers, linking, schema
  check). This is like for like with ``jieba.lcut``, which segments in one thread.
* **load + extract, N processes**: ``extract_facts(folder, jobs=N)`` (default N = the cores this
  process may use): files are loaded, then documents extracted, by N worker processes; the
  table is the same (its digest is compared). Its CPU time is the parent's plus its workers'.
* **jieba.lcut**: every loaded document's text segmented, single-threaded (the same decoded text).

Imports, lexicons, regexes and the schema check are built on a one-line Traditional report
(``load_corpus`` + ``extract_facts``) before the clock starts, as jieba's dictionary is loaded
before its clock; worker processes are forked after that and inherit it. That fixed cost is
printed apart. MB is the UTF-8 size of the decoded text (the same bytes for every command).

The load average is printed at the start and at the end: on a busy machine wall times (and the
gain from more processes) shrink, CPU-time ratios much less. The scores line scores one copy of
the set (``../shared/tools/score_facts.py``), so a speed-up is seen at the same scores.
Target (issue 18): load + extract >= 4x ``jieba.lcut``.

``--floor`` instead times, in this process, the stages every design of the extractor must run
(loading, sentence splitting, the number parser, the period finder) against the whole extraction
and ``jieba.lcut`` on the same corpus (CPU seconds, best of ``--rounds``): if those stages alone
take more than a quarter of jieba's time, no change to the linking rules reaches the target.

``--threshold`` instead measures, for corpora of 2 to 32 dev reports, one process against a pool
of ``--jobs`` workers (CPU of the parent and of the workers, wall time), the figures behind
``aigc_analysis.pipeline.extraction.MIN_PARALLEL_DOCS``.

Usage::

    .venv/bin/python bench/bench_dev.py [--seeds] [--mb 2.5] [--rounds 3] [--jobs N]
    .venv/bin/python bench/bench_dev.py --floor [--seeds] [--mb 2.5] [--rounds 3]
    .venv/bin/python bench/bench_dev.py --threshold [--jobs N]
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import PYTHON, REPO, cores, emit, load_average, machine, measure  # noqa: E402

SHARED = REPO.parent / "shared"
DEV = SHARED / "gold" / "dev"
DEV_DOCS = DEV / "docs"
SEEDS = REPO / "seeds"
SEED_GOLD = SHARED / "gold" / "seed_facts.csv"
SCORER = SHARED / "tools" / "score_facts.py"
SIDECAR = "seeds.csv"
TARGET = 4.0


def make_corpus(folder: Path, mb: float, source: Path = DEV_DOCS) -> tuple[int, int]:
    """Copy the reports of ``source`` into ``folder`` until their text reaches ``mb`` MB (UTF-8).

    Returns the number of files and the UTF-8 size of their decoded text. Copy ``k`` of
    ``d01_x.txt`` is ``k003_d01_x.txt``: names sort copy by copy, like a real folder. A
    ``seeds.csv`` sidecar in ``source`` gets one row per copy, so copies keep their metadata.
    """
    from aigc_analysis.load.corpus import read_document

    files = sorted(source.glob("*.txt"))
    sizes = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for f in files:
            doc, _ = read_document(f)
            sizes.append(len(doc["text"].encode("utf-8")) if doc else 0)
    per_round = sum(sizes)
    rounds = max(1, round(mb * 1e6 / per_round))
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(rounds):
        for f in files:
            shutil.copyfile(f, folder / f"k{k:03d}_{f.name}")
    sidecar = source / SIDECAR
    if sidecar.is_file():
        with open(sidecar, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            fields, rows = reader.fieldnames, list(reader)
        with open(folder / SIDECAR, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=fields)
            writer.writeheader()
            for k in range(rounds):
                writer.writerows({**row, "doc_id": f"k{k:03d}_{row['doc_id']}"} for row in rows)
    return rounds * len(files), rounds * per_round


def _warm() -> None:
    """Import and build everything loading and extraction use (before any clock starts).

    One Traditional one-line report goes through ``load_corpus`` and ``extract_facts`` (the
    schema check included) and :func:`~aigc_analysis.pipeline.extraction.warm_up` builds the
    matchers a run would otherwise build on first use, as jieba's dictionary is loaded before
    its clock; the time is printed apart as start-up.
    """
    from aigc_analysis.pipeline.extraction import extract_facts, warm_up
    from aigc_analysis.load.corpus import load_corpus

    warm_up()

    with tempfile.TemporaryDirectory(prefix="aigc-bench-warm-") as tmp:
        Path(tmp, "warm.txt").write_text("微軟資本開支為100億美元，同比增長20%。\n", encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extract_facts(load_corpus(tmp))


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _digest(facts) -> str:
    return hashlib.sha256(facts.to_csv(index=False).encode("utf-8")).hexdigest()[:16]


def child_extract(folder: str, jobs: int) -> dict:
    t0 = time.perf_counter()
    from aigc_analysis.pipeline.extraction import extract_facts
    from aigc_analysis.load.corpus import load_corpus

    _warm()
    startup = time.perf_counter() - t0
    t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # problems (none expected) are counted below
        if jobs == 1:
            docs = load_corpus(folder)
            load_seconds = time.perf_counter() - t0
            facts = extract_facts(docs)
        else:  # the files are loaded in the workers too: one call
            facts = extract_facts(folder, jobs=jobs)
            load_seconds = None
    secs, cpu, workers_cpu = time.perf_counter() - t0, time.process_time() - c0, _children_cpu() - k0
    if jobs != 1:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            docs = load_corpus(folder)  # after the clock: counts and bytes
    return {"seconds": secs, "cpu": cpu + workers_cpu, "parent_cpu": cpu, "workers_cpu": workers_cpu,
            "load_seconds": load_seconds, "startup": startup, "jobs": jobs,
            "docs": len(docs), "facts": len(facts), "problems": len(docs.attrs["problems"]),
            "digest": _digest(facts), "bytes": int(sum(len(t.encode("utf-8")) for t in docs["text"]))}


def child_jieba(folder: str) -> dict:
    import logging

    import jieba

    from aigc_analysis.load.corpus import load_corpus

    jieba.setLogLevel(logging.WARNING)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        texts = load_corpus(folder)["text"].tolist()
    t0 = time.perf_counter()
    jieba.lcut("生成式人工智能的资本开支")  # the dictionary loads before the clock starts
    startup = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    n_tokens = sum(len(jieba.lcut(t)) for t in texts)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": secs, "cpu": cpu, "startup": startup, "tokens": n_tokens,
            "bytes": int(sum(len(t.encode("utf-8")) for t in texts))}


def threshold(jobs: int, sizes=(2, 4, 6, 8, 12, 16, 24, 32), repeats: int = 5) -> None:
    """Print one process against a pool of ``jobs`` workers for small corpora of dev reports.

    Per size, the best of ``repeats`` of each: CPU of this process, CPU of the workers, wall.
    "free cores" is what the pool's wall time would be with ``jobs`` idle cores (the parent's
    CPU plus the workers' shared out): on a busy machine the measured wall says little.
    """
    from aigc_analysis.pipeline import extraction

    _warm()
    library, extraction.MIN_PARALLEL_DOCS = extraction.MIN_PARALLEL_DOCS, 2  # the pool at every size
    files = sorted(DEV_DOCS.glob("*.txt"))
    print(f"# pool threshold: dev reports, 1 process vs {jobs} workers; {machine()}")
    print(f"{'reports':>8}{'1 process CPU ms':>18}{'pool parent':>13}{'workers':>9}"
          f"{'pool wall if free ms':>22}{'gain':>7}{'wall 1p ms':>12}{'wall pool ms':>14}")
    with tempfile.TemporaryDirectory(prefix="aigc-bench-threshold-") as tmp:
        for n in sizes:
            folder = Path(tmp, f"n{n}")
            folder.mkdir()
            for i in range(n):
                f = files[i % len(files)]
                shutil.copyfile(f, folder / f"k{i // len(files):03d}_{f.name}")
            serial, pool = [], []
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for _ in range(repeats):
                    for j, out in ((1, serial), (jobs, pool)):
                        t, c, k = time.perf_counter(), time.process_time(), _children_cpu()
                        extraction.extract(folder, jobs=j)
                        out.append((time.process_time() - c, _children_cpu() - k, time.perf_counter() - t))
            s_cpu, s_wall = min(r[0] for r in serial), min(r[2] for r in serial)
            p_cpu, w_cpu, p_wall = (min(r[i] for r in pool) for i in range(3))
            free = p_cpu + w_cpu / jobs
            print(f"{n:>8}{s_cpu * 1e3:>18.0f}{p_cpu * 1e3:>13.0f}{w_cpu * 1e3:>9.0f}{free * 1e3:>22.0f}"
                  f"{s_cpu / free:>6.2f}x{s_wall * 1e3:>12.0f}{p_wall * 1e3:>14.0f}")
    print(f"# load average at the end: {load_average()}; MIN_PARALLEL_DOCS in the library: {library}")


def floor(corpus: Path, rounds: int) -> None:
    """Print the CPU of the stages any extractor design runs, against extraction and jieba.

    Every stage runs ``rounds`` times on the whole corpus in this process (warm, as in the
    children); the best CPU time of each is printed with its share of ``jieba.lcut``'s.
    """
    import logging

    import jieba

    from aigc_analysis.extract.periods import find_periods
    from aigc_analysis.extract.quantities import find_quantities
    from aigc_analysis.extract.segment import split_sentences
    from aigc_analysis.load.corpus import load_corpus
    from aigc_analysis.pipeline.extraction import extract_facts

    _warm()
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()

    def best(step):
        times = []
        for _ in range(max(1, rounds)):
            c0 = time.process_time()
            out = step()
            times.append(time.process_time() - c0)
        return min(times), out

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        load, docs = best(lambda: load_corpus(corpus))
        texts = docs["text"].tolist()
        stages = [("load (read, decode, convert, boilerplate, metadata)", load),
                  ("sentence splitting", best(lambda: [split_sentences(t) for t in texts])[0]),
                  ("number parser", best(lambda: [find_quantities(t) for t in texts])[0]),
                  ("period finder", best(lambda: [find_periods(t) for t in texts])[0])]
        extract = best(lambda: extract_facts(docs))[0]
    lcut = best(lambda: [jieba.lcut(t) for t in texts])[0]
    budget = lcut / TARGET
    print(f"{'stage':<54}{'CPU s':>8}{'of jieba':>10}")
    for name, secs in stages:
        print(f"{name:<54}{secs:>8.3f}{secs / lcut:>9.0%}")
    base = sum(secs for _, secs in stages)
    print(f"{'  these stages together (the floor)':<54}{base:>8.3f}{base / lcut:>9.0%}")
    print(f"{'load + whole extraction':<54}{load + extract:>8.3f}{(load + extract) / lcut:>9.0%}")
    print(f"{'jieba.lcut':<54}{lcut:>8.3f}{1:>9.0%}")
    print(f"budget at {TARGET:g}x jieba: {budget:.3f} s; the floor alone is {base / budget:.1f}x the budget "
          f"({'under' if base <= budget else 'over'}), so the floor reaches at most {lcut / base:.2f}x jieba "
          f"and everything else (linking, names, tables) must fit in {max(0.0, budget - base):.3f} s")


def scores(work: Path, source: Path, gold: Path) -> str:
    """The scores of one copy of the set (the shared scorer's summary)."""
    out = work / "scored"
    run = measure([PYTHON, "-m", "aigc_analysis.pipeline.cli", "extract", str(source), "--out", str(out)],
                  check=False)
    if run.returncode != 0:
        return f"extraction failed: {run.stderr.strip().splitlines()[-1:]}"
    res = subprocess.run([PYTHON, str(SCORER), str(gold), str(out / "facts.csv"), "--json"],
                         capture_output=True, text=True, check=False)
    if res.returncode != 0:
        return f"scorer failed: {res.stderr.strip().splitlines()[-1:]}"
    s = json.loads(res.stdout)
    keys = [k for k in ("recall", "precision", "entity_accuracy", "period_accuracy") if k in s]
    return ", ".join(f"{k} {s[k]:.3f}" for k in keys) or res.stdout.strip()[:200]


def _verdict(ratio: float) -> str:
    return f"{'meets' if ratio >= TARGET else 'MISSES'} the {TARGET:g}x target"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seeds", action="store_true", help="the seeds instead of the dev set")
    p.add_argument("--mb", type=float, default=2.5, help="megabytes of text (default 2.5)")
    p.add_argument("--rounds", type=int, default=3, help="rounds of the three commands (default 3)")
    p.add_argument("--jobs", type=int, default=0,
                   help="worker processes of the parallel run (default 0: every core)")
    p.add_argument("--floor", action="store_true",
                   help="time the stages every design runs (load, split, numbers, periods) instead")
    p.add_argument("--threshold", action="store_true",
                   help="measure the pool against one process on 2 to 32 reports instead")
    p.add_argument("--child", nargs=3, metavar=("WHAT", "FOLDER", "JOBS"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        what, folder, jobs = args.child
        emit(child_extract(folder, int(jobs)) if what == "extract" else child_jieba(folder))
        return 0
    jobs = args.jobs or cores()
    source, gold = (SEEDS, SEED_GOLD) if args.seeds else (DEV_DOCS, DEV / "gold.csv")
    if not source.is_dir():
        print(f"skipped: the dev set is not at {source} (../shared next to the repository)")
        return 0
    if args.threshold:
        threshold(max(2, jobs))
        return 0

    with tempfile.TemporaryDirectory(prefix="aigc-bench-dev-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        n_files, nbytes = make_corpus(corpus, args.mb, source)
        n_src = len(list(source.glob("*.txt")))
        name = "seeds" if args.seeds else "dev-set"
        if args.floor:
            print(f"# {name} floor: {n_files} files, {nbytes / 1e6:.2f} MB of text; {machine()}")
            floor(corpus, args.rounds)
            print(f"# load average at the end: {load_average()}")
            return 0
        print(f"# {name} benchmark: {n_files} files ({n_files // n_src} copies of the {n_src} "
              f"{'seeds' if args.seeds else 'dev reports'}), {nbytes / 1e6:.2f} MB of text; {machine()}")
        print(f"# load average at the start: {load_average()}")
        rounds = []
        for _ in range(max(1, args.rounds)):
            one = measure([PYTHON, __file__, "--child", "extract", str(corpus), "1"], cwd=work)
            jb = measure([PYTHON, __file__, "--child", "jieba", str(corpus), "1"], cwd=work)
            many = measure([PYTHON, __file__, "--child", "extract", str(corpus), str(jobs)], cwd=work)
            rounds.append(tuple(r.result() | {"peak_mb": r.peak_mb} for r in (one, jb, many)))
        print(f"{'round':<7}{'1 process s':>12}{'(load s)':>10}{'jieba s':>9}{f'{jobs} processes s':>15}"
              f"{'ratio 1p':>10}{'CPU 1p':>8}{f'ratio {jobs}p':>10}{f'CPU {jobs}p':>8}")
        for i, (e, j, m) in enumerate(rounds, 1):
            print(f"{i:<7}{e['seconds']:>12.2f}{e['load_seconds']:>10.2f}{j['seconds']:>9.2f}{m['seconds']:>15.2f}"
                  f"{j['seconds'] / e['seconds']:>9.2f}x{j['cpu'] / e['cpu']:>7.2f}x"
                  f"{j['seconds'] / m['seconds']:>9.2f}x{j['cpu'] / m['cpu']:>7.2f}x")
        med = lambda f: statistics.median(f(e, j, m) for e, j, m in rounds)  # noqa: E731
        ratio1, cpu1 = med(lambda e, j, m: j["seconds"] / e["seconds"]), med(lambda e, j, m: j["cpu"] / e["cpu"])
        ratio_n, cpu_n = med(lambda e, j, m: j["seconds"] / m["seconds"]), med(lambda e, j, m: j["cpu"] / m["cpu"])
        e = min((r[0] for r in rounds), key=lambda r: r["seconds"])  # the least disturbed runs
        j = min((r[1] for r in rounds), key=lambda r: r["seconds"])
        m = min((r[2] for r in rounds), key=lambda r: r["seconds"])
        mb = e["bytes"] / 1e6
        same = all(r[0]["digest"] == r[2]["digest"] == e["digest"] for r in rounds)
        print(f"load + extract, 1 process:    {mb / e['seconds']:.2f} MB/s, {e['facts'] / e['seconds']:.0f} "
              f"facts/s ({e['facts']} facts from {e['docs']} documents, {e['problems']} load "
              f"notices such as a date not found; load {mb / e['load_seconds']:.2f} MB/s; start-up "
              f"{e['startup']:.2f} s; peak {e['peak_mb']:.0f} MB)")
        print(f"load + extract, {jobs} processes:  {mb / m['seconds']:.2f} MB/s, {m['facts'] / m['seconds']:.0f} "
              f"facts/s (CPU {m['parent_cpu']:.2f} s parent + {m['workers_cpu']:.2f} s workers against "
              f"{e['cpu']:.2f} s in 1 process; facts table {'identical' if same else 'DIFFERENT'}, "
              f"digest {m['digest']}; peak {m['peak_mb']:.0f} MB)")
        print(f"jieba.lcut, 1 thread:         {j['bytes'] / 1e6 / j['seconds']:.2f} MB/s ({j['tokens']} tokens; "
              f"dictionary {j['startup']:.2f} s; peak {j['peak_mb']:.0f} MB)")
        print(f"ratio load+extract in 1 process / jieba.lcut (like for like, median of {len(rounds)} "
              f"rounds): {ratio1:.2f}x wall, {cpu1:.2f}x CPU time ({_verdict(ratio1)})")
        print(f"ratio load+extract on {jobs} processes (jobs={jobs}, {cores()} cores) / single-threaded "
              f"jieba.lcut: {ratio_n:.2f}x wall ({_verdict(ratio_n)}), {cpu_n:.2f}x CPU time of "
              f"the parent and its workers")
        # What the pool's wall time would be with the cores to itself: the parent's CPU plus
        # the workers' CPU shared out (a model, printed as one; on a shared machine the wall
        # ratio above is what was measured).
        est = med(lambda e, j, m: j["cpu"] / (m["parent_cpu"] + m["workers_cpu"] / jobs))
        print(f"  estimate for {jobs} idle cores (jieba CPU / (parent CPU + workers' CPU / {jobs}), "
              f"median): {est:.2f}x; not measured wall")
        print(f"# load average at the end: {load_average()}")
        if not SCORER.exists() or not gold.exists():
            print(f"{name} scores: skipped, no scorer at {SCORER} or no gold at {gold}")
        else:
            print(f"{name} scores (one copy, shared scorer): {scores(work, source, gold)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
