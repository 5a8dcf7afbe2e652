"""facts_words.csv read in one pass gives every group exactly as a filter of the file would,
and the name patterns' case-sensitive letter guards still keep a name out of a longer word."""
from __future__ import annotations

import csv

import pandas as pd
import pytest

from aigc_analysis.extract import keywords as kw
from aigc_analysis.extract.lexicon import EntityMatcher
from aigc_analysis.paths import DATA_DIR


def _filtered(name: str) -> dict[str, str]:
    with open(DATA_DIR / "facts_words.csv", newline="", encoding="utf-8") as f:
        return {r["word"].strip(): (r.get("value") or "").strip() for r in csv.DictReader(f)
                if r["group"].strip() == name}


def test_every_group_equals_a_filter_of_the_file_in_order():
    with open(DATA_DIR / "facts_words.csv", newline="", encoding="utf-8") as f:
        names = {r["group"].strip() for r in csv.DictReader(f)}
    assert len(names) > 100
    for name in sorted(names):
        got = kw.word_group(name)
        assert list(got.items()) == list(_filtered(name).items()), name


def test_an_unknown_group_is_an_error_naming_it():
    with pytest.raises(ValueError, match="no words in group 'no_such_group'"):
        kw.word_group("no_such_group")


def _matcher() -> EntityMatcher:
    # an invented lexicon: a short exact name, a capitalised word and a name with a separator
    table = pd.DataFrame([
        {"entity": "Qorvix", "type": "company", "org": "", "aliases": "QVX|Qorvix", "tickers": ""},
        {"entity": "Lumo Chat", "type": "product", "org": "Qorvix", "aliases": "Lumo-Chat", "tickers": ""},
    ])
    return EntityMatcher(table)


@pytest.mark.parametrize("text, found", [
    ("QVX与Qorvix发布Lumo Chat", ["QVX", "Qorvix", "Lumo Chat"]),
    ("QORVIX的lumo-chat", ["QORVIX", "lumo-chat"]),
    ("qorvix", []),  # one capitalised word: its capital is required
    ("QVXA和Qorvixes、XQorvix", []),  # a letter on either side: part of a longer word
])
def test_letter_guards_with_case_blind_names(text, found):
    assert [m.text for m in _matcher().find(text)] == found
