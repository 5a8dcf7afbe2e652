"""SpanIndex answers as the linear scans it replaces (overlap and containment of half-open spans)."""
from __future__ import annotations

import random
from types import SimpleNamespace

from aigc_analysis.extract.spans import SpanIndex


def _spans(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        a = rng.randrange(0, 200)
        out.append((a, a + rng.randrange(0, 30)))  # empty spans too
    return out


def test_overlaps_and_covers_agree_with_a_linear_scan():
    rng = random.Random(7)
    for _ in range(200):
        spans = _spans(rng, rng.randrange(0, 12))
        index = SpanIndex(spans)
        for a, b in _spans(rng, 20):
            assert index.overlaps(a, b) == any(s < b and a < e for s, e in spans), (spans, a, b)
            assert index.covers(a, b) == any(s <= a and b <= e for s, e in spans), (spans, a, b)


def test_objects_with_start_and_end_are_indexed_like_pairs():
    ents = [SimpleNamespace(start=40, end=44), SimpleNamespace(start=3, end=9)]
    index = SpanIndex(ents)
    assert index.overlaps(8, 12) and not index.overlaps(9, 40)
    assert index.covers(41, 44) and not index.covers(2, 5)
    assert len(index) == 2 and len(SpanIndex(())) == 0


def test_named_tuples_are_read_by_their_start_and_end():
    from typing import NamedTuple

    class Name(NamedTuple):
        start: int
        end: int
        name: str

    index = SpanIndex([Name(5, 9, "星河科技")])
    assert index.covers(6, 9) and not index.overlaps(9, 12)
