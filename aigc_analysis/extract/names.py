"""Names the entity lexicon does not know yet, found from their shape.

New models and companies appear every week, so a report often names its subject in a form no
lexicon row holds. Three shapes are reliable enough to act on:

* a listed company with its stock code: ``淳中科技（603516）``, ``萬國數據（9698）``;
* a Latin or mixed model or product name with a digit, a hyphen or an inner capital:
  ``Zeta-9``, ``Orca 3.5``, ``LongCat-Flash``, ``NovaMind`` (``H100``-like chip grades and
  period labels such as ``Q3`` or ``FY26`` are not names);
* a Chinese organisation name ending in a suffix such as 科技/集团/证券 (``data/name_shapes.csv``),
  trimmed of a leading function word.

Unknown names keep their surface form as the entity name. All word lists are data.
"""
from __future__ import annotations

import bisect
import csv
import datetime
import functools
import re
from typing import NamedTuple

from ..paths import DATA_DIR
from .numerals import pattern_words
from .quantities import find_quantities
from .periods import find_periods


class Name(NamedTuple):
    """A candidate name: ``text[start:end]``, its display name and a type (company or model)."""

    start: int
    end: int
    name: str
    type: str


@functools.lru_cache(maxsize=1)
def _shapes() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(DATA_DIR / "name_shapes.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["role"].strip(), []).append(row["word"].strip())
    return out


_CODE = re.compile(r"([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9\-]{1,9})\s?[(（]\s?(?:[0-9]{6}|[0-9]{4,5})"
                   r"(?:\.(?:SH|SZ|HK|SS))?\s?[)）]")
# the second word follows a blank, never a tab or line break (``Zorin-3⇥1.00``: the name, then
# the next table cell)
_LATIN = re.compile(r"(?<![A-Za-z0-9\-.])([A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:[ ][A-Z0-9][A-Za-z0-9.\-]*)?)"
                    r"(?![A-Za-z0-9\-])")
_NOT_LATIN = re.compile(
    r"^(?:Q[1-4]|H[12]|(?:FY|CY)\d*(?:Q[1-4]|H[12])?[AE]?|[A-Z]{1,3}\d{1,3}[A-Za-z]?|\d.*|[A-Z]+"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|.*\d{5}.*)$"
)
_OPENS_CLAUSE = re.compile(r"(?:^|[。！？!?；;，,：:\n【■】]\s?)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@functools.lru_cache(maxsize=1)
def _common_latin() -> frozenset[str]:
    """Capitalised English words of the trade that open clauses without naming anyone."""
    return frozenset(w.lower() for w in _shapes().get("common_word", []))


# any day: time expressions are looked up for where they end, not for what they mean
_ANY_DAY = datetime.date(2999, 6, 30)
# a name does not start with a digit or a mark (11月以来 is the time; 1-10月 the span)
_CJK_DIGIT_OR_PUNCT = re.compile(r"[0-9\s，,。；;：:、（()）以来至今]")
# a Latin word heading a bullet line and closed by a colon is the line's label
_LABEL_AFTER = re.compile(r"[ \t]?[：:]")
_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t\u3000]*[·•●■◆▪\-*]?[ \t\u3000]*$")
# a Chinese organisation name starts after a break (punctuation, a blank, Latin or digits), not
# inside a run of Chinese (回购股份 is buying back shares, not a firm called 回购)
_ORG_START = re.compile(r"(?:^|(?<=[\s，,。；;：:、“”\"'（(）)【】\[\]《》A-Za-z]))")


@functools.lru_cache(maxsize=1)
def _org_re() -> re.Pattern:
    suffixes = "|".join(sorted(map(re.escape, _shapes().get("org_suffix", [])), key=len, reverse=True))
    openers = "".join(f"|(?<={re.escape(w)})" for w in _shapes().get("opener", []))
    start = f"(?:{_ORG_START.pattern}{openers})"
    return re.compile(rf"{start}[\u4e00-\u9fff]{{2,8}}?(?:{suffixes})" if suffixes else r"(?!)")


@functools.lru_cache(maxsize=1)
def _index_words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    with open(DATA_DIR / "index_words.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["role"].strip(), {})[row["word"].strip()] = row["english"].strip()
    return out


_LATIN_WORD = re.compile(r"[A-Za-z0-9&]+")


@functools.lru_cache(maxsize=1)
def _index_re() -> re.Pattern:
    """An index written as family + known words + suffix (申万半导体指数), wherever it stands."""
    words = _index_words()

    def alt(ws):
        return "|".join(sorted(map(re.escape, ws), key=len, reverse=True)) or "(?!)"

    return re.compile(rf"(?:{alt(words.get('family', {}))})(?:{alt(words.get('word', {}))}|[A-Za-z0-9&]+){{1,6}}"
                      rf"(?:{alt(words.get('suffix', {}))})")


@functools.lru_cache(maxsize=1)
def _sector_re() -> tuple[re.Pattern, re.Pattern]:
    """Known words + suffix with no family (端侧AI指数), and the suffixes alone."""
    words = _index_words()

    def alt(ws):
        return "|".join(sorted(map(re.escape, ws), key=len, reverse=True)) or "(?!)"

    suffix = alt(words.get("suffix", {}))
    return (re.compile(rf"(?:{alt(words.get('word', {}))}|[A-Za-z0-9&]+){{1,6}}(?:{suffix})"),
            re.compile(suffix))


_NAME_BREAKS = frozenset(" \t\n\u3000，,。；;：:、“”\"'（(）)【】[]《》")


def _sector_indices(text: str, leads: list[str]):
    """Spans of indices written without a family (端侧AI指数, 电子指数), each starting where a
    name can start (a break or a lead word such as 年初至今), so that the words are not cut out
    of a longer name. Only the few places a suffix stands are looked at."""
    body, suffixes = _sector_re()
    for m in suffixes.finditer(text):
        for s in range(max(0, m.start() - 24), m.start()):
            if (s == 0 or text[s - 1] in _NAME_BREAKS or any(text.startswith(w, s - len(w)) for w in leads)) \
                    and body.fullmatch(text, s, m.end()):
                yield s, m.end()
                break


def index_name(surface: str, is_index: bool = False) -> str | None:
    """The English name of an index written in Chinese, translated word by word, or None.

    A name no lexicon row holds (``申万半导体指数``, ``中证人工智能产业``) is read as an index
    family, sector words and an ``指数`` suffix (``data/index_words.csv``). Only a name that
    starts with a known family and splits wholly into known words is translated; a name
    without the suffix counts as an index only when ``is_index`` (a cell under 代表指数) or when
    its family is one (the words then name a sector index of that family).

    Examples
    --------
    >>> index_name("申万半导体指数")
    'SW Semiconductor Index'
    >>> index_name("中证人工智能产业")
    'CSI AI Industry Index'
    >>> index_name("申万钢铁指数") is None  # 钢铁 is no known word: keep the surface form
    True
    >>> index_name("端侧AI指数")  # no family: the words and the written suffix
    'Edge AI Index'
    """
    words = _index_words()
    families, parts, suffixes = words.get("family", {}), words.get("word", {}), words.get("suffix", {})
    rest = re.sub(r"\s+", "", surface).rstrip("*")
    suffix, written = "Index", False
    for s in sorted(suffixes, key=len, reverse=True):
        if rest.endswith(s) and len(rest) > len(s):
            rest, suffix, written = rest[:-len(s)], suffixes[s], True
            break
    family = next((f for f in sorted(families, key=len, reverse=True) if rest.startswith(f)), None)
    if family is None and not written:
        return None
    # a sector index without a family (电子指数, 端侧AI指数) is named by its words alone
    out = [families[family]] if family else []
    rest = rest[len(family):] if family else rest
    if not rest and not is_index:
        return None
    by_len = sorted(parts, key=len, reverse=True)
    while rest:
        word = next((w for w in by_len if rest.startswith(w)), None)
        if word is None:
            m = _LATIN_WORD.match(rest)
            if m is None:
                return None
            word, english = m.group(0), m.group(0)
        else:
            english = parts[word]
        if english and english not in out:
            out.append(english)
        rest = rest[len(word):]
    if not out:
        return None
    return " ".join(out + [suffix])


@functools.lru_cache(maxsize=1)
def _geo_prefixes() -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    with open(DATA_DIR / "geo_prefixes.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    places = [(r["word"].strip(), r["english"].strip()) for r in rows if r["role"] == "place"]
    heads = tuple(r["word"].strip().lower() for r in rows if r["role"] == "noun_head")
    return sorted(places, key=lambda r: len(r[0]), reverse=True), heads


def with_place(text: str, start: int, name: str) -> tuple[int, str]:
    """A concept's start and name with the place word written right before it (``data/geo_prefixes.csv``).

    ``中国智能算力`` is China's capacity, ``全球服务器市场`` the world's market: the place is part
    of what the number measures. Only a market or a stock of capacity takes the place (its English
    name holds a ``noun_head`` word): ``国内大模型`` stays ``large models``, the models themselves.

    Examples
    --------
    >>> with_place("全球服务器市场", 2, "server market")
    (0, 'Global server market')
    >>> with_place("国内大模型", 2, "large models")
    (2, 'large models')
    >>> with_place("服务器市场", 0, "server market")
    (0, 'server market')
    """
    places, heads = _geo_prefixes()
    if not any(h in name.lower().split() for h in heads):
        return start, name
    for word, english in places:
        if start >= len(word) and text.startswith(word, start - len(word)):
            if name.lower().startswith(english.lower()):
                return start - len(word), name
            return start - len(word), f"{english} {name}"
    return start, name


@functools.lru_cache(maxsize=1)
def market_wide_metrics() -> frozenset[str]:
    """Metrics of a whole market (turnover, margin balance): ``data/market_metrics.csv``."""
    with open(DATA_DIR / "market_metrics.csv", newline="", encoding="utf-8") as f:
        return frozenset(r["metric"].strip() for r in csv.DictReader(f))


def short_forms(text: str, models: list[tuple[int, int, str]], known: list[tuple[int, int]] = ()) -> list[Name]:
    """Later mentions of a model by the last word of its full name (``Llama 4 Scout`` ... ``Scout``).

    A report names a model in full once and then by its distinctive last word; that word (Latin,
    capitalised, four letters or more, not a tier word such as ``Pro``) names the same model in
    the rest of the document, wherever no other name stands.

    Examples
    --------
    >>> t = "Llama 4 Scout发布。Scout总参数1090亿"
    >>> [(n.start, n.name) for n in short_forms(t, [(0, 13, "Llama 4 Scout")], [(0, 13)])]
    [(16, 'Llama 4 Scout')]
    """
    variants = set(_shapes().get("variant", [])) | set(_shapes().get("stop", []))
    by_word: dict[str, str] = {}
    for _, _, name in models:
        words = name.split()
        last = words[-1] if len(words) > 1 else ""
        if re.fullmatch(r"[A-Z][a-z]{3,}", last) and last not in variants:
            if by_word.get(last, name) != name:
                by_word[last] = ""  # two models share the word: it names neither
            else:
                by_word[last] = name
    taken = sorted(known)
    out = []
    for word, name in by_word.items():
        if not name:
            continue
        for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", text):
            a, b = m.span()
            i = bisect.bisect_right(taken, (a, float("inf")))
            if (i > 0 and taken[i - 1][1] > a) or (i < len(taken) and taken[i][0] < b):
                continue
            out.append(Name(a, b, name, "model"))
    return sorted(out)


# what may follow a known name and make it more specific: ``Claude`` + `` Opus 4.5``,
# ``Llama 4`` + `` Maverick``, ``OpenAI`` + `` API`` (at most three words, Latin or version-like)
_MORE_SPECIFIC = re.compile(
    r"(?:-[A-Za-z0-9][A-Za-z0-9.]*(?![A-Za-z0-9]))?"  # GLM + -5, Qwen3 + -Max
    r"(?:[ ](?:[A-Z][A-Za-z]+|[A-Z]{2,5}|[A-Za-z]?\d+(?:\.\d+)*[A-Za-z]?)(?![A-Za-z0-9\-])){0,3}")


def _begins_quantity(text: str, start: int, end: int) -> bool:
    """True when the digit word ``text[start:end]`` is the start of an amount (``400亿美元``,
    ``300家``): its unit or magnitude follows, so it counts something rather than naming a version."""
    if not text[start:end][:1].isdigit():
        return False
    if re.match(rf"\s?(?:{pattern_words('quantities')['count_after_year']})", text[end:end + 2]):
        return True  # 120家, 300人: a counter follows
    return any(q.start == 0 and q.end > end - start for q in find_quantities(text[start:end + 12]))


def extend_known(text: str, start: int, end: int) -> int:
    """Where a known name ends once the words that make it more specific are added.

    A word that begins a quantity (``OpenAI 400亿美元``) ends the name before it.

    Examples
    --------
    >>> t = "Claude Opus 4.5的价格"
    >>> t[:extend_known(t, 0, 6)]
    'Claude Opus 4.5'
    >>> t = "投资OpenAI 400亿美元"
    >>> t[:extend_known(t, 2, 8)]
    '投资OpenAI'
    """
    m = _MORE_SPECIFIC.match(text, end)
    if m is None or m.end() == end:
        return end
    for w in re.finditer(r"[^ ]+", text[end:m.end()]):
        if _begins_quantity(text, end + w.start(), end + w.end()):
            m = _MORE_SPECIFIC.match(text[:end + w.start()].rstrip(" "), end)
            if m is None or m.end() == end:
                return end
            break
    if m.group(0).startswith("-") and m.group(0)[1:].split()[0] in _shapes().get("share_class", []):
        return end  # 快手-W: a share class, not a more specific name
    words = m.group(0).split()
    if all(w in _shapes().get("stop", []) or _NOT_LATIN.match(w) and not any(c.isdigit() for c in w)
           for w in words):
        return end  # ``OpenAI GPU``: a common word, not a more specific name
    return m.end()


def find_unknown_names(text: str, known: list[tuple[int, int]] = ()) -> list[Name]:
    """Candidate names in ``text`` that do not overlap a ``known`` span, in order.

    Examples
    --------
    >>> [(n.name, n.type) for n in find_unknown_names("淳中科技（603516）与Zeta-9 Pro同日发布")]
    [('淳中科技', 'company'), ('Zeta-9 Pro', 'model')]
    """
    shapes = _shapes()
    stop = set(shapes.get("stop", []))
    leads = sorted(shapes.get("lead", []), key=len, reverse=True)
    not_names = tuple(shapes.get("not_name", []))
    # taken spans, sorted and merged so that an overlap test is two neighbour looks (bisect)
    taken: list[list[int]] = []
    for a, b in sorted((int(a), int(b)) for a, b in known):
        if taken and a < taken[-1][1]:
            taken[-1][1] = max(taken[-1][1], b)
        else:
            taken.append([a, b])
    starts = [a for a, _ in taken]
    # Llama 4 Scout … Scout: a word of a known name, written alone, is that name again
    known_words = {w for a, b in taken for w in text[a:b].split()}

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, b)
        return i == 0 or taken[i - 1][1] <= a

    out: list[Name] = []

    def add(a: int, b: int, name: str, kind: str) -> None:
        if b > a and free(a, b):
            out.append(Name(a, b, name, kind))
            i = bisect.bisect_left(starts, a)
            starts.insert(i, a)
            taken.insert(i, [a, b])

    for m in _index_re().finditer(text):
        # 聚焦光模块的创业板人工智能指数: a family index needs no break before it
        name = index_name(m.group(0))
        if name:
            add(m.start(), m.end(), name, "index")
    for a, b in _sector_indices(text, leads):
        name = index_name(text[a:b])
        if name:
            add(a, b, name, "index")
    # 11月以来电子指数, 三季度以来通信指数: a sector index right after a time expression starts
    # where the time ends (the time is when, not part of the name)
    index_suffix = "|".join(sorted(map(re.escape, shapes.get("index_suffix", [])), key=len, reverse=True))
    if index_suffix:
        after_time = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9&]{{2,10}}?(?:{index_suffix})")
        for sm in re.finditer(index_suffix, text):
            # only the few places a suffix stands are looked at, the time within reach before it
            w = max(0, sm.start() - 30)
            for p in find_periods(text[w:sm.start()], _ANY_DAY):
                m = after_time.fullmatch(text, w + p.end, sm.end())
                if m is not None and not _CJK_DIGIT_OR_PUNCT.match(text, w + p.end):
                    add(m.start(), m.end(), index_name(m.group(0)) or m.group(0), "index")
                    break
    for m in _CODE.finditer(text):
        a, b = m.span(1)
        for lead in leads:
            if text.startswith(lead, a) and b - a - len(lead) >= 2:
                a += len(lead)
                break
        add(a, b, text[a:b], "company")
    for m in _LATIN.finditer(text):
        word = m.group(1).rstrip(".")
        if " " in word and _begins_quantity(text, m.start(1) + word.index(" ") + 1, m.start(1) + len(word)):
            word = word.split(" ")[0]  # Nebius 400亿美元: the name, then an amount
        glued = re.match(r"(.*[A-Za-z])(?:19|20)\d{2}$", word)
        if glued and text[m.start(1) + len(word):m.start(1) + len(word) + 1] in ("年", "财", "Q", "H"):
            word = glued.group(1)  # ZorVex2025年: the name, then a year
        first = word.split()[0]
        if first in stop or _NOT_LATIN.match(first) or len(word) < 3:
            continue
        shaped = any(c.isdigit() for c in word) or "-" in word or any(c.isupper() for c in first[1:])
        if not shaped and " " not in word and _OPENS_CLAUSE.search(text[max(0, m.start(1) - 2):m.start(1)]) \
                and _CJK.match(text, m.start(1) + len(word)) and first.lower() not in _common_latin() \
                and word not in known_words:
            # Corvana第三季度收入…: a capitalised word opening a sentence or clause, written
            # straight before Chinese, is who the clause is about (a company not yet in the lexicon)
            shaped = True
        if not shaped:
            continue
        a = m.start(1)
        if not any(c.isdigit() for c in word) and _LABEL_AFTER.match(text, a + len(word)) \
                and _LABEL_BEFORE.search(text, max(0, a - 8), a):
            # ● Segment-X：收入增长35%: a bullet's label names a metric or a segment, not a firm
            # (a model's version number still makes ``Zeta-9：`` a name)
            continue
        add(a, a + len(word), word, "model" if any(c.isdigit() for c in word) else "company")
    for m in _org_re().finditer(text):
        a, b = m.span()
        for lead in leads:
            while text.startswith(lead, a) and b - a - len(lead) >= 3:
                a += len(lead)
        name = text[a:b]
        if len(name) < 4 or name.startswith(not_names):
            continue
        kind = "org" if name.endswith(tuple(shapes.get("source_suffix", []))) else \
            "index" if name.endswith(tuple(shapes.get("index_suffix", []))) else "company"
        if kind == "index":
            name = index_name(name) or name
        add(a, b, name, kind)
    return sorted(out)
