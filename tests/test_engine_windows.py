"""Long documents are extracted window by window (bounded memory, issue 18)."""
from __future__ import annotations

import warnings

import pytest

from aigc_analysis.pipeline.extraction import WINDOW_CHARS, _window_ends, document_facts
from aigc_analysis.extract.facts import extract_document
from aigc_analysis.load.corpus import read_document
from aigc_analysis.paths import SEEDS_DIR


@pytest.fixture(scope="module")
def seed_doc():
    path = sorted(SEEDS_DIR.glob("*.txt"))[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc, _ = read_document(path)
    return doc


def test_windows_cover_the_text_and_cut_after_blank_lines():
    text = ("第一段。\n" * 30 + "\n") * 20  # paragraphs of 151 characters
    windows = list(_window_ends(text, 1000))
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:]))  # contiguous, no overlap
    assert all(0 < end - start <= 1000 for start, end in windows)
    assert all(text[end - 2:end] == "\n\n" for _, end in windows[:-1])


def test_a_window_without_any_break_is_cut_at_its_size():
    windows = list(_window_ends("x" * 2500, 1000))
    assert windows == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_a_short_document_is_extracted_as_a_whole(seed_doc):
    assert document_facts(seed_doc, WINDOW_CHARS) == extract_document(seed_doc)


def test_windows_keep_offsets_and_merge_repeats(seed_doc):
    # Two copies of one report in one file: cut between them, each window is that report.
    sep = "\n\n"
    doubled = dict(seed_doc)
    n = len(seed_doc["text"])
    doubled["text"] = seed_doc["text"] + sep + seed_doc["text"]
    doubled["text_simplified"] = seed_doc["text_simplified"] + sep + seed_doc["text_simplified"]
    doubled["boilerplate"] = [*seed_doc["boilerplate"],
                              *[(s + n + 2, e + n + 2, k) for s, e, k in seed_doc["boilerplate"]]]
    rows = document_facts(doubled, window_chars=n + 2)
    for row in rows:
        assert doubled["text"][row["start"]:row["end"]] == row["text"]
    single = extract_document(seed_doc)
    assert single, "the seed has facts"
    # the second copy repeats every claim of the first: merged as within one document
    assert rows == single
