"""Sector lists of a market review: lines that give several sectors' or theme indexes' figures.

A strategy weekly writes its market section as short lines, a header before a colon and then
items, several per line::

    申万一级行业：机械+2.1%居首，电力设备+1.4%，煤炭-2.2%垫底
    主题细分：液冷指数+5.5%，数据要素指数-2.0%
    年初至今：机械累计+12.4%，电力设备-3.0%
    主力资金：煤炭净流出30亿元，机械净流出12亿元

and its valuation section as bullets labelled by sectors under a heading naming the measure::

    ▍估值（PE-TTM，近五年分位）
    - 机械：30.2倍，分位66%

Each item's number is its sector's: an industry written alone (``机械``, ``电力设备行业``) is the
industry index of the header's family (Shenwan when it names none: ``SW Machinery Index``), a
theme index is named by its words (``液冷指数`` -> ``Liquid Cooling Index``). This module only
reads the lines (``sector_items``); ``facts`` decides the metric and period of the numbers.
All vocabulary is data (``data/sector_lists.csv``, ``data/index_words.csv``).
"""
from __future__ import annotations

import bisect
import csv
import functools
import re
from dataclasses import dataclass

from ..paths import DATA_DIR
from .lexicon import canonical, find_entities
from .numerals import small_count
from .names import _index_words, _index_words_by_len, _sector_re, index_name

#: item separators of a list line (after normalisation: ，；、 are read as , ; 、)
_SEPARATORS = ",;、，；"
#: what joins the industries a clause sums (计算机设备与IT服务两个二级行业)
#: the words that join the names of a Chinese list (A、B和C), for this module and facts.py
LIST_JOINERS = "、和与及"
_BULLETS = " \t·•●■◆▍▌|-*"
#: a header before its colon is short (申万一级行业周涨跌幅（%）) and holds no number
_HEAD_MAX = 16
_DIGIT = re.compile(r"\d")
#: what may start an item's number right after its name and filler words
_NUMBER_START = re.compile(r"[+\-\u2212\d]")
#: theme words stand right before their number, or its bracket (液冷+5.5%, 液冷（+5.5%）)
_NUMBER_AFTER = re.compile(r"[(（]?[+\-\u2212\d]")


@dataclass(frozen=True)
class SectorItem:
    """One sector's item of a list line.

    ``start``/``name_end``: the sector's name in the text; ``end``: the item's end (the next
    separator, or the line's end for a bullet's label); ``name``: its English name, empty for
    a bullet label the lexicon must name; ``head``: the span of the header (the words before
    the colon, or the heading over a bullet list); ``ytd``: the header names a year-to-date
    move; ``label``: the name is a bullet's label, so every number of the line is its."""

    start: int
    name_end: int
    end: int
    name: str
    head: tuple[int, int]
    ytd: bool = False
    label: bool = False


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    with open(DATA_DIR / "sector_lists.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["role"].strip(), []).append(row["word"].strip())
    # longest first, so that 机械设备 is read before 机械 and 行业指数 before 行业
    return {role: tuple(sorted(ws, key=len, reverse=True)) for role, ws in out.items()}


@functools.lru_cache(maxsize=None)
def _any_of(role: str) -> re.Pattern:
    """One pattern finding any word of ``role`` (``_any_of("head").search(s)`` is
    ``any(w in s for w in head words)``): every line of every document is tested, and one C
    search is several times cheaper than a Python loop over the words."""
    words = _words().get(role, ())
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


@functools.lru_cache(maxsize=1)
def _theme_word() -> re.Pattern:
    """The theme words of index names (``data/index_words.csv``), longest first: ``match`` at a
    position finds the word the longest-first loop over them would (one C call for a loop)."""
    return re.compile("|".join(map(re.escape, _index_words_by_len()[2])) or "(?!)")


def fillers() -> tuple[str, ...]:
    """Words between an item's name and its number that name no other measure (累计, 下跌)."""
    return _words().get("filler", ())


def sector_ytd_words() -> tuple[str, ...]:
    """Words naming a year-to-date move (年初至今): a period word, but no date of a figure."""
    return _words().get("ytd", ())


def _family(head: str) -> str:
    """The index family a header names (申万, 中信), else the default one."""
    return next((f for f in _index_words_by_len()[1] if f in head), _words()["default_family"][0])


def _industry_at(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """An industry written at ``pos`` (机械, 电力设备行业): its Chinese word and where its name ends."""
    word = next((w for w in _words().get("industry", ()) if text.startswith(w, pos)), None)
    if word is None:
        return None
    stop = pos + len(word)
    tail = next((s for s in _words().get("industry_suffix", ()) if text.startswith(s, stop)), "")
    return word, min(end, stop + len(tail))


def industry_name(word: str, family: str) -> str | None:
    """The English name of an industry's index in a family (``申万`` + ``机械`` -> ``SW Machinery
    Index``): the lexicon's index first (申万通信 -> SW Telecom Index), never a firm
    the two words also name (中信 + 银行 is the CITIC Bank Index, not China CITIC Bank).

    Examples
    --------
    >>> industry_name("机械", "申万"), industry_name("通信", "申万"), industry_name("银行", "中信")
    ('SW Machinery Index', 'SW Telecom Index', 'CITIC Bank Index')
    """
    composed = family + word
    name = canonical(composed)
    if name is not None and any(m.type == "index" and m.entity == name for m in find_entities(composed)):
        return name
    return index_name(composed, is_index=True)


def sector_row_name(label: str, header: str) -> str | None:
    """A table row labelled by an industry under a column headed as the sectors (``计算机 |
    1,086.50`` under ``行业 | 融资余额``): the sector in English (``Computer sector``), the
    industry word and the ``sector_suffix`` read as a sector name; None for a row of any other
    label or column (a survey's ``金融`` under 行业 is an industry of respondents, no sector).

    Examples
    --------
    >>> sector_row_name("计算机", "行业"), sector_row_name("传媒", "板块")
    ('Computer sector', 'Media sector')
    >>> sector_row_name("计算机", "公司") is None, sector_row_name("金融", "行业") is None
    (True, True)
    """
    words = _words()
    label, header = label.strip(), header.strip()
    if header not in words.get("head", ()) or label not in words.get("industry", ()):
        return None
    name = index_name(label + words["sector_suffix"][0])
    return name if name and name.isascii() else None


def column_family(label: str, header: str) -> str | None:
    """The index family of a table row labelled by an industry, from its label column's header:
    the family the header names (``申万一级行业`` over ``电子`` -> ``申万``), else the default family
    for a Shenwan level-2 industry under a column headed as the sectors (``IT服务`` under
    ``子板块``: such names are those of the Shenwan level-2 list, whereas a level-1 word under a
    bare ``行业`` stays a sector, ``sector_row_name``); None for any other row.

    Examples
    --------
    >>> column_family("电子", "申万一级行业"), column_family("IT服务", "子板块")
    ('申万', '申万')
    >>> column_family("计算机", "行业") is None, column_family("IT服务", "公司") is None
    (True, True)
    """
    label, header = label.strip(), header.strip()
    if not label or not header:
        return None
    family = captioned_family(header)
    if family is not None:
        return family
    words = _words()
    if label in words.get("industry_l2", ()) and header.endswith(words.get("sector_column", ())):
        return words["default_family"][0]
    return None


def captioned_family(caption: str) -> str | None:
    """The index family a table's caption names for its industry rows (``表2：AI链条申万二级行业
    周度表现`` -> ``申万``): a family followed within a level word by 行业, else None (a family
    naming one index, ``中证人工智能指数``, captions no industry rows).

    Examples
    --------
    >>> captioned_family("表2：AI链条申万二级行业周度表现"), captioned_family("（中信一级行业）")
    ('申万', '中信')
    >>> captioned_family("表1：中证人工智能指数成分股表现") is None
    True
    """
    tail = _words()["industry_suffix"][-1]
    if tail not in caption:
        return None
    for family in _index_words_by_len()[1]:
        at = caption.find(family)
        if at >= 0 and tail in caption[at + len(family):at + len(family) + len(tail) + 2]:
            return family
    return None


def _industry_part(part: str, family: str, whole: bool) -> tuple[int, str] | None:
    """Where an industry name ends ``part`` (all of it when ``whole``) and its index's English
    name in ``family``: the longest tail of ``part`` that index words read whole."""
    for at in range(0 if whole else max(0, len(part) - 8), len(part) if not whole else 1):
        tail = part[at:]
        name = index_name(family + tail, is_index=True) if tail else None
        if name and tail[0].isalpha():
            return at, name
    return None


def industry_group_before(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The industries a clause sums before ``end`` (``计算机设备与IT服务两个二级行业合计成交额``):
    the span of the run and the group's name, each industry in its family (``SW Computer
    Equipment and SW IT Services``), or None. The run is as long as the count before 个 says.

    Examples
    --------
    >>> industry_group_before("计算机设备与IT服务两个二级行业合计成交额占比", 0, 20)
    (0, 10, 'SW Computer Equipment and SW IT Services')
    >>> industry_group_before("本周两个行业合计", 0, 8) is None  # no industry named
    True
    """
    tail = _words()["industry_suffix"][-1]
    at = text.rfind(tail, start, end)
    if at < 0:
        return None
    count_end = text.rfind("个", max(start, at - 4), at)
    if count_end <= start:
        return None
    n = small_count(text[count_end - 1])
    if n is None or n < 2:
        return None
    before = text[start:count_end - 1]
    parts = re.split(f"[{LIST_JOINERS}]", before)
    if len(parts) < n:
        return None
    own = parts[-n:]
    family = _words()["default_family"][0]
    first = own[0]
    found_first = None
    for fam in _index_words_by_len()[1]:
        at_f = first.rfind(fam)
        if at_f >= 0 and _industry_part(first[at_f + len(fam):], fam, True):
            family, found_first = fam, (at_f, _industry_part(first[at_f + len(fam):], fam, True)[1])
            break
    if found_first is None:
        found_first = _industry_part(first, family, False)
    if found_first is None:
        return None
    names = [found_first[1]]
    for part in own[1:]:
        found = _industry_part(part, family, True)
        if found is None:
            return None
        names.append(found[1])
    short = [n_.removesuffix(" Index") for n_ in names]
    group = " and ".join(short) if len(short) == 2 else ", ".join(short[:-1]) + " and " + short[-1]
    run_start = count_end - 1 - len("".join(own)) - (len(own) - 1)
    return run_start + found_first[0], count_end - 1, group


def industry_before(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The last industry written with 行业 in ``text[start:end]`` (``电力设备行业融资净买入``): its
    span and its index's English name in the default family, or None.

    Examples
    --------
    >>> industry_before("电力设备行业融资净买入55亿元", 0, 11)
    (0, 6, 'SW Power Equipment Index')
    >>> industry_before("机械设备订单增长", 0, 8) is None  # no 行业: an industry word alone is no subject
    True
    """
    for at in range(end - 2, start - 1, -1):
        if not text.startswith(_words()["industry_suffix"][-1], at):
            continue
        word = next((w for w in _words().get("industry", ()) if at - len(w) >= start and text.startswith(w, at - len(w))), None)
        if word is None:
            continue
        found = _industry_at(text, at - len(word), end)
        name = industry_name(word, _words()["default_family"][0])
        if found is not None and name:
            return at - len(word), found[1], name
    return None


def industry_list_before(text: str, start: int, end: int, n: int) -> list[tuple[int, int, str]] | None:
    """The ``n`` industries listed with one 行业 after the last (``半导体、传媒行业分别净流入``,
    ``电子和通信行业分别``) when that 行业 ends at most two characters before ``end``: each
    item's span and its index's English name in the default family, in order; None when the
    text lists no such run of ``n`` industries.

    Examples
    --------
    >>> [x[2] for x in industry_list_before("本周半导体、传媒行业分别净流入", 0, 10, 2)]
    ['SW Semiconductor Index', 'SW Media Index']
    >>> industry_list_before("传媒行业分别净流入", 0, 4, 2) is None  # one industry only
    True
    """
    tail = _words()["industry_suffix"][-1]
    at = text.rfind(tail, start, end)
    if at < 0 or end - (at + len(tail)) > 2 or n < 2:
        return None
    parts = re.split(f"([{LIST_JOINERS}])", text[start:at])
    if len(parts) < 2 * n - 1:
        return None
    family = _words()["default_family"][0]
    own = parts[-(2 * n - 1)::2]  # the items, the joiners between them left out
    first = _industry_part(own[0], family, False)
    if first is None:
        return None
    out: list[tuple[int, int, str]] = []
    pos = at - sum(len(p) for p in parts[-(2 * n - 1):])
    words = _words().get("industry", ())

    def named(word: str, found: str) -> str:  # 通信: the lexicon's index of a level-1 industry first
        return (industry_name(word, family) if word in words else None) or found

    out.append((pos + first[0], pos + len(own[0]), named(own[0][first[0]:], first[1])))
    pos += len(own[0]) + 1
    for part in own[1:]:
        found = _industry_part(part, family, True)
        if found is None:
            return None
        out.append((pos, pos + len(part), named(part, found[1])))
        pos += len(part) + 1
    return out


def _name_at(text: str, pos: int, end: int, family: str, explicit: bool) -> tuple[int, str] | None:
    """The sector named at ``pos``, up to ``end``: its name's end and its English name.
    ``family``: the index family of the list; ``explicit``: its header names it."""
    found = _industry_at(text, pos, end)
    if found is not None:
        name = industry_name(found[0], family)
        return (found[1], name) if name else None
    # 液冷指数, 数据要素指数: a theme index by its known words and suffix
    m = _sector_re()[0].match(text, pos, end)
    if m is not None:
        name = index_name(m.group(0))
        return (m.end(), name) if name else None
    # 液冷+5.5%: theme words alone name their index (in the header's family when it names one)
    stop = pos
    while True:
        word = _theme_word().match(text, stop, end)
        if word is None:
            break
        stop = word.end()
    if stop == pos or not _NUMBER_AFTER.match(text, stop):
        return None
    written = text[pos:stop]
    name = index_name(family + written, is_index=True) if explicit else index_name(written + "指数")
    return (stop, name) if name else None


def _lines(raw: str):
    """The lines of the raw text (the parsing text may have rejoined them), as spans."""
    start = 0
    for line in raw.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _head_of(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The words of line ``text[a:b]`` before its colon (申万一级行业：, - 沪深300：), or None."""
    colon = text.find(":", a, b)
    if colon < 0:
        colon = text.find("：", a, b)
    if colon < 0:
        return None
    while a < colon and text[a] in _BULLETS:
        a += 1
    return (a, colon) if 0 < colon - a <= _HEAD_MAX else None


def _list_head(text: str, head: tuple[int, int]) -> bool:
    """Words before a colon head a sector list: no number, a ``head`` word (行业, 主题, 年初至今)."""
    words = text[head[0]:head[1]]
    return not _DIGIT.search(words) and _any_of("head").search(words) is not None


def _joins_its_number(between: str) -> bool:
    """The words between an item's name and its number leave the number the sector's: fillers
    and brackets (机械累计+12.4%, 机械（+2.1%）) or a flow (煤炭净流出30亿元), not more of a
    longer name (电子化学品+3.0%: 电子 is not the item's sector)."""
    if any(w in between for w in _words().get("flow", ())):
        return True
    for word in fillers():
        between = between.replace(word, "")
    return not between.strip(" (（")


def _list_items(text: str, head: tuple[int, int], a: int, b: int) -> list[SectorItem]:
    """The items of ``text[a:b]`` under a header naming a sector list, each a sector's name
    followed by its number."""
    words = text[head[0]:head[1]]
    family = _family(words)
    explicit = any(f in words for f in _index_words_by_len()[1])
    ytd = any(w in words for w in _words().get("ytd", ()))
    out = []
    pos = a
    full_stop = text.find("。", a, b)
    b = full_stop if full_stop >= 0 else b  # the list ends with its sentence
    while pos < b:
        stop = next((i for i in range(pos, b) if text[i] in _SEPARATORS), b)
        at = pos
        while at < stop and text[at] in " \u3000":
            at += 1
        named = _name_at(text, at, stop, family, explicit)
        number = _NUMBER_START.search(text, named[0], stop) if named is not None else None
        if number is not None and _joins_its_number(text[named[0]:number.start()]):
            out.append(SectorItem(at, named[0], stop, named[1], head, ytd))
        pos = stop + 1
    return out


def _glued_head(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """A prose head written right against its first item, no comma between
    (``申万一级行业中传媒（+4.2%）、计算机（+3.1%）涨幅居前``): a list-head word, then a
    ``prose_head_end`` word that an industry follows at once; None when the sentence opens
    no such head."""
    limit = min(stop, start + _HEAD_MAX + 1)
    if _any_of("head").search(text, start, limit) is None:  # cheap: most sentences name no list
        return None
    for end in _any_of("prose_head_end").finditer(text, start, limit):
        head = (start + len(text[start:end.end()]) - len(text[start:end.end()].lstrip(_BULLETS)), end.end())
        if _list_head(text, head) and _industry_at(text, end.end(), stop) is not None:
            return head
    return None


def _prose_heads(text: str, a: int, b: int):
    """Heads of the sentences of line ``text[a:b]`` that open a list in prose, closed by a comma
    (``本周申万一级行业中，机械上涨2.1%…``, ``分行业看，``: a list-head word and a ``prose_head_end``
    word before the comma), or by a colon after the line's first sentence (``…。主题方面：``), or
    glued to the first item (``申万一级行业中传媒（+4.2%）、…``): each head with where its items
    start and the sentence's end."""
    ends = _words().get("prose_head_end", ())
    start = a
    while start < b:
        stop = text.find("。", start, b)
        stop = b if stop < 0 else stop
        found = [(at, mark) for mark in ",，:：" if (at := text.find(mark, start, min(stop, start + _HEAD_MAX + 1))) >= 0]
        head = None
        if found:
            at, mark = min(found)
            comma = mark in ",，"
            head = (start + len(text[start:at]) - len(text[start:at].lstrip(_BULLETS)), at)
            # a colon of the line's first sentence is read by the line's rule
            if not ((comma or start > a) and _list_head(text, head) and (not comma or text[head[0]:at].endswith(ends))):
                head = None
        if head is not None:
            yield head, head[1] + 1, stop
        # 申万一级行业中传媒+4.2%，计算机+3.1%: the first comma ends an item, not the head
        elif (glued := _glued_head(text, start, stop)) is not None:
            yield glued, glued[1], stop
        start = stop + 1


def _is_bullet(body: str) -> bool:
    """A bullet line (``- 机械：…``); ``▍估值`` marks a heading, not a bullet."""
    return body[:1] in _BULLETS.strip() and not body.startswith("▍")


def _names_block(text: str, a: int, b: int) -> bool:
    """Heading ``text[a:b]`` names a sector block (估值, PE: ``block_head``)."""
    return any(w in text[a:b] for w in _words().get("block_head", ()))


def sector_items(text: str, raw: str) -> list[SectorItem]:
    """The sector items of ``text`` (the parsing text), its lines read from ``raw`` (same length).

    Examples
    --------
    >>> t = "申万一级行业：机械+2.1%，电力设备-1.4%"
    >>> [(i.name, t[i.start:i.end]) for i in sector_items(t, t)]
    [('SW Machinery Index', '机械+2.1%'), ('SW Power Equipment Index', '电力设备-1.4%')]
    >>> sector_items("行业观点：机械景气度回升，订单增长20%", "行业观点：机械景气度回升，订单增长20%")
    []
    """
    out: list[SectorItem] = []
    block = None  # the heading over the current bullets (the last line that is no bullet)
    pending = None  # a list header alone on its line, over the items of the lines below
    for a, b in _lines(raw):
        body = text[a:b].strip()
        if body and not _is_bullet(body):
            block = (a, b)
        if _any_of("head").search(body):
            # 本周申万一级行业中，机械（+2.1%）、电力设备（+1.4%）涨幅居前: a list in prose
            for head, first, stop in _prose_heads(text, a, b):
                items = _list_items(text, head, first, stop)
                if len(items) >= 2:  # 分行业看，零售业上线率最高，达35%；医药为18%: one item is no list
                    out.extend(items)
        head = _head_of(text, a, b)
        if head is None:
            if pending is not None and body:
                # 申万一级行业涨跌：⏎机械+2.6%，煤炭-1.5%: the header's items on the lines below it
                items = _list_items(text, pending, a, b)
                out.extend(items)
                pending = pending if items else None
            continue
        pending = None
        if _list_head(text, head):
            items = _list_items(text, head, head[1] + 1, b)
            out.extend(items)
            if not text[head[1] + 1:b].strip():
                pending = head
            if items or pending:
                continue
        # - 机械：30.2倍，分位66%: a bullet labelled by a sector under a block heading
        if not text[a:head[0]].strip():
            continue  # no bullet mark before the label: a header no list follows
        if block is None or not _names_block(text, *block):
            continue
        found = _industry_at(text, head[0], head[1])
        if found is not None and found[1] == head[1]:
            name = industry_name(found[0], _family(text[block[0]:block[1]])) or ""
        elif found is None:
            name = ""  # a label the lexicon names (全A（非金融）): facts looks it up
        else:
            continue
        ytd = any(w in text[block[0]:block[1]] for w in _words().get("ytd", ()))
        out.append(SectorItem(head[0], head[1], b, name, block, ytd, label=True))
    return out


#: what ends the sentence a family's list runs in, and what parts its clauses
_SENTENCE_ENDS = "。！？!?\n"
_CLAUSE_MARKS = ",，;；"


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (its end mark, or the text's end)."""
    ends = [at for mark in _SENTENCE_ENDS if (at := text.find(mark, pos)) >= 0]
    return min(ends, default=len(text))


def _opening_family(written: str) -> str | None:
    """The family of a sector index that can open a list (``申万通信指数`` -> ``申万``): a family
    followed by index words, so a broad index (``上证指数``, ``创业板指``, ``科创50``) opens none,
    its family naming no industries."""
    for family in _index_words_by_len()[1]:
        at = written.find(family)
        if at < 0:
            continue
        rest = (written[:at] + written[at + len(family):]).strip("（）()")
        for suffix in _index_words_by_len()[0]:
            if rest.endswith(suffix):
                rest = rest[:-len(suffix)]
                break
        return family if rest and index_name(family + rest, is_index=True) and not _DIGIT.search(rest) else None
    return None


@functools.lru_cache(maxsize=1)
def _name_suffixes() -> tuple[str, ...]:
    """What a listed industry's name may end with (行业, 行业指数, 指数), longest first."""
    return tuple(sorted(set(_words().get("industry_suffix", ())) | set(_index_words_by_len()[0]), key=len, reverse=True))


def _listed_name_end(text: str, at: int, stop: int) -> int | None:
    """Where an industry written bare at a listed item's start ends (``电子``, ``计算机设备``,
    ``传媒行业``, ``通信指数``), or None when the clause opens with no industry."""
    words = _words()
    word = next((w for w in words.get("industry_l2", ()) + words.get("industry", ()) if text.startswith(w, at)), None)
    if word is None:
        # 软件指数: any index words written with a suffix name a sector index of the family
        m = _sector_re()[0].match(text, at, stop)
        return m.end() if m is not None else None
    end = at + len(word)
    tail = next((s for s in _name_suffixes() if text.startswith(s, end)), "")
    return min(stop, end + len(tail))


def _move_follows(text: str, end: int, stop: int) -> bool:
    """A listed item's name is followed by its move: only fillers and list adverbs (累计, 仅, 年内)
    between the name and a number (电子上涨41.7%, 计算机仅上涨11.3%)."""
    number = _NUMBER_START.search(text, end, stop)
    if number is None:
        return False
    between = text[end:number.start()]
    for word in sorted(fillers() + _words().get("list_adverb", ()), key=len, reverse=True):
        between = between.replace(word, "")
    return not between.strip(" (（")


def family_list_items(text: str, known: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Industries listed bare after a family's sector index, clause by clause (``申万通信指数累计
    上涨62.4%，电子上涨41.7%，计算机仅上涨11.3%``): each is that family's index (``SW Electronics
    Index``), as the writer names the family once for the whole list. ``known``: the names found
    so far (start, end, type); a family-less index opening a clause (``通信指数``) is renamed.
    The list ends with its sentence, or at a clause naming anything else (another index, a firm:
    ``跑输沪深300指数``), which may open a list of its own family.

    Examples
    --------
    >>> t = "申万通信指数累计上涨62.4%，电子上涨41.7%，计算机仅上涨11.3%，跑输沪深300指数"
    >>> [(t[a:b], n) for a, b, n in family_list_items(t, [(0, 6, "index"), (43, 50, "index")])]
    [('电子', 'SW Electronics Index'), ('计算机', 'SW Computer Index')]
    >>> family_list_items("上证指数上涨1.2%，电子上涨2.0%", [(0, 4, "index")])  # a broad index: no family list
    []
    """
    out: list[tuple[int, int, str]] = []
    spans = sorted(known)
    starts = [a for a, _, _ in spans]
    leads = _words().get("list_lead", ())
    for a, b, kind in spans:
        family = _opening_family(text[a:b]) if kind == "index" else None
        if family is None:
            continue
        stop = _sentence_end(text, b)
        pos = b
        while pos < stop:
            mark = next((i for i in range(pos, stop) if text[i] in _CLAUSE_MARKS), None)
            if mark is None:
                break
            at = mark + 1
            while at < stop and text[at] in " \u3000":
                at += 1
            at += len(next((w for w in leads if text.startswith(w, at)), ""))
            end_clause = next((i for i in range(at, stop) if text[i] in _CLAUSE_MARKS), stop)
            lo = bisect.bisect_left(starts, at)
            inside = spans[lo:bisect.bisect_left(starts, end_clause)]
            end = _listed_name_end(text, at, end_clause)
            if end is None or not _move_follows(text, end, end_clause):
                if inside:
                    break  # 跑输沪深300指数: a clause naming something else ends the list
                pos = end_clause
                continue
            # 通信指数 found as a family-less index is renamed; any other name in the clause (a
            # firm's 电子科技, a family's own index) is no bare industry of the list
            if inside and (len(inside) > 1 or inside[0][:2] != (at, end) or _opening_family(text[at:end])):
                break
            written = text[at:end]
            name = industry_name(written.removesuffix(next((s for s in _name_suffixes() if written.endswith(s)), "")), family) \
                or index_name(family + written, is_index=True)
            if not name:
                break
            out.append((at, end, name))
            pos = end_clause
    return out
