"""Write a synthetic corpus of research notes by recombining the paragraphs of the seeds.

Each report takes a run of paragraphs from one seed (its "base", which keeps that seed's
script and layout: headings, tables, lists) and mixes in paragraphs from other seeds of the
same script, up to a drawn size (about 10 KB on average: 10,000 reports are ~100 MB). Then

* numbers are redrawn (x0.3 to x3, same number of decimals), months and days redrawn;
* years move with the report's publication date (a 2023 seed published in 2025 talks about
  2025 where it said 2023, so periods stay consistent);
* every entity the package's matcher finds (``aigc_analysis/data/entities.csv``) is swapped
  for an alias of another entity of the same type (one consistent mapping per report).

A ``seeds.csv`` sidecar gives each report its publisher (from ``data/publishers.csv``), date,
title, script and kind. Report ``i`` depends only on ``(--seed, i)``: the first 1,000 reports
of a 10,000-report corpus are the 1,000-report corpus. Generated corpora are not committed
(``bench/corpus/`` is git-ignored).

Usage::

    .venv/bin/python bench/make_corpus.py --n 10000 --out bench/corpus/synthetic
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import multiprocessing as mp
import random
import re
import sys
import time
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from aigc_analysis.paths import DATA_DIR, SEEDS_DIR  # noqa: E402

DEFAULT_OUT = REPO / "bench" / "corpus" / "synthetic"
MEAN_KB = 8.2

_CJK = re.compile(r"[\u4e00-\u9fff]")
# a number not inside a Latin name or version (GPT-4, H100, GPT-3.5, 2024-05-09's month)
_NUMBER = re.compile(r"(?<![A-Za-z\d.\-_/])\d+(?:\.\d+)?(?![\d.])")
_DATE_UNIT = {"月": 12, "日": 28, "号": 28}
_YEAR_SUFFIX = set("年EQH-/")


@lru_cache(maxsize=1)
def seed_material() -> dict:
    """Paragraphs of each seed, its sidecar row and its script."""
    with open(SEEDS_DIR / "seeds.csv", encoding="utf-8-sig", newline="") as fh:
        meta = {r["doc_id"]: r for r in csv.DictReader(fh)}
    seeds = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        lines = [ln for ln in path.read_text(encoding="utf-8").split("\n")]
        paras = [ln for ln in lines[1:] if ln.strip()]  # line 0 is the title
        row = meta.get(path.name, {})
        published = row.get("published") or "2024-01"
        seeds.append({
            "doc_id": path.name, "title": row.get("title") or lines[0].strip(), "paras": paras,
            "script": row.get("script") or "simplified", "kind": row.get("kind") or "research report",
            "year": int(published[:4]),
        })
    return {"seeds": seeds}


@lru_cache(maxsize=1)
def entity_aliases() -> dict[str, list[list[str]]]:
    """Aliases (two characters or more) of each entity, grouped by entity type."""
    by_type: dict[str, list[list[str]]] = {}
    with open(DATA_DIR / "entities.csv", encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            names = [a.strip() for a in (row.get("aliases") or "").split("|") if len(a.strip()) >= 2]
            if names:
                by_type.setdefault(row["type"], []).append(names)
    return by_type


def _swap_entities(text: str, rng: random.Random, mapping: dict[str, list[str]]) -> str:
    """Replace every entity the package's matcher finds by an entity of the same type."""
    from aigc_analysis.extract.lexicon import get_matcher

    by_type = entity_aliases()
    out, pos = [], 0
    for m in get_matcher().find(text):
        if m.start < pos or m.type not in by_type:
            continue
        if m.entity not in mapping:
            mapping[m.entity] = rng.choice(by_type[m.type])
        names = mapping[m.entity]
        # keep the script of the mention: a Chinese name becomes a Chinese name when there is one
        want_cjk = bool(_CJK.search(m.text))
        fitting = [n for n in names if bool(_CJK.search(n)) == want_cjk] or names
        out.append(text[pos:m.start])
        out.append(fitting[0])
        pos = m.end
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=1)
def publishers() -> list[str]:
    with open(DATA_DIR / "publishers.csv", encoding="utf-8-sig", newline="") as fh:
        return [r["name"] for r in csv.DictReader(fh) if r.get("name")]


def _redraw(match: re.Match, rng: random.Random, year_shift: int, text: str) -> str:
    s = match.group(0)
    after = text[match.end():match.end() + 1]
    value = float(s)
    if "." not in s and after in _YEAR_SUFFIX and (1990 <= value <= 2039 or (len(s) == 2 and 15 <= value <= 39)):
        return str(int(value) + year_shift)  # 2023年 / 23Q4 / 2024E move with the report's date
    if "." not in s and after in _DATE_UNIT and 1 <= value <= 31:
        return str(rng.randint(1, _DATE_UNIT[after]))
    decimals = len(s.split(".")[1]) if "." in s else 0
    new = value * rng.uniform(0.3, 3.0)
    if decimals == 0:
        return str(max(1, round(new)))
    return f"{new:.{decimals}f}"


def make_report(i: int, seed: int = 0) -> tuple[str, str, dict]:
    """Report ``i``: ``(doc_id, text, sidecar row)``; deterministic in ``(seed, i)``."""
    rng = random.Random(f"{seed}:{i}")
    seeds = seed_material()["seeds"]
    base = rng.choice(seeds)
    same_script = [s for s in seeds if s["script"] == base["script"]]
    target = int(rng.lognormvariate(0, 0.5) * MEAN_KB * 1000 / 1.13)  # lognormal mean = MEAN_KB
    target = min(max(target, 2_000), 60_000)

    published = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
    month_precision = rng.random() < 0.2
    year_shift = published.year - base["year"]

    # a run of the base seed's paragraphs (keeps headings, tables and their rows together),
    # then paragraphs drawn from seeds of the same script until the size is reached
    paras = base["paras"]
    start = rng.randrange(len(paras))
    chosen: list[str] = []
    size = 0
    k = start
    while size < target * 0.6 and k < len(paras):
        chosen.append(paras[k])
        size += len(paras[k].encode("utf-8"))
        k += 1
    while size < target:
        other = rng.choice(same_script)
        j = rng.randrange(len(other["paras"]))
        run = other["paras"][j:j + rng.randint(1, 4)]
        chosen.extend(run)
        size += sum(len(p.encode("utf-8")) for p in run)

    mapping: dict[str, list[str]] = {}

    def rewrite(text: str) -> str:
        text = _swap_entities(text, rng, mapping)
        return _NUMBER.sub(lambda m: _redraw(m, rng, year_shift, text), text)

    title = rewrite(base["title"])
    body = "\n".join(rewrite(p) for p in chosen)
    doc_id = f"syn_{i:06d}.txt"
    row = {
        "doc_id": doc_id,
        "publisher": rng.choice(publishers()),
        "title": title,
        "published": published.strftime("%Y-%m") if month_precision else published.isoformat(),
        "script": base["script"],
        "kind": base["kind"],
    }
    return doc_id, f"{title}\n\n{body}\n", row


def _write_one(args: tuple[int, int, str]) -> tuple[dict, int]:
    i, seed, out = args
    doc_id, text, row = make_report(i, seed)
    data = text.encode("utf-8")
    (Path(out) / doc_id).write_bytes(data)
    return row, len(data)


def make_corpus(n: int, out: Path, seed: int = 0, jobs: int = 0) -> tuple[int, float]:
    """Write ``n`` reports and their ``seeds.csv`` into ``out``; returns (bytes, seconds)."""
    t0 = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("syn_*.txt"):
        old.unlink()
    tasks = [(i, seed, str(out)) for i in range(n)]
    jobs = jobs or mp.cpu_count()
    if jobs > 1:
        with mp.get_context("fork").Pool(jobs) as pool:
            results = pool.map(_write_one, tasks, chunksize=64)
    else:
        results = [_write_one(t) for t in tasks]
    rows = [r for r, _ in results]
    with open(out / "seeds.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return sum(b for _, b in results), time.perf_counter() - t0


def _stamp(n: int, seed: int) -> str:
    return f"n={n} seed={seed} mean_kb={MEAN_KB}\n"


def ensure_corpus(n: int, out: Path = DEFAULT_OUT, seed: int = 0) -> Path:
    """Generate the corpus unless ``out`` already holds ``n`` reports of the same recipe."""
    stamp = out / ".generated"
    if stamp.exists() and stamp.read_text() == _stamp(n, seed):
        return out
    nbytes, secs = make_corpus(n, out, seed)
    stamp.write_text(_stamp(n, seed))
    print(f"generated {n} reports, {nbytes / 1e6:.1f} MB in {secs:.1f} s -> {out}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=10_000, help="number of reports (default 10000)")
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"folder (default {DEFAULT_OUT.relative_to(REPO)})")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--jobs", type=int, default=0, help="processes (default: all cores)")
    args = p.parse_args(argv)
    if args.n < 1:
        p.error("--n must be at least 1")
    nbytes, secs = make_corpus(args.n, args.out, args.seed, args.jobs)
    (args.out / ".generated").write_text(_stamp(args.n, args.seed))
    print(f"{args.n} reports, {nbytes / 1e6:.1f} MB in {secs:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
