"""Stored tables: CSV/Parquet and facts.sql written atomically and byte-reproducibly; SQL views
over the Parquet files (open_db, query, `aigc-analysis query`)."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pandas as pd
import pytest
from helpers_facts import gold_documents, gold_facts

from aigc_analysis.tables import store
from aigc_analysis.paths import FACT_COLUMNS, THEMES


@pytest.fixture(scope="module")
def tables():
    facts = gold_facts()
    docs = gold_documents()
    docs["boilerplate"] = [[(0, 3, "nav")] for _ in range(len(docs))]
    return facts, docs


@pytest.fixture(scope="module")
def written(tables, tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    return out, store.write_tables(*tables, out)


def test_writes_every_file_and_no_temp_files(written):
    out, paths = written
    assert sorted(p.name for p in paths.values()) == sorted(store.TABLE_FILES.values())
    assert sorted(p.name for p in out.iterdir()) == sorted(store.TABLE_FILES.values())


def test_facts_csv_has_schema_columns_first_and_round_trips(tables, written):
    facts, _ = tables
    out, paths = written
    header = paths["facts_csv"].read_text(encoding="utf-8").splitlines()[0].split(",")
    assert tuple(header[: len(FACT_COLUMNS)]) == FACT_COLUMNS
    back = pd.read_csv(paths["facts_csv"], encoding="utf-8")
    assert len(back) == len(facts)
    # Lossless float text: the CSV values equal the extracted floats exactly.
    assert sorted(back["value"].tolist()) == sorted(facts["value"].astype(float).tolist())
    assert "ERNIE Speed" in set(back["entity"])


def test_documents_csv_has_no_text_columns(written):
    _, paths = written
    header = paths["documents_csv"].read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "doc_id" in header
    assert not set(header) & set(store.DOCUMENT_TEXT_COLUMNS)


def test_parquet_round_trip(tables, written):
    facts, docs = tables
    out, _ = written
    back = store.read_facts(out)
    assert list(back.columns[: len(FACT_COLUMNS)]) == list(FACT_COLUMNS)
    assert len(back) == len(facts)
    assert back["value"].sum() == pytest.approx(facts["value"].sum())
    docs_back = store.read_documents(out)
    assert docs_back["boilerplate"].iloc[0] == [(0, 3, "nav")]
    expected = dict(zip(docs["doc_id"], docs["text"].str.len()))
    assert dict(zip(docs_back["doc_id"], docs_back["text"].str.len())) == expected
    assert list(docs_back["doc_id"]) == sorted(expected)


def test_csv_is_deterministic_whatever_the_input_order(tables, tmp_path):
    facts, docs = tables
    a = store.write_tables(facts, docs, tmp_path / "a")
    shuffled = facts.sample(frac=1.0, random_state=7)
    b = store.write_tables(shuffled, docs.iloc[::-1], tmp_path / "b")
    for key in ("facts_csv", "documents_csv"):
        assert a[key].read_bytes() == b[key].read_bytes()


def test_every_stored_file_is_byte_identical_for_the_same_frames(tables, tmp_path):
    facts, docs = tables
    a = store.write_tables(facts, docs, tmp_path / "a")
    b = store.write_tables(facts.copy(), docs.copy(), tmp_path / "b")
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(store.TABLE_FILES.values())  # no database file among them
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir())
    for key in store.TABLE_FILES:
        assert a[key].read_bytes() == b[key].read_bytes(), key
    # and a rewrite into the same folder leaves the same bytes
    before = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    store.write_tables(facts, docs, tmp_path / "a")
    assert {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()} == before


def test_facts_sql_names_the_parquet_files_by_relative_path(written):
    out, paths = written
    text = paths["views_sql"].read_text(encoding="utf-8")
    assert str(out) not in text and "facts.duckdb" not in text
    statements = [line for line in text.splitlines() if line and not line.startswith("--")]
    assert statements == [f"{s};" for s in store.views_sql()]
    assert "read_parquet('facts.parquet')" in text and "read_parquet('documents.parquet')" in text


def test_facts_sql_run_in_its_folder_gives_the_views(tables, written, monkeypatch):
    """What `cd FOLDER && duckdb -init facts.sql` does: the statements run with FOLDER current."""
    import duckdb

    facts, _ = tables
    out, paths = written
    monkeypatch.chdir(out)
    con = duckdb.connect()
    try:
        con.execute(paths["views_sql"].read_text(encoding="utf-8"))
        assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == len(facts)
        assert con.execute("SELECT count(*) FROM capex").fetchone()[0] == \
            int((facts["theme"] == "capex").sum())
    finally:
        con.close()


def test_facts_sql_from_another_folder_with_file_search_path(tables, written, tmp_path,
                                                             monkeypatch):
    """The README's other way: SET file_search_path to the folder, then read facts.sql."""
    import duckdb

    facts, _ = tables
    out, paths = written
    monkeypatch.chdir(tmp_path)
    con = duckdb.connect()
    try:
        con.execute(f"SET file_search_path = '{out}'")
        con.execute(paths["views_sql"].read_text(encoding="utf-8"))
        assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == len(facts)
    finally:
        con.close()


def test_views_over_the_parquet_files(tables, written):
    facts, _ = tables
    out, paths = written
    n_capex = int((facts["theme"] == "capex").sum())
    assert n_capex > 0
    stored = store.read_facts(out)
    for theme in THEMES:  # every theme's view answers, with exactly that theme's facts
        got = store.query(f'SELECT count(*) AS n FROM "{theme}"', out)
        assert int(got["n"].iloc[0]) == int((stored["theme"] == theme).sum()), theme
        assert int(got["n"].iloc[0]) == int((facts["theme"] == theme).sum()), theme
    with store.open_db(out) as con:
        views = {r[0] for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        assert views == set(THEMES) | {"facts", "documents"}
        assert con.execute("SELECT count(*) FROM duckdb_tables()").fetchone()[0] == 0
        n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == len(facts)
        # the theme views are the facts filtered by theme, row for row
        assert con.execute("SELECT * FROM pricing ORDER BY ALL").fetchall() == con.execute(
            "SELECT * FROM facts WHERE theme = 'pricing' ORDER BY ALL").fetchall()
    assert n_docs == 5


@pytest.mark.parametrize("form", ["folder", "facts.parquet", "documents.parquet"])
def test_open_db_takes_the_folder_or_a_parquet_file(tables, written, form):
    facts, _ = tables
    out, _ = written
    target = out if form == "folder" else out / form
    with store.open_db(target) as con:
        assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == len(facts)


def test_open_db_writes_nothing_beside_the_tables(written):
    out, _ = written
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    with store.open_db(out) as con:
        con.execute("SELECT count(*) FROM facts").fetchone()
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before


def test_a_stale_database_of_an_earlier_version_is_deleted(tables, tmp_path):
    facts, docs = tables
    (tmp_path / "facts.duckdb").write_bytes(b"old facts")
    (tmp_path / "facts.duckdb.wal").write_bytes(b"old log")
    store.write_tables(facts, docs, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(store.TABLE_FILES.values())


def test_a_database_of_an_earlier_version_still_opens(tables, tmp_path):
    import duckdb

    facts, _ = tables
    old = tmp_path / "facts.duckdb"
    con = duckdb.connect(str(old))
    con.register("facts_df", store._ordered_facts(facts))
    con.execute("CREATE TABLE facts AS SELECT * FROM facts_df")
    con.close()
    assert int(store.query("SELECT count(*) AS n FROM facts", old)["n"].iloc[0]) == len(facts)
    assert len(store.read_facts(old)) == len(facts)


def test_missing_table_and_db_errors_name_the_file(written, tmp_path):
    with pytest.raises(store.StoreError, match="facts.parquet"):
        store.read_facts(tmp_path)
    with pytest.raises(store.StoreError, match=r"facts\.parquet: no stored facts"):
        store.open_db(tmp_path)
    with pytest.raises(store.StoreError, match=r"facts\.duckdb: no facts database .*--db"):
        store.open_db(tmp_path / "facts.duckdb")
    out, _ = written
    shutil.copy(out / "facts.parquet", tmp_path / "facts.parquet")
    with pytest.raises(store.StoreError, match=r"documents\.parquet: no stored documents"):
        store.open_db(tmp_path)
    (tmp_path / "documents.parquet").write_text("not parquet")
    with pytest.raises(store.StoreError) as err:
        store.open_db(tmp_path)
    message = str(err.value)
    assert message.startswith(f"{tmp_path / 'documents.parquet'}: not a readable Parquet table (")
    assert "\n" not in message


def test_missing_columns_are_refused(tables, tmp_path):
    facts, docs = tables
    with pytest.raises(store.StoreError, match="quote"):
        store.write_tables(facts.drop(columns=["quote"]), docs, tmp_path)


def test_run_query_prints_table_csv_and_errors(written, capsys):
    out, paths = written
    sql = "SELECT entity, value FROM pricing WHERE metric = 'price_change' ORDER BY entity"
    assert store.run_query(sql, out) == 0
    text = capsys.readouterr().out
    assert "ERNIE Speed" in text and "entity" in text
    assert store.run_query(sql, paths["facts_parquet"], csv=True) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "entity,value"
    assert "ERNIE Speed,-1.0" in lines
    assert store.run_query("SELECT * FROM nope", out) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: query failed:") and err.count("\n") == 1


def test_open_db_left_open_makes_no_noise_at_exit(written):
    out, _ = written
    code = ("from aigc_analysis.tables.store import open_db\n"
            f"con = open_db({str(out)!r})\n"
            "print(con.execute('SELECT count(*) FROM facts').fetchone()[0])\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0
    assert int(proc.stdout) > 0
    assert proc.stderr == ""


# --- one read_facts: every stored form of the facts table reads back alike -------------------
def test_read_facts_reads_parquet_csv_and_duckdb_alike(written, tmp_path):
    import duckdb

    out, _ = written
    parquet = store.read_facts(out)
    # a facts.duckdb as earlier versions wrote it (a table made from the stored facts)
    con = duckdb.connect(str(tmp_path / "facts.duckdb"))
    con.execute(f"CREATE TABLE facts AS SELECT * FROM read_parquet('{out / 'facts.parquet'}')")
    con.close()
    for form in ("facts.csv", tmp_path / "facts.duckdb", "facts.parquet"):
        back = store.read_facts(out / form)
        assert list(back.columns) == list(parquet.columns), form
        assert back["value"].tolist() == parquet["value"].tolist(), form
        assert back["doc_id"].astype(str).tolist() == parquet["doc_id"].astype(str).tolist(), form
        assert back["start"].tolist() == parquet["start"].tolist(), form
        assert back["published"].tolist() == parquet["published"].tolist(), form


def test_read_facts_names_the_missing_file(tmp_path):
    with pytest.raises(store.StoreError, match=r"facts\.csv: no stored facts"):
        store.read_facts(tmp_path / "facts.csv")


def test_engine_and_store_share_one_read_facts():
    from aigc_analysis.pipeline import engine

    assert engine.read_facts is store.read_facts
