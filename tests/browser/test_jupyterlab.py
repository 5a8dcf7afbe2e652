"""Every notebook run through JupyterLab's UI in headless chromium, the way a person runs it.

One ``jupyter lab --no-browser`` server (127.0.0.1, token, free port) serves a copy of
``notebooks/`` beside a copy of the seeds, so the notebooks' default parameters (``../seeds``,
``../figures``) work and nothing is written into the committed notebooks. One driver run opens
each notebook from the file browser, clicks Run > Run All Cells, waits for the kernel, saves,
screenshots and shuts the kernel down. A planted copy with a failing cell runs in the same
session and must be reported: that is the proof the check can fail.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from browser_helpers import LabServer, copy_notebook_workspace, run_driver

from aigc_analysis.paths import NOTEBOOKS_DIR

pytestmark = pytest.mark.browser

#: Every committed notebook: the build's numbered ones and the theme template.
NOTEBOOKS = sorted(p.name for p in NOTEBOOKS_DIR.glob("*.ipynb"))
#: A copy of the first notebook with a failing cell inserted after its first code cells.
PLANTED = "zz_planted_error.ipynb"
PLANTED_ERROR = "PlantedFailure"
#: A figure call in a notebook: ``ctx.figure("capex_by_period")``.
FIGURE_CALL = re.compile(r"""\.figure\(\s*["'](\w+)["']""")
#: Chinese characters (the notebooks' titles are bilingual, Chinese first).
HAN = re.compile(r"[\u4e00-\u9fff]")
#: Seconds one notebook's run may take before the driver gives up on it.
CELL_TIMEOUT_S = 300


def plant_error(src: Path, dest: Path) -> None:
    """Copy notebook ``src`` to ``dest`` with a cell raising an error after the setup cell.

    Early, so the copy costs little to run, and cells after it remain to show Run All stopped.
    """
    nb = nbformat.read(src, as_version=4)
    bad = nbformat.v4.new_code_cell(
        f"class {PLANTED_ERROR}(Exception):\n    pass\n\n"
        f"raise {PLANTED_ERROR}('planted by tests/browser to prove the check fails')")
    code = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    assert len(code) >= 3, f"{src}: too few code cells to plant an error in"
    nb.cells.insert(code[1] + 1, bad)  # after the parameters and setup cells
    nbformat.write(nb, dest)


@pytest.fixture(scope="session")
def lab_run(chromium, chromium_env, tmp_path_factory):
    """Run all notebooks (and the planted one) in JupyterLab once; results by notebook name."""
    if not NOTEBOOKS:
        pytest.fail(f"no numbered notebooks in {NOTEBOOKS_DIR}")
    committed = {n: (NOTEBOOKS_DIR / n).read_bytes() for n in NOTEBOOKS}
    base = tmp_path_factory.mktemp("lab")
    root = copy_notebook_workspace(base / "work")
    plant_error(root / NOTEBOOKS[0], root / PLANTED)
    shots = base / "screenshots"
    shots.mkdir()
    server = LabServer(root, base / "jupyter-state")
    try:
        out = run_driver("lab_run_all.mjs", {
            "chromium": chromium, "base_url": server.base_url, "token": server.token,
            "notebooks": NOTEBOOKS + [PLANTED], "screenshot_dir": str(shots),
            "cell_timeout_s": CELL_TIMEOUT_S,
        }, chromium_env, base)
    finally:
        server.stop()
    # Kept beside the screenshots for whoever debugs a failure.
    (base / "lab-results.json").write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                           encoding="utf-8")
    by_name = {r["notebook"]: r for r in out["notebooks"]}
    return {"root": root, "figures": base / "work" / "figures", "results": by_name,
            "log": server.log, "committed": committed, "screenshots": shots}


def saved_errors(path: Path) -> list[str]:
    """``ename: evalue`` of every error output in the notebook JupyterLab saved."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    return [f"{o.get('ename')}: {o.get('evalue')}" for c in nb["cells"]
            for o in c.get("outputs", []) if o.get("output_type") == "error"]


def saved_image_count(path: Path) -> int:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return sum(1 for c in nb["cells"] for o in c.get("outputs", [])
               if any(k.startswith("image/") for k in o.get("data", {})))


def theme_figures(saved: Path) -> list[str]:
    """Figures the theme template draws for the theme its ``theme`` parameter names
    (``data/theme_sections.csv``); none for another notebook."""
    from aigc_analysis.pipeline.build import declared_parameters
    from aigc_analysis.pipeline.notebook_api import theme_page

    theme = declared_parameters(json.loads(saved.read_text(encoding="utf-8"))).get("theme")
    if not theme:
        return []
    return [s["name"] for s in theme_page(theme.strip("'\""))["sections"]
            if s["kind"] == "figure"]


def notebook_problems(result: dict, saved: Path, figures_dir: Path) -> list[str]:
    """Everything a person would see go wrong in one notebook's run (empty list: all good)."""
    name = result["notebook"]
    problems = []
    if result.get("driver_error"):
        return [f"{name}: the UI run did not finish: {result['driver_error']}"]
    if result.get("timed_out"):
        problems.append(f"{name}: cells still running after {CELL_TIMEOUT_S} s")
    problems += [f"{name}: error output {e}" for e in saved_errors(saved)]
    code = [c for c in result["cells"] if c["type"] == "code"]
    unrun = [i for i, c in enumerate(code) if not re.search(r"\d", c["prompt"])]
    if unrun:
        problems.append(f"{name}: code cells {unrun} never ran (Run All stopped early)")
    for i, c in enumerate(code):
        for o in c["outputs"]:
            if "Traceback" in o["text"] or re.search(r"^\w+(Error|Exception)\b", o["text"], re.MULTILINE):
                problems.append(f"{name}: cell {i} shows an error: {o['text'][:200]!r}")
    # Charts: every figure this notebook wrote to its figures folder is shown as an image.
    source = saved.read_text(encoding="utf-8")
    drawn = [f for f in dict.fromkeys(FIGURE_CALL.findall(source) + theme_figures(saved))
             if (figures_dir / f"{f}.png").exists()]
    images = [img for c in code for img in c["images"]]
    broken = [img for img in images if not img["loaded"]]
    if broken:
        problems.append(f"{name}: {len(broken)} chart image(s) did not load")
    if len(images) < len(drawn):
        problems.append(f"{name}: {len(drawn)} figures drawn ({', '.join(drawn)}) "
                        f"but {len(images)} image(s) shown")
    if len(images) != saved_image_count(saved):
        problems.append(f"{name}: page shows {len(images)} images, saved notebook has "
                        f"{saved_image_count(saved)}")
    problems += [f"{name}: dialog {d!r}" for d in result["dialogs"]]
    problems += [f"{name}: page error {e}" for e in result["page_errors"]]
    problems += [f"{name}: request left the machine: {u}" for u in result["blocked"]]
    return problems


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_clean_in_jupyterlab(lab_run, name):
    result = lab_run["results"][name]
    problems = notebook_problems(result, lab_run["root"] / name, lab_run["figures"])
    assert not problems, "\n".join(problems) + f"\n(server log: {lab_run['log']})"
    assert Path(result["screenshot"]).stat().st_size > 10_000


def test_charts_appear_in_jupyterlab(lab_run):
    """The seeds have data for charts: the notebooks together show some, all loaded."""
    shown = {n: sum(img["loaded"] for c in lab_run["results"][n]["cells"] for img in c["images"])
             for n in NOTEBOOKS}
    assert sum(shown.values()) >= 3, f"too few charts shown: {shown}"


def test_notebook_titles_render_with_cjk_font(lab_run):
    """The Chinese heading of each notebook is drawn with the CJK font, not boxes."""
    for name in NOTEBOOKS:
        result = lab_run["results"][name]
        title = result["title_text"] or ""
        assert HAN.search(title), f"{name}: heading {title!r} has no Chinese"
        cjk = sum(f["glyphCount"] for f in result["title_fonts"] or [] if "CJK" in f["familyName"])
        assert cjk >= len(HAN.findall(title)), \
            f"{name}: heading {title!r} drawn with {result['title_fonts']}"


def test_planted_error_is_reported(lab_run):
    """A notebook with a failing cell must fail the check (the harness can see errors)."""
    result = lab_run["results"][PLANTED]
    problems = notebook_problems(result, lab_run["root"] / PLANTED, lab_run["figures"])
    assert any(PLANTED_ERROR in p for p in problems), problems
    assert any("never ran" in p for p in problems), problems  # the cell after it did not run


def test_committed_notebooks_untouched(lab_run):
    """JupyterLab saved the copies (with outputs), never the committed notebooks."""
    for name in NOTEBOOKS:
        assert (NOTEBOOKS_DIR / name).read_bytes() == lab_run["committed"][name], \
            f"{name}: the committed notebook changed during the JupyterLab run"
        assert (lab_run["root"] / name).read_bytes() != lab_run["committed"][name], \
            f"{name}: the saved copy equals the committed notebook: the run saved nothing"
