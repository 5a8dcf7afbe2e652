"""A document the extractor fails on is reported by name and costs no other document's facts."""
from __future__ import annotations

import math
import re
import subprocess
import sys
import warnings
from datetime import date

import pandera.errors
import pytest

import aigc_analysis.extract.facts as facts_module
from aigc_analysis.extract.periods import find_periods
from aigc_analysis.load.corpus import CorpusError, CorpusWarning
from aigc_analysis.pipeline import engine
from aigc_analysis.pipeline.extraction import extract, extract_facts
from aigc_analysis.paths import REPO_ROOT

GOOD = "2031年3月10日\n岚峰科技2030年营收为120亿元，同比增长25%。\n"
BAD = "2031年3月10日\n星岩智能2030年营收为80亿元，同比增长10%。\n"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """Nine reports (enough for a worker pool); the extractor raises on ``bad.txt`` only."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(8):
        (folder / f"good{i}.txt").write_text(GOOD, encoding="utf-8")
    (folder / "bad.txt").write_text(BAD, encoding="utf-8")
    real = facts_module.extract_document

    def fragile(doc):
        if "星岩" in doc["text"]:
            raise ValueError("an invented extractor bug")
        return real(doc)

    monkeypatch.setattr(facts_module, "extract_document", fragile)
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_failing_document_is_named_and_the_rest_extracted(corpus, jobs):
    lines = []
    found = extract(corpus, on_problem=lambda p: lines.append(str(p)), jobs=jobs)
    assert sorted(found.facts["doc_id"].unique()) == [f"good{i}.txt" for i in range(8)]
    assert len(found.documents) == 9  # the document itself stays in the documents table
    assert len(lines) == 1 and re.fullmatch(
        r".*bad\.txt: extraction failed \(ValueError: an invented extractor bug\); its facts are left out",
        lines[0])
    assert [str(p) for p in found.problems] == lines


def test_strict_stops_at_the_failing_document(corpus):
    with pytest.raises(CorpusError, match=r"bad\.txt: extraction failed") as info:
        extract(corpus, strict=True, jobs=1)
    # the extractor's own exception travels with it, so the traceback shows where it failed
    assert isinstance(info.value.__cause__, ValueError)
    assert str(info.value.__cause__) == "an invented extractor bug"


def test_extract_facts_warns_and_keeps_the_rest(corpus):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = extract_facts(corpus)
    assert table["doc_id"].nunique() == 8
    assert any(issubclass(w.category, CorpusWarning) and "bad.txt: extraction failed" in str(w.message)
               for w in caught)


def test_streaming_engine_reports_it_too(corpus, tmp_path):
    summary = engine.extract_paths(corpus, tmp_path / "out", jobs=1, progress=False)
    assert summary.n_documents == 9 and summary.n_facts > 0
    assert any(re.search(r"bad\.txt: extraction failed \(ValueError", p) for p in summary.problems)


@pytest.mark.parametrize("text", ["公司于6月31日发布新品，收入100亿元", "2030年2月30日，营收增长20%",
                                  "2030-04-31公告"])
def test_a_day_not_in_the_calendar_is_no_period(text):
    values = [p.value for p in find_periods(text, date(2030, 7, 5))]
    assert not any(re.fullmatch(r"\d{4}-(02-3[01]|0[469]-31|11-31)", v) for v in values), values


def test_a_typoed_day_does_not_stop_extraction(tmp_path):
    (tmp_path / "r.txt").write_text("2030年7月5日\n岚峰科技自6月31日起将API价格下调50%，营收为100亿元。\n",
                                    encoding="utf-8")
    found = extract(tmp_path / "r.txt", on_problem=lambda p: pytest.fail(str(p)))
    assert {0.5, -0.5} & set(found.facts["value"].abs().tolist() + found.facts["value"].tolist())
    assert found.facts["period"].fillna("").str.fullmatch(r"\d{4}-06-31").sum() == 0


def test_rows_breaking_the_schema_cost_only_their_document(tmp_path, monkeypatch):
    for i in range(3):
        (tmp_path / f"good{i}.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    real = facts_module.extract_document

    def nameless(doc):
        rows = real(doc)
        if "星岩" in doc["text"]:
            for row in rows:
                row["entity"] = ""  # an invented naming bug
        return rows

    monkeypatch.setattr(facts_module, "extract_document", nameless)
    lines = []
    found = extract(tmp_path, on_problem=lambda p: lines.append(str(p)), jobs=1)
    assert sorted(found.facts["doc_id"].unique()) == ["good0.txt", "good1.txt", "good2.txt"]
    assert len(lines) == 1 and re.match(r".*bad\.txt: extracted facts break the schema \(.*entity", lines[0])
    with pytest.raises(pandera.errors.SchemaError, match="entity"):
        extract(tmp_path, strict=True, jobs=1)


def test_a_legal_name_after_a_bracketed_place_gives_no_empty_entity(tmp_path):
    (tmp_path / "r.txt").write_text("2031年12月5日 某券商\n12月5日，岚峰智能科技（北京）股份有限公司在科创板上市。"
                                    "公司公开发行7000万股，募资总额约80亿元。\n", encoding="utf-8")
    found = extract(tmp_path / "r.txt", strict=True)
    assert len(found.facts) >= 2 and (found.facts["entity"].str.len() > 0).all()
    assert found.facts["entity"].str.startswith("Lanfeng").all()
@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_a_publication_date_outside_the_dated_years_anchors_no_period(tmp_path, published):
    # a sidecar's 9999-12-31 had made 明天 'date value out of range' and 明年 the period '10000',
    # which failed the facts schema for the whole corpus
    (tmp_path / "r.txt").write_text("明天起岚峰科技API价格下调50%。明年营收将达100亿元，下周用户数达100万。\n",
                                    encoding="utf-8")
    (tmp_path / "seeds.csv").write_text(f"doc_id,published\nr.txt,{published}\n", encoding="utf-8")
    found = extract(tmp_path, on_problem=lambda p: pytest.fail(str(p)))
    assert len(found.facts) and set(found.facts["period"].fillna("")) == {""}


@pytest.mark.parametrize("text", ["2023年2月29日2当日", "回顾2023年，2月29日当日股价上涨5%"])
def test_a_leap_day_given_a_common_year_by_its_context_is_no_period(text):
    # 2月29日 read with the year before it (2023) was '2023-02-29', and 当日 after it then
    # stopped the document with 'day is out of range for month'
    values = [p.value for p in find_periods(text, date(2024, 9, 1))]
    assert "2023-02-29" not in values, values


def _rows(text):
    doc = {"doc_id": "r.txt", "text": text, "text_simplified": None, "boilerplate": [],
           "published": date(2030, 7, 5), "publisher": None, "title": None}
    return facts_module.extract_document(doc)


@pytest.mark.parametrize("text", ["岚峰服务器出货量－" + "9" * 320 + "台，营收100亿元",
                                  "岚峰科技营收为100-" + "9" * 320 + "亿元，净利润为100亿元"])
def test_a_number_past_what_a_float_holds_is_no_fact(text):
    # hundreds of digits had become a value (or value_high) of inf, which the facts schema
    # refuses for the whole corpus
    rows = _rows(text)
    assert any(r["value"] == 1e10 for r in rows)  # the figure beside the long number is still read
    assert all(math.isfinite(r["value"]) and not math.isinf(r["value_high"]) for r in rows)


def test_a_company_word_alone_is_no_empty_entity():
    # 公司 after 上市公司 was a company whose English name is empty: an empty entity fails the
    # facts schema for the whole corpus
    rows = _rows("A股上市公司公司2030开支10亿元")
    assert rows and all(r["entity"] for r in rows)


def test_a_long_run_of_digits_after_an_index_family_is_read_in_linear_time():
    # the index-name pattern split a Latin run every way among six repeats: 申万 before 60
    # digits that no 指数 ends took about half a minute, 100 digits would take years. A hang
    # guard, not a speed target: a child process that does not finish in a minute (a thousand
    # times what the linear pattern takes) fails the test instead of hanging the suite.
    code = ("import datetime as dt; from aigc_analysis.extract.facts import extract_document; "
            "t = '岚峰科技营收100亿元。申万' + '8' * 100 + '，指数上涨5%'; "
            "rows = extract_document({'doc_id': 'r.txt', 'text': t, 'text_simplified': None, "
            "'boilerplate': [], 'published': dt.date(2030, 7, 5), 'publisher': None, 'title': None}); "
            "print(len(rows))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=REPO_ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.strip()) >= 1
