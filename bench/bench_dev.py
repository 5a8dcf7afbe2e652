"""Extraction on the development set against ``jieba.lcut`` on the same text (issue 18).

The nine dev reports (``../shared/gold/dev/docs`` relative to the repository root: results
tables, bilingual English figures, a PDF extraction, Markdown price tables, Big5 and GBK files)
are copied as files into a temporary folder until the copies hold about ``--mb`` MB of text
(default 2.5). Every copy is its own file (its own ``doc_id``) with the original bytes, so
loading decodes Big5 and GBK, converts Traditional text and finds boilerplate for real.

Each measurement runs in a fresh child process, and the two commands alternate (``--rounds``
pairs, default 3: extract, jieba, extract, jieba, ...), so a change in the machine's load hits
both sides of a pair; the ratio printed is the median of the pairs' ratios.

* **load + extract**: ``load_corpus(folder)`` then ``extract_facts`` (the library calls of the
  README: read, decode, normalise, boilerplate, metadata, numbers, linking, schema check).
  Imports, lexicons, regexes and the schema check are built on a one-line Traditional report
  (``load_corpus`` + ``extract_facts``) before the clock starts, as jieba's dictionary is loaded
  before its clock; that fixed cost is printed apart.
* **jieba.lcut**: every loaded document's text segmented (the same decoded text).

MB is the UTF-8 size of the decoded text (the same bytes for both). It also prints the dev
set's scores (``../shared/tools/score_facts.py`` on one copy of the nine reports), so a speed-up
is seen at the same scores. Target (issue 18): load + extract >= 4x ``jieba.lcut``.

Usage::

    .venv/bin/python bench/bench_dev.py [--mb 2.5] [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
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
from _common import PYTHON, REPO, emit, machine, measure  # noqa: E402

SHARED = REPO.parent / "shared"
DEV = SHARED / "gold" / "dev"
DEV_DOCS = DEV / "docs"
SCORER = SHARED / "tools" / "score_facts.py"
TARGET = 4.0


def make_corpus(folder: Path, mb: float) -> tuple[int, int]:
    """Copy the dev reports into ``folder`` until their text reaches ``mb`` MB (UTF-8).

    Returns the number of files and the UTF-8 size of their decoded text. Copy ``k`` of
    ``d01_x.txt`` is ``k003_d01_x.txt``: names sort copy by copy, like a real folder.
    """
    from aigc_analysis.load.corpus import read_document

    files = sorted(DEV_DOCS.glob("*.txt"))
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
    return rounds * len(files), rounds * per_round


def _warm() -> None:
    """Import and build everything loading and extraction use (before any clock starts).

    One Traditional one-line report goes through ``load_corpus`` and ``extract_facts`` (the
    schema check included), as jieba's dictionary is loaded before its clock.
    """
    from aigc_analysis.pipeline.extraction import extract_facts
    from aigc_analysis.load.corpus import load_corpus

    with tempfile.TemporaryDirectory(prefix="aigc-bench-warm-") as tmp:
        Path(tmp, "warm.txt").write_text("微軟資本開支為100億美元，同比增長20%。\n", encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extract_facts(load_corpus(tmp))


def child_extract(folder: str) -> dict:
    t0 = time.perf_counter()
    from aigc_analysis.pipeline.extraction import extract_facts
    from aigc_analysis.load.corpus import load_corpus

    _warm()
    startup = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # problems (none expected) are counted below
        docs = load_corpus(folder)
    t1 = time.perf_counter()
    facts = extract_facts(docs)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": secs, "cpu": cpu, "load_seconds": t1 - t0, "startup": startup,
            "docs": len(docs), "facts": len(facts), "problems": len(docs.attrs["problems"]),
            "bytes": int(sum(len(t.encode("utf-8")) for t in docs["text"]))}


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


def scores(work: Path) -> str:
    """The dev set's scores on one copy of the nine reports (the shared scorer's summary)."""
    out = work / "scored"
    run = measure([PYTHON, "-m", "aigc_analysis.pipeline.cli", "extract", str(DEV_DOCS), "--out", str(out)],
                  check=False)
    if run.returncode != 0:
        return f"extraction failed: {run.stderr.strip().splitlines()[-1:]}"
    res = subprocess.run([PYTHON, str(SCORER), str(DEV / "gold.csv"), str(out / "facts.csv"),
                          "--json"], capture_output=True, text=True, check=False)
    if res.returncode != 0:
        return f"scorer failed: {res.stderr.strip().splitlines()[-1:]}"
    s = json.loads(res.stdout)
    keys = [k for k in ("recall", "precision", "entity_accuracy", "period_accuracy") if k in s]
    return ", ".join(f"{k} {s[k]:.2f}" for k in keys) or res.stdout.strip()[:200]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mb", type=float, default=2.5, help="megabytes of text (default 2.5)")
    p.add_argument("--rounds", type=int, default=3, help="extract/jieba pairs (default 3)")
    p.add_argument("--child", nargs=2, metavar=("WHAT", "FOLDER"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        what, folder = args.child
        emit(child_extract(folder) if what == "extract" else child_jieba(folder))
        return 0
    if not DEV_DOCS.is_dir():
        print(f"skipped: the dev set is not at {DEV_DOCS} (../shared next to the repository)")
        return 0

    with tempfile.TemporaryDirectory(prefix="aigc-bench-dev-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        n_files, nbytes = make_corpus(corpus, args.mb)
        print(f"# dev-set benchmark: {n_files} files ({n_files // 9} copies of the 9 dev "
              f"reports), {nbytes / 1e6:.2f} MB of text; {machine()}")
        pairs = []
        for _ in range(max(1, args.rounds)):
            ext = measure([PYTHON, __file__, "--child", "extract", str(corpus)], cwd=work)
            jb = measure([PYTHON, __file__, "--child", "jieba", str(corpus)], cwd=work)
            pairs.append((ext.result() | {"peak_mb": ext.peak_mb},
                          jb.result() | {"peak_mb": jb.peak_mb}))
        print(f"{'round':<7}{'load+extract s':>15}{'(load s)':>10}{'jieba s':>9}"
              f"{'ratio':>8}{'CPU ratio':>11}")
        for i, (e, j) in enumerate(pairs, 1):
            print(f"{i:<7}{e['seconds']:>15.2f}{e['load_seconds']:>10.2f}{j['seconds']:>9.2f}"
                  f"{j['seconds'] / e['seconds']:>7.2f}x{j['cpu'] / e['cpu']:>10.2f}x")
        ratio = statistics.median(j["seconds"] / e["seconds"] for e, j in pairs)
        cpu_ratio = statistics.median(j["cpu"] / e["cpu"] for e, j in pairs)
        e = min((e for e, _ in pairs), key=lambda r: r["seconds"])  # the least disturbed run
        j = min((j for _, j in pairs), key=lambda r: r["seconds"])
        mb = e["bytes"] / 1e6
        print(f"load + extract: {mb / e['seconds']:.2f} MB/s, {e['facts'] / e['seconds']:.0f} "
              f"facts/s ({e['facts']} facts from {e['docs']} documents, {e['problems']} load "
              f"notices such as a date not found; load {mb / e['load_seconds']:.2f} MB/s; start-up {e['startup']:.2f} s; "
              f"peak {e['peak_mb']:.0f} MB)")
        print(f"jieba.lcut:     {j['bytes'] / 1e6 / j['seconds']:.2f} MB/s ({j['tokens']} tokens; "
              f"dictionary {j['startup']:.2f} s; peak {j['peak_mb']:.0f} MB)")
        verdict = "meets" if ratio >= TARGET else "MISSES"
        print(f"ratio load+extract / jieba.lcut (median of {len(pairs)} pairs): {ratio:.2f}x "
              f"wall, {cpu_ratio:.2f}x CPU time ({verdict} the {TARGET:g}x target)")
        if SCORER.exists():
            print(f"dev-set scores (one copy, shared scorer): {scores(work)}")
        else:
            print(f"dev-set scores: skipped, no scorer at {SCORER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
