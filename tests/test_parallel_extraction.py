"""extract(jobs=N) and extract_facts(jobs=N): worker processes, the same tables as one process.

The corpus is invented here: a dozen short reports with numbers, one in Traditional script,
an empty file, a file without a date and a sidecar with a bad date, so problems of every kind
and their order are compared too. ``MIN_PARALLEL_DOCS`` is lowered so the pool really runs.
"""
from __future__ import annotations

import os
import resource
import warnings

import pandas as pd
import pytest

from aigc_analysis.load.corpus import CorpusError, CorpusWarning, load_corpus
from aigc_analysis.pipeline import extraction
from aigc_analysis.pipeline.extraction import extract, extract_facts, pool_size
from aigc_analysis.pipeline.workers import Workers, chunksize, default_jobs, resolve_jobs

COMPANIES = ["星河科技", "远山半导体", "青禾云计算", "明湖数据"]


def _report(i: int) -> str:
    company = COMPANIES[i % len(COMPANIES)]
    return (f"东岳证券 2024年{i % 12 + 1}月{i % 27 + 1}日\n"
            f"{company}点评：算力需求持续增长\n"
            f"{company}2023年营业收入为{120 + i * 7}亿元，同比增长{10 + i}%。\n"
            f"公司预计2024年资本开支达到{30 + i}亿美元，毛利率为{40 + i % 9}.5%。\n"
            f"目标价{80 + i}元，维持买入评级。\n")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(12):
        (folder / f"r{i:02d}.txt").write_text(_report(i), encoding="utf-8")
    (folder / "r05.txt").write_text(_report(5).replace("资本开支", "資本開支").replace("营业收入", "營業收入"),
                                    encoding="utf-8")
    (folder / "r20_empty.txt").write_bytes(b"")
    (folder / "r21_undated.txt").write_text("星河科技营业收入为50亿元。\n", encoding="utf-8")
    (folder / "r22_undated.txt").write_text("没有数字的短评。\n", encoding="utf-8")
    (folder / "seeds.csv").write_text("doc_id,publisher,published\nr03.txt,东岳证券,2024-13-40\n",
                                      encoding="utf-8")
    return folder


@pytest.fixture
def pool_always(monkeypatch):
    """Let a pool start for any corpus of two documents or more."""
    monkeypatch.setattr(extraction, "MIN_PARALLEL_DOCS", 2)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def test_jobs_give_the_same_tables_and_problems(corpus, pool_always):
    one = extract(corpus, jobs=1)
    before = _children_cpu()
    two = extract(corpus, jobs=2)
    assert _children_cpu() > before, "jobs=2 ran no worker process"
    assert len(one.facts) >= 24
    pd.testing.assert_frame_equal(one.facts, two.facts)
    assert one.facts.to_csv(index=False) == two.facts.to_csv(index=False)
    pd.testing.assert_frame_equal(one.documents, two.documents)
    assert one.problems == two.problems
    assert any("empty" in p for p in one.problems) and any("sidecar" in p for p in one.problems)
    assert one.no_facts == two.no_facts and any("r22_undated" in p for p in one.no_facts)


def test_on_problem_and_progress_see_the_same_as_serial(corpus, pool_always):
    seen = {1: [], 2: []}
    paced = {1: [], 2: []}

    def progress_for(jobs):
        def wrap(records):
            for rec in records:
                paced[jobs].append(rec["doc_id"])
                yield rec
        return wrap

    for jobs in (1, 2):
        extract(corpus, jobs=jobs, on_problem=seen[jobs].append, progress=progress_for(jobs))
    assert seen[1] == seen[2] and len(seen[1]) >= 3
    assert paced[1] == paced[2] and len(paced[1]) == 14


def test_extract_facts_from_a_table_or_a_folder(corpus, pool_always):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        docs = load_corpus(corpus)
    expected = extract_facts(docs)
    pd.testing.assert_frame_equal(expected, extract_facts(docs, jobs=2))
    pd.testing.assert_frame_equal(expected, extract_facts(docs, jobs=0))
    for jobs in (1, 2):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", CorpusWarning)
            table = extract_facts(corpus, jobs=jobs)
        pd.testing.assert_frame_equal(expected, table)
        assert [str(w.message) for w in caught if w.category is CorpusWarning] == docs.attrs["problems"]


def test_strict_raises_the_same_first_problem(corpus, pool_always):
    messages = []
    for jobs in (1, 2):
        with pytest.raises(CorpusError) as info:
            extract(corpus, strict=True, jobs=jobs)
        messages.append(str(info.value))
    assert messages[0] == messages[1] and "sidecar" not in messages[0]


def test_a_small_corpus_stays_in_this_process(corpus):
    assert extraction.MIN_PARALLEL_DOCS > 2
    assert pool_size(extraction.MIN_PARALLEL_DOCS - 1, 8) == 1
    assert pool_size(extraction.MIN_PARALLEL_DOCS, 1) == 1
    assert pool_size(100, 3) == 3
    assert pool_size(100, 0) == min(100, default_jobs())
    assert pool_size(extraction.MIN_PARALLEL_DOCS, 64) == extraction.MIN_PARALLEL_DOCS
    single = corpus.parent / "single"
    single.mkdir()
    (single / "one.txt").write_text(_report(1), encoding="utf-8")
    before = _children_cpu()
    found = extract(single, jobs=4)
    assert _children_cpu() == before  # no pool for one document
    assert len(found.facts) >= 2


def test_jobs_must_not_be_negative(corpus):
    with pytest.raises(ValueError, match="jobs -1"):
        extract(corpus, jobs=-1)
    assert resolve_jobs(0) == default_jobs() >= 1
    assert resolve_jobs(3) == 3


def _pid_of(item: int) -> tuple[int, int]:
    return item, os.getpid()


def test_workers_keep_input_order_in_other_processes():
    items = list(range(50))
    with Workers(2) as workers:
        out = list(workers.imap(_pid_of, items))
    assert [i for i, _ in out] == items
    assert os.getpid() not in {pid for _, pid in out}
    with Workers(1) as workers:
        assert {pid for _, pid in workers.imap(_pid_of, items)} == {os.getpid()}


def test_chunks_balance_the_workers():
    assert chunksize(10, 2) == 1
    assert chunksize(160, 2) == 10
    assert chunksize(100_000, 4) == 32  # a bounded chunk however large the corpus


def test_warm_up_loads_what_the_first_unknown_name_would():
    """warm_up() leaves nothing to load on first use: after it, an unknown Chinese name is
    written in pinyin without importing anything (in a fresh interpreter, so earlier tests
    cannot have imported it)."""
    import subprocess
    import sys

    code = ("import sys; from aigc_analysis.pipeline.extraction import warm_up; warm_up(); "
            "before = set(sys.modules); from aigc_analysis.extract.names import english_name; "
            "print(english_name('岚峰科技')); print(sorted(set(sys.modules) - before))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    name, new_modules = out.stdout.splitlines()
    assert name == "Lanfeng Technology"
    assert new_modules == "[]"
