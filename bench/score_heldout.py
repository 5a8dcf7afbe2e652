"""Accuracy on report sets the extractor was not written against: extract each set, score it.

Each folder of ``bench/heldout/`` is a set of nine reports written by a helper who never read
the code, in genres the seeds and the dev set lack, with hand-labelled gold facts that follow
``../shared/gold/SCHEMA.md``: ``docs/`` (the reports in their own encodings), ``docs.csv``
(publisher, title, date, script, encoding: for scoring only), ``gold.csv`` and ``README.md``
(what each report is and what makes it hard). A set is written blind in one round, scored
before that round's fixes, and used to find classes of failure in later rounds: its figure
after that is no longer a measure of reports never seen.

The seeds and the dev set (``../shared`` beside the repository) are scored too when present.
Each set is extracted with ``aigc-analysis extract`` in a fresh process and scored with
``../shared/tools/score_facts.py``; without ``../shared`` (no scorer) the script says so and
stops. One line per set: recall, precision, entity and period accuracy, rows found of gold,
rows predicted, and the share of gold values found under any theme.

usage: .venv/bin/python bench/score_heldout.py [SET ...] [--out DIR] [--misses]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, load_average  # noqa: E402

SHARED = REPO.parent / "shared"
SCORER = SHARED / "tools" / "score_facts.py"
HELDOUT = REPO / "bench" / "heldout"
CLI = REPO / ".venv" / "bin" / "aigc-analysis"


def sets() -> dict[str, tuple[Path, Path]]:
    """Every set this checkout can score: name -> (documents folder, gold CSV)."""
    found = {
        "seeds": (REPO / "seeds", SHARED / "gold" / "seed_facts.csv"),
        "dev": (SHARED / "gold" / "dev" / "docs", SHARED / "gold" / "dev" / "gold.csv"),
    }
    for folder in sorted(HELDOUT.iterdir()) if HELDOUT.is_dir() else []:
        if (folder / "gold.csv").is_file() and (folder / "docs").is_dir():
            found[folder.name] = (folder / "docs", folder / "gold.csv")
    return {name: paths for name, paths in found.items() if paths[0].is_dir() and paths[1].is_file()}


def score(name: str, docs: Path, gold: Path, out: Path) -> dict:
    """Extract ``docs`` into ``out/name`` and score its facts against ``gold``."""
    target = out / name
    subprocess.run([str(CLI), "extract", str(docs), "--out", str(target), "-q"], check=True,
                   capture_output=True, text=True)
    result = subprocess.run([sys.executable, str(SCORER), str(gold), str(target / "facts.csv"), "--json"],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", help="set names (default: every set present)")
    parser.add_argument("--out", type=Path, help="keep each set's extracted facts here")
    parser.add_argument("--misses", action="store_true", help="list each set's missed gold rows")
    args = parser.parse_args()
    if not SCORER.is_file():
        print(f"score_heldout: {SCORER} not found: put the project's shared materials beside the repository")
        return 2
    available = sets()
    unknown = [name for name in args.sets if name not in available]
    if unknown:
        print(f"score_heldout: unknown set(s) {', '.join(unknown)}; present: {', '.join(available)}")
        return 2
    chosen = args.sets or list(available)
    print(f"load average {load_average()}")
    print(f"{'set':12s} recall precision entity period  found/gold predicted any-theme")
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        failed = []
        for name in chosen:
            try:
                s = score(name, *available[name], out)
            except subprocess.CalledProcessError as err:
                # one set that cannot be extracted or scored is named; the other sets still run
                detail = (err.stderr or err.stdout or "").strip().splitlines()
                print(f"{name:12s} failed: {detail[-1] if detail else err}")
                failed.append(name)
                continue
            print(f"{name:12s} {s['recall']:.3f}  {s['precision']:.3f}     {s['entity_accuracy']:.3f}  "
                  f"{s['period_accuracy']:.3f}  {s['found']:>4d}/{s['gold']:<4d} {s['predicted']:>9d} "
                  f"{s['value_found_any_theme']:.3f}")
            if args.misses:
                for miss in s["misses"]:
                    print(f"    miss: {miss}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
