"""Shared helpers of the benchmark scripts: run a command, time it, read its peak memory."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
RESULT_PREFIX = "BENCH-RESULT "


@dataclass
class Run:
    """One measured command: wall seconds, peak memory of it and its descendants, output."""

    cmd: list[str]
    seconds: float
    peak_mb: float
    returncode: int
    stdout: str
    stderr: str
    cpu: float = 0.0  # user + system seconds of it and every descendant it waited for

    def result(self) -> dict:
        """The JSON a child printed on a ``BENCH-RESULT`` line (empty if none)."""
        for line in self.stdout.splitlines():
            if line.startswith(RESULT_PREFIX):
                return json.loads(line[len(RESULT_PREFIX):])
        return {}


def measure(cmd: list[str], *, cwd: Path = REPO, env: dict | None = None, check: bool = True) -> Run:
    """Run ``cmd`` and return its wall time and peak resident memory.

    The peak comes from ``wait4``: the largest of the process and every descendant it waited
    for (worker processes, notebook kernels), in MB.
    """
    full_env = {**os.environ, **(env or {})}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=full_env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    # read the pipes in threads so a chatty child cannot block on a full pipe
    import threading

    out: dict[str, str] = {}

    def drain(name, stream):
        out[name] = stream.read()

    threads = [threading.Thread(target=drain, args=(n, s)) for n, s in
               (("stdout", proc.stdout), ("stderr", proc.stderr))]
    for t in threads:
        t.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    for t in threads:
        t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    run = Run(cmd, seconds, usage.ru_maxrss / 1024, proc.returncode, out["stdout"], out["stderr"],
              usage.ru_utime + usage.ru_stime)
    if check and run.returncode != 0:
        tail = "\n".join(run.stderr.strip().splitlines()[-15:])
        raise SystemExit(f"failed ({run.returncode}): {' '.join(map(str, cmd))}\n{tail}")
    return run


def emit(result: dict) -> None:
    """Print a child's result for :meth:`Run.result`."""
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def self_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cores() -> int:
    """Cores this process may use (the package's own count, so figures and pools agree)."""
    from aigc_analysis.pipeline.workers import default_jobs

    return default_jobs()


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, e.g. ``3.10 2.50 1.90 (1, 5, 15 min; 2 cores)``."""
    if not hasattr(os, "getloadavg"):
        return "n/a"
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min; {cores()} cores){_autogroup_note()}"


def _autogroup_note() -> str:
    # Linux autogroup scheduling shares the CPU between sessions first: on a busy machine the
    # processes of one benchmark get one session's share however many there are.
    try:
        enabled = Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return ""
    return ("; Linux autogroup on: when other sessions keep the cores busy, this session's "
            "processes share one slice, so more worker processes gain wall time only on idle cores"
            if enabled else "")


def machine() -> str:
    import platform

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"Python {platform.python_version()}, {cores()} cores, load average {load:.2f} "
            f"(other work on the machine slows every figure)")
