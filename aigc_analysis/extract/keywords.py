"""Keyword lexicons of the extractor: metric keywords, grammar words, concepts and groups.

All vocabulary lives in CSV files under ``aigc_analysis/data`` (``metrics.csv``,
``grammar.csv``, ``concepts.csv``, ``groups.csv``); this module only loads them and compiles
one regular expression per lexicon so a document is scanned once per lexicon.
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick_rs

from ..load.scan import word_trie
from ..paths import DATA_DIR, THEMES
from .regexes import lowered, lowers_safely

#: Quantity classes: the columns of ``metrics.csv`` that name the metric for that class.
CLASSES = ("money", "count", "ratio", "pp", "multiple", "duration", "bytes", "price", "free", "flops", "watts")

#: Quantity ``kind`` (from ``quantities.find_quantities``) -> class.
KIND_CLASS = {
    "money": "money",
    "number": "count",
    "percent": "ratio",
    "fraction": "ratio",
    "pp": "pp",
    "multiple": "multiple",
    "duration": "duration",
    "bytes": "bytes",
    "price": "price",
    "free": "free",
    "discount": "free",
    "flops": "flops",
    "watts": "watts",
    "energy": "count",  # 415TWh: an amount of energy, metric-wise a count (electricity_consumption_kwh)
    "weight": "count",  # 2.04万吨: a mass in tonnes, metric-wise a count (the metric says tonnes)
    "pay": "money",  # 40-70K·16薪: a job board's monthly pay (unit_metrics.csv names it)
    "pay_months": "duration",  # the 16薪 of 40-70K·16薪: months of pay a year
}


@dataclass(frozen=True)
class Keyword:
    """One row of ``metrics.csv``."""

    word: str
    theme: str
    metrics: dict  # class -> metric name
    negative: bool
    min_abs: float


class Hit(NamedTuple):
    """A lexicon match in a text (a tuple: cheap to make by the thousand)."""

    start: int
    end: int
    word: str


def _read(name: str) -> list[dict]:
    with open(DATA_DIR / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _alternation(words) -> re.Pattern:
    """Compile words leftmost-longest; ASCII words match case-insensitively at word edges."""
    words = {w.lower() for w in words if w}
    ascii_words = sorted(w for w in words if w.isascii() and w[:1].isalnum())
    other = sorted(w for w in words if w not in set(ascii_words))
    parts = []
    if other:
        parts.append(word_trie(other))
    if ascii_words:
        parts.append(rf"(?<![A-Za-z])(?:{word_trie(ascii_words)})(?![A-Za-z])")
    if not parts:
        return re.compile(r"(?!)")
    # a one-character class in front lets the engine skip most positions cheaply
    first = {ch for w in words for ch in (w[0].lower(), w[0].upper())}
    starts = "".join(re.escape(c) for c in sorted(first))
    return re.compile(f"(?=[{starts}])(?:" + "|".join(parts) + ")", re.IGNORECASE)


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


class _WordScanner:
    """The matches of ``_alternation(words)``, found by an Aho-Corasick automaton in Rust.

    The regex is tried at every position of a document, which costs more than everything done
    with its hits. The automaton's leftmost-longest matches over the lowered text are the
    regex's own as long as every ASCII word among them passes its guards (no letter on either
    side): nothing the regex could prefer starts earlier or at the same place (a Chinese-or-
    symbol word and an ASCII word never start at one position with the ASCII one longer: the
    shorter would be a prefix of the longer, hence ASCII too). Where a guard fails (``pe`` in
    ``OpenAI``) the regex itself scans on until its choice ends where the automaton's scan
    would have resumed, and the automaton's matches are taken again from there.
    Lowering keeps offsets and equals the regex's case-blindness only where
    ``regexes.lowers_safely`` says so; ``scan`` returns None otherwise and the caller uses the
    regex.
    """

    def __init__(self, words, pattern: re.Pattern):
        self.pattern = pattern
        self.keys = sorted({w.lower() for w in words if w})
        self.index = {w: i for i, w in enumerate(self.keys)}
        self.per_key: dict[str, list] = {}  # lists by key index (see _by_key)
        self.is_ascii = [w.isascii() and w[:1].isalnum() for w in self.keys]
        self.alphabet = "".join(sorted(set("".join(self.keys)) | _LETTERS))
        self.automaton = ahocorasick_rs.AhoCorasick(self.keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) \
            if self.keys else None
        # A key with no character that upper-cases (Chinese words) is spelled in the text
        # exactly as the key: the lowered text holds it there, and no other character lowers to
        # a character without an upper case (tests/test_keywords.py checks that of Unicode). A
        # hit's word is then the key itself, not a new slice of the text.
        self.spelled = [k if k.upper() == k else None for k in self.keys]

    def scan(self, text: str) -> list[tuple[int, int, int]] | None:
        """``(key index, start, end)`` of each match, in order; None when the text does not lower safely."""
        if self.automaton is None or not lowers_safely(text, self.alphabet):
            return None
        low = lowered(text)
        found = self.automaton.find_matches_as_indexes(low)
        is_ascii, letters, n = self.is_ascii, _LETTERS, len(text)
        bad = [k for k, (i, s, e) in enumerate(found)
               if is_ascii[i] and (s and low[s - 1] in letters or e < n and low[e] in letters)]
        if not bad:
            return found
        out: list = []
        k = 0
        for b in bad:
            if b < k:
                continue  # passed over while the regex scanned
            out += found[k:b]  # the matches up to the failing one are the regex's own
            k = b
            synced = False
            for m in self.pattern.finditer(text, found[b][1]):
                r = m.end()
                out.append((self.index[low[m.start():r]], m.start(), r))
                while k < len(found) and found[k][1] < r:
                    k += 1
                # in step again when the automaton's scan went on at or before r after its last
                # match before r (the failing one is among them): its next match is the regex's
                if found[k - 1][2] <= r:
                    synced = True
                    break
            if not synced:
                return out
        out += found[k:]
        return out


@functools.lru_cache(maxsize=None)
def metric_keywords() -> dict[str, Keyword]:
    """Metric keywords by lower-cased word; validates ``metrics.csv`` and fails loudly."""
    out: dict[str, Keyword] = {}
    for i, row in enumerate(_read("metrics.csv"), start=2):
        word = row["keyword"].strip()
        theme = row["theme"].strip()
        if theme not in THEMES:
            raise ValueError(f"metrics.csv line {i}: unknown theme {theme!r}")
        metrics = {c: row[c].strip() for c in CLASSES if row.get(c, "").strip()}
        if not metrics:
            raise ValueError(f"metrics.csv line {i}: keyword {word!r} names no metric")
        if word.lower() in out:
            raise ValueError(f"metrics.csv line {i}: duplicate keyword {word!r}")
        out[word.lower()] = Keyword(
            word=word,
            theme=theme,
            metrics=metrics,
            negative=row.get("sign", "").strip() == "-",
            min_abs=float(row["min_abs"]) if row.get("min_abs", "").strip() else 0.0,
        )
    return out


@functools.lru_cache(maxsize=None)
def grammar_words() -> dict[str, set[str]]:
    """Grammar words by role (``growth``, ``comparison``, ``source``, ``group``, ...)."""
    roles: dict[str, set[str]] = {}
    for row in _read("grammar.csv"):
        roles.setdefault(row["role"].strip(), set()).add(row["word"].strip())
    return roles


@functools.lru_cache(maxsize=1)
def _word_groups() -> dict[str, dict[str, str]]:
    """Every group of ``facts_words.csv``, read in one pass: the rules ask for some four hundred
    groups as the package is imported, and reading the file once per group took seconds."""
    groups: dict[str, dict[str, str]] = {}
    for r in _read("facts_words.csv"):
        groups.setdefault(r["group"].strip(), {})[r["word"].strip()] = (r.get("value") or "").strip()
    return groups


def word_group(name: str) -> dict[str, str]:
    """Words of one group of ``facts_words.csv`` (the small closed lists the fact rules
    match: token volumes, firm nouns, group counters ...) -> their ``value`` column."""
    out = _word_groups().get(name)
    if not out:
        raise ValueError(f"facts_words.csv: no words in group {name!r}")
    return out


def word_alternation(name: str) -> str:
    """A regex alternation of a word group, longest word first (escaped)."""
    return "|".join(re.escape(w) for w in sorted(word_group(name), key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=None)
def concepts() -> dict[str, str]:
    """Generic subjects (industry segments) by alias -> English name."""
    return {r["alias"].strip(): r["entity"].strip() for r in _read("concepts.csv")}


@functools.lru_cache(maxsize=None)
def groups() -> dict[frozenset, str]:
    """Named groups by the frozenset of their members' canonical names."""
    return {frozenset(r["members"].split("|")): r["group"].strip() for r in _read("groups.csv")}


@functools.lru_cache(maxsize=None)
def _metric_re() -> re.Pattern:
    return _alternation(k.word for k in metric_keywords().values())


@functools.lru_cache(maxsize=None)
def _grammar_re() -> re.Pattern:
    return _alternation(w for ws in grammar_words().values() for w in ws)


@functools.lru_cache(maxsize=None)
def _metric_scanner() -> _WordScanner:
    return _WordScanner([k.word for k in metric_keywords().values()], _metric_re())


@functools.lru_cache(maxsize=None)
def _grammar_scanner() -> _WordScanner:
    return _WordScanner([w for ws in grammar_words().values() for w in ws], _grammar_re())


@functools.lru_cache(maxsize=None)
def _role_of() -> dict[str, str]:
    out = {}
    for role, ws in grammar_words().items():
        for w in ws:
            out[w.lower()] = role
    return out


@functools.lru_cache(maxsize=None)
def _concept_re() -> re.Pattern:
    return _alternation(concepts())


@functools.lru_cache(maxsize=None)
def _metric_not_after() -> dict[str, str]:
    """Characters that must not stand right before a metric keyword (``提`` before ``升``)."""
    return {r["keyword"].strip().lower(): (r.get("not_after") or "").strip() for r in _read("metrics.csv")
            if (r.get("not_after") or "").strip()}


# a Hit made without NamedTuple's Python-level __new__ (thousands per document)
_hit = tuple.__new__


def _by_key(scanner: _WordScanner, name: str, values: dict, default) -> list:
    """``values`` (keyed by lower-cased word) as a list by the scanner's key index, made once."""
    out = scanner.per_key.get(name)
    if out is None:
        out = scanner.per_key[name] = [values.get(k, default) for k in scanner.keys]
    return out


@functools.lru_cache(maxsize=None)
def _metric_not_before() -> dict[str, tuple[str, ...]]:
    """Words that must not follow a metric keyword (``facts_words.csv`` ``metric_not_before``:
    the 市场 of 市场预期 is the analysts' expectation, no market)."""
    return {w.lower(): tuple(v.split("|")) for w, v in word_group("metric_not_before").items()}


def find_metric_keywords(text: str) -> list[Hit]:
    """Every metric keyword in ``text``, leftmost-longest, in order."""
    not_after, not_before = _metric_not_after(), _metric_not_before()
    scanner = _metric_scanner()
    found = scanner.scan(text)
    if found is None:
        return [Hit(m.start(), m.end(), m.group(0)) for m in _metric_re().finditer(text)
                if not (m.start() > 0 and text[m.start() - 1] in not_after.get(m.group(0).lower(), ""))
                and not text.startswith(not_before.get(m.group(0).lower(), ()), m.end())]
    barred, spelled = _by_key(scanner, "not_after", not_after, ""), scanner.spelled
    unfollowed = _by_key(scanner, "not_before", not_before, ())
    # most keys bar no character and no word: the text around a hit is then not looked at
    return [_hit(Hit, (s, e, spelled[i] or text[s:e])) for i, s, e in found
            if not (s and barred[i] and text[s - 1] in barred[i])
            and not (unfollowed[i] and text.startswith(unfollowed[i], e))]


@functools.lru_cache(maxsize=None)
def _not_after() -> dict[str, str]:
    """Characters that must not stand right before a grammar word (``数`` before ``据``)."""
    return {r["word"].strip().lower(): r.get("not_after", "").strip() for r in _read("grammar.csv")}


def find_grammar(text: str) -> list[tuple[Hit, str]]:
    """Every grammar word in ``text`` with its role (``据`` in ``数据`` is not a source marker)."""
    role = _role_of()
    not_after = _not_after()
    scanner = _grammar_scanner()
    found = scanner.scan(text)
    if found is not None:
        barred, roles = _by_key(scanner, "not_after", not_after, ""), _by_key(scanner, "role", role, None)
        spelled = scanner.spelled
        return [(_hit(Hit, (s, e, spelled[i] or text[s:e])), roles[i]) for i, s, e in found
                if not (s and barred[i] and text[s - 1] in barred[i])]
    out = []
    for m in _grammar_re().finditer(text):
        word = m.group(0).lower()
        if m.start() > 0 and text[m.start() - 1] in not_after.get(word, ""):
            continue
        out.append((Hit(m.start(), m.end(), m.group(0)), role[word]))
    return out


@functools.lru_cache(maxsize=None)
def _compound_re() -> re.Pattern:
    return _alternation(word_group("compound_noun"))


def _ends_inside_compound(text: str, start: int, end: int) -> bool:
    """True when a compound noun of ``facts_words.csv`` (``数据中心``) starts inside
    ``text[start:end]`` and runs past its end: the match is then the head of a longer word,
    not a whole noun (``全球数据`` in ``全球数据中心`` is 全球 + 数据中心)."""
    pattern, longest = _compound_re(), _compound_longest()
    for pos in range(max(start + 1, end - longest + 1), end):
        m = pattern.match(text, pos)
        if m is not None and m.end() > end:
            return True
    return False


@functools.lru_cache(maxsize=None)
def _compound_longest() -> int:
    return max(map(len, word_group("compound_noun")))


@functools.lru_cache(maxsize=None)
def _concept_names() -> dict[str, str]:
    """English name of each concept alias, by the alias lower-cased."""
    return {k.lower(): v for k, v in concepts().items()}


@functools.lru_cache(maxsize=None)
def _concept_scanner() -> _WordScanner:
    return _WordScanner(list(concepts()), _concept_re())


def _concepts_from_scan(text: str, found: list, scanner: _WordScanner, names: dict[str, str]) -> list[Hit]:
    """``find_concepts`` from the scanner's matches (those of ``pattern.finditer``).

    Both scans agree until a match is dropped inside a compound noun: ``find_concepts`` then
    searches again from the match's next character, ``finditer`` from its end. The regex runs
    from there until its scan resumes at or after where the scanner's did before its next
    match: from then on both find the same matches again.
    """
    pattern, keys = _concept_re(), scanner.keys
    out: list[Hit] = []
    k = 0
    while k < len(found):
        i, s, e = found[k]
        if not _ends_inside_compound(text, s, e):
            out.append(Hit(s, e, names[keys[i]]))
            k += 1
            continue
        resume = s + 1
        while True:
            while k < len(found) and found[k][1] < resume:
                k += 1
            if k == 0 or found[k - 1][2] <= resume:
                break  # in step again: found[k] is the next match of both scans
            m = pattern.search(text, resume)
            if m is None:
                return out
            if _ends_inside_compound(text, m.start(), m.end()):
                resume = m.start() + 1
            else:
                out.append(Hit(m.start(), m.end(), names[m.group(0).lower()]))
                resume = m.end()
    return out


def find_concepts(text: str) -> list[Hit]:
    """Every concept alias in ``text`` that stands as a whole noun; ``Hit.word`` is the English name.

    A match whose end falls inside a compound noun (``data/facts_words.csv`` ``compound_noun``)
    is dropped and the scan goes on from its next character, where a shorter alias may stand.

    Examples
    --------
    >>> [(h.start, h.word) for h in find_concepts("全球数据总量达到180ZB")]
    [(0, 'global data volume')]
    >>> find_concepts("全球数据库市场规模")  # 全球数据 ends inside 数据库
    []
    >>> [(h.start, h.word) for h in find_concepts("中国数据中心新增并网容量约25GW")]
    [(2, 'data centres')]
    """
    names = _concept_names()
    pattern = _concept_re()
    scanner = _concept_scanner()
    found = scanner.scan(text)
    if found is not None:
        return _concepts_from_scan(text, found, scanner, names)
    out, pos = [], 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return out
        if _ends_inside_compound(text, m.start(), m.end()):
            pos = m.start() + 1
            continue
        out.append(Hit(m.start(), m.end(), names[m.group(0).lower()]))
        pos = m.end()


@functools.lru_cache(maxsize=None)
def unit_defaults() -> dict[str, Keyword]:
    """The metric a quantity takes by its kind when no keyword of its clause names one.

    Some units say what they measure on their own (``10GW`` is power capacity, ``71.5 EFLOPS``
    computing capacity): ``unit_metrics.csv`` maps such quantity kinds to a theme and metric.
    """
    out = {}
    for row in _read("unit_metrics.csv"):
        cls, theme, metric = row["class"].strip(), row["theme"].strip(), row["metric"].strip()
        if cls not in CLASSES or theme not in THEMES:
            raise ValueError(f"unit_metrics.csv: bad row {row}")
        for kind in row["kinds"].split("|"):
            out[kind.strip()] = Keyword(word="", theme=theme, metrics={cls: metric}, negative=False, min_abs=0.0)
    return out


@functools.lru_cache(maxsize=None)
def fiscal_year_ends() -> dict[str, int]:
    """Canonical entity -> the month its fiscal year ends in (``fiscal_years.csv``)."""
    return {r["entity"].strip(): int(r["fy_end_month"]) for r in _read("fiscal_years.csv")}


@functools.lru_cache(maxsize=None)
def timeless_metric_prefixes() -> tuple[str, ...]:
    """Metrics that carry no period (parameter counts, training-data sizes): ``timeless_metrics.csv``."""
    return tuple(r["prefix"].strip() for r in _read("timeless_metrics.csv"))


@functools.lru_cache(maxsize=None)
def period_carry_themes() -> frozenset[str]:
    """Themes whose undated figure takes the period of the dated figure before it in the same
    sentence (``period_carry_themes.csv``): a sentence about one trading day, one deal or one
    market states its date once, at its first figure."""
    return frozenset(r["theme"].strip() for r in _read("period_carry_themes.csv"))


@functools.lru_cache(maxsize=None)
def document_period_themes() -> dict[str, float]:
    """Themes whose undated figure takes the period most of its document's figures state, with
    the least share of the document's rows that period must date (``document_period_themes.csv``):
    a report about one quarter or one year states it at most figures and leaves it out at the rest.

    >>> document_period_themes()["adoption"]
    0.25
    """
    return {r["theme"].strip(): float(r["min_share"]) for r in _read("document_period_themes.csv")}


@functools.lru_cache(maxsize=None)
def paragraph_carry_themes() -> frozenset[str]:
    """The carrying themes whose period reaches past the sentence to the rest of its paragraph
    (``reach`` = paragraph in ``period_carry_themes.csv``): a paragraph about one market states
    its year once and its later sentences share it, while a trading day's or a deal's date
    stays in its sentence."""
    return frozenset(r["theme"].strip() for r in _read("period_carry_themes.csv")
                     if r["reach"].strip() == "paragraph")


def keyword(word: str) -> Keyword:
    known = metric_keywords().get(word.lower())
    if known is not None:
        return known
    if word.endswith(tuple(word_group("price_compound_head"))):
        return _compound_price_keyword(word)
    if word.startswith(PEOPLE_MARK):
        return _people_keyword(word)
    raise KeyError(word)


#: the mark an induced people-count hit's word carries (a character no text holds), so that
#: :func:`keyword` tells it from a lexicon word
PEOPLE_MARK = "\ue000"


def _people_keyword(word: str) -> Keyword:
    """The keyword a count of people stands for when no lexicon row names its measure
    (``AI创作者约126万人``, ``本科招生420人``): adoption, by the metrics of facts_words.csv
    people_count_metric (class -> metric)."""
    return Keyword(word=word, theme="adoption", metrics=dict(word_group("people_count_metric")),
                   negative=False, min_abs=0.0)


@functools.lru_cache(maxsize=None)
def _people_count_re() -> re.Pattern:
    """A count of people right after the words it counts: a digit run (a 万/亿 magnitude, a
    qualifier before it) and then 人 or 名 that opens no longer word (人工智能, 人民币, 名单)."""
    qual = word_alternation("people_count_gap")
    magnitude = word_alternation("people_count_magnitude")
    # 人 or 名 opening a longer word (facts_words.csv people_count_word_after: 人工, 人民币, 名单)
    after = word_alternation("people_count_word_after")
    return re.compile(r"(?<=[\u4e00-\u9fff])(?:" + qual + r")?(?=[\d０-９][\d０-９,，.]*\s?(?:" + magnitude
                      + r")?\s?(?:人|名)(?!" + after + r"))")


def find_people_counts(text: str, hits: list[Hit]) -> list[Hit]:
    """Counts of people no metric keyword before them names (``AI创作者约126万人``, ``招生420人``,
    ``支持者约3,700名``), as hits of a zero-width people keyword right before the count (facts.py
    keeps them out of its keyword index and links each to its own count alone): reports
    of every kind count people (creators, students, trainees, backers, seat agents) with ever new
    nouns, and the count is one of adoption. A keyword earlier in the sentence names the count
    already (the rules link it to that keyword); a sentence about a firm's own staff or a meeting's attendance
    (facts_words.csv not_people_count: 员工, 裁员, 董事, 出席) or a table row is left alone."""
    barred = word_alternation("not_people_count")
    out = []
    starts = sorted(h.start for h in hits)
    after_qualifier = -1
    for m in _people_count_re().finditer(text):
        at = m.start()
        if at == after_qualifier:
            continue  # 约86万人: the count right after a qualifier matched with it
        after_qualifier = m.end() if m.end() > at else -1
        line_start = text.rfind("\n", 0, at) + 1
        sentence = re.split(r"[。；;！？]", text[line_start:at])[-1]
        clause = re.split(r"[，,：:]", sentence)[-1]
        if "\t" in clause or "|" in clause or "｜" in clause:
            continue
        if re.search(barred, sentence) or re.match(r"[^，。；\n]{0,12}?(?:" + barred + ")", text[m.end():m.end() + 16]):
            continue
        # 研发人员数量为1,652人，较上年的1,402人: a keyword earlier in the sentence names the count
        if any(at - len(sentence) <= a < at for a in starts):
            continue
        out.append(Hit(at, at, PEOPLE_MARK + "count"))
    return out


def _compound_price_keyword(word: str) -> Keyword:
    """The keyword a price compound no lexicon row names (``日常价``, ``早鸟价``, ``起拍价``)
    stands for: the row of the word its head names (``facts_words.csv`` price_compound_head,
    价 -> 售价), under the compound's own spelling."""
    head = next(h for h in word_group("price_compound_head") if word.endswith(h))
    k = metric_keywords()[word_group("price_compound_head")[head]]
    return Keyword(word=word, theme=k.theme, metrics=k.metrics, negative=k.negative, min_abs=k.min_abs)


@functools.lru_cache(maxsize=None)
def _price_compound_re() -> re.Pattern:
    """A price compound: one to three CJK characters and a price head (``日常价``), then at most a
    copula or qualifier and a currency sign before the amount's first digit (facts_words.csv
    price_compound_gap)."""
    heads = word_alternation("price_compound_head")
    gap = word_alternation("price_compound_gap")
    return re.compile(r"[\u4e00-\u9fff]{1,3}(?:" + heads + r")(?=\s*(?:" + gap + r")?\s*(?:" + gap
                      + r")?\s*[\d０-９])")


def _column_headers(text: str) -> frozenset[str]:
    """Price compounds that head a table column in ``text`` (``| 日常价 | 618到手价 |``, a word
    followed by a cell edge: a bar, a tab or a run of blanks). Where a table lists the prices a
    word names, the prose before it restates them, mostly of the product a heading names, which
    the prose row does not know; the table's cells are the claims."""
    heads = word_alternation("price_compound_head")
    cell = re.compile(r"([\u4e00-\u9fff]{1,2}(?:" + heads + r"))(?:[ \u3000]*[|｜\t]|[ \u3000]{2,}(?![\d０-９]))")
    return frozenset(m.group(1)[-3:] for m in cell.finditer(text))


def _per_share_after(text: str, end: int) -> bool:
    """Whether the amount after a price compound at ``end`` is quoted per share (``最低价为52.31元/股``):
    a share's price, not one of a good (facts_words.csv price_compound_not_per)."""
    tail = re.match(r"[^，。；,;\n]{0,16}?/\s?(?:" + word_alternation("price_compound_not_per") + ")", text[end:end + 24])
    return tail is not None


@functools.cache
def _price_header_re() -> re.Pattern:
    """A price compound that is a table cell of its own, its unit bracketed after it at most
    (``| 众筹价(元) |``, ``一年预留价    三年预留价``): a header over the prices of its column, or a
    row label before its prices; a cell edge (a bar, a tab, two blanks or the line's end) closes it."""
    heads = word_alternation("price_compound_head")
    return re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,3}(?:" + heads + r"))(?:[（(][^（）()\n]{1,12}[)）])?"
                      r"(?=[ \u3000]*(?:[|｜\t]|$)|[ \u3000]{2,})", re.MULTILINE)


def find_price_compounds(text: str, hits: list[Hit]) -> list[Hit]:
    """Price compounds no metric keyword covers, as hits of their own (``到手价 1,019元``,
    ``起拍价1488万元``): a shop, an auction or a launch names its prices with ever new words built
    on 价, and a lexicon row for each would never catch up. The compound is cut to the characters
    after a nearer keyword or a word that makes it no price of a good (``股价``, ``造价``, ``身价``:
    facts_words.csv not_price_compound)."""
    covered = [(h.start, h.end) for h in hits]
    barred = tuple(word_group("not_price_compound"))
    headers = _column_headers(text)
    out = []
    for m in _price_compound_re().finditer(text):
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in covered):
            continue
        word = m.group(0)
        if word.endswith(barred) or _per_share_after(text, end):
            continue
        # 国内渠道价: the compound is the head and the two characters before it at most
        word = word[-3:] if len(word) > 3 else word
        if word in headers:
            continue  # | 日常价 | 到手价 |: a table of the document states these prices cell by cell
        out.append(Hit(end - len(word), end, word))
    # | 众筹价(元) | over 1,299: a compound heading a table's cells names them as one before an amount would
    ends = {h.end for h in out}
    for m in _price_header_re().finditer(text):
        start, end = m.span(1)
        word = m.group(1)
        if end in ends or any(a < end and start < b for a, b in covered) or word.endswith(barred):
            continue
        word = word[-3:] if len(word) > 3 else word
        out.append(Hit(end - len(word), end, word))
    return out
