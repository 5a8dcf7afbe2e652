"""The per-figure lookups of linking answer exactly as the plain scans they replace (issue 18).

A figure's clause is read from a memo, the bracket test opens with one search for an opening
bracket, and the periods of a clause are read from two slices of the period index; each is
compared here with the scan it replaces on invented texts, at every figure or offset.
"""
from __future__ import annotations

import itertools

import pytest

from aigc_analysis.extract.facts import _ASIDE, _BASE_OF, _LIST_SEP
from aigc_analysis.extract.segment import Span
from text_facts import linked_extractor

TEXTS = [
    # brackets opened and closed in a clause, one left open, a date split at its comma,
    # a window of one item of a list, an aside after a figure, the base of a multiple
    "甲公司（资本开支同比+40%）受供给影响，乙公司资本开支（含融资租赁）为120亿元；"
    "Mar 3, 2025 收入达到2024年的两倍(约8亿美元，首期投入100亿元、四年内最高500亿元。"
    "大涨7.23%——继上周五大涨8.59%之后，截至11月10日累计涨幅达67%。",
    # a table: its cells are the clauses of each row
    "表1：主要厂商资本开支（亿美元）\n公司  2024  2025E\n微软（含租赁）  556  800\n谷歌  525  750\n",
]


class _At:
    """A stand-in figure: only its offsets and kind are read."""

    def __init__(self, start: int, end: int, kind: str = "money"):
        self.start, self.end, self.kind = start, end, kind


def _scan_in_brackets(ex, pos: int, clause: Span) -> bool:
    t, lo = ex.ptext, clause.start
    opened = max(t.rfind("(", lo, pos), t.rfind("（", lo, pos))
    return opened >= 0 and opened > max(t.rfind(")", lo, pos), t.rfind("）", lo, pos))


def _scan_clause_periods(ex, q, clause: Span) -> list:
    found = [p for p in ex._usable_index.within(max(0, clause.start - 40), clause.end)
             if p.start < clause.start < p.end]
    found += ex._usable_periods(clause.start, clause.end)
    out = []
    for p in found:
        between = ex.ptext[min(p.end, q.end):max(p.start, q.start)]
        if p.scope == "item" and _LIST_SEP.search(between):
            continue
        if p.start >= q.end and _ASIDE.search(between):
            continue
        if p.end <= q.start and q.kind in ("multiple", "fraction") and _BASE_OF.fullmatch(ex.ptext, p.end, q.start):
            continue
        out.append(p)
    return out


@pytest.mark.parametrize("text", TEXTS, ids=["prose", "table"])
def test_clause_of_a_figure_is_the_first_clause_holding_it(text):
    ex = linked_extractor(text)
    assert ex.sentences and any(len(s.clauses) > 1 for s in ex.sentences)
    for sentence in ex.sentences:
        for pos in range(sentence.start - 1, sentence.end + 1):
            expected = next((c for c in sentence.clauses if c.start <= pos < c.end), None)
            assert ex._clause_of(sentence, _At(pos, pos + 1)) == expected, pos
            # asked again: the memo answers the same
            assert ex._clause_of(sentence, _At(pos, pos + 1)) == expected, pos


@pytest.mark.parametrize("text", TEXTS, ids=["prose", "table"])
def test_bracket_test_matches_the_scan_at_every_offset(text):
    ex = linked_extractor(text)
    n = len(ex.ptext)
    inside = 0
    for lo, hi in itertools.combinations(range(0, n + 1, 3), 2):
        clause = Span(lo, hi)
        for pos in range(lo, hi + 1):
            expected = _scan_in_brackets(ex, pos, clause)
            inside += expected
            assert ex._in_brackets(pos, clause) == expected, (lo, hi, pos)
    assert inside, "the invented texts should put some offsets inside brackets"


@pytest.mark.parametrize("text", TEXTS, ids=["prose", "table"])
def test_clause_periods_match_the_scan(text):
    ex = linked_extractor(text)
    n = len(ex.ptext)
    assert ex._usable_index.items, "the invented texts should hold periods"
    spans = [c for s in ex.sentences for c in s.clauses] + [Span(lo, hi) for lo, hi in
                                                            itertools.combinations(range(0, n + 1, 7), 2)]
    # short spans too: a period may run into a clause and on past its end
    spans += [Span(lo, lo + width) for lo in range(n) for width in (1, 2, 4)]
    crossing = 0
    for clause in spans:
        crossing += any(p.start < clause.start < p.end <= clause.end for p in ex._usable_index.items)
        for start in range(clause.start, clause.end, 2):
            for kind in ("money", "multiple"):
                q = _At(start, min(clause.end, start + 3), kind)
                assert [id(p) for p in ex._clause_periods(q, clause)] == \
                    [id(p) for p in _scan_clause_periods(ex, q, clause)], (clause, start, kind)
    assert crossing, "some period should run into a clause from before it"
