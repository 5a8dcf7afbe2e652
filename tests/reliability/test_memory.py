"""Bounded memory on a huge single-line report (issue 6, case 5).

A 10 MB report on one line (no line break anywhere: the worst case for sentence splitting) is
loaded and extracted in a child process that reports its peak resident set size. The 50 MB
multi-line case takes minutes on two cores and is measured by ``bench/bench_memory.py``.
Measured on the 2-core dev machine: 10 MB single line ~35 s, peak ~400 MB.
"""
from __future__ import annotations

import importlib.util

from aigc_analysis.paths import REPO_ROOT

#: Generous bound: a leak or a quadratic copy on 10 MB would cross it.
PEAK_LIMIT_MB = 2048


def _bench():
    spec = importlib.util.spec_from_file_location("bench_memory", REPO_ROOT / "bench" / "bench_memory.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_10mb_single_line_in_bounded_memory(tmp_path):
    bench = _bench()
    path = bench.make_report(tmp_path / "one_line.txt", 10, single_line=True)
    assert b"\n" not in path.read_bytes() and path.stat().st_size > 9_900_000
    result = bench.measure_in_child(path, timeout=600)
    print(f"10 MB single line: peak RSS {result['peak_rss_mb']} MB "
          f"(after imports {result['rss_after_imports_mb']} MB), {result['seconds']} s, "
          f"{result['facts']} facts")
    assert result["documents"] == 1 and result["problems"] == []
    assert result["facts"] > 0
    assert result["peak_rss_mb"] < PEAK_LIMIT_MB
