"""``aigc-analysis lab``: JupyterLab on the project, every other argument passed to Jupyter.

``aigc-analysis lab --port 8899 --no-browser`` runs ``jupyter lab`` with the project folder as
its root (``notebooks/``, ``figures/``, ``seeds/`` side by side) and the given flags. As root
(containers, CI) ``--allow-root`` is added, and said, since Jupyter refuses root without it.
Once the server listens, the address to open, with its token, is printed on stdout. The command
stays in the foreground until the server ends; a SIGTERM or SIGHUP sent to it stops the server.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from ..paths import NOTEBOOKS_DIR, REPO_ROOT

#: Flags that already choose the server's root folder.
ROOT_FLAGS = ("--notebook-dir", "--ServerApp.root_dir", "--ServerApp.notebook_dir",
              "--NotebookApp.notebook_dir")
#: Flags that already allow root.
ALLOW_ROOT_FLAGS = ("--allow-root", "--ServerApp.allow_root")
#: Seconds to wait for the server's address before giving up on printing it.
START_TIMEOUT_S = 120


def _given(args: Sequence[str], flags: Sequence[str]) -> bool:
    return any(a == f or a.startswith(f + "=") for a in args for f in flags)


def is_root() -> bool:
    """True when running as the superuser (Jupyter then needs ``--allow-root``)."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def lab_command(args: Sequence[str], *, root: bool | None = None,
                python: str = sys.executable) -> tuple[list[str], list[str]]:
    """The ``jupyter lab`` command line for ``aigc-analysis lab ARGS`` and what to tell the user.

    Parameters
    ----------
    args : sequence of str
        Arguments after ``lab``, passed to Jupyter unchanged, except a leading ``--`` (it only
        ended ``aigc-analysis``'s own options).
    root : bool, optional
        Whether the user is root; default :func:`is_root`.
    python : str
        Interpreter that runs JupyterLab (the package's own).

    Returns
    -------
    (list of str, list of str)
        The command and the notes to print before starting it.

    Examples
    --------
    >>> cmd, notes = lab_command(["--", "--port", "8899"], root=True, python="py")
    >>> cmd[4:]
    ['--allow-root', '--port', '8899']
    """
    args = list(args)
    if args[:1] == ["--"]:
        args = args[1:]
    cmd = [python, "-m", "jupyterlab"]
    if not _given(args, ROOT_FLAGS):
        cmd.append(f"--ServerApp.root_dir={REPO_ROOT}")
    notes = []
    if (is_root() if root is None else root) and not _given(args, ALLOW_ROOT_FLAGS):
        cmd.append("--allow-root")
        notes.append("aigc-analysis lab: running as root, so Jupyter is started with "
                     "--allow-root")
    return cmd + args, notes


def runtime_dir() -> Path:
    """Jupyter's runtime folder, where a running server writes ``jpserver-PID.json``."""
    from jupyter_core.paths import jupyter_runtime_dir

    return Path(jupyter_runtime_dir())


def server_url(info: dict) -> str:
    """The address of the notebooks folder on a running server, token included."""
    url = str(info.get("url", "")).rstrip("/")
    root = Path(str(info.get("root_dir", "")))
    try:
        rel = NOTEBOOKS_DIR.relative_to(root).as_posix()
    except ValueError:
        rel = ""
    page = f"{url}/lab/tree/{rel}" if rel and rel != "." else f"{url}/lab"
    token = info.get("token") or ""
    return f"{page}?token={token}" if token else page


def wait_for_server(proc: subprocess.Popen, folder: Path,
                    timeout: float = START_TIMEOUT_S) -> dict | None:
    """The server info JSON of ``proc`` once it listens; None if it ended or took too long."""
    info_file = folder / f"jpserver-{proc.pid}.json"
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            info = json.loads(info_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # not written yet, or half written
            time.sleep(0.2)
            continue
        # the info file can appear a moment before the server accepts connections
        if _accepts(str(info.get("hostname") or "127.0.0.1"), int(info.get("port") or 0)):
            return info
        time.sleep(0.2)
    return None


def _accepts(host: str, port: int) -> bool:
    """True when something listens on ``host:port``."""
    if not port:
        return True  # no port in the info file: nothing to probe
    try:
        with socket.create_connection(("127.0.0.1" if host in ("0.0.0.0", "localhost", "") else host, port),
                                      timeout=1):
            return True
    except OSError:
        return False


def run_lab(args: Sequence[str]) -> int:
    """Start JupyterLab in the foreground; return its exit code."""
    cmd, notes = lab_command(args)
    for note in notes:
        print(note, file=sys.stderr, flush=True)
    folder = runtime_dir()
    proc = subprocess.Popen(cmd)

    def forward(signum, _frame):
        # Stopping this command by its PID stops the server too (it shuts its kernels down).
        if proc.poll() is None:
            proc.send_signal(signum)

    previous = {s: signal.signal(s, forward) for s in (signal.SIGTERM, signal.SIGHUP)}
    # Ctrl-C reaches the server directly (same process group): it asks to confirm, we wait.
    previous[signal.SIGINT] = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        info = wait_for_server(proc, folder)
        if info is not None:
            print(f"JupyterLab: {server_url(info)}", flush=True)
        return proc.wait()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
