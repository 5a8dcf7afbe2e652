"""Scan a big alternation at the few positions where it can match, with the alternatives that can start there.

A parser that tries a pattern of forty alternatives at every candidate position of a text pays
twice: Python's loop runs once per candidate (every digit, every 上, 本, 一 ...), and the regex
engine tries every alternative there, though most cannot start with that character.
:func:`first_char_dispatch` reads the parsed pattern once and builds

* a *candidate* pattern: a plain character class first (so the engine skips the other characters
  in its C search loop), then, for that character, the characters the second one can be and the
  characters that may not stand before it (the alternatives' leading ``(?<![...])``). Only a
  position where some alternative can match passes, and ``finditer`` lists them all in one call,
  so the Python loop sees a few candidates instead of every digit and letter;
* for each first two characters, the alternatives that can start with them, in their order,
  compiled as one pattern. It holds only their groups: ask
  ``m.groupdict().get(name)``, which is None for a group of another alternative, as
  ``m.group(name)`` of the whole pattern would be.

At a candidate position the sub-pattern gives the same match and the same named groups as the
whole pattern (the alternatives are tried in the same order; the ones left out cannot start
there). The candidate pattern only ever drops positions where no alternative can match.
"""
from __future__ import annotations

import re
import string
from collections import defaultdict
from re import _constants as _c, _parser
from typing import Callable

from .regexes import item_chars, top_level_branches

__all__ = ["first_char_dispatch", "prefixes", "not_before"]

_Charset = frozenset


def _extend(cur: set[tuple], more: set[tuple], k: int) -> set[tuple]:
    return {p if len(p) >= k else (p + q)[:k] for p in cur for q in (more if len(p) < k else ((),))}


def _seq(items, k: int) -> set[tuple] | None:
    cur: set[tuple] = {()}
    for op, av in items:
        if all(len(p) >= k for p in cur):
            break
        nxt = _one(op, av, k)
        if nxt is None:
            return None
        cur = _extend(cur, nxt, k)
    return cur


def _one(op, av, k: int) -> set[tuple] | None:
    chars = item_chars(op, av)
    if chars is not None:
        return {(chars,)}
    if op is _c.SUBPATTERN:
        return _seq(av[3], k)
    if op is _c.BRANCH:
        out: set[tuple] = set()
        for branch in av[1]:
            got = _seq(branch, k)
            if got is None:
                return None
            out |= got
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = av
        body = _seq(sub, k)
        if body is None:
            return None
        out, cur, n = set(), {()}, 0
        while True:
            if n >= low:
                out |= cur
            if n >= high:
                break
            nxt = _extend(cur, body, k)
            if nxt == cur and n >= low:
                break  # longer repeats begin the same way
            cur, n = nxt, n + 1
        return out
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return {()}  # zero-width: looser than the pattern, never stricter
    return None


def prefixes(pattern: str, k: int = 2) -> set[tuple[frozenset[str], ...]] | None:
    """The ways a match of ``pattern`` can begin: tuples of the sets of its first ``k`` characters.

    A tuple shorter than ``k`` is a match that can end there. Lookarounds are read as matching
    (the answer is never stricter than the pattern). None when the pattern holds something not
    followed (any character, a negated class, a back-reference).

    Examples
    --------
    >>> sorted("".join("".join(sorted(s)) for s in p) for p in prefixes(r"(?<![0-9])(?:ab|c)d?"))
    ['ab', 'c', 'cd']
    """
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    return _seq(parsed, k)


def not_before(pattern: str) -> frozenset[str]:
    """Characters that may not stand right before a match: its leading one-character ``(?<![...])``.

    >>> sorted(not_before(r"(?<![0-9])(?<![a])x"))
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a']
    """
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return frozenset()
    return _not_before(parsed)


def _not_before(parsed) -> frozenset[str]:
    out: set[str] = set()
    for op, av in parsed:
        if op is _c.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1:
            chars = item_chars(*av[1][0])
            if chars is not None:
                out |= chars
            continue
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue
        break
    return frozenset(out)


def _class(chars) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def first_char_dispatch(source: str, may_start: Callable[[str], bool] = lambda ch: True,
                        not_after: Callable[[str], frozenset[str]] = lambda ch: frozenset(),
                        ) -> tuple[re.Pattern, dict[str, re.Pattern]]:
    """A candidate pattern and, per first one or two characters, the sub-pattern of the alternatives of ``source``.

    Parameters
    ----------
    source : str
        An alternation whose every top-level alternative starts with characters
        :func:`prefixes` can read.
    may_start : callable
        The caller's own rule of where a match may start, by its first character.
    not_after : callable
        For a first character, characters the caller does not let stand before a match.

    Returns
    -------
    (re.Pattern, dict)
        ``candidates.finditer(text)`` gives the positions where a match may start (one-character
        matches; ``candidates.search(text, pos)`` the next one); ``by_start[text[at:at + 2]]``
        (or ``by_start[text[at]]``) ``.match(text, at)`` is then the match of the whole ``source``
        at ``at`` (same span; same named groups, through ``groupdict()``), or None.

    Raises
    ------
    ValueError
        When an alternative's first characters cannot be read (a guard would be unsafe).
    """
    branches = top_level_branches(source)
    if "|".join(branches) != source:
        raise ValueError("pattern could not be cut into its alternatives")
    starts_of: list[set[tuple]] = []
    # second characters (None: any, the match may end there) -> characters not before -> first characters
    terms: dict[frozenset[str] | None, dict[frozenset[str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for branch in branches:
        try:
            parsed = _parser.parse(branch)
        except re.error:
            parsed = None
        starts = _seq(parsed, 2) if parsed is not None else None
        if not starts or any(not p for p in starts):
            raise ValueError(f"first characters of an alternative cannot be read: {branch[:60]}")
        starts_of.append(starts)
        before = _not_before(parsed)
        for p in starts:
            for ch in p[0]:
                if may_start(ch):
                    terms[p[1] if len(p) > 1 else None][before | not_after(ch)].add(ch)

    def firsts_of(by_before: dict[frozenset[str], set[str]]) -> str:
        return "(?:" + "|".join((f"(?<!{_class(before)})" if before else "") + _class(chars)
                                for before, chars in sorted(by_before.items(), key=lambda kv: sorted(kv[1]))) + ")"

    alternatives = []
    for second, by_before in sorted(terms.items(), key=lambda kv: (kv[0] is not None, sorted(kv[0] or ()))):
        if second is None:
            alternatives.append(f"(?<={firsts_of(by_before)})")
        else:
            # the second character is tested first: the engine skips an alternative on one set lookup
            alternatives.append(f"{_class(second)}(?<={firsts_of(by_before)}[\\s\\S])")
    every = set().union(*(chars for by_before in terms.values() for chars in by_before.values()))
    # the test of what follows is a lookahead, so a match is the first character alone and
    # ``finditer`` reports every candidate position
    # a character every alternative forbids before a first character of one kind (a digit after
    # a digit, a letter after a letter) is refused by one test before the alternatives are tried
    kinds = (frozenset("0123456789"), frozenset(string.ascii_letters))
    shared = [(chars, frozenset.intersection(*[before for by_before in terms.values()
                                               for before, firsts_ in by_before.items() if firsts_ & chars]))
              for chars in [every & kind for kind in kinds] + [every.difference(*kinds)] if chars]
    refuse = "".join(f"(?<!{_class(before)}{_class(chars)})" for chars, before in shared if before)
    candidates = re.compile(_class(every) + refuse + "(?=" + "|".join(alternatives) + ")")
    by_start = _ByStart(branches, starts_of, may_start)
    return candidates, by_start


class _ByStart(dict):
    """First one or two characters -> the alternatives that can start so, compiled at once.

    Any superset of the alternatives that can match at a position, in their order, gives the
    match of the whole pattern there; the two-character key picks fewer of them than the first
    character alone (a digit before 年 is tried by the year alternatives, not by ``1Q``). Every
    key a candidate position can have is filled here (a few hundred keys, a few dozen patterns),
    so no pattern is compiled while a text is scanned.
    """

    _NEVER = re.compile(r"(?!)")

    def __init__(self, branches: list[str], starts_of: list[set[tuple]], may_start: Callable[[str], bool]):
        super().__init__()
        self._branches = branches
        self._starts_of = starts_of
        self._compiled: dict[tuple[int, ...], re.Pattern] = {}
        picked: dict[str, set[int]] = defaultdict(set)
        ends_early: dict[str, set[int]] = defaultdict(set)  # first character -> alternatives that can end after it
        for i, starts in enumerate(starts_of):
            for p in starts:
                for first in p[0]:
                    if not may_start(first):
                        continue
                    picked[first].add(i)
                    if len(p) == 1:
                        ends_early[first].add(i)
                    else:
                        for second in p[1]:
                            picked[first + second].add(i)
        for key, indices in picked.items():
            self[key] = self._pattern(tuple(sorted(indices | ends_early[key[0]])))

    def _pattern(self, picked: tuple[int, ...]) -> re.Pattern:
        pattern = self._compiled.get(picked)
        if pattern is None:
            pattern = re.compile("|".join(self._branches[i] for i in picked)) if picked else self._NEVER
            self._compiled[picked] = pattern
        return pattern

    def __missing__(self, key: str) -> re.Pattern:
        # a second character no alternative continues with: only those that can end after the first
        first, second = key[0], key[1:2]
        picked = tuple(i for i, starts in enumerate(self._starts_of)
                       if any(first in p[0] and (not second or len(p) == 1 or second in p[1]) for p in starts))
        self[key] = pattern = self._pattern(picked)  # bounded: keys are two characters of candidates
        return pattern
