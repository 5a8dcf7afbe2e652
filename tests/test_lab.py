"""``aigc-analysis lab``: Jupyter's own flags pass through, root works, the address is printed.

The server test starts the real command the way a user does (as root in CI), fetches the lab
page and the notebooks folder with the printed token, and stops the command by its PID.
"""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from aigc_analysis.pipeline import cli
from aigc_analysis.pipeline.lab import lab_command
from aigc_analysis.paths import NOTEBOOKS_DIR, REPO_ROOT

URL_LINE = re.compile(r"^JupyterLab: (http://\S+\?token=(\w+))$", re.MULTILINE)
START_TIMEOUT_S = 90


def lab_args(*argv: str) -> list[str]:
    """What ``aigc-analysis ARGV`` hands to ``jupyter lab``."""
    own, rest = cli._split_lab(list(argv))
    args = cli.build_parser().parse_args(own)
    assert args.func is cli._cmd_lab
    return lab_command(rest if rest is not None else args.lab_args, root=False, python="py")[0]


def test_unknown_flags_go_to_jupyter_in_order():
    assert lab_args("lab", "--port", "8899", "--no-browser")[3:] == [
        f"--ServerApp.root_dir={REPO_ROOT}", "--port", "8899", "--no-browser"]
    assert lab_args("-q", "lab", "--ServerApp.token=abc")[-1] == "--ServerApp.token=abc"


def test_a_leading_double_dash_is_not_passed_on():
    assert lab_args("lab", "--", "--port", "8899")[-2:] == ["--port", "8899"]
    assert "--" not in lab_args("lab", "--", "--no-browser")
    # a later `--` is Jupyter's own (files to open after it)
    assert lab_args("lab", "--no-browser", "--", "x.ipynb")[-3:] == ["--no-browser", "--", "x.ipynb"]


def test_allow_root_added_once_and_only_for_root():
    cmd, notes = lab_command(["--port", "1"], root=True, python="py")
    assert cmd.count("--allow-root") == 1 and "--allow-root" in notes[0]
    cmd, notes = lab_command(["--allow-root"], root=True, python="py")
    assert cmd.count("--allow-root") == 1 and not notes
    cmd, notes = lab_command([], root=False, python="py")
    assert "--allow-root" not in cmd and not notes


def test_a_root_folder_given_by_the_user_wins():
    cmd, _ = lab_command(["--notebook-dir=/srv/nb"], root=False, python="py")
    assert not any(a.startswith("--ServerApp.root_dir") for a in cmd)


def test_other_commands_still_reject_unknown_flags(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["corpus", "--port", "8899", "seeds"])
    assert info.value.code == 2 and "unrecognized arguments: --port" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, b""


@pytest.fixture
def lab_server(tmp_path):
    """``aigc-analysis lab --port P --no-browser`` running; (process, URL line, stderr path)."""
    exe = Path(sys.executable).with_name("aigc-analysis")
    if not exe.exists():
        pytest.skip(f"{exe} is not installed (run scripts/setup_env.sh)")
    port = _free_port()
    env = dict(os.environ)
    # A private Jupyter state: no user settings, workspaces or other servers get involved.
    for var, sub in (("JUPYTER_RUNTIME_DIR", "runtime"), ("JUPYTER_CONFIG_DIR", "config"),
                     ("JUPYTER_DATA_DIR", "data"), ("JUPYTERLAB_WORKSPACES_DIR", "ws")):
        env[var] = str(tmp_path / sub)
    err_path = tmp_path / "lab.err"
    with open(err_path, "wb") as err:
        proc = subprocess.Popen([str(exe), "lab", "--port", str(port), "--no-browser"],
                                stdout=subprocess.PIPE, stderr=err, env=env, cwd=tmp_path,
                                text=True, start_new_session=True)
    try:
        yield proc, port, err_path
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # only when the test failed before stopping it
            proc.wait(timeout=30)


def test_lab_serves_the_notebooks_and_stops_by_pid(lab_server):
    proc, port, err_path = lab_server
    deadline = time.monotonic() + START_TIMEOUT_S
    line = ""
    while time.monotonic() < deadline and not URL_LINE.match(line):
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
    match = URL_LINE.match(line.rstrip("\n"))
    assert match, f"no address printed; stderr: {err_path.read_text()[-2000:]}"
    url, token = match.groups()
    assert f":{port}/" in url and "/lab" in url
    stderr = err_path.read_text()
    if os.geteuid() == 0:
        assert "running as root, so Jupyter is started with --allow-root" in stderr
    base = url.split("/lab", 1)[0]

    status, page = _get(f"{base}/lab?token={token}")
    assert status == 200 and b"JupyterLab" in page
    status, body = _get(f"{base}/api/contents/notebooks?token={token}")
    assert status == 200
    names = {item["name"] for item in json.loads(body)["content"]}
    assert {p.name for p in NOTEBOOKS_DIR.glob("*.ipynb")} <= names
    assert _get(f"{base}/api/contents/notebooks")[0] == 403  # the token is needed

    server_pid = json.loads(next((Path(err_path.parent / "runtime")).glob("jpserver-*.json"))
                            .read_text())["pid"]
    proc.send_signal(signal.SIGTERM)  # stop the command by its PID: the server goes with it
    assert proc.wait(timeout=60) == 0
    with pytest.raises(ProcessLookupError):
        for _ in range(100):
            os.kill(server_pid, 0)
            time.sleep(0.1)
