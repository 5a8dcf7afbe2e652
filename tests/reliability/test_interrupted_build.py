"""Builds that are killed, run twice at once, or hit a failing notebook.

Stand-in notebooks keep this fast (the real ones are run by nbval): each writes one figure file
derived from the stored facts, and sleeps when a flag file exists so a build can be caught and
killed (SIGKILL, the whole process group, kernels included) while a notebook runs. Extraction is
the real one, on a one-report corpus.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import nbformat
import pytest
from reliability_helpers import FACT_SIMPLIFIED

from aigc_analysis.pipeline import build
from aigc_analysis.paths import REPO_ROOT

PARAMS = '''corpus: str = "../seeds"  # reports
facts_path: str = ""  # stored facts
figures_dir: str = "out"  # figures folder
lang: str = "zh"  # zh or en
theme: str = "{theme}"  # theme shown
'''
BODY = '''import hashlib, os, time
digest = hashlib.sha256(open(facts_path, "rb").read()).hexdigest()
with open(os.path.join(figures_dir, theme + "_demo.csv"), "w") as fh:
    fh.write(theme + "," + digest + "\\n")
if os.path.exists(os.path.join(corpus, "..", "slow.flag")):
    time.sleep(120)
'''
FAIL_BODY = 'raise RuntimeError("stand-in failure in " + theme)\n'

#: Files whose bytes are deterministic; every other output is checked for being whole.
def _deterministic(rel: str) -> bool:
    return (rel.endswith((".csv", ".parquet", ".sql", ".html"))) and not rel.startswith("notebooks/")


def make_notebook(path: Path, theme: str, body: str) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    params = nbformat.v4.new_code_cell(PARAMS.format(theme=theme))
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell(f"# Stand-in {theme}"), params,
                nbformat.v4.new_code_cell(body)]
    nbformat.write(nb, path)


@pytest.fixture
def project(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "report.txt").write_text(FACT_SIMPLIFIED, encoding="utf-8")
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    make_notebook(notebooks / "10_capex.ipynb", "capex", BODY)
    make_notebook(notebooks / "30_pricing.ipynb", "pricing", BODY)
    return tmp_path, corpus, notebooks


def _start(root: Path, corpus: Path, notebooks: Path) -> subprocess.Popen:
    code = textwrap.dedent(f"""
        import sys
        from aigc_analysis.pipeline.build import run_build
        sys.exit(run_build(corpus={str(corpus)!r}, out={str(root / 'out')!r}, lang="en", jobs=2,
                           figures_dir={str(root / 'figures')!r},
                           notebooks_dir={str(notebooks)!r}))
    """)
    # A session of its own: killing the group kills the kernels the build started.
    return subprocess.Popen([sys.executable, "-c", code], cwd=REPO_ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen, timeout: float = 180) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def _kill(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)


def _wait_for_line(proc: subprocess.Popen, text: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if text in line:
            return
        if not line and proc.poll() is not None:
            raise AssertionError(f"build ended before printing {text!r}: {proc.stderr.read()}")
    raise AssertionError(f"no {text!r} within {timeout} s")


def snapshot(root: Path) -> dict[str, bytes]:
    files = {}
    for base in ("out", "figures"):
        for p in sorted((root / base).rglob("*")):
            if p.is_file():
                files[str(p.relative_to(root))] = p.read_bytes()
    return files


def _visible(files: dict[str, bytes]) -> dict[str, bytes]:
    """Outputs a reader opens (hidden lock, temporary and staging names left out)."""
    return {k: v for k, v in files.items() if not any(part.startswith(".") for part in Path(k).parts)}


def _check_whole(files: dict[str, bytes]) -> None:
    for rel, data in _visible(files).items():
        if rel.endswith((".ipynb", ".json")):
            json.loads(data)  # a torn notebook or manifest would not parse
        assert not rel.endswith(".duckdb"), rel  # no database is stored (not reproducible)
        if rel.endswith(".parquet"):
            assert data[:4] == data[-4:] == b"PAR1", rel  # a torn file lacks its footer


def test_killed_builds_leave_good_outputs_and_the_next_build_recovers(project):
    root, corpus, notebooks = project
    code, _, err = _finish(_start(root, corpus, notebooks))
    assert code == 0, err
    first = _visible(snapshot(root))
    assert "figures/capex_demo.csv" in first and "out/facts.parquet" in first

    # A changed report: everything is rebuilt, and each build is killed at another moment.
    (corpus / "report.txt").write_text(FACT_SIMPLIFIED.replace("560", "580"), encoding="utf-8")
    (root / "slow.flag").write_text("")
    seen = []
    for delay in (0.5, 1.5, 3.0, "running"):
        proc = _start(root, corpus, notebooks)
        if delay == "running":
            _wait_for_line(proc, "running ")  # only the capex notebook depends on the change
            time.sleep(1.5)  # inside the notebook: its figure is staged, not published
        else:
            time.sleep(delay)
        _kill(proc)
        after = snapshot(root)
        _check_whole(after)
        visible = _visible(after)
        assert set(first) <= set(visible), set(first) - set(visible)  # nothing lost
        seen.append(visible)
    # Killed inside the notebooks: the published figures are still the previous good ones.
    assert seen[-1]["figures/capex_demo.csv"] == first["figures/capex_demo.csv"]

    # Two builds at once on the same output folder: the second is refused with a clear message.
    a = _start(root, corpus, notebooks)
    _wait_for_line(a, "running")
    b_code, _, b_err = _finish(_start(root, corpus, notebooks))
    assert b_code == 1
    assert f"another build is using {root / 'out'}" in b_err and b_err.count("\n") == 1
    _kill(a)

    # The next build recovers by itself: no manual cleanup.
    (root / "slow.flag").unlink()
    code, _, err = _finish(_start(root, corpus, notebooks))
    assert code == 0, err
    final = snapshot(root)
    leftovers = sorted(set(final) - set(_visible(final)) - {f"out/{build.LOCK_NAME}"})
    assert leftovers == [], "temporary files were left behind"
    for visible in seen:  # every file a killed build left is the old or the new good version
        for rel, data in visible.items():
            if _deterministic(rel):
                assert data in (first.get(rel), final.get(rel)), rel
    assert final["figures/capex_demo.csv"] != first["figures/capex_demo.csv"]  # really rebuilt


def test_a_failing_notebook_is_named_and_the_others_still_run(project, capsys):
    root, corpus, notebooks = project
    make_notebook(notebooks / "20_parameters.ipynb", "parameters", FAIL_BODY)
    # What a build killed earlier may have left: removed; a fresh figure temp file is kept
    # (a notebook run by hand may be saving it right now).
    stale = [root / "out" / ".facts.csv.x1.tmp", root / "out" / "notebooks" / ".10_capex.running.ipynb",
             root / "out" / "report" / ".index.html.x2.tmp", root / "figures" / ".a.svg.x3.tmp"]
    fresh = root / "figures" / ".b.svg.x4.tmp"
    for path in [*stale, fresh]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("partial")
    os.utime(stale[-1], (time.time() - 3600, time.time() - 3600))
    code = build.run_build(corpus=corpus, out=root / "out", lang="en", jobs=2,
                           figures_dir=root / "figures", notebooks_dir=notebooks)
    cap = capsys.readouterr()
    assert code == 1
    partial = root / "out" / "notebooks" / "20_parameters.ipynb"
    line = next(x for x in cap.err.splitlines() if "20_parameters failed at" in x)
    assert "cell 3" in line and "RuntimeError: stand-in failure in parameters" in line
    assert str(partial) in line and partial.exists()
    executed = nbformat.read(partial, as_version=4)
    failing = [c for c in executed.cells if c.cell_type == "code"
               and any(o.get("output_type") == "error" for o in c.outputs)]
    assert [c.source for c in failing] == [FAIL_BODY]
    for theme in ("capex", "pricing"):
        assert (root / "figures" / f"{theme}_demo.csv").exists()
    index = (root / "out" / "report" / "index.html").read_text(encoding="utf-8")
    assert 'class="failed"' in index and "10_capex.html" in index
    assert [p for p in stale if p.exists()] == [] and fresh.exists()
