"""CPU seconds of each notebook's work, as a pooled kernel does it, without a kernel (issue 18).

Runs the build's notebooks (the numbered ones and the theme template once per theme) cell by
cell in one IPython shell in this process, after the kernel pool's warm-up
(``kernel_pool.kernel_warm``) and with ``kernel_reset`` between notebooks, on the tables of an
existing build (``--tables``, default: a fresh extraction of the seeds into a temporary
folder). Prints the warm-up's and each notebook's ``time.process_time`` seconds and the total:
no kernel start, messaging or papermill, so the figures move much less with the machine's
load than ``bench_build_steps.py``'s. Figures are drawn into a temporary folder.

Usage::

    .venv/bin/python bench/bench_notebook_cpu.py [--tables BUILD_OUT]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, machine  # noqa: E402

sys.path.insert(0, str(REPO))


def run_once(tables: Path, figures: Path) -> dict[str, float]:
    from IPython.testing.globalipapp import start_ipython

    from aigc_analysis.pipeline import kernel_pool as kp
    from aigc_analysis.pipeline.build import notebook_runs

    shell = start_ipython()
    os.chdir(REPO / "notebooks")
    c0 = time.process_time()
    kp.kernel_warm(list(kp.WARM_IMPORTS), True)
    cpu = {"warm-up": time.process_time() - c0}
    for run in notebook_runs(REPO / "notebooks"):
        cells = json.loads(run.path.read_text(encoding="utf-8"))["cells"]
        params = (f"facts_path = {str(tables / 'facts.parquet')!r}\n"
                  f"figures_dir = {str(figures)!r}\nlang = 'zh'\n")
        if run.theme:
            params += f"theme = {run.theme!r}\n"
        kp.kernel_reset()
        c0 = time.process_time()
        for cell in cells:
            if cell["cell_type"] != "code":
                continue
            result = shell.run_cell("".join(cell["source"]), silent=False)
            if "parameters" in cell["metadata"].get("tags", []):
                shell.run_cell(params)
            if not result.success:
                raise SystemExit(f"{run.stem}: a cell failed: {result.error_in_exec!r}")
        cpu[run.stem] = time.process_time() - c0
    return cpu


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tables", type=Path, help="output folder of a build (its facts.parquet)")
    args = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-nbcpu-"))
    tables = args.tables
    if tables is None:
        from aigc_analysis.pipeline.build import extract_tables

        tables = work / "tables"
        extract_tables(REPO / "seeds", tables)
    print(f"# notebook CPU in one IPython shell; {machine()}")
    real_stdout = sys.stdout
    sys.stdout = open(os.devnull, "w")  # the cells' printed tables
    try:
        cpu = run_once(tables.resolve(), work / "figures")
    finally:
        sys.stdout.close()
        sys.stdout = real_stdout
    for name, secs in cpu.items():
        print(f"{name:<16}{secs:6.2f} s CPU")
    print(f"{'total':<16}{sum(cpu.values()):6.2f} s CPU; load average now {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
