"""Notebooks sharing a pooled kernel see a fresh kernel's state (issue 18).

One kernel runs a notebook that changes everything a notebook can change (names, the
execution count, matplotlib settings and figures, warning filters, the working folder,
``sys.path``, the environment), then a notebook that checks none of it is left.
"""
from __future__ import annotations

import json

import nbformat

from aigc_analysis.pipeline.build import CELL_TIMEOUT_S
from aigc_analysis.pipeline.kernel_pool import ENGINE_NAME, Job, KernelPool

DIRTY = '''import os, sys, warnings
import matplotlib, matplotlib.pyplot as plt
leftover = 42
matplotlib.rcParams["lines.linewidth"] = 9.0
plt.figure()
warnings.simplefilter("ignore")
os.chdir("/")
sys.path.insert(0, "/nonexistent")
os.environ["AIGC_LEFTOVER"] = "1"
'''
CHECK = '''import os, sys, json, warnings
import matplotlib, matplotlib.pyplot as plt
print(json.dumps({
    "leftover": "leftover" in globals(),
    "linewidth": matplotlib.rcParams["lines.linewidth"],
    "figures": plt.get_fignums(),
    "ignored": ("ignore", None, Warning, None, 0) in warnings.filters,
    "cwd": os.getcwd(),
    "path": "/nonexistent" in sys.path,
    "env": "AIGC_LEFTOVER" in os.environ,
}))
'''


def _notebook(path, code):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(code)]
    nbformat.write(nb, path)


def test_second_notebook_in_a_kernel_sees_a_fresh_state(tmp_path):
    import papermill as pm

    _notebook(tmp_path / "a.ipynb", DIRTY)
    _notebook(tmp_path / "b.ipynb", CHECK)
    outputs, kernels = {}, []

    def job(name):
        def run(kernel, problem):
            assert kernel is not None, problem
            kernels.append(id(kernel))
            outputs[name] = pm.execute_notebook(
                str(tmp_path / f"{name}.ipynb"), str(tmp_path / f"{name}.out.ipynb"),
                kernel_name="python3", progress_bar=False, engine_name=ENGINE_NAME,
                execution_timeout=CELL_TIMEOUT_S, pooled=kernel)
            return True
        return Job(name, run)

    pool = KernelPool(1, cwd=tmp_path, warm_modules=("matplotlib.pyplot",),
                      matplotlib_inline=True).start()
    pool.submit(job("a"))
    pool.submit(job("b"))
    pool.close()
    assert len(set(kernels)) == 1, "both notebooks ran on the same kernel"
    cell = outputs["b"].cells[0]
    assert cell.execution_count == 1  # counted from 1 again, as in a new kernel
    seen = json.loads(cell.outputs[0]["text"])
    fresh_linewidth = 1.5  # matplotlib's default, untouched by the warm-up
    assert seen == {"leftover": False, "linewidth": fresh_linewidth, "figures": [],
                    "ignored": False, "cwd": str(tmp_path), "path": False, "env": False}


def test_a_kernel_that_cannot_start_fails_its_jobs_with_one_line(tmp_path):
    problems = []

    def run(kernel, problem):
        problems.append((kernel, problem))
        return False

    pool = KernelPool(1, cwd=tmp_path / "missing-folder").start()
    pool.submit(Job("x", run))
    pool.close()
    [(kernel, problem)] = problems
    assert kernel is None
    assert problem.startswith("kernel did not start: ") and "\n" not in problem


def test_a_closed_pool_leaves_no_event_loop_open(tmp_path):
    # nbclient gives each worker thread an event loop; the worker closes it when it ends,
    # or the loop's socket pair is reported unclosed when some later test collects it.
    import gc
    import warnings

    seen = []
    pool = KernelPool(1, cwd=tmp_path).start()
    pool.submit(Job("x", lambda kernel, problem: seen.append(kernel is not None) or True))
    pool.close()
    assert seen == [True]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
    unclosed = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert unclosed == []
