"""Where a cold build's wall and CPU time go, step by step (issue 18).

Runs one cold build of the seeds' notebooks (``--jobs``, default 2) into a temporary folder,
in this process, with counters around the build's steps:

* the build process: extraction (imports included), the report font's stage-one cut, the
  provenance pages, the index's figures, each report page, the index, and papermill's own
  work per notebook (``time.thread_time`` of the thread doing it, and its wall seconds);
* each kernel: CPU seconds of its start and warm-up imports, and of every notebook it ran
  (read from ``/proc/PID/stat``, so Linux only).

Each line starts with the seconds since the build started, then the thread. The totals at the
end are the build process's CPU (``RUSAGE_SELF``) and its kernels' (``RUSAGE_CHILDREN``).
Wall seconds grow with the machine's load (printed first); CPU seconds much less.

Usage::

    .venv/bin/python bench/bench_build_steps.py [--jobs 2] [--keep DIR]
"""
from __future__ import annotations

import argparse
import functools
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import REPO, machine  # noqa: E402

sys.path.insert(0, str(REPO))
from aigc_analysis.pipeline import build as B  # noqa: E402
from aigc_analysis.pipeline import kernel_pool as K  # noqa: E402

LOG: list[tuple] = []
_LOCK = threading.Lock()
T0 = [0.0]

#: Build steps timed in the thread that runs them.
STEPS = ("extract", "prepare_page_font", "write_sources", "index_data", "write_page",
         "write_index", "run_notebook")


def log(*parts) -> None:
    with _LOCK:
        LOG.append((time.perf_counter() - T0[0], threading.current_thread().name, *parts))


def timed(cls, name: str) -> None:
    original = getattr(cls, name, None)
    if original is None:  # a step this version of the build does not have
        return

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        c0, w0 = time.thread_time(), time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            what = name
            if name in ("write_page", "run_notebook") and len(args) > 1:
                what += f" {getattr(args[1], 'name', getattr(args[1], 'stem', ''))}"
            log(what, time.thread_time() - c0, time.perf_counter() - w0)

    setattr(cls, name, wrapper)


def kernel_cpu(kernel) -> float:
    """User + system CPU seconds of a pooled kernel's process so far."""
    pid = kernel.km.provisioner.process.pid
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def instrument() -> None:
    for step in STEPS:
        timed(B.Build, step)
    start, shutdown = K.PooledKernel.start, K.PooledKernel.shutdown
    run_notebook = B.Build.run_notebook

    def kernel_start(self):
        w0 = time.perf_counter()
        start(self)
        log("kernel start + warm-up", kernel_cpu(self), time.perf_counter() - w0, "kernel")

    def kernel_shutdown(self):
        if self.km is not None:
            log("kernel total", kernel_cpu(self), None, "kernel")
        shutdown(self)

    def notebook(self, nb_path, declared, kernel, problem=""):
        c0 = kernel_cpu(kernel) if kernel is not None else 0.0
        w0 = time.perf_counter()
        res = run_notebook(self, nb_path, declared, kernel, problem)
        if kernel is not None and kernel.km is not None:
            log(f"notebook {nb_path.stem}", kernel_cpu(kernel) - c0, time.perf_counter() - w0,
                "kernel")
        return res

    K.PooledKernel.start = kernel_start
    K.PooledKernel.shutdown = kernel_shutdown
    B.Build.run_notebook = notebook


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--keep", type=Path, help="output folder to keep (default: a temporary one)")
    args = p.parse_args(argv)
    if not sys.platform.startswith("linux"):
        raise SystemExit("bench_build_steps reads kernel CPU from /proc: Linux only")
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-steps-"))
    out = work / "out"
    if out.exists():
        shutil.rmtree(out)
    print(f"# cold build steps, --jobs {args.jobs}, corpus seeds; {machine()}")
    instrument()
    T0[0] = time.perf_counter()
    code = B.run_build(corpus=REPO / "seeds", out=out, jobs=args.jobs,
                       figures_dir=out / "figures", quiet=True)
    wall = time.perf_counter() - T0[0]
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"{'at s':>6}  {'thread':<16}{'step':<34}{'CPU s':>7}{'wall s':>8}")
    for at, thread, what, cpu, secs, *where in LOG:
        cpu_txt = f"{cpu:7.2f}" + ("k" if where else " ")
        print(f"{at:6.2f}  {thread:<16}{what:<34}{cpu_txt}"
              + (f"{secs:7.2f}" if secs is not None else ""))
    print(f"build exit {code}: {wall:.1f} s wall; CPU {own.ru_utime + own.ru_stime:.1f} s in the "
          f"build process, {kids.ru_utime + kids.ru_stime:.1f} s in its kernels "
          f"(k: a kernel's CPU); load average now {os.getloadavg()[0]:.2f}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
