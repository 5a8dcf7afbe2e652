"""Helpers of the browser tests: Debian's chromium driven by playwright-core (npm).

The tests open what a person opens: the notebooks in a real JupyterLab server, and the built HTML
report from disk. The drivers (``*.mjs`` beside this file) only observe and print JSON; the
assertions live in the Python tests. Nothing here downloads a browser: chromium comes from the
Debian package (``scripts/install_browser.sh``), and without it every browser test is skipped
with a message that says how to install it.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat

from aigc_analysis.paths import NOTEBOOKS_DIR, SEEDS_DIR

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / "node_modules"
INSTALL_HINT = ("chromium not installed: run scripts/install_browser.sh "
                "(apt-get install chromium; npm install playwright-core)")
#: A driver run longer than this is a hung browser or kernel, not a slow machine.
DRIVER_TIMEOUT_S = 600


def find_chromium() -> str | None:
    """Debian's chromium binary (``$AIGC_CHROMIUM`` overrides), or None."""
    override = os.environ.get("AIGC_CHROMIUM")
    if override:
        return override if os.access(override, os.X_OK) else None
    return shutil.which("chromium")


def cjk_font_path() -> Path:
    """The CJK font file the package installs (PyPI ``noto-cjk-sans-otc``)."""
    import noto_cjk_sans_otc

    return Path(noto_cjk_sans_otc.FONT_PATH)


def system_has_cjk_font() -> bool:
    """True when fontconfig already knows a Chinese font outside our private font folder."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return False
    out = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True, check=False,
                         env={k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"})
    return bool(out.stdout.strip())


def browser_env(root: Path, with_cjk_font: bool = True) -> dict[str, str]:
    """Environment for a chromium process whose fontconfig sees the package's CJK font.

    The font is linked into a fresh ``$XDG_DATA_HOME/fonts`` (fontconfig reads
    ``$XDG_DATA_HOME/fonts`` by default); ``with_cjk_font=False`` gives the same layout without
    the font, the control run that shows the font check can fail.
    """
    data = root / "xdg-data"
    fonts = data / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    link = fonts / cjk_font_path().name
    if with_cjk_font and not link.exists():
        link.symlink_to(cjk_font_path())
    (root / "xdg-cache").mkdir(exist_ok=True)
    (root / "xdg-config").mkdir(exist_ok=True)
    env = dict(os.environ)
    env.update(XDG_DATA_HOME=str(data), XDG_CACHE_HOME=str(root / "xdg-cache"),
               XDG_CONFIG_HOME=str(root / "xdg-config"), NODE_PATH=str(NODE_MODULES))
    return env


def run_driver(script: str, job: dict, env: dict[str, str], workdir: Path) -> dict:
    """Run ``node tests/browser/SCRIPT JOB.json`` and return the JSON it prints."""
    job_file = workdir / f"{Path(script).stem}-job.json"
    job_file.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run(["node", str(HERE / script), str(job_file)], capture_output=True,
                          text=True, env=env, timeout=DRIVER_TIMEOUT_S, cwd=HERE, check=False)
    if proc.returncode != 0:
        raise AssertionError(f"{script} exited {proc.returncode}: {proc.stderr.strip()[-3000:]}")
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise AssertionError(f"{script} printed no result; stderr: {proc.stderr.strip()[-2000:]}")
    return json.loads(lines[-1])


# ---------------------------------------------------------------------------------------------
# JupyterLab
# ---------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _lab_settings(settings_dir: Path) -> None:
    """User settings of the test server: every cell in the DOM, no news pop-up."""
    tracker = settings_dir / "@jupyterlab" / "notebook-extension" / "tracker.jupyterlab-settings"
    tracker.parent.mkdir(parents=True, exist_ok=True)
    # Windowed notebooks leave off-screen cells out of the DOM; the test reads every output.
    tracker.write_text(json.dumps({"windowingMode": "none"}), encoding="utf-8")
    notes = settings_dir / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    notes.parent.mkdir(parents=True, exist_ok=True)
    notes.write_text(json.dumps({"fetchNews": "false", "checkForUpdates": False}),
                     encoding="utf-8")


class LabServer:
    """A ``jupyter lab --no-browser`` process on 127.0.0.1 serving ``root``."""

    def __init__(self, root: Path, state: Path):
        self.root = root
        self.port = free_port()
        self.token = secrets.token_hex(16)
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log = state / "jupyterlab.log"
        for name in ("config", "data", "runtime", "settings", "workspaces"):
            (state / name).mkdir(parents=True, exist_ok=True)
        _lab_settings(state / "settings")
        env = dict(os.environ)
        # Isolated Jupyter state: no user config, settings or workspaces leak into the test.
        env.update(JUPYTER_CONFIG_DIR=str(state / "config"),
                   JUPYTER_RUNTIME_DIR=str(state / "runtime"),
                   JUPYTERLAB_SETTINGS_DIR=str(state / "settings"),
                   JUPYTERLAB_WORKSPACES_DIR=str(state / "workspaces"),
                   MPLBACKEND="module://matplotlib_inline.backend_inline")
        jupyter = Path(sys.executable).with_name("jupyter")
        cmd = [str(jupyter), "lab", "--no-browser", "--allow-root", "--ip", "127.0.0.1",
               "--port", str(self.port), f"--ServerApp.token={self.token}",
               "--ServerApp.port_retries=0", "--LabApp.extension_manager=readonly",
               "--LabApp.news_url=None", f"--ServerApp.root_dir={root}"]
        # Open for the server's whole life; closed in stop().
        self._log_fh = open(self.log, "w", encoding="utf-8")  # noqa: SIM115
        self.proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=self._log_fh,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self._wait_ready()

    def _wait_ready(self, timeout_s: float = 60.0) -> None:
        deadline = time.monotonic() + timeout_s
        url = f"{self.base_url}/api/status?token={self.token}"
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited {self.proc.returncode}; "
                                   f"log {self.log}: {self.log.read_text()[-1500:]}")
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"jupyter lab not ready after {timeout_s:.0f} s; log {self.log}")

    def stop(self) -> None:
        """Shut the server down (REST first, so kernels stop cleanly; then the process group)."""
        if self.proc.poll() is None:
            req = urllib.request.Request(f"{self.base_url}/api/shutdown?token={self.token}",
                                         method="POST")
            try:
                urllib.request.urlopen(req, timeout=5).close()
                grace_s = 15.0
            except (urllib.error.URLError, OSError):
                grace_s = 0.1  # the REST shutdown failed: end the process group now
            try:
                self.proc.wait(timeout=grace_s)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=15)
        self._log_fh.close()


def copy_notebook_workspace(dest: Path) -> Path:
    """``dest/notebooks`` (copy of the committed notebooks), ``dest/seeds`` and ``dest/figures``.

    JupyterLab saves what it runs: the copy keeps outputs out of the committed notebooks. The
    copies' parameters name ``../seeds`` and ``../figures`` (relative to the notebook, as a
    person would edit them), so their figures land in ``dest/figures``, not in the project's.
    """
    shutil.copytree(NOTEBOOKS_DIR, dest / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    for path in (dest / "notebooks").glob("*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
        for default, local in (('corpus: str = ""', 'corpus: str = "../seeds"'),
                               ('figures_dir: str = "auto"', 'figures_dir: str = "../figures"')):
            assert params.source.count(default) == 1, f"{path.name}: no parameter {default!r}"
            params.source = params.source.replace(default, local)
        nbformat.write(nb, path)
    shutil.copytree(SEEDS_DIR, dest / "seeds")
    (dest / "figures").mkdir()
    return dest / "notebooks"


# ---------------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------------
def build_report(corpus: Path, out: Path, notebooks_dir: Path | None = None) -> Path:
    """``run_build`` into ``out`` (figures in ``out/figures``); return the report folder."""
    from aigc_analysis.pipeline.build import run_build

    rc = run_build(corpus=corpus, out=out, figures_dir=out / "figures", quiet=True,
                   notebooks_dir=notebooks_dir)
    assert rc == 0, f"aigc-analysis build of {corpus} exited {rc}"
    return out / "report"
