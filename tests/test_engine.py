"""The local extraction engine (process pool, streaming Parquet) and the corpus generator."""
from __future__ import annotations

import datetime as dt
import importlib.util
import re
import shutil
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

from aigc_analysis.pipeline import engine
from aigc_analysis.pipeline.extraction import extract_facts
from aigc_analysis.extract.facts import facts_frame
from aigc_analysis.load.corpus import CorpusError
from aigc_analysis.paths import FACT_COLUMNS, REPO_ROOT, SEEDS_DIR

N_SYNTHETIC = 24


def _load_make_corpus():
    spec = importlib.util.spec_from_file_location("make_corpus", REPO_ROOT / "bench" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_corpus", module)
    spec.loader.exec_module(module)
    return module


make_corpus = _load_make_corpus()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synthetic")
    make_corpus.make_corpus(N_SYNTHETIC, out, seed=0, jobs=1)
    return out


@pytest.fixture(scope="module")
def serial(synthetic) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_facts([SEEDS_DIR, synthetic])


@pytest.fixture(scope="module")
def parallel_run(synthetic, tmp_path_factory):
    out = tmp_path_factory.mktemp("parallel")
    summary = engine.extract_paths([SEEDS_DIR, synthetic], out, jobs=2, progress=False)
    return summary, out


# --- engine -----------------------------------------------------------------------------------
def test_process_pool_gives_the_serial_facts_row_for_row(parallel_run, serial):
    summary, out = parallel_run
    facts = engine.read_facts(out)
    assert len(facts) > 100
    pd.testing.assert_frame_equal(facts, serial)
    assert summary.n_facts == len(serial)
    assert summary.n_documents == summary.n_files == 5 + N_SYNTHETIC


def test_in_process_run_equals_the_pool(parallel_run, synthetic, tmp_path):
    _, out = parallel_run
    summary = engine.extract_paths([SEEDS_DIR, synthetic], tmp_path, jobs=1, progress=False,
                                   batch_rows=50)  # many small row groups
    assert summary.jobs == 1
    pd.testing.assert_frame_equal(engine.read_facts(tmp_path), engine.read_facts(out))
    pd.testing.assert_frame_equal(engine.read_documents(tmp_path), engine.read_documents(out))


def test_documents_table_has_metadata_not_texts(parallel_run, serial):
    summary, out = parallel_run
    docs = engine.read_documents(out)
    assert list(docs.columns) == list(engine.DOC_META_COLUMNS)
    assert "text" not in docs.columns
    assert docs["doc_id"].is_unique and len(docs) == summary.n_documents
    assert docs["n_facts"].sum() == len(serial)
    per_doc = serial.groupby("doc_id").size()
    assert (docs.set_index("doc_id")["n_facts"].loc[per_doc.index] == per_doc).all()
    assert all(isinstance(d, dt.date) for d in docs["published"])
    assert docs["n_bytes"].sum() == summary.n_bytes
    seed = docs.set_index("doc_id").loc["004_7e84af2a5ba35428.txt"]
    assert seed["boilerplate"].startswith("[[")  # span lists stored as JSON, as store.py does


def test_output_is_in_doc_id_order_whatever_the_input_order(synthetic, serial, tmp_path):
    summary = engine.extract_paths([synthetic, SEEDS_DIR], tmp_path, jobs=2, progress=False)
    docs = engine.read_documents(tmp_path)["doc_id"].tolist()
    assert docs == sorted(p.name for d in (synthetic, SEEDS_DIR) for p in d.glob("*.txt"))
    pd.testing.assert_frame_equal(engine.read_facts(tmp_path), serial)
    assert summary.n_documents == len(docs)


def test_parquet_types_are_fixed(parallel_run):
    import pyarrow.parquet as pq

    _, out = parallel_run
    schema = pq.read_schema(out / engine.FACTS_NAME)
    assert schema.names == list(FACT_COLUMNS)
    assert str(schema.field("published").type) == "date32[day]"
    assert str(schema.field("start").type) == "int64"
    assert pq.ParquetFile(out / engine.FACTS_NAME).metadata.num_rows == len(engine.read_facts(out))


def test_bad_files_are_reported_and_the_rest_extracted(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS_DIR / "001_9bc9e0ef91f53f19.txt", corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    summary = engine.extract_paths(corpus, tmp_path / "out", jobs=2, progress=False)
    assert summary.n_files == 3 and summary.n_documents == 1 and summary.n_facts > 0
    assert any(re.search(r"empty\.txt: empty file", p) for p in summary.problems)
    assert any(re.search(r"image\.txt: binary file \(PNG image\)", p) for p in summary.problems)
    with pytest.raises(CorpusError, match="empty.txt"):
        engine.extract_paths(corpus, tmp_path / "strict", jobs=1, progress=False, strict=True)
    assert not (tmp_path / "strict" / engine.FACTS_NAME).exists()  # nothing half-written


def test_bad_arguments_fail_with_one_line(tmp_path):
    with pytest.raises(engine.EngineError, match="engine 'spark' is not one of local, dask"):
        engine.extract_paths(SEEDS_DIR, tmp_path, engine="spark")
    with pytest.raises(engine.EngineError, match="needs engine='dask'"):
        engine.extract_paths(SEEDS_DIR, tmp_path, scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(engine.EngineError, match="jobs -1"):
        engine.extract_paths(SEEDS_DIR, tmp_path, jobs=-1)
    with pytest.raises(engine.EngineError, match="no report file to read .*nowhere: no such file"):
        engine.extract_paths(tmp_path / "nowhere", tmp_path / "out", progress=False)


def test_schema_breaking_rows_name_their_document(tmp_path, monkeypatch):
    import aigc_analysis.extract.facts as facts_module

    real = facts_module.extract_document

    def broken(doc):
        rows = real(doc)
        if doc["doc_id"].startswith("003") and rows:
            rows[0] = {**rows[0], "unit": "BTC"}
        return rows

    monkeypatch.setattr(facts_module, "extract_document", broken)
    with pytest.raises(engine.EngineError, match=r"^003_171d0b4a7f7a72ca\.txt: .*'unit'"):
        engine.extract_paths(SEEDS_DIR, tmp_path, jobs=1, progress=False)
    assert not list(tmp_path.glob("*.parquet")) and not list(tmp_path.glob(".*.tmp"))
    summary = engine.extract_paths(SEEDS_DIR, tmp_path, jobs=1, progress=False, validate=False)
    assert "BTC" in set(engine.read_facts(tmp_path)["unit"]) and summary.n_facts > 0


def test_a_rerun_replaces_the_output(parallel_run, tmp_path):
    engine.extract_paths(SEEDS_DIR / "001_9bc9e0ef91f53f19.txt", tmp_path, jobs=1, progress=False)
    first = engine.read_facts(tmp_path)
    engine.extract_paths(SEEDS_DIR, tmp_path, jobs=1, progress=False)
    again = engine.read_facts(tmp_path)
    assert set(first["doc_id"]) == {"001_9bc9e0ef91f53f19.txt"} and again["doc_id"].nunique() == 5
    assert sorted(p.name for p in tmp_path.iterdir()) == [engine.DOCUMENTS_NAME, engine.FACTS_NAME,
                                                         "facts.sql"]


def test_summary_reports_throughput_and_memory(parallel_run):
    summary, _ = parallel_run
    assert summary.seconds > 0 and summary.mb_per_s > 0
    assert summary.peak_rss_mb["self"] > 10 and summary.peak_rss_mb["children"] > 10
    text = str(summary)
    assert f"{summary.n_facts} facts from {summary.n_documents} of {summary.n_files} files" in text
    assert "[local, 2 jobs" in text


def test_empty_rows_make_an_empty_typed_table():
    frame = engine.facts_table_of([])
    assert list(frame.columns) == list(FACT_COLUMNS) and frame.empty
    pd.testing.assert_frame_equal(frame, facts_frame([]))


# --- corpus generator -------------------------------------------------------------------------
def test_generator_is_deterministic_and_prefix_stable():
    assert make_corpus.make_report(7) == make_corpus.make_report(7)
    assert make_corpus.make_report(7, seed=1) != make_corpus.make_report(7, seed=0)
    assert make_corpus.make_report(7)[1] != make_corpus.make_report(8)[1]


def test_generated_reports_vary_numbers_entities_and_dates(synthetic):
    seed_text = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS_DIR.glob("*.txt"))
    files = sorted(synthetic.glob("syn_*.txt"))
    assert len(files) == N_SYNTHETIC
    sidecar = pd.read_csv(synthetic / "seeds.csv", dtype=str, keep_default_na=False)
    assert sidecar["doc_id"].tolist() == [f.name for f in files]
    assert sidecar["published"].nunique() > N_SYNTHETIC // 2
    assert all(re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", p) for p in sidecar["published"])
    # numbers: most numbers of a report are not in the seeds as written
    numbers = re.findall(r"\d+\.\d+亿", "".join(f.read_text(encoding="utf-8") for f in files))
    assert numbers and sum(n not in seed_text for n in numbers) > len(numbers) / 2
    # entities: the reports name entities the seeds never name
    from aigc_analysis.extract.lexicon import get_matcher

    seed_entities = {m.entity for m in get_matcher().find(seed_text)}
    synth_entities = {m.entity for f in files for m in get_matcher().find(f.read_text(encoding="utf-8"))}
    assert len(synth_entities - seed_entities) > 10
    sizes = [f.stat().st_size for f in files]
    assert 2_000 <= min(sizes) and max(sizes) <= 80_000
