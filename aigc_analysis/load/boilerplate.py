"""Spans of boilerplate: site navigation, contact blocks, disclaimers, rating scales, contents.

Nothing is deleted: :func:`find_boilerplate` returns ``(start, end, kind)`` character spans so
later stages can skip them while every offset still points into the original text.

Kinds
-----
``navigation``
    breadcrumbs (``首页 >``, ``你的位置:``), SEO spam title lines, repost stamps (``点击次数``,
    ``作者: ... 发布时间:``), share/follow blocks (``关注我们``).
``contact``
    analyst names with ``分析师``/``研究员``, e-mails, SAC registration numbers, phone, fax,
    address lines, analyst biographies.
``disclaimer``
    ``免责声明``, ``郑重声明``, ``分析师承诺``, ``规范性披露`` ... from the heading to the end of its
    block, and page-footer lines such as ``请参阅本报告尾部免责声明``.
``rating``
    rating-scale definitions (``评级说明``, ``公司评级体系`` ...).
``toc``
    a table of contents (``目录`` followed by lines ending in page numbers).
``page``
    page furniture of text that was laid out in pages: page-number lines (``第 12 页 / 共 38 页``,
    ``- 3 -``, ``Page 3 of 9``), short lines holding them (``行业深度报告  第 6 页 / 共 36 页``), and
    running headers/footers: a short line repeated at least :data:`REPEAT_MIN` times, each
    repeat at least :data:`REPEAT_GAP` characters from the last (a page apart).

Risk-factor lists (``风险提示``/``风险因素``) are report content and are deliberately not marked.

The rules are general (headings, line shapes, identifier patterns), not tuned to one report.
"""
from __future__ import annotations

import bisect
import csv
import re

from .normalise import for_parsing, to_simplified
from .scan import case_class, finditer_at, finditer_positions, word_trie
from ..files import read_word_groups
from ..paths import DATA_DIR

Span = tuple[int, int, str]


def _read_words() -> dict[str, list[str]]:
    """Word groups of the line rules (``data/boilerplate_words.csv``): group -> words."""
    return read_word_groups(DATA_DIR / "boilerplate_words.csv", "group")


_WORDS = _read_words()


def _alt(group: str) -> str:
    """A regex alternation of one word group, longest word first (escaped)."""
    return "|".join(re.escape(w) for w in sorted(_WORDS[group], key=lambda w: (-len(w), w)))


def _trie(group: str) -> str:
    """:func:`_alt` written as a trie (:func:`~aigc_analysis.load.scan.word_trie`): the same
    matches, one comparison per character at a position instead of one try per word. Only for
    case-sensitive patterns: under ``re.I`` two branches of a trie node can match the same text.
    """
    return word_trie(_WORDS[group])


# --- block headings: from the heading to the next heading (or the end of the document) --------
#: Heading keyword -> kind. Longer keywords first so ``公司评级体系`` wins over ``评级体系``.
def _read_headings() -> dict[str, str]:
    """Heading keyword -> kind (disclaimer, rating, contact, navigation), from data."""
    with open(DATA_DIR / "boilerplate_headings.csv", newline="", encoding="utf-8") as f:
        return {row["heading"].strip(): row["kind"].strip() for row in csv.DictReader(f)}


#: Heading keyword -> kind (``data/boilerplate_headings.csv``); longest first in the pattern.
HEADINGS: dict[str, str] = _read_headings()

# Written as a trie (:func:`~aigc_analysis.load.scan.word_trie`): the same matches as the
# keywords longest first, with one comparison per character at a position instead of one try
# per keyword (keywords are scanned for over whole texts).
_KEYWORDS = word_trie(HEADINGS)
# ``[^\S\n]`` below: any blank except a newline (NBSP and ideographic spaces included).
_BULLET = r"(?:[-*•▌■●◆▲►▶#]+\s*)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.)]\s*)?"
# An optional issuer prefix: ``华西证券免责声明``, ``安信国际(香港)重要声明``; never ``请参阅...``.
_ISSUER = (
    r"(?:[\u4e00-\u9fffA-Za-z()]{0,12}?"
    r"(?:" + _trie("issuer_suffix") + r"|\)))?"
)
# A heading alone on its line, optionally after a bullet/number and a short institution prefix
# (``华西证券免责声明``), optionally followed by a colon.
_HEADING_LINE = re.compile(
    rf"^[^\S\n]*{_BULLET}[【\[〔]?{_ISSUER}(?P<kw>{_KEYWORDS})[】\]〕]?[^\S\n]*:?[^\S\n]*$",
    re.M,
)
# A heading inside a long line (WeChat reposts flatten a whole article onto one line): the
# keyword must stand alone between blanks.
_HEADING_INLINE = re.compile(rf"(?:(?<=[^\S\n])|^)(?P<kw>{_KEYWORDS})(?=[^\S\n]+\S)", re.M)
# A heading keyword opening a line with its content after a colon (``相关股票:某某科技 88.20
# +6.35%``, ``评级说明:买入——…;增持——…``): that line alone is boilerplate.
_HEADING_PREFIX = re.compile(
    rf"[^\S\n]*{_BULLET}[【\[〔]?(?P<kw>{_KEYWORDS})[】\]〕]?[^\S\n]*:(?P<rest>[^\n]*\S[^\n]*)")
# A rating-scale definition on one line: two thresholds in per cent and a dash after a rating.
_SCALE_DASH = re.compile(r"—|--")
#: Every heading match holds a keyword: lines without one are never tried.
_HEADING_WORD = re.compile(_KEYWORDS)
# A line opening with a bullet or a number: the only ones where a heading match can start and
# run past the line's end (through the ``\s*`` of :data:`_BULLET`).
_BULLET_LEAD_CHARS = r"[-*•▌■●◆▲►▶#\d一二三四五六七八九十]"
_BULLET_LEAD = re.compile(r"[^\S\n]*" + _BULLET_LEAD_CHARS)
_BULLET_LINE = re.compile(r"\n[^\S\n]*" + _BULLET_LEAD_CHARS)

# A short numbered chapter heading ends a block early (content resumes after it).
_CHAPTER = re.compile(
    r"^[^\S\n]*(?:\d{1,2}(?:\.\d{1,2})*[.、]|[一二三四五六七八九十]{1,3}[、.]|第[一二三四五六七八九十\d]+[章节部分])"
    r"[^\S\n]*[^\s\d][^\n。;]{0,38}$",
    re.M,
)

# What a chapter heading's line opens with (after blanks): where _chapter_in tries the pattern.
_CHAPTER_LEAD_CHARS = r"[\d一二三四五六七八九十第]"
_CHAPTER_LEAD = re.compile(r"[^\S\n]*" + _CHAPTER_LEAD_CHARS)
_CHAPTER_LINE = re.compile(r"\n[^\S\n]*" + _CHAPTER_LEAD_CHARS)

# --- line rules ---------------------------------------------------------------------------------
_NAV_HOME = re.compile(r"^[^\S\n]*(?:" + _trie("nav_home") + r"|Home)[^\S\n]*[>›»/]")
_NAV_LOCATION = re.compile(r"(?:" + _trie("nav_location") + r")[^\S\n]*:")
# SEO spam title: phrases joined by underscores, e.g. ``炒股配资_股票配资开户_免息配资``
_SEO_TITLE = re.compile(r"^[^\S\n]*[^\s_]{2,24}(?:_[^\s_]{2,24}){2,}[^\S\n]*$")
_READ_COUNTER = re.compile(r"(?:" + _trie("read_counter") + r")[^\S\n]*:?[^\S\n]*\d")
# a counter written number first: ``本话题已有2,046人参与讨论``
_COUNTED_AFTER = re.compile(r"\d[\d,.]*[^\S\n]*万?[^\S\n]*(?:" + _trie("counted_after") + ")")
_COUNTED_AFTER_WORDS = re.compile(word_trie(_WORDS["counted_after"]))
# a post or comment stamp closing a short line: ``长线选手 · 03-02 11:40`` (month-day, clock time)
_POST_STAMP = re.compile(
    r"(?<![\d/-])(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])[^\S\n]+(?:[01]?\d|2[0-3]):[0-5]\d[^\S\n]*$")
#: A line closed by a post stamp holds at most this many characters.
_POST_STAMP_LINE_CHARS = 40
_NOT_STAMP_LINE = re.compile(r"[。,;!?]")
_NAV_LINE = [
    _NAV_HOME,
    _NAV_LOCATION,
    _SEO_TITLE,
    _READ_COUNTER,
    re.compile(r"^[^\S\n]*作者[^\S\n]*:.{0,80}(?:" + _trie("repost_stamp") + ")"),
    re.compile(r"^[^\S\n]*[(]?以下内容(?:" + _trie("repost_from") + ")"),
    re.compile(r"^[^\S\n]*(?:本文)?(?:" + _trie("source_line") + r")[^\S\n]*:.{0,60}$"),
    re.compile(r"^[^\S\n]*(?:" + _trie("share_block") + r").{0,40}$"),
]
# a short line naming an analyst: ``分析师:宋辉``, ``汪阳TMT行业分析员``
_ANALYST_LINE = re.compile(
    r"^(?=.{0,30}$)(?:[^\d\-*。;,:\n][^。;,:\n]{0,20})?(?:" + _trie("analyst_title") + ")"
    r"(?:[^\S\n]*:[^\S\n]*[^\s,;。:]{1,12})?[^\S\n]*$"
)
#: Lines longer than this cannot be an analyst line (the lookahead of :data:`_ANALYST_LINE`).
_ANALYST_LINE_CHARS = 30
_CONTACT_LINE = [
    re.compile(r"^[^\S\n]*(?:" + _alt("contact_label") + r"|E-?mail|Tel|Fax)[^\S\n]*:", re.I),
    re.compile(r"^[^\S\n]*(?:SAC|" + _trie("registration") + ")"),
    re.compile(r"^[^\S\n]*(?:" + _trie("contact_heading") + r")[^\S\n]*:?[^\S\n]*$"),
    _ANALYST_LINE,
]


def _any_of(patterns: list[re.Pattern]) -> re.Pattern:
    """One pattern that matches a line where any of ``patterns`` does (one search per line,
    not one per pattern); each keeps its own case rule."""
    return re.compile("|".join(f"(?i:{p.pattern})" if p.flags & re.I else f"(?:{p.pattern})"
                               for p in patterns))


def _line_test(patterns: list[re.Pattern]):
    """``any(p.search(line) for p in patterns)`` for one line (no newline in it), fast: the
    patterns anchored at ``^`` are tried at the line's start only (a search would try each of
    them at every character), the others searched for."""
    anchored = [p for p in patterns if p.pattern.startswith("^")]
    floating = [p for p in patterns if not p.pattern.startswith("^")]
    at_start = _any_of(anchored).match if anchored else (lambda line: None)
    anywhere = _any_of(floating).search if floating else (lambda line: None)
    return lambda line: at_start(line) is not None or anywhere(line) is not None


_is_nav_line = _line_test(_NAV_LINE)
_is_contact_line = _line_test(_CONTACT_LINE)
_ONE_LINE_DISCLAIMER = re.compile(
    r"^(?=.{0,60}$).*(?:请|敬请)(?:务必)?(?:" + _trie("disclaimer_verb") + ").{0,30}(?:" + _trie("disclaimer_object") + ")"
)
#: Lines longer than this cannot be a one-line disclaimer pointer (its lookahead).
_ONE_LINE_DISCLAIMER_CHARS = 60
# Identifiers that mark contact details anywhere, also inside long flattened lines.
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_SAC = (r"(?:[\u4e00-\u9fff]{2,4}[^\S\n]*(?:" + _alt("analyst_token") + r")[^\S\n]*)?"
        r"(?:SAC[^\S\n]*(?:NO|编号)?[ \t.:]*)?S\d{13}(?:[^\S\n]*\|[^\S\n]*[A-Z]{3}\d{3})?")  # SAC (+ SFC CE)
_PHONE = r"(?:" + _alt("phone_label") + r"|Tel|Fax)[^\S\n]*:?[^\S\n]*\+?[\d()\- ]{7,20}\d"
_CONTACT_TOKEN = re.compile(_EMAIL + "|" + _SAC + "|" + _PHONE, re.I)
# The same with the e-mail and SAC branches left out where they cannot match: text without an
# ``@`` followed by a dotted domain, text without an S and 13 digits. Those two branches cost the most (the e-mail one runs
# along every run of word characters from each of them); the order of the others is kept, so
# every match is the same. Key: (has an @ and a domain, has a SAC number).
_CONTACT_TOKENS = {
    (at, sac): re.compile("|".join(b for b, keep in ((_EMAIL, at), (_SAC, sac), (_PHONE, True)) if keep), re.I)
    for at in (True, False) for sac in (True, False)
}
_TOC_HEAD = re.compile(r"^[^\S\n]*(?:目[^\S\n]*录|图表目录|Contents|CONTENTS|Table of Contents)[^\S\n]*$")
_TOC_ENTRY = re.compile(r"^(?=.{2,80}$).*\S.*?[ \t.…·-]+\d{1,3}[^\S\n]*$")


# --- page furniture -------------------------------------------------------------------------
_PAGE_NUMBER = (
    r"(?:第[^\S\n]*\d{1,4}[^\S\n]*页(?:[^\S\n]*[/,|]?[^\S\n]*共[^\S\n]*\d{1,4}[^\S\n]*页)?"
    r"|[Pp]age[^\S\n]*\d{1,4}(?:[^\S\n]*of[^\S\n]*\d{1,4})?)"
)
_PAGE_ONLY = r"[-–—][^\S\n]*\d{1,4}[^\S\n]*[-–—]|\d{1,4}[^\S\n]*/[^\S\n]*\d{1,4}"
_PAGE_LABELLED = rf"(?=.{{0,80}}$)(?:.*?[^\S\n])?{_PAGE_NUMBER}"
# A line that is only a page number (``- 3 -``, ``3/38``) or a short line holding a labelled one.
_PAGE_LINE = re.compile(rf"^[^\S\n]*(?:{_PAGE_ONLY}|{_PAGE_LABELLED})[^\S\n]*$")
# Its two halves, tested apart in :func:`_line_spans`: the labelled one runs along the line and
# needs a ``页`` or ``age`` in it.
_PAGE_ONLY_LINE = re.compile(rf"^[^\S\n]*(?:{_PAGE_ONLY})[^\S\n]*$")
_PAGE_LABELLED_LINE = re.compile(rf"^[^\S\n]*(?:{_PAGE_LABELLED})[^\S\n]*$")


# A page or slide break written into the text as a line of its own: a page label (``第 3 页``,
# ``Page 3``, ``Slide 3``), alone or between rule characters or brackets (``════ 第 3 页 ════``,
# ``【第3页】``, ``--- Page 3 ---``), as converters of slide decks and paged layouts write it.
_RULE_CHARS = r"[═━─=\-—–_~·*【】\[\]<>]"
_PAGE_BREAK = re.compile(
    rf"^[^\S\n]*{_RULE_CHARS}*[^\S\n]*(?:{_PAGE_NUMBER}|[Ss]lide[^\S\n]*\d{{1,4}})"
    rf"[^\S\n]*{_RULE_CHARS}*[^\S\n]*$", re.M)
# The first line of a new page that opens a section of its own: a short title (``公司概览``,
# ``财务回顾（单位：亿港元）``), no sentence running on from the page before.
_PAGE_TITLE = re.compile(r"\s*[^\s。；;，,][^\n。；;，,]{0,23}\n")


def _page_break_in(text: str, pos: int, endpos: int) -> re.Match | None:
    """The first page break between ``pos`` and ``endpos`` whose next page opens on a title.

    A slide deck's disclaimer (``免责声明`` on its second slide, the forward-looking statements of
    an investor-day or results deck) ends with its slide: the next slide's title starts the
    deck's content, which is no part of the disclaimer however far the next heading keyword is.
    A disclaimer running on over a page break mid-sentence (a long legal text across pages)
    stays one block.
    """
    for m in _PAGE_BREAK.finditer(text, pos, endpos):
        if _PAGE_TITLE.match(text, m.end() + 1, endpos):
            return m
    return None


def _named(name: str, pattern: re.Pattern) -> str:
    return f"(?P<{name}>(?i:{pattern.pattern}))" if pattern.flags & re.I else f"(?P<{name}>{pattern.pattern})"


def _line_start_rules(nav: bool, contact: bool) -> re.Pattern:
    """The line rules that fail within a few characters, as one pattern in order of precedence.

    Each rule is a named alternative; the first that matches at the line's start is the one an
    ``if/elif`` chain of separate matches would take (nothing follows the alternation).
    Navigation and contact rules only apply to lines of at most 300 and 200 characters: one
    pattern is compiled per length class. The rules that run along the whole line (a labelled
    page number, an SEO title, an analyst line, a disclaimer pointer, navigation words inside a
    line) are tried after it, only on lines holding the characters they need.
    """
    parts = [_named("toc", _TOC_HEAD), _named("page", _PAGE_ONLY_LINE)]
    slow = (_NAV_LOCATION, _SEO_TITLE, _READ_COUNTER, _ANALYST_LINE)
    if nav:
        parts += [_named(f"navigation{i}", p) for i, p in enumerate(_NAV_LINE) if p not in slow]
    if contact:
        parts += [_named(f"contact{i}", p) for i, p in enumerate(_CONTACT_LINE) if p not in slow]
    return re.compile("|".join(parts))


#: The quick line rules by line length: up to 200 characters, up to 300, longer.
_LINE_START_RULES = (_line_start_rules(True, True), _line_start_rules(True, False),
                     _line_start_rules(False, False))
_KIND_OF_GROUP = {name: name.rstrip("0123456789") for name in _LINE_START_RULES[0].groupindex}
# Navigation words that may stand anywhere in a line: both patterns open with one of the words,
# so the search for a word (a scan in C) decides where the patterns are tried.
_NAV_ANYWHERE = _any_of([_NAV_LOCATION, _READ_COUNTER])
_NAV_ANYWHERE_WORDS = re.compile(word_trie([*_WORDS["nav_location"], *_WORDS["read_counter"]]))

#: A running header/footer line repeats at least this often ...
REPEAT_MIN = 3
#: ... each time at least this many characters after the previous one (about a page).
REPEAT_GAP = 400
#: Lengths of a line that can be a running header/footer.
REPEAT_CHARS = (6, 80)
# ``\d+`` written to open with one digit (the same matches): the engine skips to a digit in C
# instead of entering the pattern at every character of each short line keyed
_DIGITS = re.compile(r"\d\d*")
# A table row (tab, pipe) or a sentence is not a running header: one search for all of them.
_NOT_RUNNING = re.compile(r"[\t|。!?;]")
# ... except a report's running title beside its date, parted by one pipe (``行业深度报告 | 2025年12月5日``)
_DATED_PIPED_HEAD = re.compile(
    r"[^|\t。!?;]+\|[^|\t。!?;]*\d{4}(?:年\d{1,2}月(?:\d{1,2}日)?|[-/.]\d{1,2}[-/.]\d{1,2})[^|\t。!?;]*")


def _repeated_spans(text: str) -> list[Span]:
    """Running headers/footers: short lines (digits aside) repeated a page apart."""
    return _scan_lines(text)[1]


def _running_headers(seen: dict[str, list[tuple[int, int]]]) -> list[Span]:
    """The line spans of each key (a short line, digits as ``#``) repeated a page apart."""
    spans: list[Span] = []
    for key, places in seen.items():
        if len(places) < REPEAT_MIN or not key.replace("#", "").strip():
            continue
        if all(b[0] - a[1] >= REPEAT_GAP for a, b in zip(places, places[1:])):
            spans.extend((s, e, "page") for s, e in places)
    return spans


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _chapter_in(text: str, pos: int, endpos: int) -> re.Match | None:
    """``_CHAPTER.search(text, pos, endpos)``: a chapter heading starts a line with a number or
    第, so only such lines are tried (the pattern would be entered at every character)."""
    if pos == 0 and _CHAPTER_LEAD.match(text, 0, endpos):
        m = _CHAPTER.match(text, 0, endpos)
        if m is not None:
            return m
    for lead in _CHAPTER_LINE.finditer(text, max(pos - 1, 0), endpos):
        m = _CHAPTER.match(text, lead.start() + 1, endpos)
        if m is not None:
            return m
    return None


def _keyword_starts(text: str) -> list[int]:
    """Every position where a heading keyword starts, overlapping ones included (each search goes
    on from the character after the last hit)."""
    out, pos, search = [], 0, _HEADING_WORD.search
    while (m := search(text, pos)) is not None:
        out.append(m.start())
        pos = m.start() + 1
    return out


def _heading_lines(text: str, words: list[int] | None = None):
    """``_HEADING_LINE.finditer(text)``, trying the pattern only at the starts of lines that can
    hold a match: a line with a heading keyword, or one opening with a bullet or a number (whose
    ``\\s*`` may run into the next lines). Scanning for those is done in C; the pattern itself
    would be entered at every character. ``words``: where keywords can start, if known.
    """
    if words is None:
        words = _keyword_starts(text)
    starts = {text.rfind("\n", 0, w) + 1 for w in words}
    starts.update(m.start() + 1 for m in _BULLET_LINE.finditer(text))
    if _BULLET_LEAD.match(text):
        starts.add(0)
    done = 0
    for start in sorted(starts):
        if start < done:
            continue  # inside the previous match, as finditer would skip it
        m = _HEADING_LINE.match(text, start)
        if m is not None:
            done = m.end()
            yield m


def _prefix_spans(text: str, words: list[int]) -> list[Span]:
    """Lines opened by a heading keyword and a colon with the content on the same line
    (:data:`_HEADING_PREFIX`). A rating heading counts only before a scale definition (two
    per-cent thresholds and a dash): ``投资评级:买入(维持)`` is the report's own rating."""
    spans: list[Span] = []
    done = -1
    for w in words:
        line_start = text.rfind("\n", 0, w) + 1
        if line_start <= done:
            continue
        done = line_start
        m = _HEADING_PREFIX.match(text, line_start)
        if m is None or m.start("kw") != w:
            continue
        kind = HEADINGS[m.group("kw")]
        rest = m.group("rest")
        if kind == "rating" and not (rest.count("%") >= 2 and _SCALE_DASH.search(rest)):
            continue
        spans.append((line_start, _rstrip_end(text, line_start, m.end()), kind))
    return spans


def _block_spans(text: str) -> list[Span]:
    """Heading-to-end-of-block spans for disclaimers, rating scales, bios and follow blocks."""
    heads: dict[int, tuple[int, str]] = {}  # start -> (keyword end, kind)
    words = _keyword_starts(text)  # one scan for both passes
    for m in _heading_lines(text, words):
        heads[m.start()] = (m.end(), HEADINGS[m.group("kw")])
    line_heads = dict(heads)  # whole-line headings start at their line's start
    for m in finditer_positions(_HEADING_INLINE, words, text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        # skip a keyword that is part of a whole-line heading already found
        if line_start in line_heads and m.start() < line_heads[line_start][0]:
            continue
        heads.setdefault(m.start(), (m.end(), HEADINGS[m.group("kw")]))
    starts = sorted(heads)
    spans = []
    for i, start in enumerate(starts):
        head_end, kind = heads[start]
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        chapter = _chapter_in(text, head_end, end)
        if chapter:
            end = chapter.start()
        page = _page_break_in(text, head_end, end)
        if page:
            end = page.start()
        end = _rstrip_end(text, start, end)
        if end > start:
            spans.append((start, end, kind))
    # a heading block wins over a one-line heading inside it
    return _resolve(spans, _prefix_spans(text, words))


def _line_spans(text: str) -> list[Span]:
    """Spans of whole lines that look like navigation, contact details, footers or contents.

    Precedence: contents, page number, navigation (lines up to 300 characters), contact (up to
    200), one-line disclaimer pointer.
    """
    return _scan_lines(text)[0]


def _scan_lines(text: str) -> tuple[list[Span], list[Span]]:
    """:func:`_line_spans` and :func:`_repeated_spans` in one pass over the lines."""
    spans: list[Span] = []
    in_toc = False
    quick_200, quick_300, quick_long = (p.match for p in _LINE_START_RULES)
    kinds = _KIND_OF_GROUP
    seen: dict[str, list[tuple[int, int]]] = {}  # running-header key -> line spans
    shortest, longest = REPEAT_CHARS
    # Searched once in the whole text: no word of either list holds a line break, so a line
    # holds one only when the text does (most texts hold none, and skip two searches per line).
    nav_words = _NAV_ANYWHERE_WORDS.search(text) is not None
    counted_words = _COUNTED_AFTER_WORDS.search(text) is not None
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        n = len(line)
        if not n or line.isspace():
            start = end + 1
            continue
        if n >= shortest:  # stripping cannot lengthen a line: a shorter one is out
            stripped = line.strip()
            if shortest <= len(stripped) <= longest and (_NOT_RUNNING.search(stripped) is None or (
                    "|" in stripped and _DATED_PIPED_HEAD.fullmatch(stripped) is not None)):
                seen.setdefault(_DIGITS.sub("#", " ".join(stripped.split())), []).append((start, end))
        m = quick_200(line) if n <= 200 else quick_300(line) if n <= 300 else quick_long(line)
        kind = kinds[m.lastgroup] if m is not None else None
        if kind == "toc":
            in_toc = True
            spans.append((start, end, "toc"))
            start = end + 1
            continue
        if in_toc and _TOC_ENTRY.match(line):
            spans.append((start, end, "toc"))
            start = end + 1
            continue
        in_toc = False
        if kind != "page":
            if ("页" in line or "age" in line) and _PAGE_LABELLED_LINE.match(line):
                kind = "page"
            elif kind != "navigation" and n <= 300 and (nav_words or "_" in line) and _nav_inside(line):
                kind = "navigation"
            elif kind is None:
                if n <= _ANALYST_LINE_CHARS and _ANALYST_LINE.match(line):
                    kind = "contact"
                elif n <= _ONE_LINE_DISCLAIMER_CHARS and "请" in line and _ONE_LINE_DISCLAIMER.match(line):
                    kind = "disclaimer"
                elif (counted_words or ":" in line) and _furniture_line(line, n):
                    kind = "navigation"
        if kind:
            spans.append((start, end, kind))
        start = end + 1
    return spans, _running_headers(seen)


def _furniture_line(line: str, n: int) -> bool:
    """A short line closed by a post stamp (:data:`_POST_STAMP`) or holding a counter written
    number first (:data:`_COUNTED_AFTER`): forum and comment furniture."""
    if n <= _POST_STAMP_LINE_CHARS and ":" in line and "-" in line:
        m = _POST_STAMP.search(line)
        if m is not None and not _NOT_STAMP_LINE.search(line, 0, m.start()):
            return True
    if n <= 300:
        word = _COUNTED_AFTER_WORDS.search(line)
        if word is not None and _COUNTED_AFTER.search(line, max(0, word.start() - 16), word.end()):
            return True
    return False


def _nav_inside(line: str) -> bool:
    """The navigation rules that are not a quick test at the line's start."""
    if "_" in line and _SEO_TITLE.match(line):
        return True
    word = _NAV_ANYWHERE_WORDS.search(line)
    return word is not None and _NAV_ANYWHERE.search(line, word.start()) is not None


# Cheap literals every contact token contains: the full pattern only runs in windows around them
# (scanning the whole text with it is slow on long runs of word characters).
_CONTACT_ANCHOR = re.compile(r"@|S\d{13}|" + _alt("phone_label") + "|Tel|Fax", re.I)
# What an e-mail address or a SAC number cannot do without (the branches are left out elsewhere).
_EMAIL_DOMAIN = re.compile(r"@[\w-]+\.[\w-]")
_SAC_NUMBER = re.compile(case_class(["S"], 0) + r"\d{13}")
_ANCHOR_WORDS = [*_WORDS["phone_label"], "Tel", "Fax"]
# Where a contact anchor can start: its first character, then its second one (a digit after the
# S of a SAC number) unless it is the one-character ``@``. A pattern that opens with a class and
# has no case-blind flag is scanned for in C (a case-blind one is entered at every character);
# :func:`finditer_at` then runs the anchor only there.
_CONTACT_ANCHOR_START = re.compile(
    case_class(["@", "S", *_ANCHOR_WORDS], 0) + r"(?:(?<=@)|(?=" + case_class(_ANCHOR_WORDS, 1) + r"|\d))"
)


def _token_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    done = 0
    for a in finditer_at(_CONTACT_ANCHOR, _CONTACT_ANCHOR_START, text):
        if a.start() < done:
            continue
        lo = max(done, a.start() - 80)
        line_start = text.rfind("\n", 0, a.start()) + 1
        lo = max(lo, line_start)
        hi = min(len(text), a.end() + 80)
        tokens = _CONTACT_TOKENS[_EMAIL_DOMAIN.search(text, lo, hi) is not None,
                                 _SAC_NUMBER.search(text, lo, hi) is not None]
        for m in tokens.finditer(text, lo, hi):
            if m.start() <= a.start() < m.end() or m.start() >= a.start():
                spans.append((m.start(), m.end(), "contact"))
                done = max(done, m.end())
        done = max(done, a.end())
    return sorted(set(spans))


def _merge(text: str, spans: list[Span]) -> list[Span]:
    """Join same-kind spans separated only by whitespace."""
    merged: list[Span] = []
    for start, end, kind in sorted(spans):
        if merged:
            p_start, p_end, p_kind = merged[-1]
            if p_kind == kind and start >= p_end and not text[p_end:start].strip():
                merged[-1] = (p_start, max(p_end, end), kind)
                continue
        merged.append((start, end, kind))
    return merged


def _resolve(primary: list[Span], secondary: list[Span]) -> list[Span]:
    """Non-overlapping union: ``primary`` spans win, overlapping ``secondary`` spans are trimmed.

    ``primary`` must be sorted and non-overlapping; the cost is O((P + S) log P).
    """
    starts = [s for s, _, _ in primary]
    out = list(primary)
    for start, end, kind in secondary:
        # primaries that may overlap [start, end): from the one starting at or before ``start``
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        pos = start
        while i < len(primary) and primary[i][0] < end and pos < end:
            p_start, p_end, _ = primary[i]
            if p_end > pos:
                if p_start > pos:
                    out.append((pos, p_start, kind))
                pos = max(pos, p_end)
            i += 1
        if pos < end:
            out.append((pos, end, kind))
    return sorted(out)


def find_boilerplate(text: str, *, norm: str | None = None) -> list[Span]:
    """Find boilerplate spans in a document without changing it.

    Parameters
    ----------
    text : str
        The document text, in either script; it is normalised internally (Simplified, ASCII
        punctuation) with offsets preserved, so spans index the text as given.
    norm : str, optional
        ``for_parsing(to_simplified(text))`` if the caller already has it (saves a pass).

    Returns
    -------
    list of (int, int, str)
        Sorted, non-overlapping ``(start, end, kind)`` spans; ``text[start:end]`` is the
        boilerplate and ``kind`` is one of ``navigation``, ``contact``, ``disclaimer``,
        ``rating``, ``toc``, ``page``.

    Examples
    --------
    >>> doc = "首页 > 研报 > 标题\\n正文:收入增长20%。\\n免责声明\\n本报告仅供参考。"
    >>> [(doc[s:e][:4], k) for s, e, k in find_boilerplate(doc)]
    [('首页 >', 'navigation'), ('免责声明', 'disclaimer')]
    """
    if norm is None:
        norm = for_parsing(to_simplified(text))
    elif len(norm) != len(text):
        raise ValueError("norm must have the length of text (offsets are shared)")
    blocks = _block_spans(norm)
    line_spans, running = _scan_lines(norm)
    lines = _merge(norm, _resolve(sorted(line_spans), running))
    tokens = _resolve(lines, _token_spans(norm))
    return _merge(norm, _resolve(blocks, tokens))


def combine_spans(text: str, *layers: list[Span]) -> list[Span]:
    """Non-overlapping union of span lists; an earlier list wins where spans overlap.

    Used to add spans found from a file's layout (PDF page furniture, disclaimer pages) to
    those of :func:`find_boilerplate`.

    >>> combine_spans("abcdef", [(0, 3, "page")], [(2, 5, "contact")])
    [(0, 3, 'page'), (3, 5, 'contact')]
    """
    out: list[Span] = []
    for layer in layers:
        layer = sorted(layer)
        out = _resolve(out, layer) if out else _resolve(layer[:1], layer[1:]) if layer else out
    return _merge(text, out)
