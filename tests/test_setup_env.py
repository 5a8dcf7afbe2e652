"""``scripts/setup_env.sh`` installs the union of the extras once: ./test.sh then ./run.sh,
again and again, installs nothing more.

Runs the real script in a scratch copy of the project whose ``.venv`` holds stand-ins for
python and uv that only log their arguments (no network, no real install).
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from aigc_analysis.paths import REPO_ROOT

SCRIPT = REPO_ROOT / "scripts" / "setup_env.sh"
LOGGER = '#!/bin/sh\necho "$(basename "$0") $*" >> "$(dirname "$0")/../calls.log"\n'


@pytest.fixture
def project(tmp_path):
    if not SCRIPT.exists() or shutil.which("bash") is None:
        pytest.skip("scripts/setup_env.sh or bash missing")
    (tmp_path / "scripts").mkdir()
    shutil.copy2(SCRIPT, tmp_path / "scripts" / "setup_env.sh")
    shutil.copy2(REPO_ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("python", "uv"):
        (bin_dir / name).write_text(LOGGER)
        (bin_dir / name).chmod(0o755)
    return tmp_path


def setup(project: Path, extras: str = "") -> None:
    args = ["bash", str(project / "scripts" / "setup_env.sh")] + ([extras] if extras else [])
    subprocess.run(args, check=True, capture_output=True, timeout=60)


def installs(project: Path) -> list[str]:
    log = project / ".venv" / "calls.log"
    lines = log.read_text().splitlines() if log.exists() else []
    return [line.split()[-1] for line in lines if line.startswith("uv pip install")]


def test_test_then_run_installs_once(project):
    setup(project, "dev,scale")   # ./test.sh
    setup(project)                # ./run.sh
    setup(project, "dev,scale")
    setup(project)
    assert installs(project) == [".[dev,scale]"]


def test_run_then_test_installs_the_union_then_nothing(project):
    setup(project)
    setup(project, "scale")
    setup(project, "dev")
    setup(project)
    setup(project, "dev,scale")
    assert installs(project) == [".", ".[scale]", ".[dev,scale]"]


def test_a_changed_pyproject_reinstalls_with_the_extras_in_use(project):
    setup(project, "dev,scale")
    with open(project / "pyproject.toml", "a", encoding="utf-8") as fh:
        fh.write("\n# changed\n")
    setup(project)
    assert installs(project) == [".[dev,scale]", ".[dev,scale]"]
