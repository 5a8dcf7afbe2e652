"""Split a document into sentences, clauses and table rows, keeping character offsets.

A *sentence* ends at 。！？!? or a line break; a *clause* is a part of a sentence between
，,；;：: (the enumeration comma 、 does not end a clause: ``微软、谷歌合计`` is one clause).
A line with two or more tab-separated cells is a *table row*: each cell is a clause, and the
row remembers the header row of its table so a number can take its metric from the column
heading (``参数量``) and its entity from the row (``BERT``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

_SENTENCE_END = re.compile(r"[。！？!?]+|\n")
# A thousands separator between digits is not a clause break: "1,620.5".
_CLAUSE_BREAK = re.compile(r"[，；;：:]|,(?!(?<=\d,)\d{3})")


class Span(NamedTuple):
    """A character range ``[start, end)`` of the text."""

    start: int
    end: int


@dataclass
class Sentence:
    """A prose sentence or a table row, with its clauses."""

    start: int
    end: int
    clauses: list[Span] = field(default_factory=list)
    is_row: bool = False
    #: For a table row: the cell spans of the row's header (same table), if any.
    header: list[Span] | None = None
    paragraph: int = 0
    #: For a table row: the caption line just above its table (``表1：...（亿元）``), if any.
    caption: Span | None = None


def _clauses(text: str, start: int, end: int) -> list[Span]:
    out: list[Span] = []
    pos = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > pos:
            out.append(Span(pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append(Span(pos, end))
    return out


def _cells(line: str, offset: int) -> list[Span]:
    cells: list[Span] = []
    pos = 0
    for part in line.split("\t"):
        s, e = pos, pos + len(part)
        # trim blanks so empty cells vanish and spans stay tight
        while s < e and line[s] in " \u3000":
            s += 1
        while e > s and line[e - 1] in " \u3000\r":
            e -= 1
        if e > s:
            cells.append(Span(offset + s, offset + e))
        pos += len(part) + 1
    return cells


_YEAR_CELL = re.compile(r"^(?:FY)?\d{2,4}(?:[AEF]|年|Q[1-4]|H[12])?[AE]?$", re.IGNORECASE)


def _is_year_header(text: str, cells: list[Span]) -> bool:
    """A header of period columns (``指标  2023A  2024E  2025E``): every cell after the first is a period."""
    rest = [text[c.start:c.end].strip() for c in cells[1:]]
    return len(rest) >= 2 and all(_YEAR_CELL.match(c) for c in rest)


_DIGIT = re.compile(r"\d")


def _has_digit(text: str, span: Span) -> bool:
    return _DIGIT.search(text, span.start, span.end) is not None


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences and table rows, in order.

    Parameters
    ----------
    text : str
        The parsing text of a document (Simplified, ASCII digits).

    Returns
    -------
    list of Sentence
        Sentences cover the text without overlap; offsets index ``text``.

    Examples
    --------
    >>> [text[s.start:s.end] for s in split_sentences(text := "甲增长5%。乙下降3%")]
    ['甲增长5%', '乙下降3%']
    """
    out: list[Sentence] = []
    header: list[Span] | None = None
    in_table = False
    caption: Span | None = None  # the last prose line, a table's caption if a table follows
    paragraph = 0
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        stripped = line.strip()
        if not stripped:
            header = None  # a blank line ends a table
            in_table = False
            paragraph += 1
        elif "\t" in line.strip(" \t\r") and len(_cells(line, line_start)) >= 2:
            cells = _cells(line, line_start)
            if not in_table:
                in_table = True
                table_caption = caption
            caption = None  # a caption belongs to one table only
            row = Sentence(line_start, line_end, cells, is_row=True, header=header, paragraph=paragraph,
                           caption=table_caption)
            out.append(row)
            if header is None and not any(_has_digit(text, c) for c in cells) or header is None and _is_year_header(text, cells):
                header = cells
        else:
            header = None
            in_table = False
            caption = Span(line_start, line_end)
            pos = line_start
            for m in _SENTENCE_END.finditer(text, line_start, line_end):
                if m.start() > pos:
                    out.append(Sentence(pos, m.start(), _clauses(text, pos, m.start()), paragraph=paragraph))
                pos = m.end()
            if pos < line_end:
                out.append(Sentence(pos, line_end, _clauses(text, pos, line_end), paragraph=paragraph))
            paragraph += 1
        line_start = line_end + 1
    return out
