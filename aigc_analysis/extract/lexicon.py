"""The entity lexicon (``data/entities.csv``) and a fast matcher of its names in text.

The lexicon is data: one row per company, model, product, index, group, market or source
organisation, with its canonical English name (``entity``), a ``type``, ``|``-separated
``aliases`` (Simplified, Traditional and English spellings and short forms), the ``org`` behind a
model or product (or the parent of a subsidiary), exchange ``tickers`` and a ``country``.

Matching rules (``EntityMatcher.find``)
--------------------------------------
* Every canonical name, alias and ticker is a name; Traditional/Simplified variants of Chinese
  names are derived with OpenCC, so raw Traditional text matches too (explicit rows win).
  For Hong Kong tickers the form without leading zeros also matches (``0700.HK`` and ``700.HK``).
* Non-overlapping matches, scanned left to right; at a position the longest name wins
  (``阿里云`` before ``阿里``, ``GPT-4o`` before ``GPT-4``).
* Inside a name, a space, hyphen, underscore or middle dot matches any such separator or none:
  ``GPT-4`` also matches ``GPT4`` and ``GPT 4``; ``DALL·E`` matches ``DALL-E``.
* Chinese characters match anywhere. ASCII letters and digits at either end of a name must sit at
  a token boundary: a name starting (ending) with a letter is not preceded (followed) by a letter,
  so ``Meta`` is not found in ``Metaverse`` but ``TikTok`` is in ``TikTok9个月``; a name starting
  with a digit is not preceded by a letter, digit or ``.``; a name ending with a digit is not
  followed by a letter, a digit or a decimal part, so ``GPT-4`` is not found in ``GPT-4o`` or
  ``GPT-4.5``.
* Case: ASCII names match case-insensitively, except short ones (three characters or fewer, e.g.
  ``Ins``, ``GLM``, ``Pi``, ``BAT``), which match exactly as written, and names that are one
  capitalised English word in every spelling the lexicon gives (``Inflection``, ``Runway``,
  ``Office``), which need their capital so that "inflection points" is not a company.
* A purely numeric name (``360``) is a name only where nothing around it reads as a quantity:
  it is not next to a letter, digit or decimal point, not preceded by an approximation or change
  word (约, 近, 超, 达, 至, 增, 降, ...) and not followed by a magnitude, unit or counter
  (亿, 万, %, 度, 元, 家, 个, ...) or by a range (``360-400``).
* A few common phrases that contain a name without being one (``NOT_NAMES``: 报道指出 holds 道指)
  are matched like names, so they swallow the name, and are then dropped.

The caller normally matches on text already folded to Simplified and ASCII
(``normalise.for_parsing``); offsets are offsets into the string passed in.
"""
from __future__ import annotations

import csv
import functools
import re
import unicodedata
import weakref
from dataclasses import dataclass
from pathlib import Path

import ahocorasick_rs
import pandas as pd

from ..paths import DATA_DIR
from .regexes import lowered, lowers_safely

#: The lexicon file.
ENTITIES_PATH = DATA_DIR / "entities.csv"

#: Columns of ``entities.csv``, in order.
ENTITY_COLUMNS = ("entity", "type", "aliases", "org", "tickers", "country")

#: Allowed values of the ``type`` column. ``org`` is a source (outlet, data provider, broker,
#: investor) rather than a subject; ``group`` a named set of entities; ``market`` a market;
#: ``technology`` a process or packaging technology whose figures are its maker's (CoWoS: TSMC).
ENTITY_TYPES = ("company", "model", "product", "index", "group", "market", "org", "technology")

#: Types whose rows must name the organisation behind them.
TYPES_NEEDING_ORG = ("model", "technology")

# Characters that separate the parts of a name ("GPT-4", "Llama 2", "DALL·E"); inside a name
# any of them, or none, matches any other.
_SEPARATORS = " \t\u00a0\u3000-_·‧・‐‑–"
# A key drops the separators and any line break or other space a name was written with.
_SEP_STRIP = str.maketrans("", "", _SEPARATORS + "\n\r\f\v\x1c\x1d\x1e\x1f\x85\u2028\u2029")
# Name patterns match a folded copy of the text (``_fold``): its separators above U+00FF become
# C1 control characters. A class holding a character above U+00FF costs Python's regex compiler
# a 65,536-entry map, and the separator class recurs in every name with a separator: it was three
# quarters of compiling the name groups. C1 controls already in a text are moved to a third one
# that no pattern holds, so folding changes no match.
_FOLD_TABLE = str.maketrans({"\u3000": "\x80", **dict.fromkeys("‧・‐‑–", "\x81"),
                             "\x80": "\x82", "\x81": "\x82"})
_FOLDED_CHARS = "".join(map(chr, _FOLD_TABLE))
_SEP_PATTERN = r"[ \t\u00a0\x80]*[\-_·\x81]?[ \t\u00a0\x80]*"

_TICKER_RE = re.compile(r"^[A-Z0-9]{1,10}(?:\.(?:[A-Z]{1,2}|TWO))?$")  # .TWO: Taipei Exchange (TPEx)
_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_TITLE_WORD_RE = re.compile(r"^[A-Z][a-z]+$")

# Boundary guards (see the module docstring). Their letter classes are case-sensitive inside the
# case-blind name patterns: they hold both cases already, and a case-blind [A-Za-z] also takes the
# Kelvin sign and the long s, which sends Python's compiler to its 64K-entry charset tables; with
# thousands of guards that was about a third of compiling every name pattern.
_LEFT_LETTER = r"(?<!(?-i:[A-Za-z]))"
_LEFT_DIGIT = r"(?<!(?-i:[A-Za-z0-9.]))"
_RIGHT_LETTER = r"(?!(?-i:[A-Za-z]))"
_RIGHT_DIGIT = r"(?!(?-i:[A-Za-z0-9])|[.．]\d)"
# A bare number is a quantity, not a name, when a unit, magnitude, counter or range follows ...
_NUMBER_FOLLOWERS = "亿万千百十个家款位名台天年月日号倍次人条份只张颗块度元美港欧英%％‰°"
_RIGHT_NUMERIC = (
    r"(?![A-Za-z0-9%‰°]|[.．,]\d|[ \t]*(?:[" + _NUMBER_FOLLOWERS + r"]|[-~～至到][ \t]*\d))"
)
# ... or an approximation, comparison or change word precedes it.
_NUMBER_PRECEDERS = "约近超逾达至到第共增降涨跌升~～+\\-−"

# Common phrases that contain a name but are not one ("报道指出" holds 道指, the Dow; "免费半个月"
# holds 费半, the SOX; 微软雅黑 is a font). They take part in matching like names, so the
# leftmost-longest rule lets them swallow the name, and are then dropped.
def _read_not_names() -> tuple[str, ...]:
    with open(DATA_DIR / "not_names.csv", newline="", encoding="utf-8") as f:
        return tuple(row["phrase"].strip() for row in csv.DictReader(f) if row["phrase"].strip())


#: Phrases that contain a name without being one (``data/not_names.csv``).
NOT_NAMES = _read_not_names()

# jieba's default "word block" characters: a user-dictionary word outside them is never produced.
# Top-level alternatives per lookahead bucket of the matcher's pattern (measured on the seeds:
# 8-24 all give 12-14 MB/s, 48 gives 9, 96 gives 4).
_BUCKET = 16

_JIEBA_WORD_RE = re.compile(r"^[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+$")


class LexiconError(ValueError):
    """The entity lexicon file is malformed; the message names the file, row and problem."""


@dataclass(frozen=True)
class EntityMatch:
    """One entity name found in a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    entity: str
    type: str
    org: str | None


_object_new, _object_setattr = object.__new__, object.__setattr__


def _new_match(start: int, end: int, text: str, entity: str, type_: str, org: str | None) -> EntityMatch:
    """``EntityMatch(...)`` with the same fields, its instance dict set whole: the frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``, for every name of
    every document. Equality, hashing and ``repr`` read the same fields."""
    match = _object_new(EntityMatch)
    _object_setattr(match, "__dict__", {"start": start, "end": end, "text": text, "entity": entity,
                                        "type": type_, "org": org})
    return match


def alias_key(name) -> str:
    """Return the one comparison key of a name: NFKC-folded, case-folded, separators removed.

    Every match of entity, alias or metric names (the lexicon, ``claims.name_key``, the views'
    organisation lookup) compares these keys, so ``GPT-4o``, ``gpt 4o`` and ``ＧＰＴ－４ｏ``
    are one name everywhere.

    >>> alias_key("GPT-4o") == alias_key("gpt 4o") == alias_key("ＧＰＴ－４ｏ") == "gpt4o"
    True
    """
    return unicodedata.normalize("NFKC", str(name)).translate(_SEP_STRIP).casefold()


@functools.lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """``text`` as the name patterns read it (see ``_FOLD_TABLE``): same length, same offsets.

    >>> _fold("Open\u3000AI") == "Open\x80AI", _fold("GPT-4o") == "GPT-4o"
    (True, True)
    """
    if any(ch in text for ch in _FOLDED_CHARS):
        return text.translate(_FOLD_TABLE)
    return text


def _match_key(surface: str) -> str:
    """``alias_key`` of a matched name: the same few spellings recur in every document."""
    return alias_key(surface)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


# --------------------------------------------------------------------------- loading


def _read_rows(path: Path, columns: tuple[str, ...] = ENTITY_COLUMNS, what: str = "the entity lexicon",
               empty_ok: bool = False) -> list[tuple[int, dict[str, str]]]:
    """Rows of a lexicon CSV (``columns``, stripped) with their line numbers (header is line 1)."""
    try:
        fh = open(path, encoding="utf-8", newline="")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read {what} ({exc.strerror})") from exc
    with fh:
        reader = csv.DictReader(fh)
        header = tuple(reader.fieldnames or ())
        missing = [c for c in columns if c not in header]
        if missing:
            raise LexiconError(f"{path.name}: missing column(s) {', '.join(missing)}")
        rows = []
        for row in reader:
            if None in row or any(v is None for v in row.values()):
                raise LexiconError(f"{path.name} line {reader.line_num}: wrong number of fields")
            rows.append((reader.line_num, {c: (row[c] or "").strip() for c in columns}))
    if not rows and not empty_ok:
        raise LexiconError(f"{path.name}: no entities")
    return rows


def _validate(rows: list[tuple[int, dict[str, str]]], path: Path) -> None:
    """Raise ``LexiconError`` naming the first bad row; see ``load_entities``."""
    name = path.name
    line_of: dict[str, int] = {}
    for line, row in rows:
        entity = row["entity"]
        where = f"{name} line {line} ({entity or 'no entity'})"
        if not entity:
            raise LexiconError(f"{where}: empty entity name")
        if entity in line_of:
            raise LexiconError(f"{where}: duplicate entity, first on line {line_of[entity]}")
        line_of[entity] = line
        if row["type"] not in ENTITY_TYPES:
            raise LexiconError(f"{where}: type {row['type']!r} is not one of {', '.join(ENTITY_TYPES)}")
        if row["country"] and not _COUNTRY_RE.match(row["country"]):
            raise LexiconError(f"{where}: country {row['country']!r} is not a two-letter code")
        if row["type"] == "company" and not row["country"]:
            raise LexiconError(f"{where}: a company needs a country")
        for ticker in _split(row["tickers"]):
            if not _TICKER_RE.match(ticker):
                raise LexiconError(f"{where}: ticker {ticker!r} is not like MSFT.O, 0700.HK or 002230.SZ")
        if row["type"] in TYPES_NEEDING_ORG and not row["org"]:
            raise LexiconError(f"{where}: a {row['type']} needs the org behind it")
        for alias in _split(row["aliases"]):
            if alias.strip(_SEPARATORS) != alias or not alias_key(alias):
                raise LexiconError(f"{where}: alias {alias!r} starts or ends with a separator")
    for line, row in rows:
        if row["org"] and row["org"] not in line_of:
            raise LexiconError(f"{name} line {line} ({row['entity']}): org {row['org']!r} is not an entity")
        if row["org"] == row["entity"]:
            raise LexiconError(f"{name} line {line} ({row['entity']}): org is the entity itself")
    # every name (canonical, alias, ticker) must belong to exactly one entity
    owner: dict[str, tuple[str, int, str]] = {}
    for line, row in rows:
        for alias in _explicit_names(row):
            key = alias_key(alias)
            seen = owner.setdefault(key, (row["entity"], line, alias))
            if seen[0] != row["entity"]:
                raise LexiconError(
                    f"{name} line {line} ({row['entity']}): alias {alias!r} is ambiguous, "
                    f"{seen[2]!r} belongs to {seen[0]!r} on line {seen[1]}"
                )


def _explicit_names(row: dict[str, str]) -> list[str]:
    """Canonical name, aliases and tickers of one row (tickers with HK zero-stripped forms, and
    each ticker as desk notes write it, Bloomberg style: ``688256.SH`` -> ``688256 CH``; a US one also as ``XPEV.US``)."""
    names = [row["entity"], *_split(row["aliases"])]
    bloomberg = _bloomberg_markets()
    for ticker in _split(row["tickers"]):
        names.append(ticker)
        code, _, market = ticker.partition(".")
        if market == "HK" and code.startswith("0") and code.strip("0"):
            names.append(f"{code.lstrip('0')}.HK")
        if market in bloomberg:
            names.append(f"{code} {bloomberg[market]}")
            if bloomberg[market] == "US":
                # Chinese brokers and trading apps write a US listing as its code and .US
                # (XPEV.US for XPEV.N), whichever US exchange the lexicon names
                names.append(f"{code}.US")
            if market == "HK" and code.startswith("0") and code.strip("0"):
                names.append(f"{code.lstrip('0')} {bloomberg[market]}")
    return names


@functools.lru_cache(maxsize=None)
def _bloomberg_markets() -> dict[str, str]:
    """Exchange suffix of a ticker -> the market code a Bloomberg ticker ends with (``SH`` -> ``CH``):
    ``data/bloomberg_markets.csv``."""
    with open(DATA_DIR / "bloomberg_markets.csv", newline="", encoding="utf-8") as f:
        return {r["suffix"].strip(): r["bloomberg"].strip() for r in csv.DictReader(f)}


@functools.lru_cache(maxsize=8)
def _load(path: Path) -> pd.DataFrame:
    rows = _read_rows(path)
    _validate(rows, path)
    table = pd.DataFrame([row for _, row in rows], columns=list(ENTITY_COLUMNS))
    return table.astype("string")


def load_entities(path: str | Path | None = None) -> pd.DataFrame:
    """Read and validate the entity lexicon.

    Parameters
    ----------
    path : str or Path, optional
        A lexicon CSV; defaults to ``data/entities.csv``.

    Returns
    -------
    pandas.DataFrame
        One row per entity with the string columns ``entity, type, aliases, org, tickers,
        country`` (``aliases`` and ``tickers`` ``|``-separated; empty cells are empty strings).
        A fresh copy of a cached table: callers may modify it.

    Raises
    ------
    LexiconError
        A missing column, an empty or duplicate entity, a type outside ``ENTITY_TYPES``, a
        model without org, an org that is not an entity, a malformed ticker or country, or a
        name (alias, ticker, canonical name) claimed by two entities; the message names the row.

    Examples
    --------
    >>> table = load_entities()
    >>> table.set_index("entity").loc["Phi-3-mini", "org"]
    'Microsoft'
    """
    resolved = Path(path).resolve() if path is not None else ENTITIES_PATH
    return _load(resolved).copy()


#: Public release dates of well-known models and products, keyed by canonical entity.
RELEASES_PATH = DATA_DIR / "release_dates.csv"

_RELEASED_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")


@functools.lru_cache(maxsize=8)
def _release_dates(path: Path, entities: Path) -> dict[str, str]:
    known = set(_load(entities)["entity"])
    out: dict[str, str] = {}
    for line, row in _read_rows(path, ("entity", "released"), "the release dates", empty_ok=True):
        entity, released = row["entity"], row["released"]
        where = f"{path.name} line {line} ({entity or 'no entity'})"
        if entity not in known:
            raise LexiconError(f"{where}: not an entity of {entities.name}")
        if not _RELEASED_RE.match(released):
            raise LexiconError(f"{where}: released {released!r} is not YYYY-MM or YYYY-MM-DD")
        if entity in out:
            raise LexiconError(f"{where}: duplicate entity")
        out[entity] = released
    return out


def release_dates(path: str | Path | None = None, entities: str | Path | None = None) -> dict[str, str]:
    """Canonical entity -> the date it was publicly released (``data/release_dates.csv``).

    World knowledge the text takes for granted: ``ChatGPT推出两个月`` counts from ChatGPT's
    launch, and a model's price stated against an older model holds from the model's release.
    Only widely known dates are listed; ``YYYY-MM`` where the day is not certain.

    Raises
    ------
    LexiconError
        A row whose entity is not in the lexicon, a malformed or duplicate date; the message
        names the file and line.

    Examples
    --------
    >>> release_dates()["GPT-4o"]
    '2024-05-13'
    """
    resolved = Path(path).resolve() if path is not None else RELEASES_PATH
    lexicon = Path(entities).resolve() if entities is not None else ENTITIES_PATH
    return dict(_release_dates(resolved, lexicon))


# --------------------------------------------------------------------------- the matcher


def _char_kind(ch: str) -> str:
    if ch.isascii() and ch.isalpha():
        return "letter"
    if ch.isascii() and ch.isdigit():
        return "digit"
    return "other"


@functools.lru_cache(maxsize=1)
def _opencc():
    import opencc  # imported lazily: only building the matcher needs it

    return [opencc.OpenCC(f"{c}.json") for c in ("s2t", "s2tw", "s2hk", "t2s", "tw2s", "hk2s")]


def _script_variants(name: str) -> set[str]:
    """Traditional and Simplified spellings of a name with Chinese characters."""
    if not _HAN_RE.search(name):
        return set()
    return {conv.convert(name) for conv in _opencc()} - {name}


class _Node:
    __slots__ = ("children", "end")

    def __init__(self):
        self.children: dict[tuple, _Node] = {}
        self.end: str | None = None  # right guard when a name ends here


def _tokens(surface: str, mode: str) -> list[tuple]:
    """Trie tokens of one spelling: ('s',) separator, ('c', ch) any case, ('x', ch) exact."""
    tokens: list[tuple] = []
    for i, ch in enumerate(surface):
        if ch in _SEPARATORS:
            if tokens and tokens[-1] != ("s",):
                tokens.append(("s",))
        elif mode == "exact" or (mode == "title" and i == 0):
            tokens.append(("x", ch))
        else:
            tokens.append(("c", ch.casefold() if ch.isascii() else ch))
    return tokens


def _right_guard(surface: str) -> str:
    core = surface.translate(_SEP_STRIP)
    if core.isascii() and core.isdigit():
        # fixed-width lookbehind over the number just matched
        return rf"(?<![{_NUMBER_PRECEDERS}][0-9]{{{len(core)}}})" + _RIGHT_NUMERIC
    kind = _char_kind(core[-1])
    return {"letter": _RIGHT_LETTER, "digit": _RIGHT_DIGIT}.get(kind, "")


def _token_re(token: tuple, left: bool) -> str:
    if token[0] == "s":
        return _SEP_PATTERN
    ch = token[1]
    guard = ""
    if left:
        guard = {"letter": _LEFT_LETTER, "digit": _LEFT_DIGIT}.get(_char_kind(ch), "")
    body = re.escape(ch)
    if token[0] == "x" and ch.isalpha():
        body = f"(?-i:{body})"
    return guard + body


def _branch_order(item: tuple) -> tuple:
    # Case-insensitive and separator branches first: exact-case names are the short ones, so
    # trying them last keeps the longest name first where both could match.
    token = item[0]
    return (token[0] == "x", token)


def _trie_pattern(node: _Node, depth: int = 0) -> str:
    branches = [_token_re(tok, depth == 0) + _trie_pattern(child, depth + 1)
                for tok, child in sorted(node.children.items(), key=_branch_order)]
    if node.end is not None:
        branches.append(node.end)  # the shorter name, after every longer continuation
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _first_chars(tokens) -> str:
    """A character class of the characters that can start a name (both cases where case-free)."""
    chars = set()
    for token in tokens:
        chars.add(token[1])
        if token[0] == "c":
            chars.add(token[1].upper())
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _top_branches(root: _Node) -> list[tuple[tuple, str]]:
    """The trie's top-level alternatives, each with its pattern, in the order they are tried.

    Made once for both patterns built from them (``_root_pattern``, ``_branches_by_first``):
    writing the trie out is most of building the matcher.
    """
    items = sorted(root.children.items(), key=lambda kv: (kv[0][1].casefold(), _branch_order(kv)))
    return [(tok, _token_re(tok, True) + _trie_pattern(child, 1)) for tok, child in items]


def _root_pattern(branches: list[tuple[tuple, str]], bucket_size: int = _BUCKET) -> str:
    """The trie's top level, split into buckets each behind a one-character lookahead.

    Python's regex engine tries alternatives one by one; a cheap character-class test in front
    of every bucket (and of the whole pattern) lets it reject most text positions after one or
    a few set lookups instead of hundreds of literal comparisons.
    """
    buckets = []
    for i in range(0, len(branches), bucket_size):
        chunk = branches[i:i + bucket_size]
        body = "|".join(branch for _, branch in chunk)
        buckets.append(f"(?={_first_chars(tok for tok, _ in chunk)})(?:{body})")
    return f"(?={_first_chars(tok for tok, _ in branches)})(?:" + "|".join(buckets) + ")"


def _branches_by_first(branches: list[tuple[tuple, str]]) -> dict[str, str]:
    """The trie's top-level alternatives grouped by their first character, lowered, each group
    in the order ``_root_pattern`` tries them: at a position whose lowered character is ``c``
    the alternatives of other groups fail on their first character, so group ``c`` alone gives
    the same match as the whole pattern."""
    out: dict[str, list[str]] = {}
    for tok, branch in branches:
        out.setdefault(tok[1].lower(), []).append(branch)
    return {c: "|".join(bs) for c, bs in out.items()}



class EntityMatcher:
    """Find lexicon entities in text (see the module docstring for the rules).

    Build it once (``get_matcher()``) and call ``find`` per text.

    Parameters
    ----------
    entities : pandas.DataFrame, optional
        A validated lexicon table as returned by ``load_entities``; defaults to the package's.

    Examples
    --------
    >>> m = get_matcher()
    >>> [(x.text, x.entity, x.org) for x in m.find("微軟的MAI-1與GPT-4o")]
    [('微軟', 'Microsoft', None), ('MAI-1', 'MAI-1', 'Microsoft'), ('GPT-4o', 'GPT-4o', 'OpenAI')]
    """

    def __init__(self, entities: pd.DataFrame | None = None):
        table = load_entities() if entities is None else entities
        self._info: dict[str, tuple[str, str | None]] = {}
        self._owner: dict[str, str] = {}  # alias key -> canonical entity
        self._surfaces: dict[str, set[str]] = {}  # alias key -> spellings
        explicit: list[tuple[str, str]] = []
        for row in table.fillna("").to_dict("records"):
            entity = str(row["entity"])
            self._info[entity] = (str(row["type"]), str(row["org"]) or None)
            explicit += [(name, entity) for name in _explicit_names({k: str(v) for k, v in row.items()})]
        for name, entity in explicit:
            self._add(name, entity, strict=True)
        # derived script variants never override a name some row gives explicitly
        for name, entity in explicit:
            for variant in sorted(_script_variants(name)):
                self._add(variant, entity, strict=False)
        self._stop_keys = {alias_key(phrase) for phrase in NOT_NAMES}
        for phrase in NOT_NAMES:
            if alias_key(phrase) in self._owner:
                raise LexiconError(f"lexicon.NOT_NAMES: {phrase!r} is a name of {self._owner[alias_key(phrase)]!r}")
            self._surfaces.setdefault(alias_key(phrase), set()).add(phrase)
        self._pattern_source = self._compile()
        self._stems: dict[tuple[str, ...], dict[str, set[str]]] = {}

    def _add(self, surface: str, entity: str, strict: bool) -> None:
        if any(ch in surface for ch in "\x80\x81\x82"):  # the fold's stand-ins (``_FOLD_TABLE``)
            raise LexiconError(f"entities: name {surface!r} holds a C1 control character")
        key = alias_key(surface)
        other = self._owner.setdefault(key, entity)
        if other != entity:
            if strict:
                raise LexiconError(f"entities: name {surface!r} belongs to both {other!r} and {entity!r}")
            return
        self._surfaces.setdefault(key, set()).add(surface)

    def spellings(self) -> list[tuple[str, str]]:
        """The ``(spelling, case mode)`` pairs the pattern is built from.

        Modes: ``exact`` (short ASCII names), ``title`` (one capitalised word: the capital is
        required), ``case`` (case-insensitive). One spelling per key stands for the others,
        except exact ones, which are kept as written.
        """
        out = []
        for key, surfaces in sorted(self._surfaces.items()):
            ascii_short = sorted(s for s in surfaces if s.isascii() and len(s.translate(_SEP_STRIP)) <= 3)
            if ascii_short:
                out += [(s, "exact") for s in ascii_short]
                continue
            mode = "title" if all(_TITLE_WORD_RE.match(s) for s in surfaces) else "case"
            # the spelling with the most separators covers the others (separators are optional)
            best = max(sorted(surfaces), key=lambda s: sum(ch in _SEPARATORS for ch in s))
            out.append((best, mode))
        return out

    def _compile(self) -> str:
        root = _Node()
        spellings = self.spellings()  # made once: it sorts and scans every surface
        heads = set()
        for surface, mode in spellings:
            tokens = _tokens(surface, mode)
            node = root
            for token in tokens:
                node = node.children.setdefault(token, _Node())
            node.end = _right_guard(surface)
            # where a name can start: every place the lowered text holds a spelling's letters up
            # to its first separator (a separator may be left out or doubled, the letters before
            # it stand together); one Aho-Corasick pass finds them, and the regex is tried there alone
            head = []
            for t in tokens:
                if t[0] == "s":
                    break
                head.append(t[1])
            heads.add("".join(head).lower())
        self._heads = ahocorasick_rs.AhoCorasick(sorted(heads))
        self._alphabet = "".join(sorted(set("".join(heads)) | set("".join(s for s, _ in spellings))
                                        | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")))
        branches = _top_branches(root)
        self._first_sources = _branches_by_first(branches)
        self._first_patterns: dict[str, re.Pattern] = {}
        return _root_pattern(branches)

    @functools.cached_property
    def _pattern(self) -> re.Pattern:
        """The whole name pattern, compiled on first use: ``find`` compiles only the groups of
        alternatives for the first characters it meets, and needs the whole pattern only for
        text that does not lower safely."""
        return re.compile(self._pattern_source, re.IGNORECASE)

    def _starts(self, text: str) -> list[int] | None:
        """Every position where a name may start, in order (a superset of where the pattern
        matches); None when lowering could move or merge characters (``regexes.lowers_safely``)."""
        if not lowers_safely(text, self._alphabet):
            return None
        return sorted({s for _, s, _ in self._heads.find_matches_as_indexes(lowered(text), overlapping=True)})

    def _pattern_at(self, ch: str) -> re.Pattern | None:
        pattern = self._first_patterns.get(ch)
        if pattern is None:
            source = self._first_sources.get(ch)
            if source is None:
                return None
            pattern = self._first_patterns[ch] = re.compile(source, re.IGNORECASE)
        return pattern

    def compile_all(self) -> None:
        """Compile the group of alternatives of every first character now.

        ``find`` compiles a group when a text first needs it (a run on a few reports pays for
        a few groups). A process about to extract many reports, or to fork workers that would
        each compile the same groups, calls this once, as jieba loads its dictionary up front.
        """
        for ch in sorted(self._first_sources):
            self._pattern_at(ch)

    def _matches(self, text: str):
        """``self._pattern.finditer`` over the folded text, tried only where a name may start."""
        starts = self._starts(text)
        folded = _fold(text)
        if starts is None:
            yield from self._pattern.finditer(folded)
            return
        last = 0
        compiled = self._first_patterns
        for at in starts:
            if at < last:
                continue
            ch = text[at].lower()
            pattern = compiled.get(ch) or self._pattern_at(ch)
            m = pattern.match(folded, at) if pattern is not None else None
            if m is not None:
                yield m
                last = m.end()

    @property
    def pattern(self) -> str:
        """The compiled pattern's source (for inspection)."""
        return self._pattern_source

    def canonical(self, name: str) -> str | None:
        """Canonical entity of a canonical name, alias or ticker (any case); None if unknown."""
        return self._owner.get(alias_key(name.strip()))

    def info(self, entity: str) -> tuple[str, str | None]:
        """``(type, org)`` of a canonical entity name."""
        return self._info[entity]

    def find(self, text: str) -> list[EntityMatch]:
        """All non-overlapping entity names in ``text``, leftmost first, longest at a position."""
        out = []
        for m in self._matches(text):
            surface = text[m.start():m.end()]  # the match read the folded copy
            key = _match_key(surface)
            if key in self._stop_keys:
                continue
            entity = self._owner[key]
            etype, org = self._info[entity]
            out.append(_new_match(m.start(), m.end(), surface, entity, etype, org))
        return out

    def short_form(self, surface: str, suffixes: tuple[str, ...]) -> str | None:
        """The company whose alias is ``surface`` plus one of ``suffixes`` (``传音`` -> the firm
        of ``传音控股``), or None: reports write a listed firm by its name less the descriptor
        (科技, 控股, 集团), a form no alias row spells out. None when ``surface`` is itself a name,
        is shorter than two characters, or is the stem of two companies (``平安`` of two firms).
        A surface with another of ``suffixes`` is the firm of the same stem (``朗新集团`` for
        ``朗新科技``): a firm renamed or written with another descriptor keeps its trade name."""
        key = alias_key(surface)
        if len(key) < 2 or key in self._owner or not _HAN_RE.search(key):
            return None
        stems = self._stems.get(suffixes)
        if stems is None:
            stems = {}
            for k, entity in self._owner.items():
                if self._info[entity][0] != "company":
                    continue
                if _HAN_RE.search(k):
                    stems.setdefault(k, set()).add(entity)  # a bare trade name (世芯) is its own stem
                for suffix in suffixes:
                    if k.endswith(suffix) and len(k) - len(suffix) >= 2:
                        stems.setdefault(k[:-len(suffix)], set()).add(entity)
            self._stems[suffixes] = stems
        found = stems.get(key, ())
        if not found:
            stem = next((key[:-len(x)] for x in suffixes if key.endswith(x) and len(key) - len(x) >= 2), None)
            found = stems.get(stem, ()) if stem is not None else ()
        return next(iter(found)) if len(found) == 1 else None

    def listed_under(self, code: str, market: str) -> str | None:
        """The one entity listed under a bare ``code`` on any exchange whose Bloomberg market is
        ``market`` (``EQIX``, ``US`` -> the firm of ``EQIX.O``), else None: a table column of
        tickers writes the code without its exchange suffix."""
        found = {self._owner.get(alias_key(f"{code}.{suffix}"))
                 for suffix, bloomberg in _bloomberg_markets().items() if bloomberg == market}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def names(self) -> dict[str, str]:
        """Every known spelling (explicit and derived) mapped to its canonical entity."""
        return {s: self._owner[k] for k, spellings in self._surfaces.items() if k in self._owner
                for s in spellings}


@functools.lru_cache(maxsize=1)
def get_matcher() -> EntityMatcher:
    """The matcher of the package lexicon, built once per process."""
    return EntityMatcher()


def find_entities(text: str) -> list[EntityMatch]:
    """``get_matcher().find(text)``."""
    return get_matcher().find(text)


def canonical(name_or_alias: str) -> str | None:
    """Canonical English name of a name, alias or ticker; None if the lexicon does not know it.

    >>> canonical("科大訊飛"), canonical("0700.HK"), canonical("nobody")
    ('iFlytek', 'Tencent', None)
    """
    return get_matcher().canonical(name_or_alias)


# --------------------------------------------------------------------------- jieba

_JIEBA_TAGS = {"company": "nt", "org": "nt"}  # organisations; everything else a proper noun
_loaded_tokenizers: weakref.WeakSet = weakref.WeakSet()


def jieba_userdict_lines() -> list[str]:
    """jieba user-dictionary lines (``word tag``) for every Chinese name of the lexicon.

    Names are written without separators (jieba never yields a word containing a space or a
    middle dot); names that still contain a character outside jieba's word block are left out.
    The frequency is left to jieba, which then suggests one that keeps the word whole.
    """
    matcher = get_matcher()
    lines = set()
    for spelling, entity in matcher.names().items():
        if not _HAN_RE.search(spelling):
            continue
        word = spelling.translate(_SEP_STRIP)
        if _JIEBA_WORD_RE.match(word):
            lines.add(f"{word} {_JIEBA_TAGS.get(matcher.info(entity)[0], 'nz')}")
    return sorted(lines)


def load_into_jieba(tokenizer=None):
    """Add every Chinese name of the lexicon to a jieba tokenizer (default: jieba's global one).

    Idempotent per tokenizer. Returns the tokenizer.
    """
    import jieba

    tok = jieba.dt if tokenizer is None else tokenizer
    if tok in _loaded_tokenizers:
        return tok
    for line in jieba_userdict_lines():
        word, tag = line.rsplit(" ", 1)
        tok.add_word(word, None, tag)  # freq None: jieba suggests one that keeps the word whole
    _loaded_tokenizers.add(tok)
    return tok
