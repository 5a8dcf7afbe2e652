"""Property tests of extraction (hypothesis): never raises, spans re-locate, values are finite.

Two sources of input: arbitrary Unicode text, and windows of the seed reports mutated the way
scraped copies are damaged (characters deleted, duplicated or swapped, tabs inserted, digits
turned full-width). Each document goes through the same steps the loader applies (simplified
script, parsing form, boilerplate) and then through ``extract_document`` and the facts table
constructor. Example counts: ``UNICODE_EXAMPLES`` and ``SEED_EXAMPLES`` below (400 each).
"""
from __future__ import annotations

import datetime as dt
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aigc_analysis.load.boilerplate import find_boilerplate
from aigc_analysis.extract.facts import extract_document, facts_frame
from aigc_analysis.load.normalise import for_parsing, to_simplified
from aigc_analysis.paths import SEEDS_DIR

UNICODE_EXAMPLES = 400
SEED_EXAMPLES = 400
_SETTINGS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow], "derandomize": True}

SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
_FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def as_document(text: str) -> dict:
    """A document row as the loader builds it (no file involved)."""
    simplified = to_simplified(text)
    return {"doc_id": "fuzz.txt", "path": "fuzz.txt", "text": text,
            "text_simplified": simplified, "published": dt.date(2024, 5, 9),
            "publisher": "Fuzz Securities",
            "boilerplate": find_boilerplate(text, norm=for_parsing(simplified))}


def check_extraction(text: str) -> list[dict]:
    doc = as_document(text)
    rows = extract_document(doc)
    for r in rows:
        assert 0 <= r["start"] < r["end"] <= len(text)
        assert text[r["start"]:r["end"]] == r["text"], r
        assert math.isfinite(r["value"]), r
        assert r["value_high"] is None or math.isnan(r["value_high"]) or math.isfinite(r["value_high"])
        assert r["quote"] and r["quote"] in text
    facts_frame(rows)  # the table constructor takes whatever the extractor gives
    return rows


@settings(max_examples=UNICODE_EXAMPLES, **_SETTINGS)
@given(st.text(max_size=400))
def test_random_unicode(text):
    check_extraction(text)


# Characters reports are made of, so random text often looks like a claim.
_REPORT_ALPHABET = st.sampled_from(list("0123456789０１２３４５６７８９.,%％-—~～亿万千百十元美港币"
                                        "资本开支收入增长同比下降约超过达参数量模型微软谷歌阿里腾讯"
                                        "年季度月日Q1234HE，。；：、（）()\t\n 《》$<>{}[]"))


@settings(max_examples=UNICODE_EXAMPLES, **_SETTINGS)
@given(st.text(alphabet=_REPORT_ALPHABET, max_size=300))
def test_random_report_like_text(text):
    check_extraction(text)


_MUTATIONS = st.lists(st.tuples(st.sampled_from(["delete", "duplicate", "swap", "tab", "fullwidth"]),
                                st.floats(min_value=0, max_value=1, exclude_max=True)),
                      min_size=1, max_size=12)


def mutate(text: str, ops) -> str:
    chars = list(text)
    for op, where in ops:
        if not chars:
            break
        i = int(where * len(chars))
        if op == "delete":
            del chars[i]
        elif op == "duplicate":
            chars.insert(i, chars[i])
        elif op == "swap" and i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif op == "tab":
            chars.insert(i, "\t")
        elif op == "fullwidth":
            # the next digit at or after i becomes full-width
            j = next((k for k in range(i, len(chars)) if chars[k] in "0123456789.%"), None)
            if j is not None:
                chars[j] = chars[j].translate(_FULL_WIDTH)
    return "".join(chars)


@settings(max_examples=SEED_EXAMPLES, **_SETTINGS)
@given(seed=st.integers(0, len(SEED_TEXTS) - 1),
       start=st.floats(min_value=0, max_value=1, exclude_max=True),
       length=st.integers(100, 700), ops=_MUTATIONS)
def test_mutated_seed_windows(seed, start, length, ops):
    source = SEED_TEXTS[seed]
    i = int(start * len(source))
    check_extraction(mutate(source[i:i + length], ops))


def test_unmutated_windows_still_give_facts():
    """The property above is not vacuous: seed windows do give facts."""
    found = sum(len(check_extraction(t[i:i + 700])) for t in SEED_TEXTS
                for i in range(0, len(t), 700))
    assert found >= 50
