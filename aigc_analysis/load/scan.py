"""Faster forms of regex scans over a whole document that find exactly the same matches.

Python's regex engine enters a pattern at every character of the text unless the pattern opens
with a literal or a character class (then it skips ahead in C to where that first character
occurs). A pattern that opens with a lookbehind, a group of alternatives of different shapes or
case-blind words is therefore run thousands of times per report. The helpers here keep the
pattern as written and only choose where it is tried:

- :func:`finditer_at` runs ``pattern.match`` only where a cheap *start* pattern (a class, maybe
  with a lookahead on the next character) is found by the engine's C scan;
- :func:`word_trie` writes a longest-first alternation of literal words as a trie, so that at a
  candidate position the engine compares one character per level instead of every word;
- :func:`word_starts` builds the start pattern of a word list (first character, then second).
"""
from __future__ import annotations

import re

__all__ = ["finditer_at", "finditer_positions", "word_starts", "word_trie", "case_class"]

#: Characters that Python's ``re`` matches case-blind with a Latin letter besides its lower and
#: upper case (found by trying every code point; tests/test_boilerplate.py repeats that).
_OTHER_CASE = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def finditer_at(pattern: re.Pattern, starts: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """``pattern.finditer(text, pos, endpos)``, trying ``pattern`` only where ``starts`` matches.

    Valid when every match of ``pattern`` begins where ``starts`` finds a match and ``pattern``
    never matches empty: the matches (and their groups) are then those of ``finditer``, since
    ``finditer`` also goes on from the end of each match and finds none where this skips.

    Examples
    --------
    >>> [m.group() for m in finditer_at(re.compile(r"(?<![a-z])ab+"), re.compile("a"), "xab ab abb")]
    ['ab', 'abb']
    """
    endpos = len(text) if endpos is None else endpos
    search, match = starts.search, pattern.match
    while True:
        hit = search(text, pos, endpos)
        if hit is None:
            return
        m = match(text, hit.start(), endpos)
        if m is None:
            pos = hit.start() + 1
        else:
            yield m
            pos = m.end()


def finditer_positions(pattern: re.Pattern, positions, text: str):
    """:func:`finditer_at` with the starts already found: ``positions`` are the sorted starts of
    every match of the start pattern (``[m.start() for m in starts.finditer(text)]``, one
    character each), for a caller that uses them twice."""
    pos, match = 0, pattern.match
    for at in positions:
        if at < pos:
            continue
        m = match(text, at)
        if m is not None:
            yield m
            pos = m.end()


def case_class(words, i: int, ignore_case: bool = True) -> str:
    """A character class of the ``i``-th characters of ``words`` (in every case ``re.I`` matches)."""
    chars: set[str] = set()
    for word in words:
        if len(word) > i:
            c = word[i]
            chars.add(c)
            if ignore_case:
                chars |= {c.lower(), c.upper(), *_OTHER_CASE.get(c.lower(), "")}
    return "[" + "".join(re.escape(c) for c in sorted(chars) if len(c) == 1) + "]"


def word_starts(words, ignore_case: bool = False) -> re.Pattern:
    """Where one of ``words`` can start: its first character followed by its second (a word of
    one character needs only the first). For :func:`finditer_at`; the pattern opens with a class
    and has no case-blind flag, so the engine scans for it in C.

    >>> word_starts(["ab", "c"]).pattern
    '[ac](?:(?<=[c])|(?=[b]))'
    """
    words = [w for w in words if w]
    singles = [w for w in words if len(w) == 1]
    second = case_class(words, 1, ignore_case)
    if singles:
        return re.compile(case_class(words, 0, ignore_case)
                          + f"(?:(?<={case_class(singles, 0, ignore_case)})|(?={second}))")
    return re.compile(case_class(words, 0, ignore_case) + f"(?={second})")


def word_trie(words) -> str:
    """A regex matching the longest of ``words`` at a position, written as a trie.

    Same matches as the alternation of the words longest first: the branches of a trie node
    begin with different characters, so at most one can go on, and going on is tried before
    stopping at a shorter word.

    >>> word_trie(["ab", "abc", "b"])
    '(?:ab(?:c)?|b)'
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            child = node[ch]
            # a chain of single children is written as one literal run
            run = re.escape(ch)
            while len(child) == 1 and "" not in child:
                (nxt, child), = child.items()
                run += re.escape(nxt)
            branches.append(run + emit(child))
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(trie)
