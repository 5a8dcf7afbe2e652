"""Corpus loading: encodings, damage, bad inputs, sidecars, scale."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import warnings

import pytest

from aigc_analysis import CorpusError, iter_documents, load_corpus
from aigc_analysis.load.corpus import DOCUMENT_COLUMNS, CorpusWarning, Problem, expand_paths
from aigc_analysis.load.decode import decode_bytes

SIMPLIFIED = "中信证券认为，目前模型厂商继续加速开发多模态大模型，推理成本下降有望加速应用发展。发布时间：2024年5月9日\n"
TRADITIONAL = "中信證券認為，目前模型廠商繼續加速開發多模態大模型，推理成本下降有望加速應用發展。發佈時間：2024年5月9日\n"


def _load_quiet(source, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(source, **kw)


def test_seeds_load(corpus, seeds_dir):
    assert list(corpus.columns) == list(DOCUMENT_COLUMNS)
    assert len(corpus) == 5 and corpus.attrs["problems"] == []
    assert corpus["doc_id"].tolist() == sorted(p.name for p in seeds_dir.glob("*.txt"))
    for doc in corpus.to_dict("records"):
        raw = (seeds_dir / doc["doc_id"]).read_bytes()
        assert doc["text"] == raw.decode("utf-8")  # exactly as decoded, nothing stripped
        assert doc["sha256"] == hashlib.sha256(raw).hexdigest()
        assert doc["n_chars"] == len(doc["text"]) == len(doc["text_simplified"])
        assert doc["n_bytes"] == len(raw) and doc["encoding"] == "utf-8" and doc["damage"] == []
        assert isinstance(doc["published"], dt.date)
    assert corpus.set_index("doc_id")["script"].to_dict()["000_434e71317170df33.txt"] == "traditional"


@pytest.mark.parametrize("text, codec, expected", [
    (SIMPLIFIED, "utf-8", "utf-8"),
    (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
    (SIMPLIFIED, "gbk", "gb18030"),
    (SIMPLIFIED, "gb18030", "gb18030"),
    (TRADITIONAL, "big5", "big5"),
    (SIMPLIFIED, "utf-16", "utf-16"),
    (TRADITIONAL, "utf-32", "utf-32"),
])
def test_encodings_detected_and_decoded(tmp_path, text, codec, expected):
    path = tmp_path / f"report_{codec}.txt"
    path.write_bytes(text.encode(codec))
    docs = load_corpus(path)
    doc = docs.iloc[0]
    assert doc["text"] == text
    assert doc["encoding"] == expected
    assert doc["published"] == dt.date(2024, 5, 9)
    assert doc["script"] == ("traditional" if text is TRADITIONAL else "simplified")
    assert doc["text_simplified"].startswith("中信证券认为，目前模型厂商")


def test_longer_gbk_and_big5_files(tmp_path, seeds_dir):
    """Whole seed reports re-encoded (what an old website or PDF tool writes)."""
    (tmp_path / "gbk.txt").write_bytes((seeds_dir / "004_7e84af2a5ba35428.txt").read_text().encode("gb18030"))
    trad = (seeds_dir / "000_434e71317170df33.txt").read_text().replace("藴", "蘊")  # 藴 is not in Big5
    (tmp_path / "big5.txt").write_bytes(trad.encode("big5hkscs", errors="strict"))
    docs = _load_quiet(tmp_path).set_index("doc_id")
    assert docs.loc["gbk.txt", "encoding"] == "gb18030"
    assert docs.loc["big5.txt", "encoding"] in {"big5", "big5hkscs", "cp950"}
    assert docs.loc["big5.txt", "text"] == trad
    assert docs.loc["big5.txt", "script"] == "traditional"


def test_damaged_utf8_is_decoded_and_reported(tmp_path):
    good = SIMPLIFIED.encode("utf-8") * 3
    data = good[:30] + b"\xff\xfe" + good[30:90] + b"\x80" + good[90:]
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    with pytest.warns(CorpusWarning, match=r"damaged\.txt: 3 undecodable byte\(s\) in 2 place\(s\), first at byte 30"):
        docs = load_corpus(path)
    doc = docs.iloc[0]
    assert doc["encoding"] == "utf-8"
    assert doc["damage"] == [(30, 2), (92, 1)]
    assert doc["text"].count("\ufffd") >= 2
    assert doc["text"].replace("\ufffd", "") == SIMPLIFIED * 3  # nothing else lost
    with pytest.raises(CorpusError, match="damaged.txt"):
        _load_quiet(path, strict=True)


def test_decode_bytes_bom_offsets():
    text, enc, damage = decode_bytes(b"\xef\xbb\xbf" + "数据".encode() + b"\xff")
    assert (text, enc, damage) == ("数据\ufffd", "utf-8-sig", [(9, 1)])



def test_gbk_that_big5_rejects_skips_the_detector(monkeypatch):
    """A file only GB18030 decodes is GB18030 whatever the detector says: it is not asked."""
    import charset_normalizer

    def refuse(*args, **kwargs):
        raise AssertionError("charset-normalizer called")

    monkeypatch.setattr(charset_normalizer, "from_bytes", refuse)
    text = "虚构的证券研究所：算力订单环比增长（单位：亿元）\n" * 3
    data = text.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("big5")  # the invented text holds GBK bytes Big5 has no place for
    assert decode_bytes(data) == (text, "gb18030", [])
    # Big5 bytes also decode as GB18030 (as other characters): both fit, the detector decides
    with pytest.raises(AssertionError, match="charset-normalizer called"):
        decode_bytes("虛構的證券研究所：算力訂單環比增長".encode("big5") * 3)

BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\t\r\n\xe3\x80\x80\n", "no text (only whitespace)"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file (PNG image)"),
    "nul.txt": (b"abc\x00\x01\x02def" * 50, "binary file (contains NUL bytes)"),
    "garbage.txt": (b"\xff\x80\xfe\x81" * 100, "cannot decode"),
    "control.txt": (bytes(range(1, 9)) * 100, "binary file (control characters)"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_each_bad_file_gives_one_line(tmp_path, name):
    data, message = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.warns(CorpusWarning) as record:
        docs = load_corpus(path)
    assert docs.empty and list(docs.columns) == list(DOCUMENT_COLUMNS)
    assert len(docs.attrs["problems"]) == 1
    line = docs.attrs["problems"][0]
    assert line.startswith(f"{path}: ") and message in line and "\n" not in line
    assert [str(w.message) for w in record] == [line]
    with pytest.raises(CorpusError, match=name):
        _load_quiet(path, strict=True)


def test_missing_path_and_empty_folder(tmp_path):
    missing = tmp_path / "nope.txt"
    empty = tmp_path / "empty_dir"
    empty.mkdir()
    (empty / "notes.md").write_text("不是txt")
    docs = _load_quiet([missing, empty])
    assert docs.empty
    assert docs.attrs["problems"] == [
        f"{missing}: no such file or folder",
        f"{empty}: no report files (.txt, .pdf, .html, .docx) in this folder",
    ]
    with pytest.raises(CorpusError, match="nope.txt: no such file"):
        load_corpus(missing, strict=True)


def test_good_files_survive_bad_ones(tmp_path):
    for name, (data, _) in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good_a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "good_b.txt").write_bytes(TRADITIONAL.encode("big5"))
    docs = _load_quiet(tmp_path)
    assert docs["doc_id"].tolist() == ["good_a.txt", "good_b.txt"]
    assert len(docs.attrs["problems"]) == len(BAD_INPUTS)
    for name in BAD_INPUTS:
        assert sum(p.startswith(f"{tmp_path / name}: ") for p in docs.attrs["problems"]) == 1


def test_awkward_file_names(tmp_path):
    names = ["with space.txt", "中文报告.txt", "-leading-dash.txt", "--rm -rf.txt", "UPPER.TXT"]
    for name in names:
        (tmp_path / name).write_text(SIMPLIFIED, encoding="utf-8")
    docs = load_corpus(tmp_path)
    assert sorted(docs["doc_id"]) == sorted(names)
    assert docs.attrs["problems"] == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    path.chmod(0)
    try:
        docs = _load_quiet(path)
    finally:
        path.chmod(0o644)
    assert docs.attrs["problems"] == [f"{path}: permission denied"]


def test_unreadable_file_reported(tmp_path, monkeypatch):
    """Permission errors are reported (simulated, since tests may run as root)."""
    from pathlib import Path

    path = tmp_path / "secret.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    real = Path.read_bytes

    def deny(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    (tmp_path / "ok.txt").write_text(SIMPLIFIED, encoding="utf-8")
    docs = _load_quiet(tmp_path)
    assert docs["doc_id"].tolist() == ["ok.txt"]
    assert docs.attrs["problems"] == [f"{path}: permission denied"]


def test_symlink_loop_and_broken_link(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "ok.txt").write_text(SIMPLIFIED, encoding="utf-8")
    docs = _load_quiet(tmp_path)
    assert docs["doc_id"].tolist() == ["ok.txt"]
    assert docs.attrs["problems"] == [
        f"{tmp_path / 'a.txt'}: symbolic link loop",
        f"{tmp_path / 'b.txt'}: symbolic link loop",
        f"{tmp_path / 'broken.txt'}: broken symbolic link",
    ]
    assert _load_quiet(tmp_path / "a.txt").attrs["problems"] == [f"{tmp_path / 'a.txt'}: symbolic link loop"]


def test_duplicate_file_names_across_folders(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(SIMPLIFIED, encoding="utf-8")
    docs = _load_quiet([tmp_path / "x", tmp_path / "y"])
    assert len(docs) == 1
    assert docs.attrs["problems"] == [
        f"{tmp_path / 'y' / 'same.txt'}: duplicate doc_id (same file name as {tmp_path / 'x' / 'same.txt'}), skipped"
    ]


def test_sidecar_month_precision_and_bad_values(tmp_path):
    (tmp_path / "a.txt").write_text("一份报告\n正文没有日期。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("另一份报告\n发布时间:2024-05-09\n正文", encoding="utf-8")
    (tmp_path / "seeds.csv").write_text(
        "doc_id,publisher,title,published,script,kind\n"
        "a.txt,\"CITIC Securities (中信证券), reported by Zhitong Finance (智通財經)\",T,2024-06,traditional,news article\n"
        "b.txt,,,June 2024,chinese,\n",
        encoding="utf-8",
    )
    docs = _load_quiet(tmp_path).set_index("doc_id")
    a, b = docs.loc["a.txt"], docs.loc["b.txt"]
    assert a["publisher"] == "CITIC Securities (中信证券), reported by Zhitong Finance (智通財經)"
    assert (a["published"], a["published_precision"], a["script"]) == (dt.date(2024, 6, 1), "month", "traditional")
    # b: bad sidecar values fall back to the text, each with a one-line problem
    assert (b["published"], b["script"], b["title"]) == (dt.date(2024, 5, 9), "simplified", "另一份报告")
    problems = docs.attrs["problems"]
    assert any("b.txt: sidecar published 'June 2024' is not YYYY-MM-DD or YYYY-MM" in p for p in problems)
    assert any("b.txt: sidecar script 'chinese' unknown" in p for p in problems)


def test_iter_documents_streams(tmp_path):
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "r9.txt").write_bytes(b"")
    items = iter_documents(tmp_path)
    first = next(items)  # nothing is read before it is asked for
    assert isinstance(first, dict) and first["doc_id"] == "r0.txt"
    rest = list(items)
    assert [type(x).__name__ for x in rest] == ["dict", "dict", "Problem"]
    assert isinstance(rest[-1], Problem) and rest[-1].severity == "error"


def test_many_small_files(tmp_path):
    n = 5000
    body = "标题\n发布时间:2024-05-09\n华泰证券认为AI产业链景气度提升。"
    for i in range(n):
        (tmp_path / f"doc_{i:05d}.txt").write_text(body, encoding="utf-8")
    docs = load_corpus(tmp_path)
    assert len(docs) == n and docs.attrs["problems"] == []
    assert docs["doc_id"].is_unique


def test_large_file_loads(tmp_path, seeds_dir):
    chunk = (seeds_dir / "002_c2718aa2ea74afdc.txt").read_bytes()
    path = tmp_path / "big.txt"
    path.write_bytes(chunk * (5_000_000 // len(chunk)))  # ~5 MB (50 MB measured by hand)
    doc = _load_quiet(path).iloc[0]
    assert doc["n_bytes"] == path.stat().st_size
    assert len(doc["text_simplified"]) == doc["n_chars"]


@pytest.mark.parametrize("module", ["load.normalise", "load.boilerplate", "load.metadata", "load.corpus"])
def test_docstring_examples_run(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"aigc_analysis.{module}"))
    assert result.attempted > 0 and result.failed == 0


# --- undated reports and the metadata columns --------------------------------------------------
UNDATED = "一份没有日期的点评\n正文说明行业需求回暖，订单同比增长，利润率稳步提升，我们看好后续表现。\n"


def test_one_undated_file_is_named_on_its_own_line(tmp_path):
    (tmp_path / "dated.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    docs = _load_quiet(tmp_path)
    assert docs.attrs["problems"] == [f"{tmp_path / 'undated.txt'}: no publication date found; published left empty"]


def test_many_undated_files_give_one_summary_warning(tmp_path):
    (tmp_path / "dated.txt").write_text(SIMPLIFIED, encoding="utf-8")
    for i in range(6):
        (tmp_path / f"u{i}.txt").write_text(UNDATED, encoding="utf-8")
    with pytest.warns(CorpusWarning) as record:
        docs = load_corpus(tmp_path)
    assert [str(w.message) for w in record] == docs.attrs["problems"] == [
        f"{tmp_path}: 6 of 7 documents have no publication date (published left empty): u0.txt, u1.txt, "
        "u2.txt and 3 more; the published_source column of documents.csv (or `aigc-analysis corpus`) shows which"
    ]
    assert docs.set_index("doc_id")["published_source"].to_dict() == {
        "dated.txt": "body", **{f"u{i}.txt": "none" for i in range(6)}}


def test_documents_csv_shows_date_source_precision_and_rating(tmp_path):
    import csv

    import pandas as pd

    from aigc_analysis.paths import FACT_COLUMNS
    from aigc_analysis.tables.store import write_tables

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.txt").write_text(
        "青松证券研究所    2031年8月\n行业评级：增持（首次）\n目标价：12.5元\n\n储能点评：订单高增\n" + UNDATED[9:],
        encoding="utf-8")
    docs = _load_quiet(tmp_path / "in")
    paths = write_tables(pd.DataFrame(columns=list(FACT_COLUMNS)), docs, tmp_path / "out")
    with open(paths["documents_csv"], encoding="utf-8", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert {k: row[k] for k in ("publisher", "title", "published", "published_precision", "published_source",
                                "rating", "rating_change", "target_price", "target_currency")} == {
        "publisher": "青松证券研究所", "title": "储能点评：订单高增", "published": "2031-08-01",
        "published_precision": "month", "published_source": "header", "rating": "增持",
        "rating_change": "首次", "target_price": "12.5", "target_currency": "CNY"}


def test_sidecar_date_is_marked_sidecar_and_can_give_a_rating(tmp_path):
    (tmp_path / "a.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "seeds.csv").write_text("doc_id,published,rating,target_price\na.txt,2031-02-03,买入,not-a-number\n",
                                        encoding="utf-8")
    docs = _load_quiet(tmp_path)
    a = docs.iloc[0]
    assert (a["published"], a["published_source"], a["rating"]) == (dt.date(2031, 2, 3), "sidecar", "买入")
    assert docs.attrs["problems"] == [
        f"{tmp_path / 'a.txt'}: sidecar target_price 'not-a-number' is not a number; using the text"]


def test_sidecar_script_may_be_an_iso_15924_code(tmp_path):
    (tmp_path / "a.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "seeds.csv").write_text("doc_id,script\na.txt,Hant\nb.txt,Hans\n", encoding="utf-8")
    docs = _load_quiet(tmp_path).set_index("doc_id")
    assert docs.loc["a.txt", "script"] == "traditional"  # the sidecar wins over detection
    assert docs.loc["b.txt", "script"] == "simplified"
    assert not [p for p in docs.attrs["problems"] if "script" in p]


def test_folders_named_like_reports_are_not_files(tmp_path):
    """A sub-folder or a link to one named ``*.txt`` is no report; a link to a file is one."""
    (tmp_path / "chapter.txt").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "linked.txt").symlink_to(tmp_path / "elsewhere")
    (tmp_path / "real.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    assert [p.name for p in expand_paths(tmp_path)] == ["alias.txt", "real.txt"]
