"""Bad input end to end: one clear line naming the file and the problem, and no other loss.

Each case puts one bad file next to a good seed and runs the real front ends:
``aigc-analysis extract`` (in-process) and the build's extraction step (``run_extract``, the
code ``aigc-analysis build`` runs first). Expected every time: exit code 0, exactly one line on
stderr that names the bad file and its problem, and the good seed's facts unchanged.
The loader's own unit cases live in ``tests/test_load.py``; this matrix reuses them.
"""
from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path

import pytest
from reliability_helpers import (
    FACT_SIMPLIFIED,
    FACT_TRADITIONAL,
    GOOD_SEED,
    facts_of,
    read_facts_csv,
)

from aigc_analysis.pipeline import build
from aigc_analysis.paths import SEEDS_DIR

# (file name, bytes, expected problem text); the damaged file is loaded, the others are not.
_GOOD_UTF8 = FACT_SIMPLIFIED.encode("utf-8")
_DAMAGED = _GOOD_UTF8[:9] + b"\xff\xfe" + _GOOD_UTF8[9:]
BAD_FILES = {
    "empty": ("empty.txt", b"", "empty file (0 bytes)"),
    "whitespace": ("blank.txt", b" \n\t\r\n\xe3\x80\x80\n  ", "no text (only whitespace)"),
    "png": ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
            "binary file (PNG image), not text"),
    "damaged-utf8": ("damaged.txt", _DAMAGED,
                     "2 undecodable byte(s) in 1 place(s), first at byte 9, replaced with U+FFFD"),
    "symlink-loop": ("loop.txt", None, "symbolic link loop"),
}


@pytest.fixture(scope="module")
def seed_reference(tmp_path_factory):
    """The good seed's facts when it is extracted alone."""
    from aigc_analysis.pipeline.cli import main

    folder = tmp_path_factory.mktemp("alone")
    shutil.copyfile(SEEDS_DIR / GOOD_SEED, folder / GOOD_SEED)
    out = folder / "out"
    assert main(["-q", "extract", str(folder), "--out", str(out)]) == 0
    rows = facts_of(out, GOOD_SEED)
    assert rows, "the good seed must give facts for these tests to mean anything"
    return rows


def _place(folder: Path, name: str, data: bytes | None) -> Path:
    path = folder / name
    if data is None:  # a symbolic link pointing at itself
        path.symlink_to(path)
    else:
        path.write_bytes(data)
    return path


def _run_build_extract(corpus: Path, out: Path, capsys):
    """The build's extraction step; a Python warning escaping it would be a second line."""
    capsys.readouterr()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code = build.run_extract(corpus, out, quiet=True)
    cap = capsys.readouterr()
    assert [str(w.message) for w in caught if issubclass(w.category, UserWarning)] == []
    return code, cap.err.splitlines()


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_extract_cli_reports_one_line_and_keeps_the_good_seed(case, corpus_with_seed, tmp_path,
                                                              run_cli, seed_reference):
    name, data, problem = BAD_FILES[case]
    bad = _place(corpus_with_seed, name, data)
    out = tmp_path / "out"
    res = run_cli("extract", corpus_with_seed, "--out", out)
    assert res.code == 0, res.err
    assert res.err_lines == [f"{bad}: {problem}" if case != "damaged-utf8"
                             else f"{bad}: {problem} (utf-8)"]
    assert facts_of(out, GOOD_SEED) == seed_reference


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_build_extraction_reports_one_line_and_keeps_the_good_seed(case, corpus_with_seed,
                                                                   tmp_path, capsys,
                                                                   seed_reference):
    name, data, problem = BAD_FILES[case]
    bad = _place(corpus_with_seed, name, data)
    out = tmp_path / "out"
    code, lines = _run_build_extract(corpus_with_seed, out, capsys)
    assert code == 0
    assert len(lines) == 1 and lines[0].startswith(f"warning: {bad}: {problem}"), lines
    assert facts_of(out, GOOD_SEED) == seed_reference


def test_damaged_file_keeps_its_facts_and_offsets(corpus_with_seed, tmp_path, run_cli):
    """The damage is reported, not dropped: the rest of the file still yields its fact."""
    _place(corpus_with_seed, "damaged.txt", _DAMAGED)
    out = tmp_path / "out"
    assert run_cli("extract", corpus_with_seed, "--out", out).code == 0
    rows = facts_of(out, "damaged.txt")
    assert [(r["metric"], float(r["value"])) for r in rows] == [("capex", 5.6e10)]
    text = _DAMAGED.decode("utf-8", errors="replace")
    assert text[int(rows[0]["start"]):int(rows[0]["end"])] == rows[0]["text"]


# --- encodings: decoded correctly, nothing said --------------------------------------------------
ENCODINGS = [
    ("utf-8-sig", FACT_SIMPLIFIED, "utf-8-sig"),
    ("utf-16", FACT_SIMPLIFIED, "utf-16"),          # Python writes a BOM for utf-16
    ("gbk", FACT_SIMPLIFIED, "gb18030"),
    ("gb18030", FACT_SIMPLIFIED.replace("人工智能周报", "人工智能周报𠮷㐀"), "gb18030"),
    ("big5", FACT_TRADITIONAL, "big5"),
]


@pytest.mark.parametrize("codec, text, expected", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encodings_decoded_end_to_end(codec, text, expected, corpus_with_seed, tmp_path, run_cli,
                                      seed_reference):
    name = f"report-{codec}.txt"
    (corpus_with_seed / name).write_bytes(text.encode(codec))
    out = tmp_path / "out"
    res = run_cli("extract", corpus_with_seed, "--out", out)
    assert res.code == 0 and res.err == ""
    rows = facts_of(out, name)
    assert [(r["metric"], float(r["value"]), r["unit"]) for r in rows] == [("capex", 5.6e10, "USD")]
    # The quote is the original sentence, decoded exactly (Traditional stays Traditional).
    assert rows[0]["quote"] == text.splitlines()[2].rstrip("。")
    assert text[int(rows[0]["start"]):int(rows[0]["end"])] == rows[0]["text"]
    docs = (out / "documents.csv").read_text(encoding="utf-8")
    assert f"{name}," in docs and f",{expected}," in docs
    assert facts_of(out, GOOD_SEED) == seed_reference


# --- file names, permissions, many files ---------------------------------------------------------
AWKWARD_NAMES = ["with space.txt", "中文研报（2024）.txt", "-leading-dash.txt", "--rm -rf.txt",
                 "$(touch pwned).txt", "; touch pwned2 ;.txt", "it's \"quoted\".txt"]


def test_awkward_file_names(corpus_with_seed, tmp_path, run_cli, monkeypatch):
    for name in AWKWARD_NAMES:
        (corpus_with_seed / name).write_text(FACT_SIMPLIFIED, encoding="utf-8")
    out = tmp_path / "out"
    res = run_cli("extract", corpus_with_seed, "--out", out)
    assert res.code == 0 and res.err == ""
    doc_ids = {r["doc_id"] for r in read_facts_csv(out)}
    assert doc_ids == set(AWKWARD_NAMES) | {GOOD_SEED}
    # An explicit relative path starting with a dash works after "--".
    monkeypatch.chdir(corpus_with_seed)
    res = run_cli("extract", "--out", tmp_path / "out2", "--", "-leading-dash.txt")
    assert res.code == 0 and res.err == ""
    assert {r["doc_id"] for r in read_facts_csv(tmp_path / "out2")} == {"-leading-dash.txt"}
    # No file name was ever handed to a shell.
    for leftover in ("pwned", "pwned2"):
        assert not list(tmp_path.rglob(leftover)) and not Path(leftover).exists()


def _deny_reading(monkeypatch, name: str) -> None:
    """Make ``name`` unreadable for this process (tests may run as root, who reads anything)."""
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)


def test_unreadable_file(corpus_with_seed, tmp_path, run_cli, monkeypatch, seed_reference):
    secret = corpus_with_seed / "secret.txt"
    secret.write_text(FACT_SIMPLIFIED, encoding="utf-8")
    secret.chmod(0)
    if os.geteuid() == 0:
        _deny_reading(monkeypatch, "secret.txt")
    out = tmp_path / "out"
    try:
        res = run_cli("extract", corpus_with_seed, "--out", out)
    finally:
        secret.chmod(0o644)
    assert res.code == 0
    assert res.err_lines == [f"{secret}: permission denied"]
    assert facts_of(out, GOOD_SEED) == seed_reference


def test_folder_of_5000_small_files(tmp_path, run_cli):
    folder = tmp_path / "many"
    folder.mkdir()
    n = 5000
    for i in range(n):
        (folder / f"r{i:05d}.txt").write_text(
            f"晨报{i}\n发布时间：2024-05-09\n华泰证券认为，微软{i % 7 + 1}月收入同比增长{i % 90 + 5}%。\n",
            encoding="utf-8")
    out = tmp_path / "out"
    res = run_cli("extract", folder, "--out", out)
    assert res.code == 0 and res.err == ""
    docs = (out / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert len(docs) == n + 1
    rows = read_facts_csv(out)
    assert len({r["doc_id"] for r in rows}) == n
    by_doc = {r["doc_id"]: r for r in rows}
    assert float(by_doc["r00042.txt"]["value"]) == pytest.approx((42 % 90 + 5) / 100)


def test_a_number_without_subject_does_not_sink_the_corpus(corpus_with_seed, tmp_path, run_cli,
                                                          seed_reference):
    """One sentence without a named subject must not cost the other documents their facts."""
    (corpus_with_seed / "vague.txt").write_text(
        "晨报\n发布时间：2024-05-09\n华泰证券认为，公司5月收入同比增长47%。\n", encoding="utf-8")
    out = tmp_path / "out"
    res = run_cli("extract", corpus_with_seed, "--out", out)
    assert res.code == 0, res.err
    assert facts_of(out, GOOD_SEED) == seed_reference
    assert [float(r["value"]) for r in facts_of(out, "vague.txt")] == [0.47]


# --- reports with nothing to extract --------------------------------------------------------------
NOTHING_TO_EXTRACT = {
    "no-numbers": ("观点.txt",
                   ("人工智能行业观察\n发布时间：2024年5月9日\n我们认为大模型产业链景气度有望持续提升，"
                    "关注算力、模型与应用三条主线。\n"),
                   "no numbers in the report body; no facts"),
    "only-disclaimer": ("disclaimer.txt",
                        ("免责声明\n本报告仅供本公司客户使用。本报告基于公开信息，不保证其准确性或完整性。"
                         "投资者不应以本报告取代其独立判断。本公司持有该股票1%以下。\n"),
                        ("only boilerplate (disclaimer, navigation or contact details), "
                         "no report body; no facts")),
}


@pytest.mark.parametrize("case", sorted(NOTHING_TO_EXTRACT))
def test_report_with_nothing_to_extract(case, corpus_with_seed, tmp_path, capsys, run_cli,
                                        seed_reference):
    name, text, problem = NOTHING_TO_EXTRACT[case]
    path = corpus_with_seed / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code, lines = _run_build_extract(corpus_with_seed, out, capsys)
    assert code == 0
    if case == "only-disclaimer":
        # A disclaimer carries no date either; that is its own, separate line.
        assert f"warning: {path}: no publication date found; published left empty" in lines
        lines.remove(f"warning: {path}: no publication date found; published left empty")
    assert lines == [f"warning: {path}: {problem}"]
    assert facts_of(out, name) == [] and facts_of(out, GOOD_SEED) == seed_reference
    # The extract command keeps the document (listed, no facts) and the seed's facts.
    res = run_cli("extract", corpus_with_seed, "--out", tmp_path / "cli")
    assert res.code == 0
    assert name in (tmp_path / "cli" / "documents.csv").read_text(encoding="utf-8")
    assert facts_of(tmp_path / "cli", GOOD_SEED) == seed_reference


# --- parameters and folders: a clear message before any work ------------------------------------
def _namespace(**values):
    spec = {"corpus": str, "facts_path": str, "figures_dir": str, "lang": str, "theme": str}
    ns = {"__name__": "__main__", "__annotations__": spec, "corpus": str(SEEDS_DIR),
          "facts_path": "", "figures_dir": "", "lang": "zh", "theme": "capex", "In": [""]}
    injected = {k: v for k, v in values.items()}
    ns.update(injected)
    ns["In"] = ["", "# Parameters\n" + "".join(f"{k} = {v!r}\n" for k, v in injected.items())]
    return ns


@pytest.mark.parametrize("values, message", [
    ({"lang": 3}, "lang=3 should be str, not int"),
    ({"theme": ["capex"]}, "theme=['capex'] should be str, not list"),
    ({"lnag": "en"}, "unknown parameter 'lnag'"),
    ({"corpus": "/no/such/corpus"}, "corpus '/no/such/corpus' does not exist"),
    ({"figures_dir": "/proc/version/figs"}, "figures_dir '/proc/version/figs' cannot be written"),
])
def test_notebook_parameters_fail_before_any_work(values, message, monkeypatch, tmp_path):
    from aigc_analysis.pipeline import notebook_api
    from aigc_analysis.params import ParameterError

    def no_work(*args, **kwargs):
        raise AssertionError("facts were loaded before the parameters were checked")

    monkeypatch.setattr(notebook_api, "load_tables", no_work)
    monkeypatch.setattr(notebook_api, "silence_jieba", no_work)
    with pytest.raises(ParameterError) as info:
        notebook_api.setup(_namespace(**values), base=tmp_path)
    text = str(info.value)
    assert message in text and "\n" not in text


@pytest.mark.parametrize("command", ["extract", "build"])
def test_missing_corpus_and_unwritable_output_stop_before_work(command, tmp_path, capsys):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    out = blocker / "out"  # a folder under a plain file can never be created
    missing = tmp_path / "no such corpus"
    capsys.readouterr()
    if command == "extract":
        code = build.run_extract(missing, out)
    else:
        code = build.run_build(corpus=missing, out=out, figures_dir=tmp_path / "fig",
                               notebooks_dir=tmp_path)
    err = capsys.readouterr().err
    assert code == 2
    # one line per path problem, each naming its path
    assert err.splitlines() == [
        f"error: cannot {command}: {missing}: corpus does not exist",
        f"error: cannot {command}: {out}: output folder cannot be created ({blocker} is a file)"]
    assert not (tmp_path / "fig").exists() and sorted(tmp_path.iterdir()) == [blocker]


def test_extract_cli_with_only_missing_paths_exits_nonzero(tmp_path, run_cli):
    res = run_cli("extract", tmp_path / "missing", "--out", tmp_path / "out")
    assert res.code == 1
    assert res.err_lines == [f"{tmp_path / 'missing'}: no such file or folder",
                             "error: no document could be loaded"]
    assert not (tmp_path / "out").exists()
