"""PDF, HTML and DOCX reports turned into one stored text each, with page offsets and hints.

Every format ends as ONE text per document: the loader stores it (the ``text`` column) and
every fact's offsets index it, exactly as for a ``.txt`` file. The layout of that text is the
contract with the extractor (:mod:`aigc_analysis.extract.segment`):

- a paragraph is one line (PDF line breaks inside a paragraph are joined when the line runs to
  the right edge of its column; kept otherwise);
- a table is one line per row, cells separated by one TAB, header row first, with a blank line
  before and after; its caption (``表1：...（单位：亿元）``) stays the line right above it;
- PDF pages are concatenated in order and ``page_starts`` holds the offset where each page
  begins, so :func:`page_of` maps any offset to a 1-based page number. Repeated page headers and
  footers stay in the text and are returned as ``page`` boilerplate spans; when a paragraph runs
  over a page break it is kept whole and the furniture between the two halves follows it.

Libraries (measured with ``bench/bench_formats.py`` on the fixtures of ``tests/format_fixtures.py``,
on a shared 2-core machine):

- PDF: ``pypdfium2`` (PDFium). pdfminer, under pdfplumber, read no character at all from the
  PDFs fpdf2 writes with the Noto CJK font (CID-keyed CFF without ``FontBBox``); on Chromium's
  PDF of the seeds it read the text at 2.4 pages/s against 14 pages/s here, and both found the
  9 ruled tables. Reading order, columns, paragraphs and tables are rebuilt here from PDFium's
  character boxes and the rules drawn on the page; CJK radical code points that PDF fonts map
  glyphs to (``⽐``, ``⻓``) become the ideographs (``data/cjk_radicals.csv``).
- HTML: ``lxml`` with a small rule set (furniture class/id words in ``data/html_furniture.csv``),
  about 2 ms a page. trafilatura (28 ms) writes table rows as ``| a | b |`` text and
  readability-lxml (14 ms) returns HTML still to be flattened; neither gives tab-separated rows
  nor the page's WeChat metadata directly.
- DOCX: ``python-docx``, paragraphs and tables in body order.

Nothing here reads files: :func:`extract` takes the bytes (the loader reads each file once).
"""
from __future__ import annotations

import bisect
import csv
import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..paths import DATA_DIR
from .decode import decode_bytes
from .metadata import load_publishers
from .normalise import to_simplified

#: File suffix -> format. Folders contribute files with these suffixes.
SUFFIXES = {".txt": "txt", ".pdf": "pdf", ".html": "html", ".htm": "html", ".docx": "docx"}
FORMATS = ("txt", "pdf", "html", "docx")

#: The one line for a PDF whose pages hold no text.
SCANNED_PDF = "no text layer (scanned PDF?); OCR is not supported"

Span = tuple[int, int, str]


class FormatError(ValueError):
    """A file of a known format that cannot be read (one-line reason, no path)."""


@dataclass
class Extracted:
    """One document's stored text and what its format told about it."""

    text: str
    format: str
    encoding: str | None = None
    #: Offset where each page starts (PDF only; page ``i + 1`` starts at ``page_starts[i]``).
    page_starts: list[int] = field(default_factory=list)
    #: Spans found from the layout (repeated page headers/footers): ``(start, end, "page")``.
    boilerplate: list[Span] = field(default_factory=list)
    #: Metadata the file itself declares: ``title``, ``published`` (date), ``author``.
    hints: dict = field(default_factory=dict)
    #: Problems that did not stop loading (one line each, no path).
    warnings: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) or None


def format_of(name: str) -> str:
    """Format named by a file's suffix (``txt`` for unknown suffixes: read as text).

    >>> format_of("Report.PDF"), format_of("a.htm"), format_of("notes.md")
    ('pdf', 'html', 'txt')
    """
    dot = name.rfind(".")
    return SUFFIXES.get(name[dot:].lower(), "txt") if dot >= 0 else "txt"


def page_of(page_starts, offset: int) -> int | None:
    """1-based page holding ``offset`` (None without pages).

    >>> page_of([0, 120, 300], 150)
    2
    """
    if page_starts is None or len(page_starts) == 0 or offset is None:
        return None
    return max(1, bisect.bisect_right(list(page_starts), int(offset)))


def extract(data: bytes, fmt: str) -> Extracted:
    """Turn a file's bytes into its stored text.

    Parameters
    ----------
    data : bytes
        The whole file.
    fmt : str
        ``pdf``, ``html`` or ``docx``.

    Raises
    ------
    FormatError
        With a one-line reason (scanned, encrypted, damaged, empty...).
    """
    if not data:
        raise FormatError("empty file (0 bytes)")
    if fmt == "pdf":
        return extract_pdf(data)
    if fmt == "html":
        return extract_html(data)
    if fmt == "docx":
        return extract_docx(data)
    raise ValueError(f"unknown format {fmt!r}")


# =============================================================================================
# Assembling blocks into the stored text (shared by every format)
# =============================================================================================
_SENTENCE_FINAL = "。！？!?；;"
#: A line this short that does not end a sentence, right above a table, is its caption.
CAPTION_MAX_CHARS = 80


def _clean_cell(s: str) -> str:
    return " ".join(s.replace("\t", " ").split())


def _is_caption(line: str) -> bool:
    s = line.strip()
    # a line ending in a number is a row of data (a table's first row left on the page above)
    return (0 < len(s) <= CAPTION_MAX_CHARS and s[-1] not in _SENTENCE_FINAL and "\t" not in s
            and not (s[-1].isdigit() or s[-1] == "%"))


class _Writer:
    """Appends paragraphs and tables in the stored layout, tracking offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.last_para: tuple[int, str] | None = None  # (index in parts, text) of a caption candidate

    def _add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def _ensure_blank(self) -> None:
        """End the text with an empty line (unless at the very start)."""
        tail = "".join(self.parts[-2:])
        if not self.parts or tail.endswith("\n\n"):
            return
        self._add("\n" if tail.endswith("\n") else "\n\n")

    def para(self, text: str) -> int:
        """Append one paragraph (one line); returns its start offset."""
        text = text.replace("\r", "")
        if self.parts and not "".join(self.parts[-1:]).endswith("\n"):
            self._add("\n")
        start = self.n
        self._add(text + "\n")
        self.last_para = (len(self.parts) - 1, text)
        return start

    def table(self, rows: list[list[str]]) -> None:
        rows = [[_clean_cell(c) for c in r] for r in rows]
        rows = [r for r in rows if any(r)]
        if not rows:
            return
        width = max(len(r) for r in rows)
        if width < 2:  # a one-column "table" is a list of paragraphs
            for r in rows:
                self.para(r[0])
            return
        caption = self.last_para
        if caption is not None and caption[0] == len(self.parts) - 1 and _is_caption(caption[1]):
            # blank line goes before the caption, which stays right above the table
            text = self.parts.pop()
            self.n -= len(text)
            self._ensure_blank()
            self._add(text)
        else:
            self._ensure_blank()
        for r in rows:
            self._add("\t".join(r + [""] * (width - len(r))).rstrip("\t") + "\n")
        self._add("\n")
        self.last_para = None

    def text(self) -> str:
        return "".join(self.parts)


# =============================================================================================
# PDF
# =============================================================================================
#: Horizontal gap, in font sizes, that separates table cells (or a header's left/right parts).
CELL_GAP = 1.2
#: Gap, in font sizes, that may separate table cells when it lines up over several lines ...
ALIGNED_GAP = 0.15
#: ... this many consecutive lines at least.
ALIGNED_ROWS = 3
#: Gap, in font sizes, between two Latin characters that stands for a space.
SPACE_GAP = 0.15
#: A line ending this close (in font sizes) to its column's right edge runs on to the next line
#: (less than one full-width character left: the break was the wrap, not the author's).
RUN_ON_SLACK = 1.2
#: A text column is at least this many characters wide.
COLUMN_MIN_CHARS = 8
#: Top/bottom lines of a page looked at for running headers and footers.
FURNITURE_LINES = 2
#: A page header/footer must recur on this share of pages (and on two at least).
FURNITURE_SHARE = 0.4

_PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?"
    r"|第\s*\d{1,4}\s*页(?:\s*[/,，]?\s*共\s*\d{1,4}\s*页)?)\s*$",
    re.I,
)
_BULLET_START = re.compile(r"^\s*(?:[●•■◆▲►▶◇○□\-*]|\(?\d{1,2}[.)、]|[一二三四五六七八九十]{1,3}[、.]|第.{1,3}[章节])")


@dataclass
class _Char:
    ch: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass
class _Seg:
    """A run of characters on one line without a cell-sized gap."""

    x0: float
    x1: float
    text: str
    size: float = 0.0
    first_w: float = 0.0


@dataclass
class _Line:
    top: float
    bottom: float
    size: float
    segs: list[_Seg]
    first_w: float = 0.0  # width of the first character (would it have fitted on the line above?)

    @property
    def x0(self) -> float:
        return self.segs[0].x0

    @property
    def x1(self) -> float:
        return self.segs[-1].x1

    @property
    def text(self) -> str:
        return "  ".join(s.text for s in self.segs)


@lru_cache(maxsize=1)
def _radicals() -> dict[int, str]:
    """CJK radical code points -> the ideograph they stand for (PDF fonts often map to radicals)."""
    table: dict[int, str] = {}
    with open(DATA_DIR / "cjk_radicals.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            table[ord(row["radical"])] = row["ideograph"]
    for cp in range(0x2F00, 0x2FD6):  # Kangxi radicals: Unicode gives the ideograph
        table.setdefault(cp, unicodedata.normalize("NFKC", chr(cp)))
    return table


def _page_chars(textpage, raw) -> list[_Char]:
    """Characters with boxes: x from PDFium's loose box, y from the baseline (glyph boxes of
    flat glyphs such as ``一`` or ``—`` are a sliver and would leave their line)."""
    import ctypes

    chars: list[_Char] = []
    radicals = _radicals()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    handle = textpage.raw
    for i in range(textpage.count_chars()):
        if raw.FPDFText_IsGenerated(handle, i):
            continue
        cp = raw.FPDFText_GetUnicode(handle, i)
        if cp in (0, 0xFFFE, 0xFFFF) or 0xD800 <= cp <= 0xDFFF:
            continue
        ch = radicals.get(cp) or chr(cp)
        if ch.isspace():
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        size = raw.FPDFText_GetFontSize(handle, i) or (top - bottom) or 10.0
        if raw.FPDFText_GetCharOrigin(handle, i, ctypes.byref(ox), ctypes.byref(oy)):
            base = -oy.value
            chars.append(_Char(ch, left, right, base - 0.8 * size, base + 0.2 * size, size))
        else:
            chars.append(_Char(ch, left, right, -top, -bottom, size))
    return chars


def _page_rules(page, raw) -> list[tuple[float, float, float]]:
    """Vertical rules drawn on the page, ``(x, top, bottom)`` in top-down coordinates: thin
    vertical paths, and the left/right edges of boxes (table cells drawn as rectangles)."""
    rules = set()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if top - bottom < 6:
            continue
        if right - left < 3:
            rules.add((round((left + right) / 2, 1), -top, -bottom))
        else:
            rules.add((round(left, 1), -top, -bottom))
            rules.add((round(right, 1), -top, -bottom))
    return sorted(rules)


def _ruled_between(rules, xs, a: _Char, b: _Char) -> bool:
    """A vertical rule separates ``a`` and ``b`` (adjacent characters of one line)."""
    if not rules:
        return False
    mid = (b.top + b.bottom) / 2
    i = bisect.bisect_left(xs, a.x1 - 1.0)
    while i < len(xs) and xs[i] <= b.x0 + 1.0:
        _, top, bottom = rules[i]
        if top <= mid <= bottom:
            return True
        i += 1
    return False


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _lines_of(chars: list[_Char], rules=()) -> list[_Line]:
    """Group characters into lines, then lines into gap-separated segments.

    Characters come in content-stream order, where a written line is a contiguous run on one
    baseline; runs are then put on one line when they overlap vertically and not horizontally
    (two columns with different line pitches never merge two lines of the same column).
    """
    runs: list[list[_Char]] = []
    for c in chars:
        if runs:
            last = runs[-1][-1]
            if abs(c.bottom - last.bottom) <= 0.3 * last.size and c.x0 >= last.x1 - 0.3 * last.size:
                runs[-1].append(c)
                continue
        runs.append([c])
    rows: list[list[_Char]] = []
    spans: list[list[tuple[float, float]]] = []  # x ranges of the runs on each row
    bands: list[tuple[float, float]] = []
    for run in sorted(runs, key=lambda r: ((r[0].top + r[0].bottom) / 2, r[0].x0)):
        mid = (run[0].top + run[0].bottom) / 2
        x0, x1 = run[0].x0, run[-1].x1
        for k in range(len(rows) - 1, max(len(rows) - 4, -1), -1):
            top, bottom = bands[k]
            if top <= mid <= bottom and all(x1 <= a or x0 >= b for a, b in spans[k]):
                rows[k].extend(run)
                spans[k].append((x0, x1))
                break
        else:
            rows.append(list(run))
            spans.append([(x0, x1)])
            bands.append((run[0].top, run[0].bottom))
    xs = [x for x, _, _ in rules]
    rows.sort(key=lambda r: min(c.top for c in r))
    for r in rows:
        r.sort(key=lambda c: c.x0)
    separators = _aligned_gaps(rows)
    lines = []
    for k, r in enumerate(rows):
        size = Counter(round(c.size, 1) for c in r).most_common(1)[0][0] or 10.0
        segs: list[_Seg] = []
        buf = [r[0]]
        for prev, c in zip(r, r[1:]):
            gap = c.x0 - prev.x1
            if gap > CELL_GAP * size or _ruled_between(rules, xs, prev, c) or any(
                    prev.x1 - 0.5 <= a and b <= c.x0 + 0.5 for a, b in separators[k]):
                segs.append(_seg(buf, size))
                buf = [c]
            else:
                buf.append(c)
        segs.append(_seg(buf, size))
        lines.append(_Line(min(c.top for c in r), max(c.bottom for c in r), size, segs, r[0].x1 - r[0].x0))
    return lines


def _row_gaps(row: list[_Char]) -> list[tuple[float, float]]:
    """Blank x intervals between the characters of a line at least a narrow space wide."""
    size = row[0].size
    return [(a.x1, b.x0) for a, b in zip(row, row[1:]) if b.x0 - a.x1 >= ALIGNED_GAP * max(size, 1.0)]


def _intersect(common: list[tuple[float, float]], gaps: list[tuple[float, float]], min_w: float):
    out = []
    for a0, a1 in common:
        for b0, b1 in gaps:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= min_w:
                out.append((lo, hi))
    return out


def _aligned_gaps(rows: list[list[_Char]]) -> list[list[tuple[float, float]]]:
    """Per line, the gaps that line up with gaps of the lines next to it over at least
    :data:`ALIGNED_ROWS` consecutive lines: the columns of a table set without rules or wide
    spacing. Each column is followed on its own, so a centred header row still joins the
    columns it does line up with. Lines mostly of Latin letters (English prose, whose spaces
    can line up by chance) take no part."""
    gaps = []
    for r in rows:
        latin = sum(1 for c in r if c.ch.isascii() and c.ch.isalpha())
        gaps.append([] if latin > 0.5 * len(r) else _row_gaps(r))
    tracks: list[list] = []  # [lo, hi, first row, last row]
    for k, row_gaps in enumerate(gaps):
        size = rows[k][0].size
        for g0, g1 in row_gaps:
            for t in tracks:
                if t[3] == k - 1 and min(t[1], g1) - max(t[0], g0) > 0.02 * size:
                    t[0], t[1], t[3] = max(t[0], g0), min(t[1], g1), k
                    break
            else:
                tracks.append([g0, g1, k, k])
    out: list[list[tuple[float, float]]] = [[] for _ in rows]
    for lo, hi, first, last in tracks:
        if last - first + 1 >= ALIGNED_ROWS:
            for k in range(first, last + 1):
                out[k].append((lo, hi))
    return out


def _seg(chars: list[_Char], size: float) -> _Seg:
    out = [chars[0].ch]
    for prev, c in zip(chars, chars[1:]):
        if c.x0 - prev.x1 > SPACE_GAP * size:
            out.append(" ")
        out.append(c.ch)
    sizes = Counter(round(c.size, 1) for c in chars).most_common(1)[0][0] or size
    return _Seg(chars[0].x0, chars[-1].x1, "".join(out), sizes, chars[0].x1 - chars[0].x0)


def _split_columns(lines: list[_Line], width: float) -> list[list[_Line]]:
    """Regions in reading order: a two-column stretch is read left column, then right column.

    A gutter is an x (middle 60% of the page) that no segment crosses over a run of at least
    four consecutive lines, where both sides hold text and one side holds wrapped prose (lines
    at least half as wide as that side): tables have short cells and are left alone.
    """
    if len(lines) < 4:
        return [lines]
    import numpy as np

    xs = np.arange(int(width * 0.2), int(width * 0.8), 2)
    cross = np.zeros((len(lines), len(xs)), dtype=bool)
    for i, ln in enumerate(lines):
        for seg in ln.segs:
            cross[i] |= (xs > seg.x0) & (xs < seg.x1)
    best = None  # (n lines in run, x, first, last)
    edge = np.ones((1, len(xs)), dtype=np.int8)
    # runs of consecutive lines that do not cross x: starts where the diff is -1, ends at +1
    diff = np.diff(np.concatenate([edge, cross.astype(np.int8), edge]), axis=0)
    for j in np.flatnonzero((~cross).sum(axis=0) >= 4):
        x = float(xs[j])
        starts, ends = np.flatnonzero(diff[:, j] == -1), np.flatnonzero(diff[:, j] == 1)
        for run_start, i in zip(starts.tolist(), ends.tolist()):
            if i - run_start < 4 or (best is not None and i - run_start <= best[0]):
                continue
            run = lines[run_start:i]
            left = [ln for ln in run if ln.x0 < x]
            right = [ln for ln in run if ln.x1 > x]
            both = [ln for ln in run if ln.x0 < x < ln.x1]
            if len(left) < 2 or len(right) < 2 or not both:
                continue
            lo = min(ln.x0 for ln in run)
            hi = max(ln.x1 for ln in run)
            size = sorted(ln.size for ln in run)[len(run) // 2]
            if min(x - lo, hi - x) < COLUMN_MIN_CHARS * size:  # a table's last column
                continue
            wide_l = sum(1 for ln in left if _side_width(ln, x, True) >= 0.6 * (x - lo))
            wide_r = sum(1 for ln in right if _side_width(ln, x, False) >= 0.6 * (hi - x))
            # table rows put both sides on one baseline; columns of prose rarely do, and
            # when they do each side is one run of text, not several cells
            cells = sum(1 for ln in both if sum(1 for s in ln.segs if s.x1 <= x) >= 2
                        or sum(1 for s in ln.segs if s.x0 >= x) >= 2)
            prose = cells < 0.5 * len(both) and (
                len(both) < 0.5 * len(run) or (wide_l >= 2 and wide_r >= 2))
            if prose and max(wide_l, wide_r) >= 2:
                best = (len(run), x, run_start, i)
    if best is None:
        return [lines]
    _, x, first, last = best
    last = _column_end(lines, first, last, x)
    left, right = [], []
    for ln in lines[first:last]:
        ls = [s for s in ln.segs if s.x1 <= x]
        rs = [s for s in ln.segs if s.x0 >= x]
        if ls:
            left.append(_Line(ln.top, ln.bottom, ls[0].size, ls, ls[0].first_w))
        if rs:
            right.append(_Line(ln.top, ln.bottom, rs[0].size, rs, rs[0].first_w))
    regions = [lines[:first]] if first else []
    regions += [left, right]
    if last < len(lines):
        regions += _split_columns(lines[last:], width)
    return [r for r in regions if r]


def _side_width(ln: _Line, x: float, left: bool) -> float:
    segs = [s for s in ln.segs if (s.x1 <= x if left else s.x0 >= x)]
    return segs[-1].x1 - segs[0].x0 if segs else 0.0


def _column_end(lines: list[_Line], first: int, last: int, x: float) -> int:
    """Where the two columns stop: once the shorter column has ended, a gap in the longer one
    wider than its own paragraph gaps starts full-width content again (a heading under a cover)."""
    run = lines[first:last]
    on_left = [i for i, ln in enumerate(run) if ln.x0 < x]
    on_right = [i for i, ln in enumerate(run) if ln.x1 > x]
    if not on_left or not on_right:
        return last
    shorter_end = min(on_left[-1], on_right[-1])
    longer = on_left if on_left[-1] > on_right[-1] else on_right
    gaps = sorted(run[b].top - run[a].bottom for a, b in zip(longer, longer[1:]))
    usual = gaps[len(gaps) // 2] if gaps else 0.0
    for a, b in zip(longer, longer[1:]):
        if b > shorter_end and run[b].top - run[a].bottom > max(1.8 * usual, 1.0 * run[b].size):
            return first + b
    return last


def _is_table_row(ln: _Line) -> bool:
    return len(ln.segs) >= 2


def _table_rows(block: list[_Line]) -> list[list[str]]:
    """Cells of a block of gap-separated lines, aligned on columns found from all rows."""
    # column boundaries: cluster the segments' x ranges across the rows with the most cells (a
    # row with a cell spanning columns, or a stray line of two parts, must not merge columns)
    most = max(len(ln.segs) for ln in block)
    spans = sorted((s.x0, s.x1) for ln in block if len(ln.segs) == most for s in ln.segs)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 <= cols[-1][1]:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    rows = []
    for ln in block:
        cells = [""] * len(cols)
        for s in ln.segs:
            # the first column it overlaps, else the nearest one: no text is ever dropped
            j = next((j for j, (c0, c1) in enumerate(cols) if s.x0 < c1 and s.x1 > c0), None)
            if j is None:
                mid = (s.x0 + s.x1) / 2
                j = min(range(len(cols)), key=lambda k: abs((cols[k][0] + cols[k][1]) / 2 - mid))
            cells[j] = (cells[j] + " " + s.text).strip()
        rows.append(cells)
    return rows


@dataclass
class _Block:
    kind: str  # "para", "table", "furniture"
    lines: list[_Line]
    runs_on: bool = False  # a paragraph whose last line reaches its column's right edge
    right_edge: float = 0.0


def _blocks(region: list[_Line]) -> list[_Block]:
    """Paragraphs and tables of one column region, in order."""
    if not region:
        return []
    prose = [ln for ln in region if not _is_table_row(ln)] or region
    right = max(ln.x1 for ln in prose)
    left = min(ln.x0 for ln in region)
    # a line runs on when the next character could not have fitted after it; and only where
    # text wraps at all (two lines at least reach the edge)
    wraps = sum(1 for ln in prose if ln.x1 >= right - RUN_ON_SLACK * ln.size) >= 2
    edge = right if wraps else float("inf")
    blocks: list[_Block] = []
    i = 0
    while i < len(region):
        ln = region[i]
        if _is_table_row(ln):
            j = i
            while j < len(region) and _is_table_row(region[j]):
                j += 1
            if j - i >= 2:
                blocks.append(_Block("table", region[i:j]))
                i = j
                continue
        prev = blocks[-1] if blocks else None
        if prev is not None and prev.kind == "para" and prev.runs_on and _continues(
                prev.lines[-1], ln, left, prev.right_edge):
            prev.lines.append(ln)
        else:
            prev = _Block("para", [ln], right_edge=edge)
            blocks.append(prev)
        last = prev.lines[-1]
        prev.runs_on = (wraps and not _is_table_row(last) and last.x1 >= right - RUN_ON_SLACK * last.size
                        and last.text[-1] not in _SENTENCE_FINAL)
        i += 1
    return blocks


def _continues(prev: _Line, ln: _Line, left: float, right: float) -> bool:
    """``ln`` carries on the paragraph whose last line is ``prev`` (ends before ``right``)."""
    if right - prev.x1 >= ln.first_w + 0.2 * ln.size:  # its first character would have fitted
        return False
    if _is_table_row(ln) or _BULLET_START.match(ln.text) or _PAGE_NUMBER_LINE.match(ln.text):
        return False
    if abs(ln.size - prev.size) > 0.15 * prev.size:
        return False
    if ln.top - prev.bottom > 1.2 * prev.size:
        return False
    return ln.x0 <= left + 0.5 * ln.size


def _join(a: str, b: str) -> str:
    if a and b and _is_latin(a[-1]) and _is_latin(b[0]):
        return a + " " + b
    return a + b


def _para_text(block: _Block) -> str:
    text = ""
    for ln in block.lines:
        text = _join(text, ln.text)
    return text


def _furniture_key(line: _Line) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))


def _find_furniture(pages: list[list[_Line]]) -> list[set[int]]:
    """Per page, indexes of lines that are running headers/footers or page numbers.

    A running header recurs at the top of pages, a footer at the bottom: the two edges are
    counted apart (a table header repeated at the top of the next page is no page header).
    """
    tops: Counter[str] = Counter()
    bottoms: Counter[str] = Counter()
    for lines in pages:
        tops.update({_furniture_key(ln) for ln in lines[:FURNITURE_LINES]})
        bottoms.update({_furniture_key(ln) for ln in lines[-FURNITURE_LINES:]})
    need = max(2, FURNITURE_SHARE * len(pages))
    out = []
    for lines in pages:
        n = len(lines)

        def is_furniture(i: int, counts: Counter) -> bool:
            ln = lines[i]
            return bool(_PAGE_NUMBER_LINE.match(ln.text)) or (len(pages) >= 2 and counts[_furniture_key(ln)] >= need)

        # only the outermost lines: a header's second line counts only under a marked first line
        marks = set()
        for i in range(min(FURNITURE_LINES, n)):
            if not is_furniture(i, tops):
                break
            marks.add(i)
        for i in range(n - 1, max(n - 1 - FURNITURE_LINES, -1), -1):
            if i in marks or not is_furniture(i, bottoms):
                break
            marks.add(i)
        out.append(marks)
    return out


def _open_pdf(data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise FormatError("encrypted PDF (needs a password); not loaded") from None
        if "security" in msg:
            raise FormatError("encrypted PDF (unsupported security handler); not loaded") from None
        raise FormatError(f"damaged or unreadable PDF ({str(exc).splitlines()[0]})") from None


def extract_pdf(data: bytes) -> Extracted:
    """The text of a PDF with a text layer, page by page (see the module docstring)."""
    import pypdfium2.raw as raw

    pdf = _open_pdf(data)
    try:
        pages: list[list[_Line]] = []
        widths: list[float] = []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                chars = _page_chars(textpage, raw)
                textpage.close()
                rules = _page_rules(page, raw) if chars else []
            except Exception as exc:  # PDFium raises its own error type for one bad page
                raise FormatError(f"damaged PDF (page {i + 1}: {exc})") from None
            widths.append(page.get_width())
            page.close()
            pages.append(_lines_of(chars, rules) if chars else [])
    finally:
        pdf.close()
    if not pages:
        raise FormatError("damaged PDF (no pages)")
    if not any(pages):
        raise FormatError(SCANNED_PDF)
    furniture = _find_furniture(pages)
    w = _Writer()
    page_starts: list[int] = []
    spans: list[Span] = []
    pending: list[_Line] = []  # the previous page's footer, held while its last paragraph runs on
    carry: _Block | None = None  # the paragraph running over the page break
    warnings = []
    empty_pages = [i + 1 for i, p in enumerate(pages) if not p]
    if empty_pages:
        warnings.append(f"{len(empty_pages)} page(s) without a text layer (first: page "
                        f"{empty_pages[0]}); their content is not read")

    def furniture_lines(lines):
        for ln in lines:
            start = w.para(ln.text)
            w.last_para = None  # furniture is never a table's caption (which would move it)
            spans.append((start, start + len(ln.text), "page"))

    carry: str | None = None  # a paragraph running over page breaks, written when it ends
    carry_right = carry_x1 = 0.0
    carry_pages: list[tuple[int, int]] = []  # (page index, offset in carry where it starts)
    for p, (lines, marks, width) in enumerate(zip(pages, furniture, widths)):
        head = [ln for i, ln in enumerate(lines) if i in marks and i < FURNITURE_LINES]
        tail = [ln for i, ln in enumerate(lines) if i in marks and i >= FURNITURE_LINES]
        body = [ln for i, ln in enumerate(lines) if i not in marks]
        blocks = [b for region in _split_columns(body, width) for b in _blocks(region)]
        page_starts.append(-1)
        if carry is not None:
            if blocks and blocks[0].kind == "para" and not _BULLET_START.match(blocks[0].lines[0].text) \
                    and carry_right - carry_x1 < blocks[0].lines[0].first_w + 0.2 * blocks[0].lines[0].size:
                # the paragraph goes on: it is written whole and this page starts inside it
                first = blocks.pop(0)
                after = _para_text(first)
                joined = _join(carry, after)
                carry_pages.append((p, len(joined) - len(after)))
                carry = joined
                if not blocks and first.runs_on:  # it fills this page and goes on again
                    carry_right, carry_x1 = first.right_edge, first.lines[-1].x1
                    pending.extend(head + tail)
                    continue
            start = w.para(carry)
            for q, rel in carry_pages:
                page_starts[q] = start + rel
            carry, carry_pages = None, []
            furniture_lines(pending)
            pending = []
        if page_starts[p] < 0:
            page_starts[p] = w.n
        furniture_lines(head)
        for k, b in enumerate(blocks):
            if b.kind == "table":
                w.table(_table_rows(b.lines))
            elif k == len(blocks) - 1 and b.runs_on:
                carry = _para_text(b)
                carry_right, carry_x1 = b.right_edge, b.lines[-1].x1
            else:
                w.para(_para_text(b))
        if carry is None:
            furniture_lines(tail)
        else:
            pending = list(tail)
    if carry is not None:
        start = w.para(carry)
        for q, rel in carry_pages:
            page_starts[q] = start + rel
    furniture_lines(pending)
    text = w.text()
    return Extracted(text=text, format="pdf", page_starts=page_starts,
                     boilerplate=sorted(spans), warnings=warnings)


# =============================================================================================
# HTML
# =============================================================================================
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BLOCK_TAGS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre figure "
    "figcaption header footer aside address hr br tr caption center".split())
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button",
              "select", "textarea", "input", "nav", "canvas", "object", "embed", "head")
# WeChat's publish time sits in inline scripts: ``var ct = "1732408200"`` (epoch seconds)
# or ``publish_time = "2025-11-24"``.
_WECHAT_CT = re.compile(r"""\bvar\s+ct\s*=\s*["']?(\d{9,11})""")
_SCRIPT_DATE = re.compile(r"""\bpublish_time\s*[=:]\s*["'](\d{4}-\d{2}-\d{2})""")
_ISO_DATE = re.compile(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})")
#: China Standard Time: WeChat's epoch seconds are dated in Beijing.
_CST = dt.timezone(dt.timedelta(hours=8))
_CJK_PAIR = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) (?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")


@lru_cache(maxsize=1)
def _furniture_words() -> tuple[frozenset[str], frozenset[str]]:
    """(class/id words that mark site furniture, words that mark the article body)."""
    drop, keep = set(), set()
    with open(DATA_DIR / "html_furniture.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            (keep if row["role"].strip() == "body" else drop).add(row["word"].strip().lower())
    return frozenset(drop), frozenset(keep)


def _decode_html(data: bytes) -> tuple[str, str]:
    m = _META_CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii", "replace").lower()
        if name in ("gb2312", "gbk", "x-gbk"):
            name = "gb18030"  # supersets decode what pages labelled with the subsets really hold
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text, encoding, _ = decode_bytes(data)
    except ValueError as exc:
        raise FormatError(str(exc)) from None
    return text, encoding


def _tokens(el) -> set[str]:
    """The element's class and id tokens, lower case (``js_content``, ``article-content``)."""
    return set(f"{el.get('class') or ''} {el.get('id') or ''}".lower().split())


def _is_furniture(el, drop: frozenset[str]) -> bool:
    """Class, id or role made of a furniture word: ``nav``, ``site-footer``, ``share_btn``."""
    parts = {p for t in _tokens(el) | {(el.get("role") or "").lower()} for p in re.split(r"[-_]", t)}
    return bool(parts & drop) or (el.get("aria-hidden") == "true")


def _text_len(el) -> int:
    return len("".join(el.itertext()).strip())


def _body_element(root):
    """The element holding the article: a known body marker, else the densest paragraph parent."""
    _, keep = _furniture_words()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "article" or el.get("itemprop") == "articleBody" or _tokens(el) & keep:
            if _text_len(el) >= 20:
                return el
    scores: Counter = Counter()
    for p in root.iter("p", "table", "pre", "li"):
        n = _text_len(p)
        if n < 10:
            continue
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] += n
        grand = parent.getparent()
        if grand is not None:
            scores[grand] += n / 2
    if scores:
        return max(scores.items(), key=lambda kv: kv[1])[0]
    body = root.find(".//body")
    return body if body is not None else root


def _html_meta(root, source: str) -> dict:
    def meta(*keys):
        for key in keys:
            for attr in ("property", "name", "itemprop"):
                for el in root.iter("meta"):
                    if (el.get(attr) or "").lower() == key and (el.get("content") or "").strip():
                        return el.get("content").strip()
        return None

    def by_id(*ids):
        for i in ids:
            found = root.get_element_by_id(i, None)
            if found is not None and "".join(found.itertext()).strip():
                return " ".join("".join(found.itertext()).split())
        return None

    hints: dict = {}
    title = meta("og:title", "twitter:title") or by_id("activity-name")
    if not title:
        t = root.find(".//title")
        title = " ".join("".join(t.itertext()).split()) if t is not None else None
    if title:
        hints["title"] = title
    author = meta("og:article:author", "article:author", "author") or by_id("js_name")
    if author:
        hints["author"] = author
    published = None
    for value in (meta("article:published_time", "og:article:published_time", "pubdate", "publishdate",
                       "datepublished"), by_id("publish_time")):
        if value and (m := _ISO_DATE.search(value)):
            try:
                published = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                break
            except ValueError:
                continue
    if published is None and (m := _SCRIPT_DATE.search(source)):
        published = dt.date.fromisoformat(m.group(1))
    if published is None and (m := _WECHAT_CT.search(source)):
        published = dt.datetime.fromtimestamp(int(m.group(1)), _CST).date()
    if published is not None:
        hints["published"] = published
    return hints


def _inline_text(el) -> str:
    parts = []
    for piece in el.itertext():
        parts.append(piece)
    return " ".join("".join(parts).split())


def _html_table_rows(table) -> list[list[str]]:
    rows = []
    for tr in table.iter("tr"):
        # skip rows of nested tables: they belong to their own table
        owner = tr.getparent()
        while owner is not None and owner.tag != "table":
            owner = owner.getparent()
        if owner is not table:
            continue
        cells = []
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            cells.append(_inline_text(cell))
            try:
                span = int(cell.get("colspan") or 1)
            except ValueError:
                span = 1
            cells.extend([""] * (min(span, 50) - 1))
        rows.append(cells)
    return rows


def _walk_html(el, w: _Writer, buf: list[str], drop: frozenset[str]) -> None:
    """Depth-first: inline text gathers in ``buf``; block elements flush it as a paragraph."""
    def flush():
        line = _CJK_PAIR.sub("", " ".join("".join(buf).split()))
        buf.clear()
        if line:
            w.para(line)

    for child in el:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag is None:  # comments, processing instructions
            if child.tail:
                buf.append(child.tail)
            continue
        tag = tag.lower()
        if tag in _DROP_TAGS or _is_furniture(child, drop):
            pass
        elif tag == "table":
            flush()
            caption = child.find("caption")
            if caption is not None and _inline_text(caption):
                w.para(_inline_text(caption))
            w.table(_html_table_rows(child))
        elif tag == "br":
            flush()
        elif tag in _BLOCK_TAGS:
            flush()
            if child.text:
                buf.append(child.text)
            _walk_html(child, w, buf, drop)
            flush()
        else:
            if child.text:
                buf.append(child.text)
            _walk_html(child, w, buf, drop)
        if child.tail:
            buf.append(child.tail)
    if el.getparent() is None:
        flush()


def extract_html(data: bytes) -> Extracted:
    """The article of a saved web page: title, body paragraphs and tables; furniture dropped."""
    import lxml.html

    source, encoding = _decode_html(data)
    if not source.strip():
        raise FormatError("no text (only whitespace)")
    # lxml refuses str input that carries an XML encoding declaration
    cleaned = re.sub(r"^\s*<\?xml[^>]*\?>", "", source)
    try:
        root = lxml.html.document_fromstring(cleaned)
    except Exception as exc:  # lxml raises ParserError/ValueError on input with no elements
        raise FormatError(f"not an HTML page ({exc})") from None
    hints = _html_meta(root, source)
    drop, _ = _furniture_words()
    body = _body_element(root)
    w = _Writer()
    heading = hints.get("title")
    if heading and heading not in _inline_text(body)[:len(heading) + 200]:
        w.para(heading)
    buf: list[str] = []
    if body.text:
        buf.append(body.text)
    _walk_html(body, w, buf, drop)
    if buf:
        line = " ".join("".join(buf).split())
        if line:
            w.para(line)
    text = w.text()
    if not text.strip():
        raise FormatError("no article text found in the page")
    return Extracted(text=text, format="html", encoding=encoding, hints=hints)


# =============================================================================================
# DOCX
# =============================================================================================
def extract_docx(data: bytes) -> Extracted:
    """Paragraphs and tables of a Word file in document order (headers/footers left out)."""
    import io
    import zipfile

    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FormatError(f"damaged or not a Word .docx file ({exc})") from None
    except Exception as exc:  # python-docx/lxml raise various errors on corrupt parts
        raise FormatError(f"damaged Word file ({type(exc).__name__}: {exc})") from None
    w = _Writer()
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows = []
            for row in item.rows:
                seen, cells = [], []
                for cell in row.cells:
                    # a horizontally merged cell is returned once per grid column
                    cells.append("" if any(cell._tc is s for s in seen) else
                                 " ".join(p.text for p in cell.paragraphs))
                    seen.append(cell._tc)
                rows.append(cells)
            w.table(rows)
        else:
            for line in item.text.split("\n"):
                if line.strip():
                    w.para(line.strip())
    text = w.text()
    if not text.strip():
        raise FormatError("no text in the Word file")
    hints = {}
    title = (document.core_properties.title or "").strip()
    if title:
        hints["title"] = title
    return Extracted(text=text, format="docx", hints=hints)


# =============================================================================================
# Using what a format found
# =============================================================================================
def apply_hints(meta: dict, hints: dict) -> dict:
    """Metadata inferred from text, overridden by what the file declares (title, date, author).

    An author that names a publisher of ``data/publishers.csv`` becomes the publisher when the
    text named none, else the carrier; an unknown author (a WeChat account) fills an empty
    publisher.
    """
    out = dict(meta)
    if hints.get("title"):
        out["title"] = hints["title"]
    if hints.get("published"):
        out["published"], out["published_precision"] = hints["published"], "day"
    author = hints.get("author")
    if author:
        name = _known_publisher(author) or author
        if not out.get("publisher"):
            out["publisher"] = name
        elif name != out["publisher"] and not out.get("carrier"):
            out["carrier"] = name
    return out


@lru_cache(maxsize=1)
def _publisher_aliases() -> tuple[tuple[str, str], ...]:
    """``(alias, canonical name)`` of ``data/publishers.csv``, longest alias first."""
    pairs = [(alias, pub.name) for pub in load_publishers() for alias in pub.aliases]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _known_publisher(name: str) -> str | None:
    """The canonical publisher whose alias the name contains (``华西证券研究`` -> Huaxi Securities)."""
    simple = to_simplified(name)
    return next((canonical for alias, canonical in _publisher_aliases() if alias in simple), None)


def page_boilerplate(text: str, page_starts, spans: list[Span], share: float = 0.5) -> list[Span]:
    """Whole pages (never the first) that are mostly disclaimer/rating/contact text, as
    ``disclaimer`` spans.

    A broker PDF ends with pages of disclosures; the line rules catch their headings, this
    catches the rest of such a page. Page furniture (``page`` spans) counts on neither side.
    """
    out = []
    bounds = list(page_starts) + [len(text)]
    for i, (s, e) in enumerate(zip(bounds, bounds[1:])):
        if i == 0 or e <= s:
            continue
        mask = bytearray(e - s)  # 0 body, 1 disclosure, 2 furniture
        for a, b, kind in spans:
            lo, hi = max(a, s), min(b, e)
            if lo < hi and kind in ("disclaimer", "rating", "contact", "page"):
                mask[lo - s:hi - s] = (b"\x02" if kind == "page" else b"\x01") * (hi - lo)
        body = covered = 0
        for ch, m in zip(text[s:e], mask):
            if m != 2 and not ch.isspace():
                body += 1
                covered += m
        if body and covered >= share * body:
            out.append((s, e, "disclaimer"))
    return out


__all__ = [
    "Extracted", "FORMATS", "FormatError", "SCANNED_PDF", "SUFFIXES", "apply_hints", "extract",
    "extract_docx", "extract_html", "extract_pdf", "format_of", "page_boilerplate", "page_of",
]
