"""Span queries in logarithmic time: does a span overlap, or lie inside, one of many?

Extraction asks "does this hit overlap a name already found?" for every hit of a scanner, and
both lists grow with the document: asked as ``any(...)`` over a list, a report of a million
characters (a concatenation, a text on one line) spends minutes on the question. A
:class:`SpanIndex` sorts the spans once and keeps the running maximum end, so each question
is two binary searches.
"""
from __future__ import annotations

import bisect
import operator
from collections.abc import Iterable


class SpanIndex:
    """Half-open spans ``[start, end)`` sorted by start, with the largest end so far.

    Built from objects with ``start`` and ``end`` attributes or from ``(start, end)`` pairs (all
    of one kind). The linking index of the extractor (``facts._Index``) is one with its items.

    >>> index = SpanIndex([(10, 14), (2, 6)])
    >>> index.overlaps(5, 8), index.overlaps(6, 10), index.overlaps(13, 20)
    (True, False, True)
    >>> index.covers(3, 6), index.covers(3, 7), index.covers(10, 14)
    (True, False, True)
    >>> SpanIndex([]).overlaps(0, 100)
    False
    """

    __slots__ = ("starts", "_ends_upto")

    def __init__(self, spans: Iterable):
        spans = list(spans)
        pairs = sorted(zip(map(_START, spans), map(_END, spans)) if spans and hasattr(spans[0], "start")
                       else spans)
        self.starts = [s for s, _ in pairs]
        self._ends_upto = running_max(e for _, e in pairs)

    def __len__(self) -> int:
        return len(self.starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span ``s`` has ``s.start < end`` and ``start < s.end``."""
        j = bisect.bisect_left(self.starts, end)
        return j > 0 and self._ends_upto[j - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Whether some span ``s`` has ``s.start <= start`` and ``end <= s.end``."""
        j = bisect.bisect_right(self.starts, start)
        return j > 0 and self._ends_upto[j - 1] >= end


def running_max(ends: Iterable[int]) -> list[int]:
    """The largest end among the first k spans, for every k: when it lies inside a query, so does
    every end before it (a loop: ``accumulate`` calling ``max`` per item cost twice as much;
    offsets are >= 0).

    >>> running_max([3, 1, 7, 5])
    [3, 3, 7, 7]
    """
    out: list[int] = []
    top = -1
    for end in ends:
        if end > top:
            top = end
        out.append(top)
    return out


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
