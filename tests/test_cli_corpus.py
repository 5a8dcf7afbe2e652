"""``aigc-analysis corpus PATH``: table on stdout, problems on stderr, exit codes."""
from __future__ import annotations

import subprocess
import sys

import pytest

from aigc_analysis.paths import REPO_ROOT


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "aigc_analysis.pipeline.cli", "corpus", *map(str, args)],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=120,
    )


def test_seeds_table(seeds_dir, seed_sidecar):
    res = _run(seeds_dir)
    assert res.returncode == 0, res.stderr
    assert res.stderr == ""
    lines = res.stdout.splitlines()
    assert lines[0].split() == ["doc_id", "format", "publisher", "published", "script", "encoding", "chars"]
    assert len(lines) == 1 + len(seed_sidecar)
    for doc_id in seed_sidecar:
        assert any(line.startswith(doc_id) for line in lines)
    assert "traditional" in res.stdout and "2023-07-23" in res.stdout


@pytest.fixture
def mixed(tmp_path):
    (tmp_path / "good.txt").write_text("标题\n发布时间:2024-05-09\n华泰证券认为景气度提升。", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return tmp_path


def test_bad_files_reported_good_ones_listed(mixed):
    res = _run(mixed)
    assert res.returncode == 0
    assert "good.txt" in res.stdout and "2024-05-09" in res.stdout
    assert f"{mixed / 'empty.txt'}: empty file" in res.stderr
    assert f"{mixed / 'image.txt'}: binary file (PNG image)" in res.stderr
    assert "empty.txt" not in res.stdout


def test_nothing_loaded_exits_nonzero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    res = _run(tmp_path / "empty.txt", tmp_path / "missing.txt")
    assert res.returncode != 0
    assert f"{tmp_path / 'missing.txt'}: no such file or folder" in res.stderr
    assert "no document could be loaded" in res.stderr
    assert res.stdout == ""


def test_strict_fails_on_first_bad_file(mixed):
    res = _run("--strict", mixed)
    assert res.returncode != 0
    assert f"{mixed / 'empty.txt'}: empty file" in res.stderr
