"""The word lists of the number parser's and the layout rules' regexes live in data/pattern_words.csv."""
from __future__ import annotations

import csv
import re

from aigc_analysis.extract import quantities, segment
from aigc_analysis.extract.numerals import pattern_words
from aigc_analysis.paths import DATA_DIR, PACKAGE_DIR


def _rows() -> list[dict]:
    with open(DATA_DIR / "pattern_words.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_row_is_named_once_compiles_and_is_used_by_its_module():
    rows = _rows()
    keys = [(r["module"], r["name"]) for r in rows]
    assert len(keys) == len(set(keys)), "a (module, name) pair is listed twice"
    for r in rows:
        assert r["words"] and r["words"] == r["words"].strip(), r
        re.compile(r["words"])  # each list is a valid alternation on its own
        [path] = PACKAGE_DIR.rglob(f"{r['module']}.py")  # the module, in whichever stage folder
        source = path.read_text(encoding="utf-8")
        assert f"_WORDS['{r['name']}']" in source or f'_WORDS["{r["name"]}"]' in source, \
            f"{r['module']}.py does not use the list {r['name']}"


def test_pattern_words_reads_one_module():
    words = pattern_words("segment")
    assert set(words) == {r["name"] for r in _rows() if r["module"] == "segment"}
    assert pattern_words("no_such_module") == {}


def test_the_grammar_takes_its_words_from_the_file():
    # invented sentences: a fall word, a qualifier after the number, a comparison and a caption
    found = quantities.find_quantities("某厂商营收缩水12%，订单3000左右")
    assert [(q.text, q.value, q.qualifier) for q in found] == [
        ("缩水12%", -0.12, None), ("3000左右", 3000.0, "approx")]
    assert "缩水" in quantities._WORDS["fall"].split("|")
    assert quantities.find_quantities("较同行价格低15%")[0].value == -0.15
    assert segment._CAPTION.match("图表3 出货量") and segment._CAPTION.match("Exhibit 2")
