"""Every path problem of a command is one line ``error: cannot CMD: PATH: problem``, exit 2.

Root passes every permission check, so ``/proc`` (where nothing can be created, whoever asks)
stands for an unwritable place; the checks probe, they do not trust permission bits.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from aigc_analysis import pathcheck
from aigc_analysis.pipeline import cli
from aigc_analysis.tables import store
from aigc_analysis.paths import SEEDS_DIR

HAS_PROC = Path("/proc/self").is_dir()
needs_proc = pytest.mark.skipif(not HAS_PROC, reason="no /proc on this system")


def run(capsys, *argv) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = cli.main([str(a) for a in argv])
    return code, capsys.readouterr().err.splitlines()


@needs_proc
@pytest.mark.parametrize("argv", [
    ["extract", SEEDS_DIR, "--out", "/proc/nope"],
    ["extract", SEEDS_DIR, "--out", "/proc/nope", "--jobs", "1"],
    ["build", "--out", "/proc/nope"],
])
def test_unwritable_out_is_one_line_exit_2(capsys, argv):
    code, err = run(capsys, *argv)
    assert code == 2
    assert err == [f"error: cannot {argv[0]}: /proc/nope: output folder cannot be created "
                   "(No such file or directory)"]


def test_out_under_a_file_names_the_file(capsys, tmp_path):
    blocker = tmp_path / "plain"
    blocker.write_text("x")
    code, err = run(capsys, "extract", SEEDS_DIR, "--out", blocker / "out")
    assert code == 2
    assert err == [f"error: cannot extract: {blocker / 'out'}: output folder cannot be created "
                   f"({blocker} is a file)"]


def test_query_without_stored_tables(capsys, tmp_path):
    code, err = run(capsys, "query", "SELECT 1", "--db", tmp_path)
    assert code == 2
    assert err == [f"error: cannot query: {tmp_path / 'facts.parquet'}: no stored facts "
                   "(run `aigc-analysis extract` or `aigc-analysis build` first)"]


def test_query_on_a_missing_database_of_an_earlier_version(capsys, tmp_path):
    code, err = run(capsys, "query", "SELECT 1", "--db", tmp_path / "facts.duckdb")
    assert code == 2
    assert err == [f"error: cannot query: {tmp_path / 'facts.duckdb'}: no facts database (the "
                   f"tables are stored as Parquet now: pass their folder, e.g. --db {tmp_path})"]


def test_query_on_a_file_that_is_not_a_database(capsys, tmp_path):
    bogus = tmp_path / "facts.duckdb"
    bogus.write_text("not a database")
    code, err = run(capsys, "query", "SELECT 1", "--db", bogus)
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"error: cannot query: {bogus}: not a readable DuckDB database (")


def test_query_on_a_file_that_is_not_parquet(capsys, tmp_path):
    (tmp_path / "facts.parquet").write_text("not parquet")
    (tmp_path / "documents.parquet").write_text("not parquet")
    code, err = run(capsys, "query", "SELECT 1", "--db", tmp_path)
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"error: cannot query: {tmp_path / 'facts.parquet'}: "
                             "not a readable Parquet table (")


def test_a_path_failing_mid_command_is_still_one_line(capsys, tmp_path, monkeypatch):
    """An OSError with a file name (disk full, permissions changed) names the path, exit 2."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("2024年6月3日\n微软2024年资本开支为550亿美元。", encoding="utf-8")
    target = tmp_path / "out" / "facts.csv"

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(store, "write_tables", refuse)
    code, err = run(capsys, "-q", "extract", corpus, "--out", tmp_path / "out")
    assert code == 2
    assert err[-1:] == [f"error: cannot extract: {target}: Permission denied"]
    assert not any(line.startswith("error:") for line in err[:-1])


@pytest.mark.parametrize("make, problem", [
    (lambda t: t, "output file is a folder, not a file"),
    (lambda t: (t / "f").write_text("x") and t / "f" / "x.xlsx",
     "output file cannot be written ({t}/f is a file, not a folder)"),
    (lambda t: t / "new" / "deeper" / "x.xlsx", None),
])
def test_output_file_problems_for_export(tmp_path, make, problem):
    path = make(tmp_path)
    found = pathcheck.output_file_problem(path)
    if problem is None:
        assert found is None and not (tmp_path / "new").exists()  # probed, not created
    else:
        assert str(found) == f"{path}: {problem.format(t=tmp_path)}"


@needs_proc
def test_output_file_under_proc():
    assert str(pathcheck.output_file_problem("/proc/nope/facts.xlsx")) == (
        "/proc/nope/facts.xlsx: output file cannot be written (No such file or directory)")


def test_report_prints_one_line_per_problem(capsys):
    code = pathcheck.report("export", [None, pathcheck.PathProblem("/x", "gone"), "bad --flag"])
    assert code == 2
    assert capsys.readouterr().err.splitlines() == ["error: cannot export: /x: gone",
                                                    "error: cannot export: bad --flag"]
    assert pathcheck.report("export", [None]) == 0
