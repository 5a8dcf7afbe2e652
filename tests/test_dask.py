"""The Dask engine: a LocalCluster of two worker processes gives the single-process facts."""
from __future__ import annotations

import importlib.util
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from aigc_analysis.pipeline import engine  # noqa: E402
from aigc_analysis.pipeline.extraction import extract_facts  # noqa: E402
from aigc_analysis.paths import REPO_ROOT, SEEDS_DIR  # noqa: E402

N_SYNTHETIC = 30


def _make_corpus_module():
    spec = importlib.util.spec_from_file_location("make_corpus", REPO_ROOT / "bench" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_corpus", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("synthetic")
    _make_corpus_module().make_corpus(N_SYNTHETIC, out, seed=3, jobs=1)
    return [SEEDS_DIR, out]


@pytest.fixture(scope="module")
def single_process(corpus) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return extract_facts(corpus)


@pytest.fixture(scope="module")
def cluster():
    # two worker processes, one thread each: the shape of a small real cluster
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cl:
        yield cl


def test_local_cluster_gives_the_single_process_facts_row_for_row(cluster, corpus, single_process, tmp_path):
    with distributed.Client(cluster) as client:
        summary = engine.extract_paths(corpus, tmp_path, engine="dask", scheduler=client,
                                       progress=False, files_per_partition=8)
    facts = engine.read_facts(tmp_path)
    assert len(facts) > 100
    pd.testing.assert_frame_equal(facts, single_process)
    assert summary.n_facts == len(single_process)
    assert summary.n_documents == 5 + N_SYNTHETIC and summary.engine == "dask"
    parts = sorted((tmp_path / engine.FACTS_NAME).glob("part.*.parquet"))
    assert len(parts) >= 4  # partitioned: 35 files at 8 per partition
    # each part is plain Parquet any tool can read; together they are the table
    pieces = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)
    assert len(pieces) == len(facts)
    # and SQL reads the parts: aigc-analysis query, and facts.sql by its glob
    from aigc_analysis.tables import store

    assert "read_parquet('facts.parquet/*.parquet')" in (tmp_path / "facts.sql").read_text()
    assert int(store.query("SELECT count(*) AS n FROM facts", tmp_path)["n"].iloc[0]) == len(facts)


def test_scheduler_address_string(cluster, corpus, single_process, tmp_path):
    summary = engine.extract_paths(corpus, tmp_path, engine="dask",
                                   scheduler=cluster.scheduler_address, progress=False)
    pd.testing.assert_frame_equal(engine.read_facts(tmp_path), single_process)
    docs = engine.read_documents(tmp_path)
    assert docs["doc_id"].tolist() == sorted(docs["doc_id"]) and len(docs) == summary.n_documents
    assert docs["n_facts"].sum() == len(single_process)


def test_dask_and_local_engines_write_the_same_tables(corpus, tmp_path):
    engine.extract_paths(corpus, tmp_path / "dask", engine="dask", jobs=2, progress=False)
    engine.extract_paths(corpus, tmp_path / "local", engine="local", jobs=2, progress=False)
    pd.testing.assert_frame_equal(engine.read_facts(tmp_path / "dask"), engine.read_facts(tmp_path / "local"))
    pd.testing.assert_frame_equal(engine.read_documents(tmp_path / "dask"),
                                  engine.read_documents(tmp_path / "local"))
    # a local run over an earlier Dask output replaces the folder of parts with one file
    engine.extract_paths(SEEDS_DIR, tmp_path / "dask", engine="local", jobs=1, progress=False)
    assert (tmp_path / "dask" / engine.FACTS_NAME).is_file()
    assert engine.read_facts(tmp_path / "dask")["doc_id"].nunique() == 5


def test_problems_come_back_from_the_workers(cluster, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "a.txt").write_bytes((SEEDS_DIR / "001_9bc9e0ef91f53f19.txt").read_bytes())
    summary = engine.extract_paths(corpus, tmp_path / "out", engine="dask",
                                   scheduler=cluster.scheduler_address, progress=False)
    assert summary.n_documents == 1 and summary.n_facts > 0
    assert any(p.endswith("empty.txt: empty file (0 bytes)") for p in summary.problems)


def test_bad_scheduler_is_one_line():
    with pytest.raises(engine.EngineError, match="scheduler must be an address"):
        engine.extract_paths(SEEDS_DIR, "unused", engine="dask", scheduler=8786)
