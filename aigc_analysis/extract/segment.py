"""Split a document into sentences, clauses and table rows, keeping character offsets.

A *sentence* ends at 。！？!? or a line break; a *clause* is a part of a sentence between
，,；;：: (the enumeration comma 、 does not end a clause: ``微软、谷歌合计`` is one clause).
A line with two or more tab-separated cells is a *table row*: each cell is a clause, and the
row remembers the header row of its table so a number can take its metric from the column
heading (``参数量``) and its entity from the row (``BERT``).
"""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..load.normalise import for_parsing
from .numerals import CN_BARE_CELL, fold, pattern_words
from .quantities import ACCOUNTING_PAIR_GAP, find_unit_labels
from .regexes import per_document

#: The word lists of the layout rules (``data/pattern_words.csv``), as regex alternatives by name.
_WORDS = pattern_words("segment")

_SENTENCE_END = re.compile(r"[。！？!?]+|\n")
# The same matches, written to open with one character class: the engine then skips to the next
# such character in its C loop instead of trying the pattern at every position.
_SENTENCE_END_SCAN = re.compile(r"[。！？!?\n](?:(?<=\n)|[。！？!?]*)")
# An English full stop: after a word, a number or a closing bracket, before a blank and a capital
# letter (``RMB13.0bn in 3Q25. We expect``); not after an abbreviation (``c. 60%``, ``U.S. Tech``,
# ``pattern_words.csv`` ``english_abbreviation``). Decimal points (``13.0``, ``c.100bn``) have no
# blank after them.
# A footnote mark of a PDF may follow the stop after a word (``offset it.2 We``, ``RMB160bn.4 The``).
_ENGLISH_STOP = re.compile(r"(?<=[A-Za-z0-9%)\]])\.(?=[ \t]+[\"“(]?[A-Z])|(?<=[A-Za-z%)])\.(?=[0-9]{1,2}[ \t]+[\"“(]?[A-Z])")
# (read as a test only: written to open with the full stop, a literal the engine skips to in C,
# the character before it read by a lookbehind; a document is searched whole with it)
_FOOTNOTE_STOP = re.compile(r"\.(?<=[A-Za-z%)]\.)[0-9]{1,2} ")
_WORD_BEFORE_STOP = re.compile(r"(?<![A-Za-z.])[A-Za-z.]+$")
#: an English abbreviation a full stop ends (``c.``, ``vs.``, ``Inc.``): no sentence end after it
ENGLISH_ABBREVIATION = re.compile(rf"(?:{_WORDS['english_abbreviation']})", re.IGNORECASE)


def _english_stops(text: str, start: int, end: int) -> list[int]:
    """Positions of the full stops that end English sentences in ``text[start:end]`` (a line of
    an English-language note: ``Tencent's capex was RMB13.0bn in 3Q25. We expect ...``)."""
    out = []
    for m in _ENGLISH_STOP.finditer(text, start, end):
        w = _WORD_BEFORE_STOP.search(text, max(start, m.start() - 12), m.start())
        if w is None or not ENGLISH_ABBREVIATION.fullmatch(w.group()):
            out.append(m.start())
    return out


class _Stop(NamedTuple):
    """A sentence end found outside ``_SENTENCE_END_SCAN`` (an English stop, an emoji, a blank
    run between a masthead's fields), read like its matches."""

    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b

    def span(self) -> tuple[int, int]:
        # a line's ends pass through _with_stops twice (English stops, then emoji): the second
        # pass reads the first's stops as it reads matches
        return self.a, self.b


def _with_stops(ends, runs: list[Span], stops: list[tuple[int, int]]):
    """``(ends, runs)`` of a line with the spans ``stops`` added as sentence ends and its clause
    runs cut at them; unchanged when there are none."""
    if not stops:
        return ends, runs
    merged = sorted([_Stop(*m.span()) for m in ends] + [_Stop(a, b) for a, b in stops])
    cut: list[Span] = []
    stops = sorted(stops)
    firsts = [a for a, _ in stops]
    for r in runs:
        lo = r.start
        # only the stops from the run's start on can cut it (a line on one run: thousands of stops)
        for a, b in itertools.islice(stops, bisect.bisect_left(firsts, r.start), None):
            if a >= r.end:
                break
            if lo <= a:
                if a > lo:
                    cut.append(Span(lo, a))
                lo = b
        if lo < r.end:
            cut.append(Span(lo, r.end))
    return merged, cut


def _with_english_stops(text: str, start: int, end: int, ends, runs: list[Span]):
    """The sentence ends of a line with its English full stops added, and its clause runs cut
    at them: ``(ends, runs)``, unchanged when the line has none."""
    return _with_stops(ends, runs, [(p, p + 1) for p in _english_stops(text, start, end)])


# A pictograph emoji (🔥, ✅, 👉, 📈, with its variation selector) that a WeChat article puts
# between two statements on one line (``出货50万副🔥小米AI眼镜售价1999元``): it ends a sentence as
# a full stop would. One at the line's start is a bullet and stays in its sentence.
_EMOJI_STOP = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]\uFE0F?")


def _with_emoji_stops(text: str, start: int, end: int, ends, runs: list[Span]):
    """The sentence ends of a line with its mid-line emoji added (``_EMOJI_STOP``), and its
    clause runs cut at them: ``(ends, runs)``, unchanged when the line has none."""
    stops = [m.span() for m in _EMOJI_STOP.finditer(text, start, end) if text[start:m.start()].strip()]
    return _with_stops(ends, runs, stops)


# A thousands separator between digits is not a clause break: "1,620.5".
# a US$1.7bn, 10-year deal: an English comma before a hyphened term (N-year, N-month) joins the
# amount to the noun it qualifies; it breaks no clause
_CLAUSE_BREAK = re.compile(r"[，；;：:]|,(?!(?<=\d,)\d{3})(?! ?[0-9]{1,2}-(?:year|month)(?![A-Za-z]))")


class Span(NamedTuple):
    """A character range ``[start, end)`` of the text."""

    start: int
    end: int


# A clause of a prose line, matched as a whole: a run of characters that are neither a sentence
# end nor a clause break (a comma between a digit and three digits is a thousands separator, as
# _CLAUSE_BREAK reads it). Written as repeats of a character class, which the engine runs as
# one C loop each. Its lookahead may see past a sentence's end, where there is a sentence end,
# never a digit: the runs are the clauses _clauses finds per sentence.
_CLAUSE_JOIN = r",(?:(?<=\d,)(?=\d{3})|(?= ?[0-9]{1,2}-(?:year|month)(?![A-Za-z])))"
_CLAUSE_RUN = re.compile(rf"(?:{_CLAUSE_JOIN})?[^，；;：:,。！？!?\n]+(?:{_CLAUSE_JOIN}[^，；;：:,。！？!?\n]*)*")
# ``Span(*m.span())`` for every match runs C code only (``Span.__new__`` is a Python function)
_new_span = functools.partial(tuple.__new__, Span)
_match_span = re.Match.span
_span_start = operator.itemgetter(0)


@dataclass(slots=True)
class Sentence:
    """A prose sentence or a table row, with its clauses.

    Its fields are slots: a document holds thousands of sentences, and an instance dict each
    was one more object to allocate and for the cyclic garbage collector to traverse.
    """

    start: int
    end: int
    clauses: list[Span] = field(default_factory=list)
    is_row: bool = False
    #: For a table row: the cell spans of the row's header (same table), if any.
    header: list[Span] | None = None
    paragraph: int = 0
    #: For a table row: the caption line just above its table (``表1：...（亿元）``), if any.
    caption: Span | None = None
    #: For a table row: the header cells above each of its cells (top line first).
    col_headers: list[tuple[Span, ...]] | None = None
    #: For a table row: its label cell (the first cell, when it is not a value).
    label: Span | None = None
    #: A header row of a table (its numbers are labels, never facts).
    is_header: bool = False
    #: For a row of a blank-aligned table whose label wraps onto the next line (``归属于上市公司股东的扣除非经常``
    #: over ``性损益的净利润``): that line, the rest of the label.
    label_tail: Span | None = None


def _prose_sentence(start: int, end: int, clauses: list[Span], paragraph: int) -> Sentence:
    """``Sentence(start, end, clauses, paragraph=paragraph)``, the fields passed by position."""
    return Sentence(start, end, clauses, False, None, paragraph)


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


# Cells of a table row: tab-separated, markdown pipes, or aligned with runs of two or more blanks
# (ASCII) or one full-width blank, which is two columns wide; a single ASCII blank stays inside a
# cell (``Llama 4 Scout``). Blanks are read on the text as written: the parsing text has folded
# full-width blanks to ASCII.
# (845.0)　(1,206.5) (1,478.3): one blank between two bracketed figures (accounting negatives
# filling a fixed-width column) parts two cells too
_BLANK_RUN = re.compile(r"[ \u3000]{2,}|\u3000|\t|" + ACCOUNTING_PAIR_GAP)
_WIDE_RUN = re.compile(r"[ \u3000]{2,}")
#: A row label closing on a bracket whose display width filled its column, so that the first
#: figure follows it with no blank or one (夸克（学习场景）6,120, 全球PC出货(百万台) 262.7): the
#: split between the label and that figure.
_GLUED_FIGURE = re.compile(r"(?<=[）)]) ?(?=[-+(]?\d[\d,.]*%?\)?$)")
_LABEL_WORD = re.compile(r"[^\W\d_]")
#: The head of a table's or figure's caption: its word and number (表1, 图表 3-2, Exhibit 4:), a
#: number in Chinese numerals or one capital letter before a blank or stop (表一　, 图二：, 附件A　,
#: Appendix B:), or a colon for a caption without one (附表：), maybe inside a bracket
#: (【表1　…】). A caption line is never a table row, even when a full-width blank or a run of
#: blanks parts its number from its title.
CAPTION_HEAD = (rf"(?:{_WORDS['caption_bracket']})?\s?(?:{_WORDS['caption']})\s?"
                r"(?:[\d０-９]|(?:[一二三四五六七八九十]{1,3}|(?-i:[A-Z]))(?=[\s:：、.．】\]）)]|$)|[:：])")
_CAPTION = re.compile(CAPTION_HEAD, re.IGNORECASE)
_PIPE_SEPARATOR = re.compile(r"^\s*:?-{2,}:?\s*$")
_BLANKS = " \u3000\r\t"


def _trim(line: str, s: int, e: int) -> tuple[int, int]:
    # the blanks counted by str.strip (C) rather than a step per character
    seg = line[s:e]
    body = seg.lstrip(_BLANKS)
    if not body:
        return e, e
    return s + len(seg) - len(body), e - len(body) + len(body.rstrip(_BLANKS))


def _cells(line: str, offset: int) -> list[Span]:
    """Tab-separated cells of ``line`` (empty cells dropped), as spans of the text."""
    cells: list[Span] = []
    pos = 0
    for part in line.split("\t"):
        body = part.strip(_BLANKS)
        if body:
            s = offset + pos + len(part) - len(part.lstrip(_BLANKS))
            cells.append(_new_span((s, s + len(body))))
        pos += len(part) + 1
    return cells


#: Longer lines are prose: table rows are short (a report flattened onto one line is not a row).
_MAX_ROW = 2000
#: A header row is a line of short labels.
_MAX_HEADER_CELL = 40


def _row_cells(line: str, offset: int) -> tuple[list[Span], str] | None:
    """The cells of a line that is a table row, and its layout (``tab``/``pipe``/``space``).

    Returns None for a line that is not a row. A markdown separator (``|---|:--:|``) gives an
    empty list with layout ``pipe``: it belongs to the table but holds no cells.
    """
    if "|" not in line and "\t" not in line and "  " not in line and "\u3000" not in line:
        # no pipe, tab or run of blanks: prose (most lines), unless a flattened table row
        return _single_blank_row(line, offset) if " " in line else None
    body = line.strip(_BLANKS)
    if not body or len(body) > _MAX_ROW:
        return None  # a whole report on one line is prose, whatever blanks it holds
    if body.startswith("|") and body.count("|") >= 2:
        cells: list[Span] = []
        parts = line.split("|")
        pos = len(parts[0]) + 1
        raw = []
        for part in parts[1:]:
            raw.append((pos, pos + len(part)))
            pos += len(part) + 1
        if line.rstrip(_BLANKS).endswith("|"):
            raw = raw[:-1]
        texts = [line[a:b] for a, b in raw]
        if texts and all(_PIPE_SEPARATOR.match(t) for t in texts):
            return [], "pipe"
        for a, b in raw:
            s, e = _trim(line, a, b)
            while e - s > 2 and line[s] == "*" and line[e - 1] == "*":
                s, e = s + 1, e - 1  # | **合计** | **1,270** |: markdown emphasis, not the cell's text
            if e > s:
                cells.append(_new_span((offset + s, offset + e)))
        return (cells, "pipe") if len(cells) >= 2 else None
    if "\t" in body:
        cells = _cells(line, offset)
        if cells and all(_PIPE_SEPARATOR.match(line[c.start - offset:c.end - offset]) for c in cells):
            return [], "tab"  # the ---|--- line of a bare-pipe table laid out as tabs: no cells
        return (cells, "tab") if len(cells) >= 2 else None
    lead = len(line) - len(line.lstrip(_BLANKS))
    if _WIDE_RUN.search(body) is None or _CAPTION.match(body):
        return None  # one full-width blank alone separates words (表4　标题), not columns
    cells = _cells_between(line, offset, lead, _BLANK_RUN)
    if len(cells) < 2:
        return None
    cells[:1] = _unglued(line, offset, cells[0])
    if all(_FIELD_LABEL.match(line, c.start - offset) for c in cells):
        # 单位：元  币种：人民币: a caption's fields, each a label and its colon, set apart by
        # blanks: the caption of the table below, not its header row. A note's masthead
        # (評級：買入　　目標價：78港元（前值：73.5港元） over 現價：63.8港元　　潛在升幅：22%) is
        # such a line of fields too: each field is a clause of its own, not a cell under a
        # header line, and read as a table row its label took the place of the field's words
        return None
    return cells, "space"


def _unglued(line: str, offset: int, cell: Span) -> list[Span]:
    """The first cell of a space-laid row as its label and its first figure when the two touch
    (see _GLUED_FIGURE); the cell itself otherwise."""
    text = line[cell.start - offset:cell.end - offset]
    m = _GLUED_FIGURE.search(text)
    if m is None or not _LABEL_WORD.search(text, 0, m.start()):
        return [cell]
    return [_new_span((cell.start, cell.start + m.start())), _new_span((cell.start + m.end(), cell.end))]


def _cells_between(line: str, offset: int, lead: int, separator: re.Pattern) -> list[Span]:
    """The cells of ``line`` from ``lead`` on, parted by the matches of ``separator`` (runs of
    blanks, single full-width blanks), as spans of the text ``line`` starts at ``offset`` of."""
    cells = []
    pos = lead
    for m in separator.finditer(line, lead):
        if m.start() > pos:
            cells.append(_new_span((offset + pos, offset + m.start())))
        pos = m.end()
    s, e = _trim(line, pos, len(line))
    if e > s:
        cells.append(_new_span((offset + s, offset + e)))
    return cells


#: The most words a label of a flattened row may have (``Google Cloud 34 36``).
_MAX_LABEL_WORDS = 3


def _single_blank_row(line: str, offset: int) -> tuple[list[Span], str] | None:
    """A table row a PDF extraction flattened to single blanks: ``800G 2,600 4,200 4,800`` (a
    label of a few words, then two or more values and nothing else) or ``2025 2026E 2027E``
    (period labels only, maybe after a label). Its cells line up from the right."""
    if not _TWO_NUMBERS.search(line):
        return None  # most lines: no two figures side by side, no closer look
    words = [(m.start(), m.end()) for m in _WORD.finditer(line)]
    if len(words) < 3:
        return None
    texts = [line[a:b] for a, b in words]
    periods = [bool(_YEAR_CELL.match(t)) for t in texts]
    values = [not p and is_value_cell(t) for t, p in zip(texts, periods)]
    n_label = next((i for i, (v, p) in enumerate(zip(values, periods)) if v or p), len(texts))
    rest = len(texts) - n_label
    if n_label > _MAX_LABEL_WORDS or rest < 2 or _SENTENCE_MARK.search(line):
        return None
    if not ((n_label and all(values[n_label:])) or all(periods[n_label:])):
        return None  # values need a label before them (``1 2 3`` is a page's numbers, not a row)
    cells = ([_new_span((offset + words[0][0], offset + words[n_label - 1][1]))] if n_label else []) + \
        [_new_span((offset + a, offset + b)) for a, b in words[n_label:]]
    return cells, "single"


#: The most cells a header of a flattened table may have, and the longest of its labels.
_MAX_ALIGNED_CELLS = 12
_MAX_ALIGNED_LABEL = 12
#: The longest cell of a row under such a header (``FY2025Q4``, ``75.2亿欧元``, ``25-150kW/柜``).
_MAX_ALIGNED_CELL = 20
#: A cell that holds nothing (``—``, ``-``, ``N/A``): it fits a column of values or of names.
_EMPTY_CELL = re.compile(r"^(?:[-—–－/]+|N/?A|n\.?a\.?)$")


def _plain_words(line: str) -> list[tuple[int, int]] | None:
    """The words of a line whose only separators are single blanks (no tab, pipe, run of blanks
    or sentence mark), as (start, end) in the line; None for any other line."""
    body = line.strip(_BLANKS)
    if " " not in body or "\t" in body or "|" in body or "  " in body or "\u3000" in body \
            or _SENTENCE_MARK.search(body):
        return None
    return [(m.start(), m.end()) for m in _WORD.finditer(line)]


def _header_aligned_rows(lines: list[str]) -> dict[int, tuple[list[Span], str]]:
    """The lines of tables a PDF flattened to single blanks that a header of short labels opens
    (``公司 财季 收入 同比 毛利率`` over ``ASML 2025Q3 75.2亿欧元 0.7% 51.6%``), by line index, each
    with a cell per word. A row's words are not split into label and values by their look (a
    fiscal quarter ``FY2025Q4`` or a range ``25-150kW/柜`` would join the label) but by the
    header's count: the header holds k labels and no values, and at least two lines under it
    hold k words each, figures among them, with every column holding figures in each row or
    names in each row (an empty ``—`` fits either). Prose with single blanks (English, a
    bilingual line) rarely keeps one word count and one column pattern over two lines."""
    out: dict[int, tuple[list[Span], str]] = {}
    i = 0
    while i < len(lines):
        head = _plain_words(lines[i])
        if head is None or not 3 <= len(head) <= _MAX_ALIGNED_CELLS \
                or any(b - a > _MAX_ALIGNED_LABEL for a, b in head) \
                or any(is_value_cell(lines[i][a:b]) for a, b in head):
            i += 1
            continue
        k = len(head)
        kinds: list[set] = [set() for _ in range(k)]
        rows = []
        j = i + 1
        while j < len(lines):
            words = _plain_words(lines[j])
            if words is None or len(words) != k or any(b - a > _MAX_ALIGNED_CELL for a, b in words):
                break
            cells = [lines[j][a:b] for a, b in words]
            figures = [_DIGIT.search(c) is not None for c in cells]
            if sum(figures) < 2 or not figures[-1]:
                break  # a row of a flattened table ends in a figure and holds two
            row_kinds = [None if _EMPTY_CELL.match(c) else f for c, f in zip(cells, figures)]
            if any(r is not None and (not r) in kinds[c] for c, r in enumerate(row_kinds)):
                break  # a column of figures meets a name (or the other way): not the table's row
            for c, r in enumerate(row_kinds):
                if r is not None:
                    kinds[c].add(r)
            rows.append(j)
            j += 1
        if len(rows) >= 2:
            for n in [i] + rows:
                out[n] = ([_new_span((a, b)) for a, b in _plain_words(lines[n])], "single")
            i = j
        else:
            i += 1
    return out


def tab_flattened_rows(text: str) -> str:
    """The parsing text with the single blanks between the cells of flattened table rows (see
    :func:`_single_blank_row`; two such lines in a row) turned into tabs, so the number parser
    reads ``800G 2,600 4,200`` cell by cell. Same length: offsets hold.

    Examples
    --------
    >>> tab_flattened_rows("2025 2026E 2027E\\n800G 2,600 4,200 4,800\\n").split("\\n")[1]
    '800G\\t2,600\\t4,200\\t4,800'
    """
    if " " not in text:
        return text
    lines = text.split("\n")
    found = [_single_blank_row(line, 0) if " " in line and "\t" not in line and "|" not in line else None
             for line in lines]
    aligned = _header_aligned_rows(lines)
    if not any(found) and not aligned:
        return text
    out = []
    for i, (line, row) in enumerate(zip(lines, found)):
        paired = (i > 0 and found[i - 1] is not None) or (i + 1 < len(found) and found[i + 1] is not None)
        if i in aligned:
            row, paired = aligned[i], True  # a word per cell, as its header's words are
        if row is not None and paired:
            chars = list(line)
            for a, b in zip(row[0], row[0][1:]):
                for k in range(a.end, b.start):
                    chars[k] = "\t"
            line = "".join(chars)
        out.append(line)
    return "\n".join(out)


#: The one mark between the cells of a table written with single full-width blanks.
_FULLWIDTH_BLANK = re.compile("\u3000")
#: Marks no cell of a table written with single full-width blanks holds (prose, a colon's label).
_NOT_IN_CELLS = re.compile(r"[。，；！？：:;!?]")


def _fullwidth_cells(line: str) -> list[str] | None:
    """The cells of a line written with single full-width blanks between them
    (``岳川机器人　3200　12.9``; a run of two marks an empty cell, ``合计　　182,500.00``),
    or None when the line cannot be such a row (no full-width blank, a tab, a pipe, a run of
    ASCII blanks, a caption, sentence marks or a long cell)."""
    body = line.strip(_BLANKS)
    if "\u3000" not in body or "\t" in body or "|" in body or "  " in body or len(body) > _MAX_ROW \
            or _CAPTION.match(body) or _NOT_IN_CELLS.search(body):
        return None
    cells = body.split("\u3000")
    if sum(1 for c in cells if c.strip()) < 2 or any(len(c) > _MAX_HEADER_CELL for c in cells):
        return None
    if line.startswith("\u3000") and not line.startswith("\u3000\u3000"):
        # 　第一季度　第二季度: one blank before the first label is the header's empty corner cell
        cells.insert(0, "")
    return cells


# +10~15, -5~0, 0~+3, 8%~13%: a range of values (a price-change band of a forecast table); a
# span of years (2024-2025) is a period label, not a range
_RANGE_VALUE_CELL = re.compile(r"[-+\u2212]?\d+(?:\.\d+)?%?\s?[~～〜—–-]\s?[-+\u2212]?\d+(?:\.\d+)?%?")
_YEAR_SPAN_CELL = re.compile(r"(?:19|20)\d{2}\s?[~～〜—–-]\s?(?:19|20)?\d{2}")


def _value_or_range_cell(cell: str) -> bool:
    """True when a cell of a table written with full-width blanks holds a value or a range of
    values (``+10~15``), so that a table of range cells is laid out as tabs like one of numbers.

    Examples
    --------
    >>> [_value_or_range_cell(c) for c in ("+10~15", "0~+3", "8%~13%", "46.07", "2024-2025", "持平")]
    [True, True, True, True, False, False]
    """
    if is_value_cell(cell):
        return True
    body = cell.strip(_BLANKS)
    return _RANGE_VALUE_CELL.fullmatch(body) is not None and _YEAR_SPAN_CELL.fullmatch(body) is None


def _runs(items: list, key=len):
    """The ``(start, end)`` spans of the runs of consecutive items that are not None and share
    ``key`` (by default their length: lines that split into the same number of cells, the table
    candidates the two tab writers below test; ``key=bool``: any run of rows).

    Examples
    --------
    >>> list(_runs([None, ["a", "b"], ["1", "2"], ["x"], None]))
    [(1, 3), (3, 4)]
    >>> list(_runs([None, ["a", "b"], ["x"], None], key=bool))
    [(1, 3)]
    """
    i = 0
    while i < len(items):
        if items[i] is None:
            i += 1
            continue
        j = i
        while j < len(items) and items[j] is not None and key(items[j]) == key(items[i]):
            j += 1
        yield i, j
        i = j


def tab_fullwidth_rows(text: str) -> str:
    r"""``text`` with the single full-width blanks between the cells of a table written that way
    turned into tabs, so that the table reads as a tab-separated one. Same length: offsets hold.

    A table is a run of lines that split on full-width blanks into the same number of cells
    (two marks in a row are an empty cell), at most two header lines without a value first,
    then two or more rows holding a value; most of its lines hold no run of blanks, so a table
    aligned with runs of blanks keeps its layout.

    Examples
    --------
    >>> t = "厂商　出货量（台）　起售价（万元/台）\n岳川机器人　3200　12.9\n澜锋智能　1800　9.9\n"
    >>> tab_fullwidth_rows(t).split("\n")[1]
    '岳川机器人\t3200\t12.9'
    >>> tab_fullwidth_rows("分析师：韩　雪\n研究助理：许　诺\n") == "分析师：韩　雪\n研究助理：许　诺\n"
    True
    """
    if "\u3000" not in text:
        return text  # most documents: no full-width blank, no closer look
    lines = text.split("\n")
    cells = [_fullwidth_cells(line) for line in lines]
    if sum(c is not None for c in cells) < 2:
        return text
    merged = _merge_period_heads(cells)
    out = list(lines)
    for i, j in _runs(cells):
        valued = [any(_value_or_range_cell(c) for c in cells[k]) for k in range(i, j)]
        heads = next((n for n, v in enumerate(valued) if v), len(valued))
        rows = valued[heads:]
        wide = sum(1 for k in range(i, j) if _WIDE_RUN.search(lines[k].strip(_BLANKS)))
        if heads <= 2 and len(rows) >= 2 and sum(rows) >= 2 and sum(rows) >= len(rows) - 1 \
                and 2 * wide < j - i:
            for k in range(i, j):
                # an empty corner cell's blank is a cell boundary too, not a lead to keep
                lead = 0 if cells[k][0] == "" else len(lines[k]) - len(lines[k].lstrip(_BLANKS))
                body = lines[k].rstrip(_BLANKS)
                cut = body[lead:].replace("\u3000", "\t")
                if k in merged:  # ２０２５Ｆ　ＥＰＳ: the blank inside one header cell stays
                    cut = "\t".join(c for c in merged[k] if c is not None)
                out[k] = lines[k][:lead] + cut + lines[k][len(body):]
    return "\n".join(out)


def _merge_period_heads(cells: list) -> dict[int, list]:
    """``公司　代號　２０２５Ｆ　ＥＰＳ　２０２６Ｆ　ＥＰＳ　目標價　本益比`` over rows of six cells: a
    header line of no value with more cells than the row below, where a period cell followed by
    a word cell (``２０２５Ｆ　ＥＰＳ``) is one header cell; merging those pairs must give the row's
    count of cells. Updates ``cells`` in place; returns the merged header lines, line number ->
    their cells as written (a merged cell keeps its blank), the corner cell None.

    >>> c = [["公司", "２０２５Ｆ", "ＥＰＳ", "目標價"], ["台光電", "２８．１", "８５０"]]
    >>> _merge_period_heads(c), c[0]
    ({0: ['公司', '２０２５Ｆ\u3000ＥＰＳ', '目標價']}, ['公司', '２０２５Ｆ\u3000ＥＰＳ', '目標價'])
    >>> _merge_period_heads([["公司", "2025F", "2026F"], ["甲", "1.2", "1.5"]])
    {}
    """
    out = {}
    for k in range(len(cells) - 1):
        head, row = cells[k], cells[k + 1]
        if head is None or row is None or len(head) <= len(row) or any(is_value_cell(c) for c in head):
            continue
        folded = [fold(c).strip() for c in head]
        new, n = [], 0
        while n < len(head):
            if n + 1 < len(head) and _YEAR_CELL.match(folded[n]) and folded[n + 1] \
                    and not _YEAR_CELL.match(folded[n + 1]) and not is_value_cell(head[n + 1]):
                new.append(head[n] + "\u3000" + head[n + 1])
                n += 2
            else:
                new.append(head[n])
                n += 1
        if len(new) == len(row):
            written = list(new)
            if head and head[0] == "" and not written[0]:
                written[0] = None  # the inserted corner cell is no text of the line
            cells[k] = new
            out[k] = written
    return out


def _short_cells(body: str, mark: str) -> list[str] | None:
    """``body`` split on ``mark`` (a pipe, a bar, a comma), or None when a cell is longer than a
    header label (prose, not a row); the cells keep their blanks. The one split of the rows
    :func:`_bare_pipe_cells`, :func:`_bar_cells` and :func:`_csv_cells` read once they know the
    line may be theirs.

    >>> _short_cells("公司 | 代码", "|"), _short_cells("x," + "长" * 41, ",")
    (['公司 ', ' 代码'], None)
    """
    cells = body.split(mark)
    if any(len(c.strip(_BLANKS)) > _MAX_HEADER_CELL for c in cells):
        return None
    return cells


def _bare_pipe_cells(line: str) -> list[str] | None:
    """The cells of a line written with pipes between its cells but none at its ends
    (``01 | 金山办公 | 688111 | 5.20``), or None when the line cannot be such a row (no pipe, a
    leading pipe: a markdown row :func:`_row_cells` reads, a tab, a caption or a long cell)."""
    body = line.strip(_BLANKS)
    if "|" not in body or body.startswith("|") or "\t" in body or len(body) > _MAX_ROW or _CAPTION.match(body):
        return None
    return _short_cells(body, "|")


def tab_bare_pipe_rows(text: str) -> str:
    r"""``text`` with the pipes of a table written without outer pipes (``公司 | 代码 | 营收``,
    markdown's short form, or a preview table pasted from a report) turned into tabs, so the
    table reads as a tab-separated one. Same length: offsets hold.

    A table is a run of lines that split on pipes into the same number of cells, its first
    lines without a value the header, then two or more rows holding a value; a markdown
    separator line (``---|---``) may stand in the run. One line with a pipe (a byline such as
    ``计算机 | 算力基础设施``, a menu) is no table.

    Examples
    --------
    >>> t = "公司 | 代码 | 营收\n金山办公 | 688111 | 5.20\n岚峰智能 | 688998 | 0.45\n"
    >>> tab_bare_pipe_rows(t).split("\n")[1]
    '金山办公 \t 688111 \t 5.20'
    >>> tab_bare_pipe_rows("计算机 | 算力基础设施  2025.11.03\n正文。\n") == "计算机 | 算力基础设施  2025.11.03\n正文。\n"
    True
    """
    if "|" not in text:
        return text  # most documents: no pipe, no closer look
    lines = text.split("\n")
    cells = [_bare_pipe_cells(line) if "|" in line else None for line in lines]
    if sum(c is not None for c in cells) < 3:
        return text
    out = list(lines)
    for i, j in _runs(cells):
        rows = [k for k in range(i, j) if not all(_PIPE_SEPARATOR.match(c) for c in cells[k])]
        valued = [any(is_value_cell(c.strip(_BLANKS)) for c in cells[k]) for k in rows]
        heads = next((n for n, v in enumerate(valued) if v), len(valued))
        if heads <= 2 and sum(valued[heads:]) >= 2:
            for k in range(i, j):
                out[k] = lines[k].replace("|", "\t")
    return "\n".join(out)

#: ``+----+------+``: the border of a table drawn with ASCII pipes, dashes and plus signs.
_PLUS_BORDER = re.compile(r"\+(?:[-=]+\+){2,}")
#: At most this many lines of one header stacked over each other (``输入价`` over ``(元/百万``).
_MAX_STACKED_HEADER = 4


#: The bars a row of a pipe or box-drawn table starts and ends with.
_ROW_BARS = "|│┃｜"


def _pipe_row_cells(line: str) -> list[str] | None:
    """The cells of a row with a bar on both ends (``| a | b |``, ``│ a │ b │``), or None."""
    body = line.strip(_BLANKS)
    if len(body) < 3 or body[0] not in _ROW_BARS or body[-1] != body[0] or len(body) > _MAX_ROW:
        return None
    return body[1:-1].split(body[0])


def join_stacked_headers(text: str) -> str:
    r"""``text`` with :func:`stacked_header_edits` made (see there)."""
    return apply_edits(text, stacked_header_edits(text))


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, replacement)`` of ``edits`` (same length, in order) made."""
    if not edits:
        return text
    parts, pos = [], 0
    for a, b, rep in edits:
        parts.append(text[pos:a])
        parts.append(rep)
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def stacked_header_edits(text: str) -> list[tuple[int, int, str]]:
    r"""The edits (same length) that give ``text`` with the header of a pipe table written over several lines (each column's label
    continued on the lines below it: ``| 输入价 |`` over ``| (元/百万 |`` over ``| tokens) |``)
    joined into one header line (``|输入价(元/百万tokens)|``) padded with blanks, and the
    ``+---+---+`` borders of an ASCII-drawn table written as markdown separators
    (``|---|---|``), so the table reads as a markdown one whose header gives each column its
    label and unit. Same length: offsets hold.

    The header lines are two to four lines with the same number of cells and no value, right
    above a border or separator line that two or more valued rows with that number of cells
    follow.

    Examples
    --------
    >>> t = ("+----+--------+\n|公司| 营收   |\n|    | (亿元) |\n+----+--------+\n"
    ...      "| 甲 |  1.5   |\n| 乙 |  2.5   |\n")
    >>> out = join_stacked_headers(t)
    >>> len(out) == len(t), out.split("\n")[:2]
    (True, ['|----|--------|', '|公司|营收(亿元)|              '])
    >>> join_stacked_headers("|公司|营收|\n|---|---|\n|甲|1.5|\n|乙|2.5|\n") == "|公司|营收|\n|---|---|\n|甲|1.5|\n|乙|2.5|\n"
    True
    """
    if not any(b in text for b in _ROW_BARS):
        return []
    lines = text.split("\n")
    out: list[str | None] = list(lines)
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    cells = [_pipe_row_cells(line) for line in lines]
    plus = ["+" in line and _PLUS_BORDER.fullmatch(line.strip(_BLANKS)) is not None for line in lines]
    for k, is_plus in enumerate(plus):
        if is_plus:
            n = lines[k].count("+") - 1
            near = [c for c in cells[max(0, k - 1):k + 2] if c is not None]
            if any(len(c) == n for c in near):
                out[k] = lines[k].replace("+", "|").replace("=", "-")
                cells[k] = out[k].strip(_BLANKS)[1:-1].split("|")
    separator = [(c is not None and all(_PIPE_SEPARATOR.match(x) for x in c))
                 or (c is None and _is_box_border(line)) for c, line in zip(cells, lines)]
    for k in range(1, len(lines)):
        if not separator[k]:
            continue
        if cells[k - 1] is None or separator[k - 1]:
            continue
        n = len(cells[k - 1])
        body = [m for m in range(k + 1, min(len(lines), k + 4)) if cells[m] is not None and len(cells[m]) == n
                and not separator[m]]
        if len(body) < 2 or not all(any(is_value_cell(for_parsing(x).strip(_BLANKS)) for x in cells[m]) for m in body[:2]):
            continue
        lo = k
        while (lo > 0 and k - lo < _MAX_STACKED_HEADER and cells[lo - 1] is not None and len(cells[lo - 1]) == n
               and not separator[lo - 1]
               and not any(is_value_cell(for_parsing(x).strip(_BLANKS)) for x in cells[lo - 1])):
            lo -= 1
        if k - lo < 2:
            continue  # one header line: nothing to join
        joined = ["".join(cells[m][c].strip(_BLANKS) for m in range(lo, k)) for c in range(n)]
        if not all(joined) or any(len(c) > _MAX_HEADER_CELL for c in joined):
            continue
        lead = lines[lo][:len(lines[lo]) - len(lines[lo].lstrip(_BLANKS))]
        bar = lines[lo].strip(_BLANKS)[0]
        head = lead + bar + bar.join(joined) + bar
        span = starts[k] - 1 - starts[lo]  # the header lines and the line breaks between them
        if len(head) > span:
            continue
        out[lo] = head + " " * (span - len(head))
        for m in range(lo + 1, k):
            out[m] = None
    edits = []
    k = 0
    while k < len(lines):
        if out[k] is lines[k]:
            k += 1
            continue
        m = k + 1
        while m < len(lines) and out[m] is None:
            m += 1
        edits.append((starts[k], starts[m] - 1, out[k]))
        k = m
    return edits


#: The bars a table drawn with box-drawing lines or full-width bars puts between its cells.
_BARS = "│｜┃"
#: A border line of a box-drawn table (``┌──┬──┐``, ``├──┼──┤``): corners, junctions and rules.
_BOX_BORDER = re.compile(r"[\s\u3000]*[┌┬┐├┼┤└┴┘╭╮╰╯┏┳┓┣╋┫┗┻┛]?[─━═┈┄\-┬┼┴┌┐├┤└┘┏┓┗┛┣┫┳┻╋]*[\s\u3000]*")
_BOX_JUNCTION = re.compile(r"[┌┬┐├┼┤└┴┘╭╮╰╯┏┳┓┣╋┫┗┻┛]")


def _bar_cells(line: str) -> list[str] | None:
    """The cells of a line whose cells are parted by box-drawing or full-width bars
    (``│营业收入│２３４５│``, ``券商｜IT投入（亿元）｜研发人员（人）``), or None when the line
    holds fewer than two bars, a tab, an ASCII pipe or a long cell."""
    body = line.strip(_BLANKS)
    bars = sum(body.count(b) for b in _BARS)
    if bars < 2 or "\t" in body or "|" in body or len(body) > _MAX_ROW:
        return None
    for b in _BARS[1:]:
        body = body.replace(b, _BARS[0])
    return _short_cells(body.strip(_BARS[0]), _BARS[0])


def _is_box_border(line: str) -> bool:
    """``┌──┬──┐``: a rule of a box-drawn table (at least one junction or rule character)."""
    body = line.strip(_BLANKS)
    return bool(body) and ("─" in body or "━" in body or "═" in body) and _BOX_BORDER.fullmatch(body) is not None


def tab_bar_rows(text: str) -> str:
    r"""``text`` with the bars of a table drawn with box-drawing lines (``│``) or full-width bars
    (``｜``) turned into tabs and its border lines into tab-separated rules, so the table reads as
    a tab-separated one. Same length: offsets hold.

    A table is a run of two or more lines that split on bars into the same number of cells (border
    lines may stand in the run), its first lines without a value the header, then two or more
    rows holding a value (full-width digits read as ASCII). A heading or a byline with a bar
    (``數位觀測站｜產業分析``, ``作者｜王小明``) is no table.

    Examples
    --------
    >>> t = "┌──┬──┐\n│公司│营收│\n├──┼──┤\n│甲　│１２│\n│乙　│３４│\n└──┴──┘\n"
    >>> tab_bar_rows(t).split("\n")[1:4]
    ['\t公司\t营收\t', '\t--\t--\t', '\t甲\u3000\t１２\t']
    >>> tab_bar_rows("作者｜王小明\n數位觀測站｜產業分析\n") == "作者｜王小明\n數位觀測站｜產業分析\n"
    True
    """
    if not any(b in text for b in _BARS):
        return text  # most documents: no bar, no closer look
    lines = text.split("\n")
    cells = [_bar_cells(line) if any(b in line for b in _BARS) else None for line in lines]
    if sum(c is not None for c in cells) < 2:
        return text
    border = [c is None and _is_box_border(line) for c, line in zip(cells, lines)]
    out = list(lines)
    i = 0
    while i < len(lines):
        if cells[i] is None:
            i += 1
            continue
        # the run of bar rows with one count of cells, border lines standing between them
        n = len(cells[i])
        j = i
        members = []
        while j < len(lines) and (border[j] or (cells[j] is not None and len(cells[j]) == n)):
            if not border[j]:
                members.append(j)
            j += 1
        valued = [any(is_value_cell(for_parsing(c).strip(_BLANKS)) for c in cells[k]) for k in members]
        heads = next((m for m, v in enumerate(valued) if v), len(valued))
        if heads <= 2 and sum(valued[heads:]) >= 2:
            lo = i
            while lo > 0 and border[lo - 1]:
                lo -= 1  # the top border above the run
            for k in range(lo, j):
                line = lines[k]
                if border[k]:
                    line = _BOX_JUNCTION.sub("\t", line.replace("─", "-").replace("━", "-").replace("═", "-"))
                else:
                    for b in _BARS:
                        line = line.replace(b, "\t")
                out[k] = line
        i = max(j, i + 1)
    return "\n".join(out)


def _csv_cells(line: str) -> list[str] | None:
    """The comma-separated cells of a line of a CSV block (``Nova-1,DeepGrid,8,450``), or None
    when the line holds fewer than two commas, a tab, a pipe, sentence marks or a long cell."""
    body = line.strip(_BLANKS)
    if body.count(",") < 2 or "\t" in body or "|" in body or len(body) > _MAX_ROW or _CSV_NOT_IN_CELLS.search(body):
        return None
    return _short_cells(body, ",")


#: Marks no cell of a comma-separated table holds (prose).
_CSV_NOT_IN_CELLS = re.compile(r"[。，；！？;!?]")


def tab_csv_rows(text: str) -> str:
    r"""``text`` with the commas of a comma-separated (CSV) table block turned into tabs, so the
    table reads as a tab-separated one. Same length: offsets hold.

    A table is a run of three or more lines with the same number of commas (two or more), its
    first line a header of three or more fields without a value, then two or more rows holding
    a value. A prose line with commas or a number with thousands separators is no table.

    Examples
    --------
    >>> t = "名称,地点,功耗(MW),投资(亿美元)\nNova-1,内华达州,450,60\nAtlas-2,德州,-,45\n"
    >>> tab_csv_rows(t).split("\n")[1]
    'Nova-1\t内华达州\t450\t60'
    >>> tab_csv_rows("收入为1,087亿元,同比增长12%,创新高\n") == "收入为1,087亿元,同比增长12%,创新高\n"
    True
    """
    if text.count(",") < 6:
        return text  # a CSV block has three lines of two commas at least
    lines = text.split("\n")
    cells = [_csv_cells(line) if "," in line else None for line in lines]
    if sum(c is not None for c in cells) < 3:
        return text
    out = list(lines)
    for i, j in _runs(cells):
        if j - i < 3 or any(is_value_cell(c.strip(_BLANKS)) for c in cells[i]):
            continue
        valued = [any(is_value_cell(c.strip(_BLANKS)) for c in cells[k]) for k in range(i + 1, j)]
        if sum(valued) >= 2:
            for k in range(i, j):
                out[k] = lines[k].replace(",", "\t")
    return "\n".join(out)

_WORD = re.compile(r"[^ \t\u3000]+")
# two figures side by side: a value, a period label (2025E) or a year in words (阶段 2024年 2025年)
_TWO_NUMBERS = re.compile(r"\d[\d,.]*(?:[%A-Za-z]*|年度?) [-+]?\d")
_SENTENCE_MARK = re.compile(r"[，。；：！？;:!?]|,(?!\d)")


_YEAR_CELL = re.compile(
    r"^(?:(?:FY\s?\d{2,4}(?:Q[1-4]|H[12])?[AE]?|(?:19|20)\d{2}(?:年度?)?(?:Q[1-4]|H[12])?[AEF]?|\d{2}[AEF]|\d{2}Q[1-4])"
    # a column note after a year that is plainly a label (``2025年（预计）``, ``2025E（一致预期）``,
    # ``2024A(实际)``): still a period column, not a value with a bracketed note; a bare ``2025（…）``
    # stays a value
    r"|(?:FY\s?\d{2,4}|(?:19|20)\d{2}(?=年|Q|H|[AEF]))(?:年度?)?(?:Q[1-4]|H[12])?[AEF]?\s*[(（][^()（）]{1,12}[)）]"
    rf"|{_WORDS['roc_year_cell']})$",
    re.IGNORECASE,
)
# A cell that holds a value: a number with at most a qualifier, a sign, a unit or a footnote mark,
# and maybe a bracketed note after it (``141.32（截至8月28日）``). Period labels are not values.
_VALUE_CELL = re.compile(
    # 2兆2600亿日元: a compound amount, its 兆 or 亿 part first (read whole as in prose)
    rf"^(?:{_WORDS['value_qualifier']})?\s*[-+\u2212]?(?:(?:{_WORDS['value_currency_prefix']})?\$|[¥€])?\s*[\d,]*\.?\d+"
    rf"(?:[兆亿][\d,]*\.?\d+)?\s*(?:{_WORDS['value_unit']})*\s*(?:{_WORDS['value_qualifier_after']})?\s*\*?\s*(?:[(（][^()（）]*[)）])?$"
    # (1,230), (7.2%): a negative written the accounting way (quantities reads it in a table row only)
    r"|^[(（]\d[\d,]*(?:\.\d+)?%?[)）]$"
    # 3.73港元-3.99港元, 约492亿至526亿港元: a range whose far end carries an amount's unit (a
    # magnitude, a currency, %: never 年, so 2024-2025年 stays a span of years)
    rf"|^(?:{_WORDS['value_qualifier']})?\s*[\d,]*\.?\d+\s*(?:{_WORDS['range_value_unit']})*\s*[-~\u2212至到—–]\s*"
    rf"[\d,]*\.?\d+\s*(?:{_WORDS['range_value_unit']})+\s*(?:[(（][^()（）]*[)）])?$"
)


def _is_year_header(text: str, cells: list[Span]) -> bool:
    """A header of period columns (``指标  2023A  2024E  2025E``): every cell after the first is a period."""
    rest = [text[c.start:c.end].strip() for c in cells[1:]]
    return len(rest) >= 2 and all(_YEAR_CELL.match(c) for c in rest)


#: a header cell that is only a bracketed unit (``(US$bn)``): the wrapped rest of the header above it
_UNIT_ONLY_CELL = re.compile(r"^[(（][^()（）\d]{1,12}[)）]$")


def _all_periods(text: str, cells: list[Span]) -> bool:
    """A line of period labels only (``2025E  2026E  2025E  2026E`` under a metric header line),
    maybe beside the wrapped unit of a header above (``Mkt cap`` over ``(US$bn)  2024A  2025E``)."""
    parts = [text[c.start:c.end].strip() for c in cells]
    periods = sum(1 for c in parts if _YEAR_CELL.match(c))
    return len(cells) >= 2 and periods >= 2 and all(_YEAR_CELL.match(c) or _UNIT_ONLY_CELL.match(c) for c in parts)


_DIGIT = re.compile(r"\d")
#: a line of a blank-aligned table that is a row label's wrapped rest: a few Chinese characters, no blank
_WRAPPED_LABEL = re.compile(r"[\u4e00-\u9fff（）()]{2,16}")
_VALUE_SPLIT = re.compile(r"\s+(?=[-+\u2212$¥€约近超逾~]?\d)")
#: 调整前→调整后: an arrow between a value before a change and the value after it
ARROW = re.compile(r"\s*(?:→|->|⇒)\s*")


def is_value_cell(cell: str) -> bool:
    """True when a table cell holds a number (not a period label, a placeholder such as ``—`` or a name).

    Examples
    --------
    >>> [is_value_cell(c) for c in ("46.07", "38.40%", "约40", "2025E", "—", "Kimi K2", "14.8*", "110亿 200亿")]
    [True, True, True, False, False, False, True, True]
    """
    return _is_value_cell(cell)


@functools.lru_cache(maxsize=4096)
def _is_value_cell(cell: str) -> bool:
    # linking asks again for every number of a row, so short cells are cached
    if _DIGIT.search(cell) is None:
        # every value part holds a digit (a text cell needs no closer look), or the cell is one
        # number in Chinese numerals (贰仟叁佰 under 单位：美元/箱)
        return CN_BARE_CELL.fullmatch(cell.strip()) is not None
    # a cell may list values side by side (``110亿 200亿``); ``4810 亿`` is one value
    # ``10→2``, ``0.8元→0.5元``: a price before and after a change (an 调整前→调整后 column) is two values
    parts = [a for p in _VALUE_SPLIT.split(cell.strip()) for a in ARROW.split(p) if a]
    return bool(parts) and all(_YEAR_CELL.match(c) is None and _VALUE_CELL.match(c) is not None for c in parts)


def _is_header_row(text: str, cells: list[Span]) -> bool:
    if any(c.end - c.start > _MAX_HEADER_CELL for c in cells):
        return False
    values = [c for c in cells if is_value_cell(text[c.start:c.end])]
    return not values or _is_year_header(text, cells)


def _widening_third_header(text: str, cells: list[Span], header: list[Span] | None,
                           super_header: list[Span] | None) -> bool:
    """A third header line under two that each hold fewer cells than the line below them
    (``(1)经营成果(累计)  (%为同比)`` over ``营业收入  营业利润`` over ``百万元  %  百万元  %``): the
    top line is the table's caption set apart by a gap, the two lower lines its header, so the
    new line takes the place of the lower one and the one above it heads it. A stack that does
    not widen (names over units over periods) keeps its two top lines."""
    return header is not None and super_header is not None and len(super_header) < len(header) < len(cells) \
        and not any(has_digit(text, c) for c in cells)


def _header_again(text: str, cells: list[Span], header: list[Span]) -> bool:
    """A row that opens with the header's first cell (``项目``) and holds no value: the table's
    header written again, maybe over other columns."""
    first, head = cells[0], header[0]
    return len(cells) >= 2 and text[first.start:first.end] == text[head.start:head.end] \
        and _is_header_row(text, cells)


def has_digit(text: str, span: Span) -> bool:
    """True when ``text[span.start:span.end]`` holds a digit (a table cell with a value or a period)."""
    return _DIGIT.search(text, span.start, span.end) is not None


class _WideTable(dict):
    """``str.translate`` table: a wide or full-width character becomes two, others stay one.

    Filled on first sight of each character, so the width of a line is one C-level translate
    instead of a Python call per character.
    """

    def __missing__(self, code: int) -> str:
        import unicodedata

        ch = chr(code)
        self[code] = value = ch + ch if unicodedata.east_asian_width(ch) in "WF" else ch
        return value


_WIDE_TABLE = _WideTable()


_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


@functools.cache
def _narrow_run() -> re.Pattern:
    """Runs of Basic Multilingual Plane characters one column wide (built once, on first use).

    Removing them from a line leaves its wide characters: one C-level substitution, several
    times faster than translating every character.
    """
    import unicodedata

    wide = [cp for cp in range(0x10000) if unicodedata.east_asian_width(chr(cp)) in "WF"]
    ranges, first = [], None
    for i, cp in enumerate(wide):
        if first is None:
            first = cp
        if i + 1 == len(wide) or wide[i + 1] != cp + 1:
            ranges.append(f"\\u{first:04x}-\\u{cp:04x}")
            first = None
    # characters beyond the BMP stay out of the runs: a line holding one is measured by translate
    return re.compile("[^" + "".join(ranges) + "\\U00010000-\\U0010ffff]+")


def _width(s: str) -> int:
    """Display width: East Asian wide and full-width characters count two columns."""
    if s.isascii():
        return len(s)
    wide = _narrow_run().sub("", s)
    if _BEYOND_BMP.search(wide) is not None:
        return len(s.translate(_WIDE_TABLE))  # rare (emoji): not all of them are wide
    return len(s) + len(wide)


def _columns(text: str, line_start: int, cells: list[Span]) -> list[tuple[int, int]]:
    """Display columns ``(first, last)`` of each cell of a space-aligned row."""
    out = []
    # widths add up: the column of a cell is the width so far plus the gap before it
    at, pos = 0, line_start
    for c in cells:
        a = at + _width(text[pos:c.start])
        at = a + _width(text[c.start:c.end])
        out.append((a, at))
        pos = c.end
    return out


def _char_columns(line_start: int, cells: list[Span]) -> list[tuple[int, int]]:
    """Character columns ``(first, last)`` of each cell of a space-aligned row: where a writer
    padded the cells by characters (``ljust``), not by display width."""
    return [(c.start - line_start, c.end - line_start) for c in cells]


def _aligned_by_width_or_chars(header: list[Span], header_start: int, hcols, cells: list[Span], row_start: int,
                               cols) -> list[int | None]:
    """``A100 80GB Vast.ai（中位数）  0.78  0.85  -8.2`` under ``GPU  供应商  11月  10月  月变动``: a
    space-aligned row is read by display width (wide characters two columns), but a table padded
    by characters puts a row whose label holds wide characters two columns right per character.
    When display widths send two of the row's cells under one header cell and character counts
    send every cell under a header cell of its own, the characters are how it was aligned; when
    neither does (a header padded by width over rows padded by characters), the row's cells stand
    under the header's last cells, as a row whose label spans two columns does."""
    by_width = _align(header, hcols, cells, cols, "space")
    if not _shared_header(by_width):
        return by_width
    by_chars = _align(header, _char_columns(header_start, header), cells, _char_columns(row_start, cells), "space")
    if not _shared_header(by_chars):
        return by_chars
    return _align(header, None, cells, None, "space")


def _split_blank_header(layout: str, header: list[Span], hcols, cells: list[Span], cols) -> list[Span] | None:
    """``单位净值 近1周`` over ``1.352    4.21``: a header padded to its rows' widths may leave one
    ASCII blank between two labels, which a run of blanks would part; a row with more cells than
    the header, one under each word of such a cell, shows the cell is two. The header's cells
    with those split at their blanks, or None when no cell splits so.

    Examples
    --------
    >>> h = "基金  单位净值 近1周  近1月"
    >>> r = "甲    1.352    4.21   -7.85"
    >>> hc, rc = _cells_between(h, 0, 0, _BLANK_RUN), _cells_between(r, 0, 0, _BLANK_RUN)
    >>> [h[c.start:c.end] for c in _split_blank_header(h, hc, _columns(h, 0, hc), rc, _columns(r, 0, rc))]
    ['基金', '单位净值', '近1周', '近1月']
    """
    if len(header) >= len(cells):
        return None
    out: list[Span] = []
    for cell, (a, b) in zip(header, hcols):
        words = [_new_span((m.start(), m.end()))
                 for m in _WORD.finditer(layout, cell.start, cell.end)]
        under = [i for i, (ca, cb) in enumerate(cols) if min(b, cb) > max(a, ca)]
        if len(words) > 1 and len(under) == len(words):
            at = a
            pos = cell.start
            wcols = []
            for w in words:
                wa = at + _width(layout[pos:w.start])
                at = wa + _width(layout[w.start:w.end])
                wcols.append((wa, at))
                pos = w.end
            # each word over one of the cells, in order, and over no other
            if all([i for i, (ca, cb) in enumerate(cols) if min(wb, cb) > max(wa, ca)] == [j]
                   for (wa, wb), j in zip(wcols, under)):
                out.extend(words)
                continue
        out.append(cell)
    return out if len(out) > len(header) else None


def _shared_header(indices: list[int | None]) -> bool:
    """Whether two cells of a row stand under one header cell."""
    seen = [i for i in indices if i is not None]
    return len(seen) != len(set(seen))


def _tab_columns(text: str, line_start: int, cells: list[Span]) -> list[tuple[int, int]]:
    """The tab-separated column of each cell (empty cells count: ``\t2024A\t2025E``)."""
    return [(text.count("\t", line_start, c.start),) * 2 for c in cells]


def _under_super_only(col_headers: list[tuple[Span, ...]], cells: list[Span], cols, header: list[Span],
                      header_cols, super_header: list[Span], super_cols) -> None:
    """``代码  公司  收盘价(元)  EPS(元)`` over ``2025E 2026E`` (under EPS only): a blank-aligned
    cell no lower header cell stands over is under the upper header cell over it alone; unless
    that upper cell has one lower cell under it and no other (``变动`` over ``(%)``): the two
    are one column's header stacked, whatever a width count leaves between the lower cell and
    the row's cell (:func:`_stacked_under`)."""
    for idx, (a, b) in enumerate(cols):
        if any(min(b, hb) > max(a, ha) for ha, hb in header_cols):
            continue
        over = [i for i, (ha, hb) in enumerate(super_cols) if min(b, hb) > max(a, ha)]
        if over:
            lower = _stacked_under(super_cols[over[0]], header_cols, super_cols)
            col_headers[idx] = (super_header[over[0]],) if lower is None else (super_header[over[0]], header[lower])


def _stacked_under(upper: tuple[int, int], header_cols, super_cols) -> int | None:
    """The index of the one lower header cell that stands under the upper header cell at
    ``upper`` and under no other upper cell (``变动`` over ``(%)``, ``营业收入`` over ``百万日元``),
    or None when none or several do (``EPS(元)`` over ``2025E  2026E``: a merged cell over two
    columns names neither alone)."""
    ua, ub = upper
    under = [i for i, (ha, hb) in enumerate(header_cols) if min(ub, hb) > max(ua, ha)]
    if len(under) != 1:
        return None
    ha, hb = header_cols[under[0]]
    if sum(min(hb, sb) > max(ha, sa) for sa, sb in super_cols) != 1:
        return None
    return under[0]


def _align(header: list[Span], hcols, cells: list[Span], cols, layout: str) -> list[int | None]:
    """For each cell of a row, the index of the header cell above it (or None)."""
    if layout == "tab" and hcols and cols:
        by_col = {col: i for i, (col, _) in enumerate(hcols)}
        if any(c in by_col for c, _ in cols):
            return [by_col.get(c) for c, _ in cols]
    if len(header) == len(cells):
        return list(range(len(cells)))
    if layout == "space" and hcols and cols and len(header) == len(cells) - 1 and hcols[0][0] > 0:
        # an indented header one cell short (　　第一季度　　第二季度 over 营业收入　612…): its
        # corner is empty, so its cells stand over the row's cells after the label
        return [None] + list(range(len(header)))
    if layout == "space" and hcols and cols:
        out: list[int | None] = []
        for a, b in cols:
            # the header cell whose columns overlap the cell most, else the nearest one
            best = max(range(len(hcols)), key=lambda i: (min(b, hcols[i][1]) - max(a, hcols[i][0]),
                                                           -abs(a - hcols[i][0])))
            out.append(best)
        return out
    # continuation rows leave their first cells empty: align from the right
    return [i + len(header) - len(cells) if 0 <= i + len(header) - len(cells) < len(header) else None
            for i in range(len(cells))]


#: A rule line drawn across a table (``--------``, ``====``, ``+----+----+``, ``──┼──``): rule
#: characters, junctions and blanks only, with a run of three rule characters. The leading blanks
#: are possessive: giving them back can never help, and on a long blank line it made every
#: shorter prefix scan the line again (20,000 blanks: 3 s).
_TABLE_RULE = re.compile(r"[\s\u3000]*+(?=[^\n]*?[-=─━═]{3})[-=+─━═┼┬┴├┤:\s\u3000]+")


@per_document
def _lines_and_rows(layout: str) -> tuple[list[tuple[int, int, str]], list]:
    """The lines of ``layout`` as ``(start, end, line)`` and the table cells of each (``_row_cells``).

    Made once per document: ``rejoin_wrapped_lines`` asks which lines are table rows and
    ``split_sentences`` reads their cells, on the same layout when no line was rejoined. The
    callers only read the lists.
    """
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for line in layout.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    rows = [_row_cells(line, a) for a, _, line in lines]
    if " " in layout:
        # a header of short labels over rows of as many words: a word per cell (tab_flattened_rows)
        for n, (cells, kind) in _header_aligned_rows([line for _, _, line in lines]).items():
            a = lines[n][0]
            rows[n] = [_new_span((a + c.start, a + c.end)) for c in cells], kind
    if "\u3000" in layout:
        for k in range(len(lines) - 1):
            if rows[k] is None and rows[k + 1] is not None and rows[k + 1][1] == "space" and "\u3000" in lines[k][2]:
                rows[k] = _compact_header(lines[k][2], lines[k][0])
    if "\u3000" in layout:
        for k in range(len(lines)):
            if rows[k] is None and "\u3000" in lines[k][2]:
                rows[k] = _narrow_gap_row(lines, rows, k)
    for k in range(1, len(lines) - 1):
        if rows[k] is None and rows[k - 1] is not None and rows[k + 1] is not None \
                and _TABLE_RULE.fullmatch(lines[k][2]) is not None:
            # 车型  6期  12期 ⏎ -------- ⏎ 特斯拉  5,880  4,980: a rule drawn under a header (a plain
            # text or a grid table's +----+----+) stands inside the table, as a markdown separator
            # does, so the header above it still heads the rows below it
            rows[k] = [], rows[k + 1][1]
    return lines, rows


def _narrow_gap_row(lines: list[tuple[int, int, str]], rows: list, k: int) -> tuple[list[Span], str] | None:
    """``亚马逊 2025Q3　342`` between ``微软 FY26Q1　　349`` and ``谷歌 2025Q3　　240``: a row of a
    table aligned with full-width blanks whose long label leaves one blank before its value.
    It is a row when it splits on its full-width blanks into as many cells as a blank-aligned
    row right above or below it, its last cell a value and no sentence mark in it; None
    otherwise."""
    start, _, line = lines[k]
    body = line.strip(_BLANKS)
    if not body or len(body) > _MAX_ROW or _CAPTION.match(body) or _NOT_IN_CELLS.search(body):
        return None
    lead = len(line) - len(line.lstrip(_BLANKS))
    cells = _cells_between(line, start, lead, _BLANK_RUN)
    if len(cells) < 2 or not is_value_cell(line[cells[-1].start - start:cells[-1].end - start]):
        return None
    for j in (k - 1, k + 1):
        if 0 <= j < len(lines) and rows[j] is not None and rows[j][1] == "space" and len(rows[j][0]) == len(cells):
            return cells, "space"
    return None


def _compact_header(line: str, offset: int) -> tuple[list[Span], str] | None:
    """A header line written with single full-width blanks (``项目　2025年　2024年　本年比上年增减(%)``)
    over rows aligned with runs of blanks, as a filing's summary table is laid out: its cells,
    layout ``compact`` (no display columns: the rows' cells meet its cells counted from the
    right), or None when the line holds a value or cannot be such a row (prose, a caption).

    Examples
    --------
    >>> [c.start for c in _compact_header("项目　2025年　增减(%)", 0)[0]]
    [0, 3, 9]
    >>> _compact_header("分析师：韩　雪", 0) is None
    True
    """
    cells = _fullwidth_cells(line)
    if cells is None or any(is_value_cell(c.strip(_BLANKS)) for c in cells):
        return None
    out = _cells_between(line, offset, len(line) - len(line.lstrip(_BLANKS)), _FULLWIDTH_BLANK)
    return (out, "compact") if len(out) >= 2 else None


def split_sentences(text: str, layout: str | None = None) -> list[Sentence]:
    r"""Split ``text`` into sentences and table rows, in order.

    A table is a run of lines that split into two or more cells the same way: tab-separated,
    markdown pipes, or aligned with runs of blanks (a run of blank-aligned lines needs two rows).
    Its first rows without a value cell are its header (two header lines are kept together);
    the prose line right above it is its caption (``表1：...（单位：亿元）``).

    Parameters
    ----------
    text : str
        The parsing text of a document (Simplified, ASCII digits).
    layout : str, optional
        The text as written, same length as ``text``: table cells are split on its blanks
        (a full-width blank separates cells; the parsing text has folded it to ASCII).

    Returns
    -------
    list of Sentence
        Sentences cover the text without overlap; offsets index ``text``.

    Examples
    --------
    >>> text = "甲增长5%。乙下降3%"
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['甲增长5%', '乙下降3%']
    >>> t = "公司  营收\n甲  1.5\n乙  2.0\n"
    >>> rows = [s for s in split_sentences(t) if s.is_row and not s.is_header]
    >>> [(t[r.label.start:r.label.end], [t[h.start:h.end] for h in r.col_headers[1]]) for r in rows]
    [('甲', ['营收']), ('乙', ['营收'])]
    """
    if layout is None or len(layout) != len(text):
        layout = text
    elif layout.count("\n") != text.count("\n"):
        # a line break the parsing text has joined (a wrapped line) is no line break here either
        pieces, done, at = [], 0, layout.find("\n")
        bullet = _BULLET_LINE.match(layout) is not None  # the line being joined opens with a bullet
        while at >= 0:
            if text[at] == "\n":
                bullet = _BULLET_LINE.match(layout, at + 1) is not None
            elif not bullet:
                pieces.append(layout[done:at])
                pieces.append(" ")
                done = at + 1
            else:
                # the blanks around a joined break of a bullet (its hanging indent) are no gap
                # between cells: laid out as one blank and word joiners (not blanks to the splitter)
                a = at
                while a > done and layout[a - 1] in _BLANKS:
                    a -= 1
                b = at + 1
                while b < len(layout) and layout[b] in _BLANKS and text[b] in _BLANKS:
                    b += 1
                pieces.append(layout[done:a])
                pieces.append(" " + _JOINED_GAP * (b - a - 1))
                done = b
            at = layout.find("\n", at + 1)
        pieces.append(layout[done:])
        layout = "".join(pieces)
    lines, rows = _lines_and_rows(layout)
    # Searched once in the whole layout: neither pattern matches a line break, so a line holds
    # a match only when the layout does (most documents hold none, and skip a search per line).
    footnotes = _FOOTNOTE_STOP.search(layout) is not None
    emoji = not layout.isascii() and _EMOJI_STOP.search(layout) is not None
    # a run of blank-aligned rows needs two members to be a table (a byline with a wide gap is not)
    is_row = [r is not None for r in rows]
    for i, j in _runs(rows, key=bool):
        n_cells = sum(1 for r in rows[i:j] if r[0])
        if all(r[1] in ("space", "single") for r in rows[i:j]) and n_cells < 2:
            for k in range(i, j):
                is_row[k] = False

    rows = _unit_lead_bullets(text, lines, rows, is_row)
    out: list[Sentence] = []
    header: list[Span] | None = None
    header_cols = None
    header_start, header_kind, header_at = 0, None, 0
    super_header: list[Span] | None = None
    super_cols = None
    in_table = False
    seen_body = False
    caption: Span | None = None  # the last prose line, a table's caption if a table follows
    title: Span | None = None  # the prose line before it, the title a unit-only caption line names
    table_caption: Span | None = None
    paragraph = 0
    for k, (line_start, line_end, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            header = super_header = None
            in_table = False
            paragraph += 1
        elif is_row[k]:
            cells, kind = rows[k]
            cells = cells[:]  # the sentence's own list: the rows are kept for the document's next reader
            if not in_table:
                in_table = True
                seen_body = False
                table_caption = caption
                if caption is not None and title is not None and _unit_line(text[caption.start:caption.end]) \
                        and _title_line(text[title.start:title.end]):
                    # 表4：各行业AI渗透率⏎单位：%: the unit line and the title above it are one caption
                    table_caption = _new_span((title.start, caption.end))
                header = super_header = None
            caption = title = None  # a caption belongs to one table only
            if not cells:
                continue  # a markdown separator line
            cols = _columns(layout, line_start, cells) if kind == "space" else \
                _tab_columns(layout, line_start, cells) if kind == "tab" else None
            if seen_body and header is not None and _header_again(text, cells, header):
                # 项目  2025年末 … then 项目  2025年 …: a header line again within the table heads
                # the rows below it (a summary table's flow items under its balance items)
                header = super_header = None
                seen_body = False
            # a header is the first row of a table, or a second one with no digit at all or only
            # period labels (EPS(元) | PE(倍) above 2025E 2026E 2025E 2026E)
            if not seen_body and _is_header_row(text, cells) and (
                    header is None or (super_header is None and (
                        not any(has_digit(text, c) for c in cells) or _all_periods(text, cells)))
                    or _widening_third_header(text, cells, header, super_header)):
                if header is not None:
                    super_header, super_cols = header, header_cols
                header, header_cols, header_start, header_kind = cells, cols, line_start, kind
                header_at = len(out)
                out.append(Sentence(line_start, line_end, cells, is_row=True, header=None,
                                    paragraph=paragraph, caption=table_caption, is_header=True))
                continue
            seen_body = True
            col_headers: list[tuple[Span, ...]] = [() for _ in cells]
            if header is not None:
                if kind == "tab" and header_kind == "space" and header_cols:
                    # A100 80GB Lambda  1.79 … read as a flattened row (its blanks turned into tabs,
                    # one for one) under a blank-aligned header: its tabs count no header column,
                    # its characters stand where they were written
                    kind, cols = "space", _columns(layout, line_start, cells)
                if kind == "space" and header_kind == "space" and header_cols and cols and super_header is None:
                    split = _split_blank_header(layout, header, header_cols, cells, cols)
                    if split is not None:
                        header, header_cols = split, _columns(layout, header_start, split)
                        out[header_at] = dataclasses.replace(out[header_at], clauses=split)
                aligned = _aligned_by_width_or_chars(header, header_start, header_cols, cells, line_start, cols) \
                    if kind == "space" and header_cols and cols and len(header) != len(cells) \
                    else _align(header, header_cols, cells, cols, kind)
                for idx, h in enumerate(aligned):
                    if h is None:
                        continue
                    spans = [header[h]]
                    if super_header is not None:
                        hc = header_cols[h] if header_cols else None
                        if kind == "tab" and hc and super_cols and len(super_header) != len(header):
                            # a merged tab cell (EPS(元)\t\t) spans the empty columns right of it
                            left = [i for i, (col, _) in enumerate(super_cols) if col <= hc[0]]
                            s_indices = left[-1:]
                        elif kind == "space" and hc and super_cols and len(super_header) != len(header) \
                                and not any(min(hc[1], sb) > max(hc[0], sa) for sa, sb in super_cols):
                            # Revenue (US$bn) over 2024A  2025E  2026E: a merged upper cell stands
                            # left-aligned over its columns, so a lower cell under no upper cell is
                            # under the last one starting left of it
                            left = [i for i, (sa, _) in enumerate(super_cols) if sa <= hc[0]]
                            s_indices = left[-1:] or _align(super_header, super_cols, [header[h]], [hc], kind)
                        else:
                            s_indices = _align(super_header, super_cols, [header[h]], [hc] if hc else None,
                                               kind if hc else "tab") if len(super_header) != len(header) else [h]
                        for s_idx in s_indices:
                            if s_idx is not None:
                                spans.insert(0, super_header[s_idx])
                    col_headers[idx] = tuple(spans)
                if kind == "space" and super_header is not None and super_cols and header_cols and cols:
                    _under_super_only(col_headers, cells, cols, header, header_cols, super_header, super_cols)
            label = cells[0] if not is_value_cell(text[cells[0].start:cells[0].end]) else None
            out.append(Sentence(line_start, line_end, cells, is_row=True, header=header, paragraph=paragraph,
                                caption=table_caption, col_headers=col_headers, label=label))
        elif in_table and kind == "space" and out and out[-1].is_row and out[-1].label is not None \
                and out[-1].label_tail is None and k + 1 < len(lines) and is_row[k + 1] \
                and _WRAPPED_LABEL.fullmatch(stripped):
            # 归属于上市公司股东的扣除非经常  468,220,915.06 … ⏎ 性损益的净利润: the label's wrapped rest,
            # within the table (the rows below keep its header)
            lead = len(line) - len(line.lstrip())
            out[-1] = dataclasses.replace(out[-1], label_tail=_new_span((line_start + lead, line_start + lead + len(stripped))))
        else:
            header = super_header = None
            in_table = False
            if not _RULE_LINE.fullmatch(stripped):
                # ━━━ ⏎ 一、TOP8（5月） ⏎ ━━━ ⏎ table: a rule framing a heading is no caption; the
                # heading above it stays the caption that names the table's unit and period
                title = caption
                caption = _new_span((line_start, line_end))
            # the clauses of the whole line at once, then handed to its sentences in order
            runs = list(map(_new_span, map(_match_span, _CLAUSE_RUN.finditer(text, line_start, line_end))))
            starts = list(map(_span_start, runs))
            pos = line_start
            i = 0
            ends = _SENTENCE_END_SCAN.finditer(text, line_start, line_end)
            if ". " in line or (footnotes and _FOOTNOTE_STOP.search(line)):  # an English note's full stops end sentences inside the line
                ends, runs = _with_english_stops(text, line_start, line_end, ends, runs)
                starts = list(map(_span_start, runs))
            if emoji and not line.isascii() and _EMOJI_STOP.search(line):  # 🔥 between two statements ends one
                ends, runs = _with_emoji_stops(text, line_start, line_end, ends, runs)
                starts = list(map(_span_start, runs))
            if "  " in line or "\u3000\u3000" in line:
                ends, runs = _with_field_gaps(line, line_start, ends, runs)
                starts = list(map(_span_start, runs))
            for m in ends:
                a = m.start()
                if a > pos:
                    j = bisect.bisect_left(starts, a, i)
                    out.append(_prose_sentence(pos, a, runs[i:j], paragraph))
                    i = j
                pos = m.end()
            if pos < line_end:
                out.append(_prose_sentence(pos, line_end, runs[i:], paragraph))
            paragraph += 1
    return out


def _with_field_gaps(line: str, offset: int, ends, runs: list[Span]):
    """``現價：63.8港元（11月13日收市）　　總市值：約295億港元``: a line of label：value fields set
    apart by wide blanks (a note's masthead, which ``_row_cells`` reads as no table row) ends a
    sentence at each gap, so each field's figure is measured by its own label, not by the next
    field's (總市值 took 現價's share price). Other lines keep their sentence ends and clauses."""
    lead = len(line) - len(line.lstrip(_BLANKS))
    cells = _cells_between(line, offset, lead, _WIDE_RUN)
    if len(cells) < 2 or not all(_FIELD_LABEL.match(line, c.start - offset) for c in cells):
        return ends, runs
    gaps = [_Stop(a.end, b.start) for a, b in zip(cells, cells[1:])]  # a blank run ends a sentence
    cut: list[Span] = []
    for run in runs:  # a clause running over a gap (買入（維持）　　目標價) is two, one per field
        pos = run.start
        for g in gaps:
            if pos < g.a and g.b < run.end:
                cut.append(_new_span((pos, g.a)))
                pos = g.b
        cut.append(_new_span((pos, run.end)))
    return sorted([*ends, *gaps], key=lambda m: m.start()), cut


#: A field's label and its colon (``現價：``, ``52周股價區間：``); ``09:30`` is a time, not a label.
_FIELD_LABEL = re.compile(r"(?!\d+[：:])[^：:\s]{1,12}[：:]")


#: A line of rule characters only (``━━━━``, ``-----``, ``====``): a frame, never a caption.
_RULE_LINE = re.compile(r"[─━═┈┄\-=_~*·.—－＝＿\s\u3000]+")

#: Longest title line a unit-only caption line below it joins (a table's title, not a paragraph).
_TITLE_MAX = 60
_TITLE_ENDS = tuple("。；;！？!?，,：:")
# what a unit-only line may hold besides its labels: 单位, brackets, separators, blanks
_UNIT_LINE_REST = re.compile(r"[\s单位:：()（）,，;；、]*")
# 单位：亿元；月增、年增单位为%: after a separator, the columns a unit is scoped to are no title words
_UNIT_LINE_SCOPE = re.compile(r"(?<=[;；,，])\s?[^\s:：;；,，()（）]{1,12}?单位\s?(?:为|是)?")


def _unit_line(line: str) -> bool:
    """A caption line that gives only a unit (``单位：%``, ``（单位：元/百万tokens）``), no title."""
    line = line.strip()
    labels = find_unit_labels(line)
    if not labels or len(line) > _TITLE_MAX:
        return False
    rest, pos = [], 0
    for a, b, _, _ in labels:
        rest.append(line[pos:a])
        pos = b
    rest.append(line[pos:])
    return _UNIT_LINE_REST.fullmatch(_UNIT_LINE_SCOPE.sub("", "".join(rest))) is not None


def _title_line(line: str) -> bool:
    """A short line without sentence punctuation at its end: a table's title, not prose."""
    line = line.strip()
    return 0 < len(line) <= _TITLE_MAX and not line.endswith(_TITLE_ENDS) and "|" not in line


# A line that ends a sentence or introduces what follows ends where it ends.
_LINE_END_FINAL = frozenset("。！？!?；;：:）)」』】”\"")
# A line that only continues a clause (``，``/``、``) always goes on.
_LINE_END_CONTINUES = frozenset("，,、")
# What starts a new block rather than continuing the line above: bullets, numbered headings,
# captions and notes.
_BLOCK_START = re.compile(
    r"[●■◆▲►▶•·\-*#>|]|\d{1,2}(?:\.\d{1,2})*[.、\s]|[一二三四五六七八九十]{1,3}[、.]|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    rf"|第[一二三四五六七八九十\d]+[章节部]|{CAPTION_HEAD}|{_WORDS['block_start']}"
)


_NUMBER_START = re.compile(r"\d+(?:\.\d+)?\s?[%亿万千百EPTGM]")
# A line ending in a number, maybe with its magnitude (``营业收入约420亿``), and a next line going
# on with the number's unit or the other end of its range (``元，``, ``-330亿元``): one number cut
# in two by the page width, however short the line.
_NUMBER_CUT = re.compile(rf"\d(?:{_WORDS['number_tail']})?$")
_NUMBER_GOES_ON = re.compile(rf"(?:{_WORDS['number_tail']})|[-~]\d")
# A line ending in a word a number follows (``同比增长``) and a next line opening with a number and
# its unit (``35%``): the phrase is cut before its number.
_NUMBER_LEAD = re.compile(rf"(?:{_WORDS['number_lead']})$")
# A unit word the page width cut inside (``4,800亿美⏎元``, ``52个百⏎分点``): the line ends in a
# number, its magnitude and the unit's head, the next line opens with the unit's rest.
_UNIT_CUTS: dict[str, tuple[str, ...]] = {}
for _w in _WORDS["unit_word_cut"].split("|"):
    for _k in range(1, len(_w)):
        _UNIT_CUTS[_w[:_k]] = _UNIT_CUTS.get(_w[:_k], ()) + (_w[_k:],)
_UNIT_HEAD_LAST = frozenset(h[-1] for h in _UNIT_CUTS)  # a cheap test before the pattern
_UNIT_HEAD_CUT = re.compile(
    r"\d(?:" + _WORDS["cut_magnitude"] + r")?(?P<head>" + "|".join(sorted(map(re.escape, _UNIT_CUTS), key=len, reverse=True)) + ")$")
# a number with its magnitude and a counter on the next line (``60万⏎张``)
_MAGNITUDE_CUT = re.compile(r"\d(?:" + _WORDS["counter_magnitude"] + r")$")
_COUNTERS = tuple(_WORDS["number_counter"].split("|"))


def _unit_cut_rest(body: str) -> tuple[str, ...]:
    """The rests of the unit words ``body`` ends cut inside (``亿美`` -> ``元``), else ``()``."""
    if body[-1:] not in _UNIT_HEAD_LAST:
        return ()
    m = _UNIT_HEAD_CUT.search(body)
    return _UNIT_CUTS[m.group("head")] if m is not None else ()


def _label_over_values(body: str, layout: str, below: list[Span]) -> bool:
    """``归属于上市公司股东的扣除非经常性损益的净利润`` alone on a line between two rows of a
    table, the row below holding its values with no label of its own: the label of that row.
    A line with sentence marks or blanks between words (prose, a caption) is no label."""
    label = body.strip(_BLANKS)
    if not label or len(label) > _MAX_HEADER_CELL or _SENTENCE_MARK.search(label) \
            or any(b in label for b in _BLANKS) or is_value_cell(label):
        return False
    values = [is_value_cell(layout[c.start:c.end]) for c in below]
    return len(values) >= 2 and values[0] and sum(values) >= 2


#: the marks a bullet line opens with (a hanging continuation is indented under one); slide
#: decks and notes use the same marks, markdown adds - * +
_BULLET_CHARS = "●■◆▲►▶➢•·‧▪◦◇□"
_BULLET_MARK = re.compile(rf"[{_BULLET_CHARS}\-*+]\s?(?=\S)")
#: the indent of a continuation line: two blanks, a tab or an ideographic space
_HANGING_INDENT = re.compile(r"(?: {2,}|\t|\u3000)(?=\S)")
#: what a bullet's indented continuation opens with: its value (**92.4亿元**, 约27%) or the move
#: to it (回落至27%, 提升到**31%**), markdown bold allowed
_HANGING_VALUE = re.compile(rf"(?:\*\*)?(?:(?:{_WORDS['value_qualifier']})\s?)?[0-9]|[\u4e00-\u9fff]{{0,4}}[至到]\s?(?:\*\*)?[0-9]")


#: an English bullet's wrapped rest (``- Acme: EBIT margin widened 90 bps YoY`` ⏎ ``  to 17.4%.``):
#: a lower-case word or an amount in dollars goes on with the line above (a capital opens an item)
_ENGLISH_GOES_ON = re.compile(r"[a-z]|(?:US|HK|NT|S|A)?\$\s?[0-9]")


#: 1. / 2) / 3、: a numbered sub-item, never a continuation
_NUMBERED_ITEM = re.compile(r"\d{1,2}(?:[.、)）]\s?(?![0-9])|\s)")


def _hangs_under_bullet(body: str, nxt: str) -> bool:
    """Whether ``nxt`` is an indented continuation of the bullet line ``body`` (``- 销额`` ⏎
    ``  **92.4亿元**，同比增长**12.0%**``): the bullet's text has no sentence-final mark, the next
    line is indented deeper and opens with the bullet's value or the move to it (an indented line
    of its own, a sub-item or a note, stays apart).

    >>> _hangs_under_bullet("■ 收入占比由上季的33%", "  回落至27%")
    True
    >>> _hangs_under_bullet("■ 收入占比为33%", "■ 订单额约12亿美元")
    False
    >>> _hangs_under_bullet("■ 岚川设备", "  1. 订单额约12亿美元")
    False
    >>> _hangs_under_bullet("- Acme: bookings fell 3.2% YoY", "  to US$2.7bn.")
    True
    >>> _hangs_under_bullet("- Acme: bookings fell 3.2% YoY", "  Source: company data")
    False
    """
    if not body or body[-1] in _LINE_END_FINAL:
        return False
    head = body.lstrip(_BLANKS)
    if _BULLET_MARK.match(head) is None or head.startswith("**"):
        return False
    indent = _HANGING_INDENT.match(nxt)
    if indent is None or len(indent.group(0).expandtabs(4)) <= len(body) - len(head):
        return False  # not indented deeper than the bullet itself
    rest = nxt[indent.end():].rstrip(_BLANKS)
    if _NUMBERED_ITEM.match(rest) is not None:
        return False
    return _HANGING_VALUE.match(rest) is not None or (
        body[-1].isascii() and _ENGLISH_GOES_ON.match(rest) is not None)


# Fills the blanks of a joined break in the layout beyond one: WORD JOINER, no blank to a cell split.
_JOINED_GAP = "\u2060"
# A slide bullet: a bullet mark opening the line (after its indent) and its text.
# (a markdown - * + opens a bullet when a blank follows it: - Acme: revenue of US$1.2bn)
_BULLET_LINE = re.compile(rf"([ \u3000\t]*)(?:[{_BULLET_CHARS}]|[-*+](?=[ \t]))")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(_BLANKS))


def _hanging_bullet_lines(texts: list[str], rows: list[bool]) -> list[bool]:
    """Which lines carry on a slide bullet's text (a PDF deck: ``● 年初至今，申万⏎  计算机指数上涨``):
    a line indented deeper than the bullet mark above it, right under the bullet's line or
    under another such line, that opens no block itself (no bullet, numbered heading, source
    caption, table row). A blank line, or a line no deeper than the mark, ends the bullet."""
    out = [False] * len(texts)
    mark = -1  # the indent of the open bullet's mark, -1 when none is open
    for k, line in enumerate(texts):
        if not line.strip(_BLANKS) or rows[k]:
            mark = -1
            continue
        m = _BULLET_LINE.match(line)
        if m is not None:
            mark = len(m.group(1))
            continue
        if mark >= 0 and _indent(line) > mark and not _BLOCK_START.match(line.lstrip(_BLANKS)):
            out[k] = True
        else:
            mark = -1
    return out


def rejoin_wrapped_lines(text: str, layout: str | None = None, skip=()) -> str:
    """The parsing text with hard line breaks inside sentences turned into blanks.

    Text extracted from a PDF breaks lines at the page width, in mid-sentence and even inside a
    number's phrase (``收入约\\n2357亿美元``). A break is a wrap when the line ends without
    a sentence-final mark and either ends with a clause mark (，、) or is as wide as the
    document's wrapped lines, and the next line continues the text (no bullet, heading, caption
    or table row). Blank lines and boilerplate lines (page headers and footers) between the two
    halves of a sentence split by a page break are blanked too. The result has the length of
    ``text``, so every offset holds.

    Examples
    --------
    >>> body = ("某机构数据显示，全球推理芯片市场规模在今年有望达到约\\n"
    ...         "320亿美元，同比增长35%，其中云端部署的占比继续提升，\\n"
    ...         "边缘侧的出货量则在下半年明显放量，带动整体市场加速\\n"
    ...         "扩张。\\n二、风险提示")
    >>> joined = rejoin_wrapped_lines(body)
    >>> "约 320亿美元" in joined, joined.count("\\n"), len(joined) == len(body)
    (True, 1, True)
    """
    layout = layout if layout is not None and len(layout) == len(text) else text
    spans, cells = _lines_and_rows(layout)
    texts = [line for _, _, line in spans]
    lines = [(a, b) for a, b, _ in spans]
    # a line shorter than 16 is narrower than 32 columns, 0.8 of the narrowest wrap width (40):
    # it counts neither as a long line nor as a wide one, so its width is not measured
    widths = [_width(line.rstrip()) if len(line) >= 16 else 0 for line in texts]
    long_lines = sorted(w for w in widths if w >= 40)
    if len(long_lines) < 3:
        wrap = None
    else:
        wrap = long_lines[int(0.8 * (len(long_lines) - 1))]
    skip = sorted((int(a), int(b)) for a, b, *_ in skip)
    # a line is skipped when a skip range holds it: among the ranges starting at or before the
    # line, the furthest end (a running maximum, found by bisection instead of a scan per line)
    skip_starts = [a for a, _ in skip]
    reach = list(itertools.accumulate((b for _, b in skip), max))

    def in_skip(a: int, b: int) -> bool:
        k = bisect.bisect_right(skip_starts, a)
        return k > 0 and reach[k - 1] >= b

    rows = [r is not None for r in cells]
    slide_carry = _hanging_bullet_lines(texts, rows)
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    for i in range(len(lines) - 1):
        body = texts[i].rstrip(_BLANKS)
        if not body or rows[i]:
            continue
        # ...cloud revenue up. ⏎ ··甲云二季度…: an English full stop ends a markdown bullet too
        # (a digit before it may be a cut decimal, 12.⏎5%, unless the next line opens with no digit:
        # ...$20bn for 2026.⏎中文：… ends a sentence, and its translation below is a paragraph of its own)
        english_stop = body[-1] == "." and (not body[-2:-1].isdigit()
                                            or not texts[i + 1].lstrip(_BLANKS)[:1].isdigit())
        if slide_carry[i + 1] and body[-1] not in _LINE_END_FINAL and not english_stop \
                and not (skip and in_skip(*lines[i + 1])):
            # a slide bullet's text goes on below it, indented under the bullet, broken anywhere
            b = max(lines[i][1], done)
            pieces.append(text[done:b])
            pieces.append(" " * (lines[i + 1][0] - b))
            done = lines[i + 1][0]
            continue
        if i and rows[i - 1] and rows[i + 1] and _label_over_values(body, layout, cells[i + 1][0]):
            # a row label too long for its column, on its own line above the row's values: one row
            b = lines[i][1]
            pieces.append(text[done:b])
            pieces.append(" " * (lines[i + 1][0] - b))
            done = lines[i + 1][0]
            continue
        last = body[-1]
        if last in _LINE_END_FINAL:
            continue
        if english_stop:
            continue  # ...in constant currency.: an English full stop
        wide = wrap is not None and widths[i] >= 0.8 * wrap
        cut = _NUMBER_CUT.search(body) is not None
        lead = _NUMBER_LEAD.search(body) is not None
        unit_rest = _unit_cut_rest(body) if not cut else ()
        # ■ 收入占比由上季的33% ⏎ ··回落至27%: an indented line under a bullet goes on with it
        hanging = not rows[i + 1] and _hangs_under_bullet(body, texts[i + 1])
        if last not in _LINE_END_CONTINUES and not wide and not cut and not lead and not unit_rest and not hanging:
            continue
        a, b = lines[i]
        if skip and in_skip(a, b):
            continue
        # the next line with text, past blank lines and page furniture
        j = i + 1
        while j < len(lines) and (not texts[j].strip() or skip and in_skip(*lines[j])):
            j += 1
        if j >= len(lines) or rows[j]:
            continue
        if j > i + 1 and not any(skip and in_skip(*lines[k]) for k in range(i + 1, j)):
            continue  # a blank line alone ends a paragraph; only page furniture bridges one
        nxt = texts[j].lstrip(_BLANKS)
        number_goes_on = cut and _NUMBER_GOES_ON.match(nxt) is not None
        if not number_goes_on and (unit_rest or cut and nxt.startswith(_COUNTERS)):
            # 4,800亿美⏎元, 60万⏎张: the number's unit goes on below
            number_goes_on = nxt.startswith(unit_rest) if unit_rest else \
                _MAGNITUDE_CUT.search(body) is not None
        number_comes = lead and _NUMBER_START.match(nxt) is not None
        if not (wide or last in _LINE_END_CONTINUES or number_goes_on or number_comes or hanging and j == i + 1):
            continue  # a short line ending in (or before) a number: only the rest of it goes on below
        if hanging and j == i + 1:
            pass  # checked by _hangs_under_bullet: no bullet, heading or number of its own below
        elif _BLOCK_START.match(nxt) and not number_goes_on and not (
                nxt[:1].isdigit() and last not in _LINE_END_CONTINUES and _NUMBER_START.match(nxt)):
            continue
        # blank text[b:start of line j] (the break and any lines bridged); part of it may be
        # blank already (a line of only a form feed is text here but blank to the bridge)
        start = max(b, done)
        pieces.append(text[done:start])
        pieces.append(" " * (lines[j][0] - start))
        done = lines[j][0]
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


# 资本开支（亿美元）： then ``- 甲公司：800`` lines: a lead whose bracket gives a unit, over a
# list of name：value items (bulleted or not), is a two-column table's caption (the items its rows), so that
# every bare value takes the lead's unit as a table row takes its caption's
# ▍价格观察（元/公里，工作日，抽样）: a heading-like lead whose bracket closes the line is one
# too, without the colon (no sentence mark in it, so it is no prose line ending in a bracket)
_UNIT_LEAD = re.compile(r".*[（(]([^（）()]{1,16})[）)]\s*[：:]\s*|[^。！？!?；;]*[（(]([^（）()]{1,30})[）)]\s*")
_BULLET_ITEM = re.compile(rf"[ \u3000\t]*(?:[{_BULLET_CHARS}]|[-*+])?[ \u3000\t]*([^：:\d\s][^：:]{{0,15}}?)"
                          r"[ \u3000\t]*[：:][ \u3000\t]*([-+]?[0-9][0-9,]*(?:\.[0-9]+)?%?)[ \u3000\t]*")


def _unit_lead_bullets(text: str, lines: list, rows: list, is_row: list[bool]) -> list:
    """Rows for the ``name：value`` bullet items under a unit lead (``资本开支（亿美元）：``);
    ``is_row`` is set in place, ``rows`` copied before any change (the document's next reader keeps it)."""
    out = rows
    for k, (_, _, line) in enumerate(lines):
        lead = _UNIT_LEAD.fullmatch(line)
        if lead is None or is_row[k] or not find_unit_labels(line[line.rfind("（" if "（" in line else "("):]):
            continue
        items = []
        for m in range(k + 1, len(lines)):
            item = _BULLET_ITEM.fullmatch(lines[m][2])
            if item is None or is_row[m]:
                break
            items.append((m, item))
        if len(items) < 2:
            continue  # one item is a sentence, not a list of values
        if out is rows:
            out = list(rows)
        for m, item in items:
            a = lines[m][0]
            out[m] = ([_new_span((a + item.start(1), a + item.end(1))),
                       _new_span((a + item.start(2), a + item.end(2)))], "bullet")
            is_row[m] = True
    return out
