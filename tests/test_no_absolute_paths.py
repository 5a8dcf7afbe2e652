"""No absolute path of a development machine in code, tests, scripts or docs."""
from __future__ import annotations

import re

from aigc_analysis.paths import REPO_ROOT

_MACHINE = re.compile(r"(?<![\w.])/(?:work|root|home/\w+)/")


def test_no_machine_paths_in_the_repository():
    offenders = []
    for folder in ("aigc_analysis", "tests", "scripts", "bench", "docs", "notebooks"):
        for path in (REPO_ROOT / folder).rglob("*"):
            if path.suffix not in {".py", ".md", ".sh", ".ipynb", ".cfg", ".toml", ".mjs", ".csv"}:
                continue
            if "node_modules" in path.parts:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            offenders += [f"{path.relative_to(REPO_ROOT)}: {m.group(0)}" for m in _MACHINE.finditer(text)
                          if path.name != "test_no_absolute_paths.py"]
    for name in ("README.md", "pyproject.toml", "run.sh", "test.sh"):
        text = (REPO_ROOT / name).read_text(encoding="utf-8")
        offenders += [f"{name}: {m.group(0)}" for m in _MACHINE.finditer(text)]
    assert not offenders, offenders
