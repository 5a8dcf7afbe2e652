"""The one file helper: atomic writes, the mode of new files, progress bars."""
from __future__ import annotations

import io
import os
import stat

import pytest

from aigc_analysis import files


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_failure_mid_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="disk gave up"):
        with files.atomic_path(target) as tmp:
            tmp.write_text("half a new ta", encoding="utf-8")
            raise RuntimeError("disk gave up")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert _leftovers(tmp_path) == []


def test_success_replaces_the_file_and_cleans_up(tmp_path):
    target = tmp_path / "sub" / "table.csv"  # the folder is created
    files.write_text(target, "a,b\n1,2\n")
    files.write_text(target, "a,b\n3,4\n")
    assert target.read_bytes() == b"a,b\n3,4\n"
    assert _leftovers(target.parent) == []


def test_write_text_is_utf8_with_newline_line_ends(tmp_path):
    target = tmp_path / "note.txt"
    files.write_text(target, "研报\n第二行\n")
    assert target.read_bytes() == "研报\n第二行\n".encode("utf-8")


def test_new_files_get_the_umask_mode_not_0600(tmp_path):
    target = tmp_path / "fig.png"
    files.write_bytes(target, b"\x89PNG")
    assert stat.S_IMODE(target.stat().st_mode) == files.FILE_MODE
    umask = os.umask(0o022)
    os.umask(umask)
    assert files.FILE_MODE == 0o666 & ~umask


def test_temporary_name_is_one_remove_leftovers_knows(tmp_path):
    with files.atomic_path(tmp_path / "facts.parquet") as tmp:
        assert tmp.parent == tmp_path
        assert tmp.name.startswith(".facts.parquet.") and tmp.name.endswith(".tmp")
        assert tmp.exists()


def test_wal_beside_a_failed_database_is_removed(tmp_path):
    with pytest.raises(ValueError):
        with files.atomic_path(tmp_path / "legacy.duckdb") as tmp:
            (tmp.parent / f"{tmp.name}.wal").write_bytes(b"log")
            raise ValueError("query failed")
    assert list(tmp_path.iterdir()) == []


def test_replace_folder_only_when_asked(tmp_path):
    target = tmp_path / "facts.parquet"
    target.mkdir()
    (target / "part-0.parquet").write_bytes(b"x")
    with pytest.raises(OSError):
        files.write_bytes(target, b"new")  # a folder is never removed unasked
    assert (target / "part-0.parquet").exists()
    with files.atomic_path(target, replace_folder=True) as tmp:
        tmp.write_bytes(b"new")
    assert target.is_file() and target.read_bytes() == b"new"


def test_copy_into_copies_bytes_under_the_same_name(tmp_path):
    src = tmp_path / "a" / "chart.svg"
    src.parent.mkdir()
    src.write_bytes(b"<svg/>")
    dest = files.copy_into(src, tmp_path / "b")
    assert dest == tmp_path / "b" / "chart.svg"
    assert dest.read_bytes() == b"<svg/>"


def test_progress_bar_silent_when_disabled_and_still_iterates(capsys):
    bar = files.progress_bar(3, desc="extract", unit="doc", enabled=False, iterable=[1, 2, 3])
    assert list(bar) == [1, 2, 3]
    assert capsys.readouterr().err == ""


def test_progress_bar_draws_on_stderr_when_enabled(monkeypatch):
    err = io.StringIO()
    monkeypatch.setattr("sys.stderr", err)
    with files.progress_bar(2, desc="notebooks", unit="nb") as bar:
        bar.update(2)
    assert "notebooks" in err.getvalue() and "2/2" in err.getvalue()


def test_show_progress_needs_a_terminal_enough_items_and_no_quiet(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stderr", Tty())
    assert files.show_progress(False, 20, minimum=20)
    assert not files.show_progress(False, 19, minimum=20)
    assert not files.show_progress(True, 50, minimum=20)
    monkeypatch.setattr("sys.stderr", io.StringIO())  # a pipe or CI log
    assert not files.show_progress(False, 50, minimum=20)
