"""Import time of ``aigc_analysis`` (target under 0.3 s) and of the modules behind the CLI.

Each import runs in a fresh interpreter (``--repeat`` times; the best and the median are
printed; interpreter start-up is not counted). Also prints which heavy libraries the import
pulled in (none should be: they load lazily), the wall time of ``aigc-analysis --help``
(a whole process) and, for the package itself, the slowest modules of ``python -X importtime``.

Usage::

    .venv/bin/python bench/bench_import.py [--repeat 7]
"""
from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import PYTHON, machine, measure  # noqa: E402

MODULES = ("aigc_analysis", "aigc_analysis.pipeline.cli", "aigc_analysis.pipeline.engine", "aigc_analysis.extract.facts",
           "aigc_analysis.pipeline.build")
HEAVY = ("numpy", "pandas", "pyarrow", "jieba", "opencc", "matplotlib", "seaborn", "duckdb",
         "pandera", "papermill", "dask", "distributed", "tqdm")

_CHILD = """
import sys, time
t0 = time.perf_counter()
import {module}
secs = time.perf_counter() - t0
sys.path.insert(0, {bench!r})
from _common import emit, self_peak_mb
emit({{"seconds": secs, "heavy": [m for m in {heavy!r} if m in sys.modules], "peak_mb": self_peak_mb()}})
"""


def time_import(module: str, repeat: int) -> dict:
    code = _CHILD.format(module=module, bench=str(Path(__file__).resolve().parent), heavy=HEAVY)
    runs = [measure([PYTHON, "-c", code]).result() for _ in range(repeat)]
    secs = [r["seconds"] for r in runs]
    return {"best": min(secs), "median": statistics.median(secs), "heavy": runs[0]["heavy"],
            "peak_mb": max(r["peak_mb"] for r in runs)}


def slowest_imports(module: str, top: int = 8) -> list[tuple[float, str]]:
    run = measure([PYTHON, "-X", "importtime", "-c", f"import {module}"])
    rows = []
    for line in run.stderr.splitlines():
        # "import time:  self [us] | cumulative | imported package"
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _self_us, cum_us, name = line[len("import time:"):].split("|")
        rows.append((int(cum_us) / 1e6, name.rstrip()))
    return sorted(rows, reverse=True)[:top]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeat", type=int, default=7)
    args = p.parse_args(argv)
    print(f"# import benchmark: best / median of {args.repeat} fresh interpreters; {machine()}")
    print(f"{'module':<24}{'best s':>8}{'median s':>10}{'peak MB':>9}  heavy libraries loaded")
    results = {}
    for module in MODULES:
        r = time_import(module, args.repeat)
        results[module] = r
        print(f"{module:<24}{r['best']:>8.3f}{r['median']:>10.3f}{r['peak_mb']:>9.0f}  "
              f"{', '.join(r['heavy']) or '-'}")
    cli = [measure([PYTHON, "-m", "aigc_analysis.pipeline.cli", "--help"]) for _ in range(3)]
    best_cli = min(c.seconds for c in cli)
    print(f"{'aigc-analysis --help':<24}{best_cli:>8.3f}{'':>10}{max(c.peak_mb for c in cli):>9.0f}  "
          "(whole process, interpreter start included)")
    top = results["aigc_analysis"]
    verdict = "meets" if top["median"] < 0.3 else "MISSES"
    print(f"import aigc_analysis: {top['median']:.3f} s median ({verdict} the 0.3 s target)")
    print("slowest modules under `import aigc_analysis.extract.facts` (cumulative s):")
    for secs, name in slowest_imports("aigc_analysis.extract.facts"):
        print(f"  {secs:>7.3f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
