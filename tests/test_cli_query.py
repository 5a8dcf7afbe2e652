"""``aigc-analysis query SQL --db DIR``: SQL on the stored Parquet tables (no database file)."""
from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from helpers_facts import gold_documents, gold_facts

from aigc_analysis.paths import REPO_ROOT, THEMES
from aigc_analysis.tables import store


def _query(*args):
    return subprocess.run(
        [sys.executable, "-m", "aigc_analysis.pipeline.cli", "query", *map(str, args)],
        capture_output=True, text=True, cwd=REPO_ROOT, timeout=120,
    )


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    out = tmp_path_factory.mktemp("stored")
    facts = gold_facts()
    store.write_tables(facts, gold_documents(), out)
    return out, facts


def test_counts_per_theme_from_the_folder(stored):
    out, facts = stored
    res = _query("SELECT theme, count(*) AS n FROM facts GROUP BY theme ORDER BY theme",
                 "--db", out, "--csv")
    assert res.returncode == 0, res.stderr
    assert res.stderr == ""
    expected = facts["theme"].value_counts().sort_index()
    assert res.stdout == "theme,n\n" + "".join(f"{t},{n}\n" for t, n in expected.items())
    assert not (out / "facts.duckdb").exists()


def test_every_theme_view_on_the_command_line(stored):
    out, facts = stored
    union = " UNION ALL ".join(f"SELECT '{t}' AS view, count(*) AS n FROM \"{t}\""
                               for t in THEMES)
    res = _query(union + " ORDER BY view", "--db", out / "facts.parquet", "--csv")
    assert res.returncode == 0, res.stderr
    got = dict(line.split(",") for line in res.stdout.splitlines()[1:])
    assert {t: int(n) for t, n in got.items()} == \
        {t: int((facts["theme"] == t).sum()) for t in THEMES}


def test_documents_view_and_a_join(stored):
    out, facts = stored
    res = _query("SELECT count(DISTINCT d.doc_id) AS n FROM facts f JOIN documents d "
                 "USING (doc_id)", "--db", out, "--csv")
    assert res.returncode == 0, res.stderr
    assert res.stdout == f"n\n{facts['doc_id'].nunique()}\n"


def test_a_folder_of_parquet_parts(stored, tmp_path, monkeypatch):
    """What `extract --engine dask` stores: facts.parquet and documents.parquet as folders."""
    import duckdb

    out, facts = stored
    for name in ("facts.parquet", "documents.parquet"):
        table = pd.read_parquet(out / name)
        (tmp_path / name).mkdir()
        half = len(table) // 2
        table.iloc[:half].to_parquet(tmp_path / name / "part.0.parquet", index=False)
        table.iloc[half:].to_parquet(tmp_path / name / "part.1.parquet", index=False)
    res = _query("SELECT count(*) AS n FROM capex", "--db", tmp_path, "--csv")
    assert res.returncode == 0, res.stderr
    assert res.stdout == f"n\n{int((facts['theme'] == 'capex').sum())}\n"
    # facts.sql of that layout reads the parts by a glob, from the folder
    store.write_views_sql(tmp_path)
    monkeypatch.chdir(tmp_path)
    con = duckdb.connect()
    try:
        con.execute((tmp_path / "facts.sql").read_text(encoding="utf-8"))
        assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == len(facts)
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    finally:
        con.close()


def test_a_failing_query_is_one_line_exit_1(stored):
    out, _ = stored
    res = _query("SELECT nope FROM facts", "--db", out)
    assert res.returncode == 1
    assert res.stderr.startswith("error: query failed:") and res.stderr.count("\n") == 1
