"""The linker's per-document indexes answer exactly as a scan over every hit would.

Linking asks, for each number, which grammar words, names and periods lie near it. Those
questions are answered from indexes built once per document (issue 18); these tests compare
every answer with the plain scan it replaces, at every offset of invented texts.
"""
from __future__ import annotations

import itertools

import pytest

from aigc_analysis.extract.facts import _Index
from text_facts import linked_extractor

TEXTS = [
    # a counterparty, a pronoun, a comparison base, a source date, a change between two dates
    "与微软达成合作后，公司表示2025年资本开支将超过300亿美元，较2024年增长20%。"
    "相对GPT-4-turbo下降50%；据IDC 6月7日报道，较5月底的80美元上涨至95美元。",
    # a table with a caption, a counted object and an enumeration joined by 合计
    "表1：主要厂商资本开支（亿美元）\n公司  2024  2025E\n微软  556  800\n谷歌  525  750\n"
    "两家合计采购1.6万块H100，同比增长35%，截至11月10日累计涨幅达67%。",
]


def _scan_role_hits(ex, start, end, role):
    return [h for h in ex.grammar.items if start <= h.start < end and h.end <= end
            and ex.roles[(h.start, h.end)] == role]


def _scan_preceded_by(ex, pos, role, gap):
    return any(ex.roles[(h.start, h.end)] == role and pos - 6 - gap <= h.start <= pos
               and h.end <= pos and pos - h.end <= gap for h in ex.grammar.items)


def _scan_followed_by(ex, pos, role, gap):
    return any(ex.roles[(h.start, h.end)] == role and pos <= h.start < pos + gap + 6
               and h.end <= pos + gap + 6 and h.start - pos <= gap for h in ex.grammar.items)


@pytest.mark.parametrize("text", TEXTS, ids=["prose", "table"])
def test_grammar_lookups_match_a_scan_at_every_offset(text):
    ex = linked_extractor(text)
    roles = sorted(set(ex.roles.values()))
    assert len(roles) >= 3, f"the invented text should hold several grammar roles, found {roles}"
    n = len(ex.ptext)
    for role in roles + ["no_such_role"]:
        for pos in range(-2, n + 3):
            for gap in (0, 1, 2, 4, 6):
                assert ex._preceded_by(pos, role, gap) == _scan_preceded_by(ex, pos, role, gap), (role, pos, gap)
                assert ex._followed_by(pos, role, gap) == _scan_followed_by(ex, pos, role, gap), (role, pos, gap)
        for start, end in itertools.combinations(range(0, n + 1, 3), 2):
            assert ex._role_hits(start, end, role) == _scan_role_hits(ex, start, end, role)


@pytest.mark.parametrize("text", TEXTS, ids=["prose", "table"])
def test_candidates_and_periods_match_a_filtered_scan(text):
    ex = linked_extractor(text)
    n = len(ex.ptext)
    for start, end in itertools.combinations(range(0, n + 1, 2), 2):
        names = [e for e in ex.entities.within(start, end)
                 if (e.start, e.end) not in ex.objects and e.type != "org"
                 and not ex._preceded_by(e.start, "source", gap=1)
                 and not ex._preceded_by(e.start, "comparison", gap=1)]
        assert [id(e) for e in ex._candidates(start, end)] == [id(e) for e in names]
        usable = [p for p in ex.periods.within(start, end) if ex._usable(p)]
        assert [id(p) for p in ex._usable_periods(start, end)] == [id(p) for p in usable]
        sources = [p for p in ex.periods.within(start, end)
                   if not ex._preceded_by(p.start, "comparison", gap=1)
                   and ex._followed_by(p.end, "source_date", gap=2)]
        assert [id(p) for p in ex._source_dates(start, end)] == [id(p) for p in sources]


class _Hit:
    def __init__(self, start, end):
        self.start, self.end = start, end


def test_range_lookup_keeps_hits_that_end_inside_only():
    # a long hit that starts early and ends late must not leak into a query that cuts it
    hits = [_Hit(0, 3), _Hit(2, 20), _Hit(4, 6), _Hit(8, 9), _Hit(12, 14)]
    index = _Index(hits)
    for start in range(-1, 22):
        for end in range(-1, 22):
            expected = [h for h in hits if start <= h.start < end and h.end <= end]
            assert index.within(start, end) == expected, (start, end)
    assert _Index([]).within(0, 10) == []


@pytest.mark.parametrize("text", TEXTS, ids=["prose", "table"])
def test_roles_of_a_span_are_those_its_range_queries_find(text):
    # a rule skips its range query when its role is not among the clause's or sentence's roles:
    # that must never hide a hit of any sub-range
    ex = linked_extractor(text)
    n = len(ex.ptext)
    spans = [(s.start, s.end) for s in ex.sentences] + [(c.start, c.end) for s in ex.sentences for c in s.clauses]
    assert spans, "the invented text should hold sentences"
    for start, end in spans + list(itertools.combinations(range(0, n + 1, 5), 2)):
        span = _Hit(start, end)
        found = ex._roles_in(span)
        assert found == {ex.roles[(h.start, h.end)] for h in _scan_role_hits_any(ex, start, end)}
        for role in set(ex.roles.values()) - found:
            assert all(not ex._role_hits(a, b, role)
                       for a, b in itertools.combinations(range(start, end + 1), 2)), (role, start, end)


def _scan_role_hits_any(ex, start, end):
    return [h for h in ex.grammar.items if start <= h.start < end and h.end <= end]


def test_partner_window_opens_after_the_last_clause_end():
    # 与 lists partners only within its own clause: the name after the comma is no partner
    ex = linked_extractor("公司与微软，谷歌收入增长10%。")
    names = {e.name: e for e in ex.entities.items}
    assert {"Microsoft", "Google"} <= set(names), f"the invented text should name both, found {list(names)}"
    assert ex._partner(names["Microsoft"], ex.sentences[0])
    assert not ex._partner(names["Google"], ex.sentences[0])


def test_quantity_copy_with_fields_equals_replace():
    # a table cell's quantity takes its header's unit through the cheap copy: the copy must be
    # the quantity dataclasses.replace makes, and the original must stay as it was
    import dataclasses
    from decimal import Decimal
    from aigc_analysis.extract.facts import _with_fields
    from aigc_analysis.extract.quantities import find_quantities
    q = find_quantities("收入约1,234.5亿元，同比增长12%")[0]
    changes = dict(value=float(q.exact * Decimal(10)), exact=q.exact * Decimal(10), unit="USD", kind="money", per=None)
    copied, replaced = _with_fields(q, **changes), dataclasses.replace(q, **changes)
    assert copied == replaced and type(copied) is type(replaced)
    assert copied.unit == "USD" and q.unit != "USD"
    assert vars(copied) == vars(replaced)


def test_wrap_pattern_finds_the_line_breaks_between_chinese_characters():
    import re

    from aigc_analysis.extract.facts import _CJK_WRAP

    # the plain form: a break with a Chinese character on each side (the pattern opens with the
    # break so its search skips to line breaks; the spans must be the same)
    plain = re.compile(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])")
    for text in ("英伟\n达发布", "\n英伟达\n", "英\n\n达", "A\n达", "达\nA", "英伟\n达与\n台积电\n", "\n", "达\n"):
        assert [m.span() for m in _CJK_WRAP.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_index_sorts_stably_and_keeps_the_largest_end_so_far():
    from collections import namedtuple

    Hit = namedtuple("Hit", "start end word")
    # in text order (no sort needed), and out of order with ties (a stable sort by start)
    for hits in ([Hit(0, 5, "a"), Hit(2, 3, "b"), Hit(2, 9, "c"), Hit(7, 8, "d")],
                 [Hit(4, 6, "a"), Hit(1, 9, "b"), Hit(4, 5, "c"), Hit(0, 2, "d"), Hit(1, 3, "e")], []):
        index = _Index(hits)
        assert index.items == sorted(hits, key=lambda h: h.start)
        assert index.starts == [h.start for h in index.items]
        assert index._ends_upto == list(itertools.accumulate((h.end for h in index.items), max))
        by_end = _Index(hits, key=lambda h: h.end)
        assert by_end.items == sorted(hits, key=lambda h: h.end) and by_end.starts == [h.end for h in by_end.items]
