"""Speed-ups for the big alternation patterns of the parsers that keep every match the same.

Python's regex engine tries the alternatives of a pattern one by one at each position it is
asked about. When an alternative opens with a lookbehind or a group, the engine runs that much
of it before the first character test fails; a pattern of forty such alternatives costs
microseconds at every position it is tried. :func:`guard_branches` puts a one-character
lookahead (the characters the alternative can start with, read from the parsed pattern) in front
of each top-level alternative, so the ones that cannot start at a position are dropped after one
set lookup. The alternatives, their order and their groups are unchanged, so every match and
every group span is the same.
"""
from __future__ import annotations

import functools
import re
from re import _constants as _c, _parser

__all__ = ["first_chars", "last_chars", "consumed_chars", "item_chars", "top_level_branches",
           "guard_branches", "lowers_safely", "lowered", "per_document"]

_SPACES = frozenset(chr(i) for i in range(0x3001) if chr(i).isspace())
#: a character range wider than this is not spelled out (the alternative stays unguarded)
_MAX_RANGE = 4096


def item_chars(op, av) -> frozenset[str] | None:
    """The characters one parsed pattern item consumes: a literal, a character class or ``\\s``.

    None for anything else, and for a negated class or one wider than ``_MAX_RANGE``
    characters (not spelled out). ``op, av`` are an item of ``re._parser.parse(pattern)``.
    """
    if op is _c.LITERAL:
        return frozenset(chr(av))
    if op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
        return frozenset(_SPACES)
    if op is _c.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is _c.LITERAL:
                chars.add(chr(iav))
            elif iop is _c.RANGE and iav[1] - iav[0] < _MAX_RANGE:
                chars.update(chr(i) for i in range(iav[0], iav[1] + 1))
            elif iop is _c.CATEGORY and iav is _c.CATEGORY_SPACE:
                chars |= _SPACES
            else:
                return None
        return frozenset(chars)
    return None


def _edge_chars(pattern: str, flags: int, last: bool) -> tuple[frozenset[str] | None, bool]:
    """:func:`first_chars` (``last=False``) or :func:`last_chars`: the parsed pattern read
    from its start or from its end."""
    if flags & re.IGNORECASE:
        return None, False

    def seq(items) -> tuple[set[str] | None, bool]:
        out: set[str] = set()
        for op, av in (reversed(list(items)) if last else items):
            edge, nullable = one(op, av)
            if edge is None:
                return None, False
            out |= edge
            if not nullable:
                return out, False
        return out, True

    def one(op, av) -> tuple[set[str] | None, bool]:
        chars = item_chars(op, av)
        if chars is not None:
            return set(chars), False
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None, False  # (?i:...): the case variants are not spelled out
            return seq(av[3])
        if op is _c.BRANCH:
            out: set[str] = set()
            nullable = False
            for branch in av[1]:
                edge, empty = seq(branch)
                if edge is None:
                    return None, False
                out |= edge
                nullable = nullable or empty
            return out, nullable
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            edge, empty = seq(av[2])
            return edge, empty or av[0] == 0
        if op is _c.GROUPREF_EXISTS:
            # (?(name)yes|no): one of the two matches; a missing "no" matches empty
            _, yes, no = av
            edge, empty = seq(yes)
            if edge is None:
                return None, False
            if no is None:
                return edge, True
            edge_no, empty_no = seq(no)
            if edge_no is None:
                return None, False
            return edge | edge_no, empty or empty_no
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            return set(), True  # zero-width: the neighbouring item gives the edge character
        return None, False

    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None, False  # e.g. one alternative read alone refers to a group of another
    edge, nullable = seq(parsed)
    return (None, False) if edge is None else (frozenset(edge), nullable)


def first_chars(pattern: str, flags: int = 0) -> tuple[frozenset[str] | None, bool]:
    """The characters a match of ``pattern`` can start with, and whether it can match empty.

    Returns ``(None, False)`` when the parsed pattern holds something this reading does not
    follow (any character, a negated or wide class, a back-reference, case-blind matching):
    the caller must then assume any character.

    Examples
    --------
    >>> sorted(first_chars(r"(?<![0-9])(?:ab|c)d?")[0]), first_chars(r"(?<![0-9])(?:ab|c)d?")[1]
    (['a', 'c'], False)
    >>> first_chars(r"x?")[1]
    True
    """
    return _edge_chars(pattern, flags, last=False)


def top_level_branches(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (not inside a group or a character class).

    >>> top_level_branches(r"a(b|c)|[|]d|\\|e")
    ['a(b|c)', '[|]d', '\\\\|e']
    """
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern.startswith("^", i + 1):
                i += 1
            if pattern.startswith("]", i + 1):
                i += 1  # a ] right after [ or [^ is a literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def guard_branches(pattern: str, flags: int = 0) -> str:
    """``pattern`` with a one-character lookahead in front of each top-level alternative.

    An alternative that can match empty, or whose first characters cannot be read, is left as
    it is. Same matches, same groups; see the module docstring for why it is faster.

    >>> guard_branches(r"(?<!x)ab|c?d")
    '(?=[a])(?<!x)ab|(?=[cd])c?d'
    """
    branches = top_level_branches(pattern)
    if "|".join(branches) != pattern:
        raise ValueError("pattern could not be cut into its alternatives")
    out = []
    for branch in branches:
        first, nullable = first_chars(branch, flags)
        if first is None or nullable or not first:
            out.append(branch)
        else:
            out.append("(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])" + branch)
    return "|".join(out)


# Characters that have no case: ASCII is left to the caller (it lowers ASCII letters itself),
# the rest is what Chinese reports are made of (CJK, its punctuation and fullwidth marks,
# general punctuation, arrows, maths, box drawing, shapes, dingbats, emoji). Anything else is
# looked at one distinct character at a time. tests/test_regexes.py checks these hold no
# cased character.
_UNCASED_RANGES = ("\x00-\x7f\u00a0-\u00b4\u00b6-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf"
                   "\u2190-\u23ff\u2500-\u27bf\u2e80-\u2fdf\u3000-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                   "\uf900-\ufaff\ufe30-\ufe4f\ufe50-\ufe6f\uff01-\uff20\uff3b-\uff40\uff5b-\uff65"
                   "\U0001f000-\U0001faff")
_MAYBE_CASED = re.compile(f"[^{_UNCASED_RANGES}]")


@functools.lru_cache(maxsize=4096)
def _case_safe_char(ch: str, alphabet: str) -> bool:
    if ch.lower() == ch and ch.upper() == ch:
        return True
    # the regex engine's own case-blind test, against every character a word or guard holds
    return len(ch.lower()) == 1 and re.search("(?i)" + re.escape(ch), alphabet) is None


def lowers_safely(text: str, alphabet: str) -> bool:
    """True when ``text.lower()`` keeps every offset and a case-blind regex (``re.IGNORECASE``)
    built of the characters in ``alphabet`` (its words' characters and, for the word-edge
    guards, the ASCII letters) matches exactly where the lowered text holds the lowered words.

    Only a non-ASCII cased character can break this: ``İ`` lowers to two characters, and the
    regex engine equates ``ſ`` with ``s``, Kelvin ``K`` with ``k``, ``µ`` with ``μ``. Each distinct
    such character of the text is asked once of the regex engine itself whether it equals a
    character of ``alphabet``; the scanners that stand in for such regexes use this as their
    precondition and fall back to the regex otherwise. Chinese text passes with one scan in C.

    Examples
    --------
    >>> abc = "abcdefghijklmnopqrstuvwxyz收入"
    >>> lowers_safely("GPT-4o的收入", abc), lowers_safely("Peña的收入", abc)
    (True, True)
    >>> lowers_safely("ſtock", abc), lowers_safely("İ", abc), lowers_safely("µm", "µ")
    (False, False, False)
    """
    found = _maybe_cased(text)
    return not found or all(_case_safe_char(ch, alphabet) for ch in found)


#: Texts at least this long are a document's (or a large part's): the whole-document scanners
#: read the same views of one, so the last one's views are kept. Shorter texts (a cell, a
#: window) are computed each time: they would only push the document's views out.
DOCUMENT_LENGTH = 200


def per_document(view):
    """``view(text)`` computed once for the latest document-sized text, by identity or equality.

    The scanners of one document (entities, metric keywords, grammar words, concepts; numbers
    and periods) each used to lower, fold or check the whole text again: one pass each over
    the same characters. A view is a pure function of the text, so the text it was made of
    (kept with it) is the whole key; a text shorter than ``DOCUMENT_LENGTH`` is not kept.
    """
    # the text and its view as one pair, replaced whole: a thread (a dask worker may run several)
    # reads either the pair before or the one after another thread's, never a view of another text
    last: list = [("", None)]

    @functools.wraps(view)
    def cached(text: str):
        if len(text) < DOCUMENT_LENGTH:
            return view(text)
        seen, made = last[0]
        if seen is text or seen == text:
            return made
        made = view(text)
        last[0] = (text, made)
        return made

    return cached


@per_document
def _maybe_cased(text: str) -> frozenset[str]:
    """The distinct characters of ``text`` that may have a case (outside ``_UNCASED_RANGES``)."""
    return frozenset(_MAYBE_CASED.findall(text))


@per_document
def lowered(text: str) -> str:
    """``text.lower()``, made once per document for all the scanners that match lowered text."""
    return text.lower()


def last_chars(pattern: str, flags: int = 0) -> tuple[frozenset[str] | None, bool]:
    """The characters a match of ``pattern`` can end with, and whether it can match empty.

    The mirror of :func:`first_chars`: read from the parsed pattern, ``(None, False)`` when it
    holds something this reading does not follow. Lookarounds and anchors are zero-width and
    end nothing, so ``$`` matching before a final line break is the caller's concern.

    Examples
    --------
    >>> sorted(last_chars(r"(?:ab|c)d?(?!x)")[0]), last_chars(r"(?:ab|c)d?(?!x)")[1]
    (['b', 'c', 'd'], False)
    """
    return _edge_chars(pattern, flags, last=True)


def consumed_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of ``pattern`` can consume (lookarounds consume none).

    None when the parsed pattern holds something this reading does not follow (any character,
    a negated or wide class, a back-reference, case-blind matching). A match of ``pattern``
    lies inside a run of these characters, so a search can start after the last character
    outside them.

    Examples
    --------
    >>> sorted(consumed_chars(r"(?<!x)(?:ab|c)d?"))
    ['a', 'b', 'c', 'd']
    """
    if flags & re.IGNORECASE:
        return None
    out: set[str] = set()

    def walk(items) -> bool:
        for op, av in items:
            chars = item_chars(op, av)
            if chars is not None:
                out.update(chars)
            elif op is _c.SUBPATTERN:
                if av[1] & re.IGNORECASE or not walk(av[3]):
                    return False
            elif op is _c.BRANCH:
                if not all(walk(branch) for branch in av[1]):
                    return False
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
                if not walk(av[2]):
                    return False
            elif op is _c.GROUPREF_EXISTS:
                if not walk(av[1]) or (av[2] is not None and not walk(av[2])):
                    return False
            elif op not in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
                return False
        return True

    try:
        parsed = _parser.parse(pattern, flags)
    except re.error:
        return None
    return frozenset(out) if walk(parsed) else None
