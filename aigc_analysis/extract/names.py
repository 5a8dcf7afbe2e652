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

from ..files import read_word_groups
from ..load.normalise import to_simplified
from ..paths import DATA_DIR
from .keywords import concepts, find_metric_keywords, word_group
from .numerals import parse_chinese_numeral, pattern_words
from .quantities import find_quantities
from .spans import SpanIndex
from .periods import find_periods, period_words


#: a word of Chinese characters only (the English rows of a word group are no Chinese lead)
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")


class Name(NamedTuple):
    """A candidate name: ``text[start:end]``, its display name and a type (company or model)."""

    start: int
    end: int
    name: str
    type: str


#: the period_words.csv roles of relative times (季内, 本季度, 去年, 上月, 近期, 年初至今): a
#: sentence opens with one before its subject (季内集团经调整EBITA…: within the quarter, the
#: group's…), so each is a ``lead`` of a name too, never its first word (no firm Jinei)
_TIME_LEAD_ROLES = ("recent", "quarter_rel", "year_rel", "near", "ytd")


@functools.lru_cache(maxsize=1)
def _shapes() -> dict[str, list[str]]:
    groups = read_word_groups(DATA_DIR / "name_shapes.csv", "role")
    leads = groups.setdefault("lead", [])
    times = {w for role in _TIME_LEAD_ROLES for w in period_words(role)
             if len(w) >= 2 and _CJK_WORD.fullmatch(w)}
    leads.extend(sorted(times - set(leads)))
    return groups


def short_form_suffixes() -> tuple[str, ...]:
    """The descriptors a listed firm's short form drops (``传音`` for ``传音控股``): ``name_shapes.csv``
    ``short_form_suffix``."""
    return tuple(_shapes().get("short_form_suffix", ()))


# a listed company's stock code in brackets: （301234.SZ）, (0700.HK), (603516)
# (港股代码：2418.HK), （股票代码：603516）: a label (``name_shapes.csv`` ``code_label``) may open the bracket
_CODE_LABEL = ("(?:[\u4e00-\u9fffA-Za-z]{0,4}(?:" + "|".join(map(re.escape, _shapes().get("code_label", ())))
               + ")\\s?[:：]\\s?)?") if _shapes().get("code_label") else ""
# one listing's code: digits with an optional exchange (301234.SZ, 0700.HK), or a US ticker with
# its exchange (HSAI.O, YTAI.US); a bracket may hold several listings (YTAI.US / 0888.HK)
_ONE_CODE = r"(?:(?:[0-9]{6}|[0-9]{4,5})(?:\.(?:SH|SZ|HK|SS|BJ|TWO|TW))?|[A-Z]{1,5}\.(?:O|N|OQ|US))"
_CODE_TAIL_SOURCE = (r"\s?[(（]\s?" + _CODE_LABEL + _ONE_CODE + r"(?:\s?[/、,，;；]\s?" + _ONE_CODE + r")*"
                     # 中原动力（301689.SZ，鼎衡证券覆盖）: a short remark after the code, in its bracket
                     + r"(?:\s?[,，]\s?[^()（）\n,，]{1,12})?"
                     + r"\s?[)）]")
_CODE = re.compile(r"([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9\-]{1,9})" + _CODE_TAIL_SOURCE)
#: （6829）瀚鼎电子　公告…: a line opening on a bracketed stock code (no year: （2025）年报) and the
#: Chinese name after it, up to a space (a Taiwan or Hong Kong exchange notice's heading)
_CODE_THEN_NAME = re.compile(r"^[ \t\u3000]*[(（]\s?(?!(?:19|20)[0-9]{2}\s?[)）])" + _ONE_CODE
                             + r"\s?[)）]\s?([\u4e00-\u9fff]{2,10})(?=[ \t\u3000])", re.M)
# the bracketed stock code that ends a ``_CODE`` match (the same characters as its tail)
_CODE_TAIL = re.compile(_CODE_TAIL_SOURCE)
_CODE_AT = _CODE_TAIL
#: the longest name ``_CODE`` takes before the code
_CODE_NAME_MAX = 10


# the tail less its optional leading blank: a pattern opening with a bracket lets the regex
# engine skip to the brackets in C instead of trying the blank at every character
_CODE_BRACKET = re.compile(_CODE_TAIL_SOURCE[3:])
_SPACE = re.compile(r"\s")


def _code_tails(text: str):
    """``(start, end)`` of each match of ``_CODE_TAIL.finditer(text)``.

    A tail is its bracketed code with the one blank before it, if any (that blank cannot end
    the previous tail, which ends with a bracket).
    """
    for m in _CODE_BRACKET.finditer(text):
        at = m.start()
        yield (at - 1 if at and _SPACE.match(text, at - 1) else at), m.end()


def _code_matches(text: str):
    """``_CODE.finditer(text)``, searched only in the few characters before each bracketed code.

    Searching the whole text tries the name part at every Chinese character; a match ends with
    a code in brackets and its name is at most ``_CODE_NAME_MAX`` characters long (a name holds
    no bracket or blank), so only the stretch right before each code can hold one.
    """
    done = 0
    for tail_start, tail_end in _code_tails(text):
        m = _CODE.search(text, max(done, tail_start - _CODE_NAME_MAX), tail_end)
        if m is not None:
            yield m
            done = m.end()


#: the exchanges a bare code of so many digits can be listed on (09660 -> 9660.HK; 688088 -> .SH)
_BARE_CODE_MARKETS = {4: ("HK", "TW", "TWO"), 5: ("HK",), 6: ("SH", "SZ", "BJ")}
_ONE_CODE_RE = re.compile(_ONE_CODE)


def coded_firm(text: str, end: int, canonical_of) -> str | None:
    """The lexicon's firm whose ticker is in the code bracket right after a name ending at
    ``end`` (``征程智驾（09660）`` -> the firm listed as 9660.HK), or None: a listed firm written
    by a short name no alias holds is still the firm its code says. ``canonical_of`` maps a
    ticker to its entity (``lexicon.canonical``). A bare code is tried on each exchange of its
    length; a firm found on two exchanges at once is ambiguous and names none.

    Examples
    --------
    >>> known = {"9660.HK": "Horizon Robotics", "688088.SH": "ArcSoft"}.get
    >>> coded_firm("征程智驾（09660）股价", 4, known), coded_firm("视拓（688088.SH）", 2, known)
    ('Horizon Robotics', 'ArcSoft')
    >>> coded_firm("星图声智（02671）", 4, known) is None
    True
    """
    m = _CODE_TAIL.match(text, end)
    if m is None or len(_ONE_CODE_RE.findall(m.group(0))) != 1:
        return None  # 星海智能（XHAI.US / 9999.HK）: several listings, maybe of another firm: none
    found = set()
    for code in _ONE_CODE_RE.findall(m.group(0)):
        digits, _, market = code.partition(".")
        if market or not digits.isdigit():
            tries = [code]
        else:
            tries = [f"{digits}.{x}" for x in _BARE_CODE_MARKETS.get(len(digits), ())]
            if len(digits) == 5 and digits.startswith("0"):
                tries.append(f"{digits[1:]}.HK")
        for t in tries:
            name = canonical_of(t)
            if name:
                found.add(name)
    return found.pop() if len(found) == 1 else None


def code_brackets_after_names(text: str) -> list[tuple[int, int]]:
    """The bracketed stock codes written right after a name (``云途智能（YTAI.US / 0888.HK）``):
    the codes there say where the name before is listed, so a ticker inside that a lexicon row
    holds names nothing (the name before the bracket is the subject).

    Examples
    --------
    >>> t = "星海智能（XHAI.US / 9999.HK）三季度营收"
    >>> [t[a:b] for a, b in code_brackets_after_names(t)]
    ['（XHAI.US / 9999.HK）']
    >>> code_brackets_after_names("（9999.HK）营收")  # no name before it
    []
    """
    out = []
    for a, b in _code_tails(text):
        at = a + 1 if _SPACE.match(text, a) else a
        if at > 0 and _NAME_BEFORE_CODE.match(text, at - 1):
            out.append((at, b))
    return out


_NAME_BEFORE_CODE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


#: how near a known firm's bullet head another head must be to be in the same list of firms
_FIRM_LIST_REACH = 400
# · 云起智行：…, 3. 傅利叶：…, • Nimbus Robotics：…: a bullet or numbered item headed by a name and
# a colon (the mark is needed: a plain ``行业：`` line is a header field)
_BULLET_HEAD = re.compile(
    r"(?m)^[ \t\u3000]*(?:[·•●■◆▪◦\-*]|\d{1,2}[.、)）](?!\d)|[（(]\d{1,2}[)）])[ \t\u3000]*"
    r"([\u4e00-\u9fff]{2,8}|[A-Z][A-Za-z0-9.&\-]*(?: [A-Z][A-Za-z0-9.&\-]*){0,3})[ \t]?[：:]")


def bullet_heads(text: str, known: list[tuple[int, int]] = (),
                 firms: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of the names heading bullets or numbered items (``· 云起智行：``) in a list of firms
    (another head within reach is a known company of ``firms``) that overlap no ``known`` span
    and are no section label (``name_shapes.csv`` ``bullet_label``: 说明, 风险提示), place,
    industry or time: a firm no lexicon row holds, the subject of its item.

    Examples
    --------
    >>> t = "· 小马智行：车队\\n· 云起智行：车队约450辆\\n· 说明：以上数据\\n• Nimbus Robotics：估值\\n· 美国：增长"
    >>> [t[a:b] for a, b in bullet_heads(t, [(2, 6)], [(2, 6)])]
    ['云起智行', 'Nimbus Robotics']
    >>> bullet_heads("· 需求端：增长\\n· 供给端：偏紧")  # no firm heads the list
    []
    """
    if "：" not in text and ":" not in text:
        return []
    labels = set(_shapes().get("bullet_label", ()))
    heads = [m for m in _BULLET_HEAD.finditer(text)]
    # a list of firms: the heads that ``firms`` (spans of known companies) name exactly
    firm_spans = {(ka, kb) for ka, kb in firms}
    named = [m.start(1) for m in heads if m.span(1) in firm_spans]
    taken = SpanIndex(known)
    out = []
    for m in heads:
        a, b = m.span(1)
        word = m.group(1)
        if word in labels or taken.overlaps(a, b):
            continue
        i = bisect.bisect_left(named, a - _FIRM_LIST_REACH)  # the nearest named head at or after the reach's start
        if i == len(named) or named[i] > a + _FIRM_LIST_REACH:
            continue  # a head in no list of firms (· 需求端：, · 行情回顾：) is a section label
        if region_name(word) or industry_name(word) or place_english(word) is not None:
            continue
        if find_periods(word, _ANY_DAY) or after_field_label(text, a):
            continue
        out.append((a, b))
    return out


# **星衡智能（Xinghe Chat）**：… / **Orbital Compute Labs**：…: a bold head closed by a colon, a
# Chinese name with a bracket after it (its product or English gloss) or a Latin name of words
_BOLD_HEAD = re.compile(
    r"(?m)^[ \t\u3000]*(?:[·•●■◆▪\-][ \t\u3000]*)?\*\*[ \t]*"
    r"(?:([\u4e00-\u9fff]{2,8})[（(]([^）)*\n]{1,30})[）)]|([A-Z][A-Za-z0-9.&\-]*(?: [A-Z][A-Za-z0-9.&\-]*){1,3}))"
    r"[ \t]*\*\*[ \t]?[：:]")


def bold_heads(text: str) -> list[tuple[int, int, int, int]]:
    """The bold heads closed by a colon that name a firm: the name's span and the span of the
    bracket after a Chinese name (its product or gloss, ``-1, -1`` when none), for the caller to
    make the name the subject of its item instead of the previous item's firm or the product.
    A Chinese name needs its bracket (a bold Chinese word alone is as often a section label); a
    Latin name needs two capitalised words, its last no common word of the trade; section
    labels, places, industries and times are no names.

    Examples
    --------
    >>> t = "**星衡智能（Xinghe Chat）**：完成融资\\n**Orbital Compute Labs**：估值\\n**核心观点**：增长"
    >>> [(t[a:b], t[c:d] if c >= 0 else None) for a, b, c, d in bold_heads(t)]
    [('星衡智能', 'Xinghe Chat'), ('Orbital Compute Labs', None)]
    >>> bold_heads("**投资建议**：买入\\n**Risk Factors**：略")
    []
    """
    if "**" not in text:
        return []
    labels = set(_shapes().get("bullet_label", ()))
    common = _common_latin()
    out = []
    for m in _BOLD_HEAD.finditer(text):
        if m.group(1):
            (a, b), (c, d) = m.span(1), m.span(2)
        else:
            (a, b), c, d = m.span(3), -1, -1
            words = m.group(3).split()
            if words[-1].lower() in common or any(w in labels for w in words):
                continue  # Risk Factors, Key Data: a label of the trade's words
        word = text[a:b]
        if word in labels or region_name(word) or industry_name(word) or place_english(word) is not None:
            continue
        if find_periods(word, _ANY_DAY):
            continue
        out.append((a, b, c, d))
    return out


def opened_firms(text: str, known: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of the firms named right after an opener of ``name_shapes.csv`` ``firm_opener``
    (``子公司恒岳存储前三季度实现收入``, ``同业中，华南电子营收约95亿元``): the Chinese run of two to
    six characters up to the first time word or metric word that starts right after it, when it
    overlaps no ``known`` span and is no place, industry, time or metric itself.

    Examples
    --------
    >>> t = "子公司恒岳存储前三季度实现收入约6.1亿元；同业中，华南电子营收约95亿元"
    >>> [t[a:b] for a, b in opened_firms(t)]
    ['恒岳存储', '华南电子']
    >>> opened_firms("子公司数量增至12家")  # a count of subsidiaries names none
    []
    >>> opened_firms("全资子公司远帆科创签订算力合同，总金额2.47亿元")  # the parent's deal
    []
    """
    openers = _shapes().get("firm_opener", ())
    if not any(w in text for w in openers):
        return []
    deal_verbs = tuple(_shapes().get("deal_verb", ()))
    function_chars = tuple(_shapes().get("function_char", ()))
    out = []
    for opener in sorted(openers, key=len, reverse=True):
        at = text.find(opener)
        while at >= 0:
            a = at + len(opener)
            at = text.find(opener, at + 1)
            if text.startswith((",", "，"), a):
                a += 1  # 同业中，华南电子: the comma after the opener
            run = _HAN_RUN_START.match(text, a)
            if run is None or any(ka < run.end() and a < kb for ka, kb in known) \
                    or any(x <= a < y for x, y in out):
                continue
            if text.startswith(function_chars, a) \
                    or any(v in text[a:min(run.end(), a + 8)] for v in deal_verbs):
                continue  # 子公司与某客户签订, 子公司远帆科创签订: the parent's deal, no firm of its own
            for b in range(a + 2, min(run.end(), a + 6) + 1):
                rest = text[b:b + 8]
                cut = any(p.start == 0 for p in find_periods(rest, _ANY_DAY)) \
                    or any(h.start == 0 for h in find_metric_keywords(rest))
                if not cut:
                    continue
                word = text[a:b]
                if find_metric_keywords(word) or find_periods(word, _ANY_DAY) or region_name(word) \
                        or industry_name(word) or place_english(word) is not None:
                    break
                out.append((a, b))
                break
    return sorted(out)


# 晨光电力：前三季度营收88.2亿元: a line opened by a short Chinese word and a colon (a bullet
# mark before it is allowed); whether it names a firm is decided by what follows (a metric)
_LINE_HEAD = re.compile(r"(?m)^[ \t\u3000]*(?:[·•●■◆▪◦◎○★▶►\-*][ \t\u3000]*)?([\u4e00-\u9fff]{2,6})[：:]")
_LINE_HEAD_REACH = 8
_HAN_RUN_START = re.compile(r"[\u4e00-\u9fff]{2,}")


def line_heads(text: str, known: list[tuple[int, int]] = (), metric_at=None) -> list[tuple[int, int]]:
    """Spans of the names heading a line (``晨光电力：前三季度营收88.2亿元``) that overlap no
    ``known`` span: the head is a firm no lexicon row holds when a metric word follows its colon
    within a few characters (``metric_at(text, start, end)`` tells) and it is no section label
    (``name_shapes.csv`` ``bullet_label``, nor a word holding one: 业绩回顾), place, industry
    or time. Unlike :func:`bullet_heads` no list of firms is needed: the metric after the colon
    says the line reports the head's own figures.

    Examples
    --------
    >>> t = "晨光电力：前三季度营收88.2亿元\\n业绩回顾：前三季度营收增长\\n云业务：营收增长"
    >>> [t[a:b] for a, b in line_heads(t, metric_at=lambda s, a, b: "营收" in s[a:b])]
    ['晨光电力']
    """
    if "：" not in text and ":" not in text:
        return []
    labels = _shapes().get("bullet_label", ())
    long_labels = tuple(w for w in labels if len(w) >= 2)
    out = []
    taken = SpanIndex(known)
    for m in _LINE_HEAD.finditer(text):
        a, b = m.span(1)
        word = m.group(1)
        if word in labels or any(w in word for w in long_labels) or taken.overlaps(a, b):
            continue
        if not shaped_firm(word):
            continue  # 数据中心：营收增长 is a segment's line; a firm's name has a firm's shape
        if metric_at is None or not metric_at(text, m.end(), min(len(text), m.end() + _LINE_HEAD_REACH)):
            continue
        if region_name(word) or industry_name(word) or place_english(word) is not None or region_before(word, len(word)):
            continue
        if find_periods(word, _ANY_DAY) or after_field_label(text, a):
            continue
        out.append((a, b))
    return out


# - Wipro: a US$1.7bn, 10-year deal…: an English bullet headed by a capitalised name of up to
# three words and a colon
_EN_LINE_HEAD = re.compile(
    r"(?m)^[ \t]*[·•●■◆▪\-*][ \t]*([A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2})[ \t]?:[ \t]")


# what stands before an English sentence's subject: the text's or a line's start, a bullet mark,
# or a full stop and a blank
_EN_SUBJECT_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[.;!?] ))[ \t]*(?:[·•●■◆▪\-*][ \t]*)?$")


@functools.lru_cache(maxsize=1)
def _en_subject_after() -> re.Pattern:
    verbs = "|".join(sorted(map(re.escape, _shapes().get("english_subject_verb", ())), key=len, reverse=True))
    return re.compile(rf"(?:['’]s |[ ](?:{verbs})[ ])" if verbs else r"['’]s ")


def _english_subject_at(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens an English sentence or bullet and a verb of reporting
    (``name_shapes.csv`` ``english_subject_verb``) or a possessive follows it.

    >>> _english_subject_at("- Telvani reported revenue", 2, 9), _english_subject_at("at Telvani reported", 3, 10)
    (True, False)
    """
    return _en_subject_after().match(text, b) is not None and _EN_SUBJECT_BEFORE.search(text, max(0, a - 8), a) is not None


def english_line_heads(text: str, known: list[tuple[int, int]] = (), metric_at=None) -> list[tuple[int, int]]:
    """Spans of the Latin names heading English bullets (``- Orvex: a US$1.2bn deal``) that
    overlap no ``known`` span: a firm no lexicon row holds when its line, after the colon, has a
    metric word (``metric_at(text, start, end)`` tells over the rest of the line) and the head is
    no section label (``name_shapes.csv`` ``english_label``, ``stop``, ``common_word``), place or time.

    Examples
    --------
    >>> t = "- Orvex: revenue of US$1.2bn\\n- Ratings: total return >15%\\n- Note: revenue is net"
    >>> [t[a:b] for a, b in english_line_heads(t, metric_at=lambda s, a, b: "revenue" in s[a:b])]
    ['Orvex']
    """
    if ":" not in text:
        return []
    shapes = _shapes()
    labels = set(shapes.get("english_label", ())) | set(shapes.get("stop", ()))
    out = []
    for m in _EN_LINE_HEAD.finditer(text):
        a, b = m.span(1)
        word = m.group(1)
        if word in labels or word.split(" ", 1)[0].lower() in _common_latin() \
                or any(ka < b and a < kb for ka, kb in known):
            continue
        end = text.find("\n", m.end())
        if metric_at is None or not metric_at(text, m.end(), len(text) if end < 0 else end):
            continue
        if _NOT_LATIN.match(word) or place_english(word) is not None or find_periods(word, _ANY_DAY):
            continue
        out.append((a, b))
    return out


# the second word follows a blank, never a tab or line break (``Zorin-3⇥1.00``: the name, then
# the next table cell)
# (the guard before the capital is tested after it, as a two-character lookbehind: a pattern
# opening with the capital's class lets the regex engine skip to capitals in C)
_LATIN = re.compile(r"([A-Z](?<![A-Za-z0-9\-.].)[A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:[ ][A-Z0-9][A-Za-z0-9.\-]*)?)"
                    r"(?![A-Za-z0-9\-])")
# fiscal labels as brokers write them (FY2026Q1, FY26E, FY3Q27, FY2026-FY2028) are periods
# a document number: capital-letter groups, then a year and a serial (ALY-2026-0112) or a serial
# before 号 (YX-OPT-0317号); a model's version is shorter or holds a letter (GLM-4-0520), and one
# group of digits before a noun stays a model (QX-AI-2027模型)
_DOC_CODE = re.compile(r"[A-Z]{2,5}(?:-[A-Z]{2,5})*(?:-[0-9]{3,}){2,}")
_DOC_CODE_NUMBERED = re.compile(r"[A-Z]{2,5}(?:-[A-Z]{2,5})*-[0-9]{3,}")
_NOT_LATIN = re.compile(
    r"^(?:Q[1-4](?:FY|CY)?\d*|H[12]|(?:FY|CY)\d*(?:Q[1-4]|H[12])?\d*[AE]?(?:-(?:FY|CY)?\d+(?:Q[1-4]|H[12])?\d*[AE]?)?"
    r"|F[1-4]Q\d{2,4}|[A-Z]{1,3}\d{1,3}[A-Za-z]?|\d.*|[A-Z]+"
    # 纪要整理：S.Y., L.K：…: single capitals joined by dots are a person's initials (the note
    # taker or a speaker of a transcript), never the firm or product a number is about
    r"|[A-Z](?:\.[A-Z])+"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    # April-June, Jul–Sep: a month range (for the April-June quarter) is a time, never a name
    r"(?:\s?[-–/]\s?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)?|.*\d{5}.*)$"
)
# ZorVex2025: a name with a year glued to it
# FY3Q27, Q2FY27, FY27Q2, 4Q25, 1H26: a fiscal or calendar period written as one Latin token
# 2028E, 2025-27E: a forecast year of an English note (``By 2028E the market ...``) is a period too
# 2025H1, 2025Q3: a year and its half or quarter (``XGPT 2025H1 AI收入``) is when, no version
_PERIOD_TOKEN = re.compile(r"(?:Q[1-4](?:FY|CY)?\d*|(?:FY|CY)\d*(?:Q[1-4]|H[12])?\d*|F[1-4]Q\d{2,4}|[1-4][QH]\d{2,4}"
                           r"|(?:19|20)\d{2}(?:[-–](?:19|20)?\d{2})?E|(?:19|20)\d{2}(?:H[12]|Q[1-4]))")
_GLUED_YEAR = re.compile(r"(.*[A-Za-z])(?:19|20)\d{2}$")
# a month glued after a name (App12 before 月): the name, then the month's one or two digits
_GLUED_MONTH = re.compile(r"(.*[A-Za-z])(\d{1,2})$")
# Jan-2024, Mar.25: a month and a year; mid-2024, end-2025: a lowercase word joined to a year is
# a time too (no name is written in lowercase before a bare year); RMB97.0bn, USD12bn: an
# amount in a currency code
_DATE_OR_AMOUNT = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)[-./]?\d{2,4}|[a-z]+-(?:19|20)\d{2}"
    r"|[A-Z]{2,3}\$?\d[\d,]*(?:\.\d+)?(?:trillion|billion|million|thousand|tn|bn|mn)")
# RMB96.3 (billion), US$1.2: an amount with its currency written before it, never a name
_CURRENCY_AMOUNT = re.compile(r"(?:RMB|CNY|USD|US\$|HK\$|HKD|NT\$|TWD|EUR|JPY|KRW|S\$|A\$)\d[\d,]*(?:\.\d+)?")
_OPENS_CLAUSE = re.compile(r"(?:^|[。！？!?；;，,：:\n【■】]\s?)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ASCII_DIGIT = re.compile(r"[0-9]")


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
    return re.compile(rf"{start}[\u4e00-\u9fff]{{{_ORG_MIN},{_ORG_MAX}}}?(?:{suffixes})" if suffixes else r"(?!)")


#: the most Chinese characters ``_org_re`` takes before the suffix (its ``{2,8}``), and the fewest
_ORG_MAX, _ORG_MIN = 8, 2


def _org_matches(text: str):
    """``_org_re().finditer(text)``, tried only where a suffix stands close enough after.

    The whole-text scan tries the start conditions and up to eight characters of name at every
    character; a match ends with a suffix ``_ORG_MIN`` to ``_ORG_MAX`` characters after its
    start, so only the starts within that reach before a suffix can hold one.
    """
    suffixes = _shapes().get("org_suffix", [])
    starts: set[int] = set()
    for suffix in suffixes:
        at = text.find(suffix)
        while at >= 0:
            starts.update(range(max(0, at - _ORG_MAX), at - _ORG_MIN + 1))
            at = text.find(suffix, at + 1)
    pattern = _org_re()
    done = 0
    for at in sorted(starts):
        if at < done:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            done = m.end()


@functools.lru_cache(maxsize=1)
def _index_words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    with open(DATA_DIR / "index_words.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["role"].strip(), {})[row["word"].strip()] = row["english"].strip()
    return out


_LATIN_WORD = re.compile(r"[A-Za-z0-9&]+")


@functools.lru_cache(maxsize=None)
def _row_labels(file: str) -> dict[str, str]:
    """The ``word`` -> ``english`` rows of a label list in ``data/`` (industries, regions)."""
    with open(DATA_DIR / file, newline="", encoding="utf-8") as f:
        return {row["word"].strip(): row["english"].strip() for row in csv.DictReader(f)}


def industry_name(label: str) -> str | None:
    """The English name of an industry written alone as a table row label (``金融``,
    ``互联网``: ``data/industries.csv``), or None when the label is no such industry.

    Examples
    --------
    >>> industry_name("金融")
    'Financial firms'
    >>> industry_name("金融科技") is None  # a sector word, not an industry row
    True
    >>> industry_name("互联网/科技"), industry_name("政务/公共")
    ('Internet and technology firms', 'Government and public sector')
    """
    label = label.strip()
    whole = _row_labels("industries.csv").get(label)
    if whole or not _INDUSTRY_JOINER.search(label):
        return whole or None
    # 互联网/科技, 零售/消费: a survey's row of two industries taken together, each in English
    parts = [_row_labels("industries.csv").get(p.strip()) for p in _INDUSTRY_JOINER.split(label)]
    if len(parts) < 2 or not all(parts):
        return None
    return _joined_industries(parts)


#: the marks joining the industries of one compound row label (互联网/科技)
_INDUSTRY_JOINER = re.compile(r"[/／、]")


def _joined_industries(names: list[str]) -> str:
    """English industry names joined as one (``Internet firms`` + ``Technology firms`` ->
    ``Internet and technology firms``): a last word they all share is written once."""
    last = {n.split()[-1] for n in names}
    shared = last.pop() if len(last) == 1 and all(len(n.split()) > 1 for n in names) else ""
    heads = [n[: -len(shared)].strip() if shared else n for n in names]
    heads = [h if i == 0 or h.split()[0].isupper() else h[:1].lower() + h[1:] for i, h in enumerate(heads)]
    joined = heads[0] if len(heads) == 1 else ", ".join(heads[:-1]) + " and " + heads[-1]
    return f"{joined} {shared}".strip()


def region_name(label: str) -> str | None:
    """The English name of a region of China written alone as a table row label (``甘肃``,
    ``内蒙古自治区``: ``data/regions.csv``), or None when the label is no such region.

    Examples
    --------
    >>> region_name("甘肃"), region_name("内蒙古自治区")
    ('Gansu', 'Inner Mongolia')
    >>> region_name("甘肃庆阳") is None  # a place inside a region is not the region's row
    True
    """
    return _row_labels("regions.csv").get(label.strip()) or None


@functools.lru_cache(maxsize=1)
def _label_words() -> dict[str, dict[str, str]]:
    """``data/label_words.csv`` by role: ``part_prefix`` (其中：), ``area_tail`` (周边, 环京),
    ``segment`` (客服, 本科高校), each ``word`` -> ``english``."""
    out: dict[str, dict[str, str]] = {}
    with open(DATA_DIR / "label_words.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["role"].strip(), {})[row["word"].strip()] = row["english"].strip()
    return out


def part_prefix_length(label: str) -> int:
    """How many characters of ``label`` (blanks before it included) a ``part_prefix`` of
    ``label_words.csv`` takes (``其中：DS部门`` -> 3), else 0: a sub-row names the part, not 其中.

    Examples
    --------
    >>> part_prefix_length("  其中：云业务"), part_prefix_length("其中国区") , part_prefix_length("云业务")
    (5, 0, 0)
    """
    body = label.lstrip()
    if not body.startswith("其") and not body.startswith(("内", "含")):
        return 0  # most labels open on no prefix: one cheap test before the word list
    # 其中国区 is no sub-row: the prefix must leave a label of two characters or more behind it,
    # and a bare 其中 must be followed by a blank
    for word in sorted(_label_words().get("part_prefix", {}), key=len, reverse=True):
        rest = body[len(word):]
        if body.startswith(word) and len(rest.strip()) >= 2 and (word[-1] in "：:，" or rest[:1] in " 　"):
            return len(label) - len(body) + len(word) + len(rest) - len(rest.lstrip())
    return 0


#: the marks and words joining the parts of one compound row label (北京及周边, 客服与营销, 中卫/庆阳)
_LABEL_JOINER = re.compile(r"[/／、及与和]")


def _label_part(word: str, after_region: bool) -> tuple[str, str] | None:
    """The English of one part of a row label and its kind (``region``, ``industry``,
    ``segment``, ``area_tail``), or None; an area tail (周边) only right after a region."""
    if after_region and word in _label_words().get("area_tail", {}):
        return _label_words()["area_tail"][word], "area_tail"
    for kind, words in (("region", _row_labels("regions.csv")), ("industry", _row_labels("industries.csv")),
                        ("segment", _label_words().get("segment", {}))):
        if words.get(word):
            return words[word], kind
    return None


def label_english(label: str) -> str | None:
    """The English of a Chinese table row label that names a region, an industry or a segment
    (``data/regions.csv``, ``industries.csv``, ``label_words.csv``) or joins such parts
    (``北京及周边``, ``营销与客服``, ``中卫/庆阳``), else None: every part must translate, so a
    label only partly known stays as written.

    Examples
    --------
    >>> label_english("本科高校"), label_english("杭州及周边"), label_english("中卫/庆阳")
    ('Universities', 'Hangzhou and surrounding', 'Zhongwei/Qingyang')
    >>> label_english("营销与客服"), label_english("IT运维与安全")
    ('Marketing and customer service', 'IT operations and security')
    >>> label_english("周边") is None, label_english("客服与某某") is None
    (True, True)
    >>> label_english("7奈米"), label_english("5纳米制程")
    ('7nm', '5nm')
    """
    label = label.strip()
    node = _PROCESS_NODE.fullmatch(label)
    if node is not None:
        return f"{node.group(1)}nm"  # 7奈米 | 14 in a foundry's mix table: the node, as English writes it
    whole = _label_part(label, False)
    if whole is not None or not _LABEL_JOINER.search(label):
        return whole[0] if whole else None
    parts, joiners = _LABEL_JOINER.split(label), _LABEL_JOINER.findall(label)
    english: list[tuple[str, str]] = []
    for part in parts:
        found = _label_part(part.strip(), bool(english) and english[-1][1] == "region")
        if found is None:
            return None
        english.append(found)
    if all(kind == "industry" for _, kind in english):
        return _joined_industries([word for word, _ in english])  # 互联网/科技: one group of firms
    out = english[0][0]
    for i, (joiner, (word, kind)) in enumerate(zip(joiners, english[1:])):
        # a place keeps its capital, an acronym (IT运维) its case; a common noun is lowered mid-name
        word = word if kind == "region" or word[:2].isupper() else word[:1].lower() + word[1:]
        sep = "/" if joiner in "/／" else ", " if joiner == "、" and i < len(joiners) - 1 else " and "
        out += sep + word
    return out


def product_label_english(label: str) -> str | None:
    """The English of a Chinese table row label that names a kind of product by the words of
    ``data/market_words.csv`` alone (``光刻设备`` -> Lithography equipment, ``离子注入机``), else
    None: every character must translate, so a trade name or a word no row holds stays as written.

    Examples
    --------
    >>> product_label_english("刻蚀设备"), product_label_english("岚峰设备")
    ('Etching equipment', None)
    """
    label = label.strip()
    words, heads, _ = _market_words()
    head = next((h for h in heads if label.endswith(h) and len(h) < len(label)), None)
    if head and any(len(w) > len(head) and label.endswith(w) for w in words):
        head = None  # 可穿戴设备, 腕戴设备: a word of its own ending in the head word is translated whole
    end = len(label) - len(head) if head else len(label)
    start, english = segment_words(label, end)
    if start != 0 or not english:
        return None
    name = " ".join(english + ([heads[head]] if head and heads[head] else []))
    return name[:1].upper() + name[1:]


def region_before(text: str, end: int) -> tuple[int, str] | None:
    """The start and English name of a province or city of ``data/regions.csv`` written right
    before ``end`` (``广东数据要素市场``: the market's place), or None; a place word of
    ``geo_prefixes.csv`` is none (``with_place`` reads it).

    Examples
    --------
    >>> region_before("广东数据要素市场", 2), region_before("浙江省大数据市场", 3)
    ((0, 'Guangdong'), (0, 'Zhejiang'))
    >>> region_before("全国数据市场", 2) is None
    True
    """
    regions, lengths, _ = _opening_regions()
    word = next((text[end - n:end] for n in lengths if n <= end and text[end - n:end] in regions), None)
    return (end - len(word), regions[word]) if word is not None else None


@functools.lru_cache(maxsize=1)
def _opening_regions() -> tuple[dict[str, str], tuple[int, ...], tuple[str, ...]]:
    """The regions of ``data/regions.csv`` that can open a sentence as its subject, their
    lengths longest first, and the words that make a region written before them no subject
    (``geo_prefixes.csv`` ``region_stop``: 北京时间). A place word of ``geo_prefixes.csv``
    (美国, 日本) keeps its own handling: it names a market's or a country's figure."""
    places = {w for w, _ in _geo_prefixes()[0]}
    regions = {w: e for w, e in _row_labels("regions.csv").items() if w and e and w not in places}
    stops = tuple(r["word"].strip() for r in _geo_rows() if r["role"].strip() == "region_stop")
    return regions, tuple(sorted({len(w) for w in regions}, reverse=True)), stops


def region_at(text: str, at: int) -> tuple[int, str] | None:
    """The end and English name of a province or city of ``data/regions.csv`` written at ``at``
    (the longest: ``四川省`` before ``四川``), or None; a place word of ``geo_prefixes.csv``
    (美国) and a region followed by a ``region_stop`` word (``北京时间``) are none.

    Examples
    --------
    >>> region_at("四川省2025年数据交易额", 0), region_at("- 江苏：", 2)
    ((3, 'Sichuan'), (4, 'Jiangsu'))
    >>> region_at("北京时间3月5日", 0) is None, region_at("美国2025年", 0) is None
    (True, True)
    """
    regions, lengths, stops = _opening_regions()
    # one slice and dict lookup per region length (a sentence's first characters, no regex)
    word = next((text[at:at + n] for n in lengths if text[at:at + n] in regions), None)
    if word is None or text.startswith(stops, at + len(word)):
        return None
    return at + len(word), regions[word]


#: 科创AI ETF: one blank may part a Latin word of an index name from its suffix
_LATIN_BLANK = "(?:(?<=[A-Za-z0-9&]) )?"


@functools.lru_cache(maxsize=1)
def _index_re() -> re.Pattern:
    """An index written as family + known words + suffix (申万半导体指数), wherever it stands."""
    words = _index_words()

    def alt(ws):
        return "|".join(sorted(map(re.escape, ws), key=len, reverse=True)) or "(?!)"

    # a Latin run is taken whole (possessive): split every way among six repeats, a long run of
    # digits or letters that no suffix ends took time of its length to the sixth power
    return re.compile(rf"(?:{alt(words.get('family', {}))})(?:{alt(words.get('word', {}))}|[A-Za-z0-9&]++){{1,6}}"
                      rf"{_LATIN_BLANK}(?:{alt(words.get('suffix', {}))})")


@functools.lru_cache(maxsize=1)
def _numbered_index_re() -> re.Pattern:
    """A family and the count of its constituents, with no suffix (中证2000, 北证50, 深证100): an
    index's name; the number is no value. Not before a unit, a year or a level (上证3000点)."""
    families = "|".join(sorted(map(re.escape, _index_words().get("family", {})), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?:{families})[0-9]{{2,4}}(?![0-9.,]|{_WORDS['numbered_index_not_before']})")


@functools.lru_cache(maxsize=1)
def _bracket_family_re() -> tuple[re.Pattern, re.Pattern]:
    """A family in a bracket after the sector words it ranks them by (通信（申万）指数), and the
    words alone: the bracket is rare, so it is found first and the words read back from it."""
    words = _index_words()

    def alt(ws):
        return "|".join(sorted(map(re.escape, ws), key=len, reverse=True)) or "(?!)"

    return (re.compile(rf"[(（]({alt(words.get('family', {}))})[)）]({alt(words.get('suffix', {}))})?"),
            re.compile(rf"(?:{alt(words.get('word', {}))}){{1,6}}"))


def _bracket_family_indices(text: str):
    """Indices written with their family in a bracket after the sector words (``通信（申万）指数``,
    ``电子(中信)``): the span and the words as the index is usually written (``申万通信指数``).
    The words are the longest run of index words ending at the bracket."""
    bracket, body = _bracket_family_re()
    boards = word_group("listing_board")
    for m in bracket.finditer(text):
        if m.group(2) is None and m.group(1) in boards:
            continue  # 岳芯半导体（科创板）: a firm's listing board, no index without 指数 after it
        start = next((s for s in range(max(0, m.start() - 24), m.start())
                      if body.fullmatch(text, s, m.start())), None)
        if start is not None:
            yield start, m.end(), m.group(1) + text[start:m.start()] + (m.group(2) or "")


@functools.lru_cache(maxsize=1)
def _sector_re() -> tuple[re.Pattern, re.Pattern]:
    """Known words + suffix with no family (端侧AI指数), and the suffixes alone."""
    words = _index_words()

    def alt(ws):
        return "|".join(sorted(map(re.escape, ws), key=len, reverse=True)) or "(?!)"

    suffix = alt(words.get("suffix", {}))
    # a Latin run taken whole, as in _index_re
    return (re.compile(rf"(?:{alt(words.get('word', {}))}|[A-Za-z0-9&]++){{1,6}}{_LATIN_BLANK}(?:{suffix})"),
            re.compile(suffix))


_NAME_BREAKS = frozenset(" \t\n\u3000，,。；;：:、“”\"'（(）)【】[]《》")


@functools.lru_cache(maxsize=8)
def _name_start_re(leads: tuple[str, ...]) -> re.Pattern:
    """Empty matches where a name can start: the text's start, after a break or a lead word."""
    breaks = "".join(map(re.escape, sorted(_NAME_BREAKS)))
    after_lead = "|".join(f"(?<={re.escape(w)})" for w in leads)
    if after_lead:
        # one test of the character before rules out every lead word at most positions
        last = "".join(map(re.escape, sorted({w[-1] for w in leads})))
        after_lead = f"|(?<=[{last}])(?:{after_lead})"
    return re.compile(rf"(?:^|(?<=[{breaks}]){after_lead})")


def _sector_indices(text: str, leads: list[str]):
    """Spans of indices written without a family (端侧AI指数, 电子指数), each starting where a
    name can start (a break or a lead word such as 年初至今), so that the words are not cut out
    of a longer name. Only the few places a suffix stands are looked at."""
    body, suffixes = _sector_re()
    # the starts before each suffix are found by one regex in C, not a test per character
    can_start = _name_start_re(tuple(leads))
    for m in suffixes.finditer(text):
        for c in can_start.finditer(text, max(0, m.start() - 24), m.start()):
            s = c.start()
            if s >= m.start():
                break
            if body.fullmatch(text, s, m.end()):
                yield s, m.end()
                break


@functools.lru_cache(maxsize=1)
def _index_words_by_len() -> tuple[list[str], list[str], list[str]]:
    """The index suffixes, families and words, each longest first (sorted once)."""
    words = _index_words()
    return tuple(sorted(words.get(role, {}), key=len, reverse=True) for role in ("suffix", "family", "word"))


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
    >>> index_name("申万稀土指数") is None  # 稀土 is no known word: keep the surface form
    True
    >>> index_name("端侧AI指数")  # no family: the words and the written suffix
    'Edge AI Index'
    """
    words = _index_words()
    families, parts, suffixes = words.get("family", {}), words.get("word", {}), words.get("suffix", {})
    by_len_suffixes, by_len_families, by_len = _index_words_by_len()
    rest = re.sub(r"\s+", "", surface).rstrip("*")
    suffix, written = "Index", False
    for s in by_len_suffixes:
        if rest.endswith(s) and len(rest) > len(s):
            rest, suffix, written = rest[:-len(s)], suffixes[s], True
            break
    family = next((f for f in by_len_families if rest.startswith(f)), None)
    if family is None and not written:
        return None
    # a sector index without a family (电子指数, 端侧AI指数) is named by its words alone
    out = [families[family]] if family else []
    rest = rest[len(family):] if family else rest
    if not rest and not is_index:
        return None
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
def _geo_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``data/geo_prefixes.csv``, read once for every role."""
    with open(DATA_DIR / "geo_prefixes.csv", newline="", encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


@functools.lru_cache(maxsize=1)
def _domestic_words() -> frozenset[str]:
    """``data/geo_prefixes.csv`` role ``domestic``: place words meaning "this country's own" (国内)."""
    return frozenset(r["word"].strip() for r in _geo_rows() if r["role"] == "domestic")


@functools.lru_cache(maxsize=1)
def home_place_words() -> tuple[str, ...]:
    """``data/geo_prefixes.csv`` role ``home_place``: the words for the writer's own country
    (我国, 全国, 国内), which name Taiwan in a Taiwanese document and China in a Simplified one."""
    return tuple(r["word"].strip() for r in _geo_rows() if r["role"] == "home_place")


@functools.lru_cache(maxsize=1)
def _geo_prefixes() -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    rows = _geo_rows()
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
    domestic = _domestic_words()
    for word, english in places:
        if start >= len(word) and text.startswith(word, start - len(word)):
            if word in domestic:
                # 日本国内AI系统市场: "domestic" after a country is that country's, not China's
                outer = next(((w, e) for w, e in places if w not in domestic
                              and text.endswith(w, 0, start - len(word))), None)
                if outer is not None:
                    word, english = outer[0] + word, outer[1]
            if name.lower().startswith(english.lower()):
                return start - len(word), name
            return start - len(word), f"{english} {name}"
    return start, name


@functools.lru_cache(maxsize=1)
def _aggregate_places() -> tuple[tuple[str, str], ...]:
    words = [r["word"].strip() for r in _geo_rows() if r["role"] == "aggregate_place"]
    english = dict(_geo_prefixes()[0])  # a national place word is first of all a place word
    rows = [(w, english[w]) for w in words]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


@functools.lru_cache(maxsize=1)
def _aggregate_leads() -> tuple[tuple[str, ...], int]:
    """The lead words before a national place word, longest first (a tuple: one ``startswith``
    tells whether any opens a position), and how far past the end of the span a place word can
    reach (a lead ending past it, then the longest place word)."""
    leads = tuple(sorted(_shapes().get("lead", []), key=len, reverse=True))
    reach = max(map(len, leads), default=0) + max((len(w) for w, _ in _aggregate_places()), default=0)
    return leads, reach


def aggregate_place(text: str, start: int, end: int,
                    places: tuple[tuple[str, str], ...] | None = None) -> tuple[int, str] | None:
    """The end and English of a place word of a national aggregate (``data/geo_prefixes.csv``
    ``aggregate_place``: 我国, 全国) opening ``text[start:end]`` after its lead and time words,
    or None. ``places``: other words for a whole place and their English, longest first (全省 in
    a province's own release), read instead.

    Examples
    --------
    >>> aggregate_place("全国算力总规模达到280 EFLOPS", 0, 9)
    (2, 'China')
    >>> aggregate_place("目前我国智能算力规模", 0, 10)
    (4, 'China')
    >>> aggregate_place("华岳科技在全国的营收", 0, 9) is None
    True
    """
    leads, reach = _aggregate_leads()
    if places is None:
        places = _aggregate_places()
    else:
        reach = max(map(len, leads), default=0) + max((len(w) for w, _ in places), default=0)
    # the place word starts at or after start and at most one lead past end: a clause without
    # any place word (most of them) needs no walk over its lead and time words
    window = text[start:end + reach]
    if not any(w in window for w, _ in places):
        return None
    at, moved = start, True
    while moved and at < end:
        moved = False
        while at < end and text[at] in " \t":
            at += 1
        # most positions open on no lead: one call says so before the longest is looked for
        lead = next((w for w in leads if text.startswith(w, at)), None) if text.startswith(leads, at) else None
        if lead is not None:
            at, moved = at + len(lead), True
        opening = [p for p in find_periods(text[at:end], _ANY_DAY) if p.start == 0]
        if opening:
            at, moved = at + max(p.end for p in opening), True
    word = next(((w, e) for w, e in places if text.startswith(w, at)), None)
    return (at + len(word[0]), word[1]) if word else None


def has_place(text: str, start: int) -> bool:
    """True when a place word of ``data/geo_prefixes.csv`` (全球, 中国, 国内) opens the name at
    ``start`` or is written right before it.

    Examples
    --------
    >>> has_place("全球光模块出货", 2), has_place("公司光模块收入", 2), has_place("全球光模块", 0)
    (True, False, True)
    """
    return any(text.startswith(word, start) or (start >= len(word) and text.startswith(word, start - len(word)))
               for word, _ in _geo_prefixes()[0])


_PHRASE_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def market_phrase(text: str, end: int) -> int:
    """Where the name of a market ending at ``end`` (right before ``市场``) starts, or -1.

    The name is the run of Chinese, Latin and digits before the market word, less a time
    expression or a function word (``data/name_shapes.csv`` ``lead``) it opens with; it needs
    two characters at least (``市场规模`` alone names no market).

    Examples
    --------
    >>> t = "行业：全球存储控制芯片市场规模约18亿美元"
    >>> t[market_phrase(t, t.index("市场")):t.index("市场") + 2]
    '全球存储控制芯片市场'
    >>> t = "预计2027年国内车载激光雷达市场规模"
    >>> t[market_phrase(t, t.index("市场")):t.index("市场") + 2]
    '国内车载激光雷达市场'
    >>> market_phrase("，市场规模约18亿", 1)
    -1
    >>> market_phrase("预计明年市场规模", 4)  # a time alone names no market
    -1
    """
    start = end
    while start > 0 and end - start < 24 and _PHRASE_CHAR.match(text, start - 1):
        start -= 1
    leads = sorted(_shapes().get("lead", []) + _shapes().get("phrase_lead", []), key=len, reverse=True)
    while True:
        start = _after_leads(text, start, end, leads, keep=2)
        opening = [p for p in find_periods(text[start:end], _ANY_DAY) if p.start == 0]
        if not opening:
            break
        start += max(p.end for p in opening)  # 2027年国内…市场: the time is when, not part of the name
    start = _after_inner_time(text, start, end)
    start = _after_inner_verb(text, start, end)
    if any(w in text[start:end] for w in _shapes().get("clause_word", [])):
        return -1  # 高于季报前市场预期: a clause before the market word, no market's name
    return start if end - start >= 2 else -1


def _after_inner_time(text: str, start: int, end: int) -> int:
    """Where a market's name in ``text[start:end]`` starts once a time expression inside it is
    cut off with all before it: a year is never part of a market's name, so what precedes it is
    a verb no lead word lists (``我们保守估算2025年中国AI医学影像市场`` -> ``中国AI医学影像市场``).

    Examples
    --------
    >>> t = "保守估算2025年中国AI医学影像市场"
    >>> t[_after_inner_time(t, 0, len(t) - 2):]
    '中国AI医学影像市场'
    >>> t = "中国AI医学影像市场"
    >>> _after_inner_time(t, 0, len(t) - 2)
    0
    """
    if "年" not in text[start:end]:  # cheap pre-check: most names hold no year
        return start
    inner = [p for p in find_periods(text[start:end], _ANY_DAY) if p.start > 0 and end - start - p.end >= 2]
    return start + max(p.end for p in inner) if inner else start


def _after_inner_verb(text: str, start: int, end: int) -> int:
    """Where a market's name in ``text[start:end]`` starts once a clause-opening verb inside it
    (``name_shapes.csv`` ``phrase_lead`` of two characters or more) is cut off with all before
    it: the words before such a verb are its speaker, a source, never part of the name
    (``某咨询机构预计全球AI治理软件市场`` -> ``全球AI治理软件市场``).

    Examples
    --------
    >>> t = "某咨询机构预计全球AI治理软件市场"
    >>> t[_after_inner_verb(t, 0, len(t) - 2):]
    '全球AI治理软件市场'
    >>> t = "全球AI治理软件市场"
    >>> _after_inner_verb(t, 0, len(t) - 2)
    0
    """
    cut = start
    for verb in _shapes().get("phrase_lead", []):
        if len(verb) < 2:
            continue  # 至, 到: single characters that may stand inside a name
        at = text.rfind(verb, start + 1, end)
        if at != -1 and end - (at + len(verb)) >= 2:
            cut = max(cut, at + len(verb))
    return cut


@functools.lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """The English names of the place words of ``data/geo_prefixes.csv`` (Global, Overseas,
    China, US): a concept whose name opens with one is of that place already."""
    return tuple(sorted({english for _, english in _geo_prefixes()[0] if english}))


def place_english(word: str) -> str | None:
    """The English of a place word (``全球`` -> ``Global``), ``""`` for no word, None otherwise.

    Examples
    --------
    >>> place_english("全球"), place_english(""), place_english("车载")
    ('Global', '', None)
    """
    if not word:
        return ""
    return next((english for w, english in _geo_prefixes()[0] if w == word), None)


@functools.lru_cache(maxsize=1)
def _market_words() -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """``data/market_words.csv``: word -> English, the head words (市场) and the skipped words (类)."""
    with open(DATA_DIR / "market_words.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    words = {r["word"].strip(): r["english"].strip() for r in rows if r["role"].strip() in ("word", "skip")}
    heads = {r["word"].strip(): r["english"].strip() for r in rows if r["role"].strip() == "head"}
    return words, heads, tuple(r["word"].strip() for r in rows if r["role"].strip() == "skip")


@functools.lru_cache(maxsize=1)
def _market_word_lengths() -> tuple[int, ...]:
    """The lengths of the market words, longest first."""
    return tuple(sorted({len(w) for w in _market_words()[0]} | {len(w) for w in _market_name_words()[0]},
                        reverse=True))


@functools.lru_cache(maxsize=None)
def _market_role_words(role: str) -> dict[str, str]:
    """``data/market_words.csv``: word -> English of the rows of one ``role``."""
    with open(DATA_DIR / "market_words.csv", newline="", encoding="utf-8") as f:
        return {r["word"].strip(): r["english"].strip() for r in csv.DictReader(f) if r["role"].strip() == role}


def _market_name_words() -> tuple[dict[str, str], dict[str, str]]:
    """``data/market_words.csv`` roles ``name_word`` (words of an industry translated only inside a
    market's name: 法律科技, 虚拟电厂) and ``join`` (与, 和 between two words of one name)."""
    return _market_role_words("name_word"), _market_role_words("join")


def _place_ends_at(text: str, pos: int) -> bool:
    """True when a place word of ``geo_prefixes.csv`` (中国, 全球, 我国) ends at ``pos``."""
    return any(text.endswith(word, 0, pos) for word, _ in _geo_prefixes()[0])


# a Latin word of a name starts with a capital (API, SaaS), or is a dimension (2D图像拉框, 3D点云);
# ``or``/``vs`` join names, they are none
_LATIN_TAIL = re.compile(r"(?:(?<![A-Za-z])([A-Z][A-Za-z0-9.+\-]*)|(?<![A-Za-z0-9.])([23]D)|[ ])$")


def segment_words(text: str, end: int) -> tuple[int, list[str]]:
    """The run of known market words ending at ``end``, read backwards: its start and English words.

    Examples
    --------
    >>> segment_words("测算全球AI客服", 8)
    (4, ['AI', 'customer service'])
    >>> segment_words("其中语音类", 5)
    (2, ['voice'])
    """
    words, _, skip = _market_words()
    name_words, joins = _market_name_words()
    lengths = _market_word_lengths()
    out: list[str] = []
    pos = end
    known = 0
    first_is_name_word = False
    while pos > 0:
        # the longest known word ending at pos: one slice and set lookup per word length
        word = next((text[pos - n:pos] for n in lengths if n <= pos and text[pos - n:pos] in words), None)
        if word is None:
            word = next((text[pos - n:pos] for n in lengths if n <= pos and text[pos - n:pos] in name_words), None)
        if word is None and out:
            # 数据与服务: a join word between two known words of the name
            join = next((j for j in joins if text.endswith(j, 0, pos)), None)
            if join is not None:
                before = pos - len(join)
                if any(text[before - n:before] in words or text[before - n:before] in name_words
                       for n in lengths if n <= before):
                    pos = before
                    out.insert(0, joins[join])
                    continue
        if word is not None:
            pos -= len(word)
            known += 1
            first_is_name_word = word not in words
            english = words[word] if not first_is_name_word else name_words[word]
            if english:
                out.insert(0, english)
            continue
        # a Latin word (API, SaaS) is its own English; a blank between words is no break
        latin = _LATIN_TAIL.search(text, max(0, pos - 16), pos)
        if latin is None:
            break
        pos = latin.start()
        if latin.group(1) or latin.group(2):
            out.insert(0, latin.group(1) or latin.group(2))
    while out and pos < end and text[pos] == " ":
        pos += 1  # 表1 服务机器人: a blank before the run parts it from what precedes, no word of it
    if out and text[pos:pos + 1] and text[pos:end].startswith(skip):
        return end, []  # a run that starts with a category word names nothing
    if out and pos > 0 and text[pos - 1].isascii() and text[pos - 1].isalnum() or not known:
        return end, []  # glued to a longer Latin word, or Latin alone (a firm's name): no market
    if first_is_name_word and pos > 0 and _PHRASE_CHAR.match(text, pos - 1) and not _place_ends_at(text, pos):
        return end, []  # 某某科技市场份额: a name word glued to an unknown word before it (a firm's name)
    while "/" in out[1:-1]:
        # AI拍摄/音频眼镜: a slash joins its two words without blanks, as English writes it (camera/audio)
        i = out.index("/", 1)
        out[i - 1:i + 2] = [out[i - 1] + "/" + out[i + 1]]
    return pos, out


_MARKET_FIRMS_LISTING = word_group("market_firms_listing")
_MARKET_FIRMS_FILLER = tuple(word_group("market_firms_filler"))
_MARKET_FIRMS_HEAD = word_group("market_firms_head")
#: how many characters the kind of a market's firms may run to (A股半导体及AI硬件公司)
_MARKET_FIRMS_REACH = 16
#: PCB/CCL: Latin kinds parted by slashes, a kind of firm after a listing market
_LATIN_KIND = re.compile(r"[A-Z][A-Za-z0-9]*(?:[/／][A-Z][A-Za-z0-9]*)*")
#: 相关 right before the firm noun (AI相关公司): firms related to the kind
_RELATED = "相关"


def _firm_noun_at(text: str, pos: int) -> str | None:
    """The firm noun of ``market_firms_head`` that starts at ``pos``, the longest."""
    return max((h for h in _MARKET_FIRMS_HEAD if text.startswith(h, pos)), key=len, default=None)


def _firms_kind(text: str, listing: int, start: int, end: int) -> list[str] | None:
    """The English words of the kind of firm in ``text[start:end]``, right after a listing
    market at ``listing`` (``start`` is past the market and its filler): known market words
    (``segment_words``) or Latin kinds (``PCB/CCL``); ``None`` when the span is no kind."""
    if _LATIN_KIND.fullmatch(text, start, end):
        return [text[start:end].replace("／", "/")]
    at, words = segment_words(text, end)
    if at == listing and words:
        words = words[1:]  # the run read the market word too (A股 -> A-share)
    elif at != start:
        return None
    return words or None


def market_firms(text: str) -> list[tuple[int, int, str]]:
    """Groups of a stock market's listed firms of one kind: a listing market (``A股``), maybe a
    filler (``主要``), a kind of firm and a firm noun (``公司``, ``产业链``) name the firms, never
    the market (``market_firms`` rows of ``facts_words.csv``); the group's span and English name.

    Examples
    --------
    >>> market_firms("A股半导体及AI硬件公司存货合计")
    [(0, 12, 'A-share semiconductor and AI hardware companies')]
    >>> market_firms("A股主要PCB/CCL公司资本开支")
    [(0, 13, 'A-share PCB/CCL companies')]
    >>> market_firms("A股AI产业链公司")
    [(0, 9, 'A-share AI industry chain companies')]
    >>> market_firms("A股市场成交额")
    []
    """
    out: list[tuple[int, int, str]] = []
    for listing_word, english in _MARKET_FIRMS_LISTING.items():
        at = text.find(listing_word)
        while at >= 0:
            found = _market_firms_at(text, at, len(listing_word), english)
            if found is not None:
                out.append(found)
            at = text.find(listing_word, at + 1)
    kept: list[tuple[int, int, str]] = []
    for found in sorted(out):  # A股及港股游戏公司: the second market's group lies inside the first's
        if not kept or kept[-1][1] <= found[0]:
            kept.append(found)
    return kept


def _market_firms_at(text: str, at: int, length: int, english: str) -> tuple[int, int, str] | None:
    """The group of ``market_firms`` whose listing market starts at ``at``, if one does."""
    start = at + length
    joins = _market_name_words()[1]
    join = next((j for j in joins if text.startswith(j, start)), None)
    other = next((w for w in _MARKET_FIRMS_LISTING if text.startswith(w, start + len(join))), None) \
        if join is not None else None
    if other is not None:  # A股及港股游戏公司: firms listed on either market
        english = f"{english} {joins[join]} {_MARKET_FIRMS_LISTING[other]}"
        at_other, start = start + len(join), start + len(join) + len(other)
    else:
        at_other = at
    start += next((len(f) for f in _MARKET_FIRMS_FILLER if text.startswith(f, start)), 0)
    pos = start
    while pos < min(len(text), start + _MARKET_FIRMS_REACH) and _PHRASE_CHAR.match(text, pos) \
            or text.startswith(("/", "／"), pos):
        noun = _firm_noun_at(text, pos) if pos > start else None
        if noun is None:
            pos += 1
            continue
        related = text.endswith(_RELATED, start, pos)
        kind = _firms_kind(text, at_other, start, pos - len(_RELATED) if related else pos)
        if kind is None:
            pos += 1
            continue
        if related:
            kind[-1] += "-related"
        end = pos + len(noun)
        nouns = [_MARKET_FIRMS_HEAD[noun]]
        after = _firm_noun_at(text, end)
        if after is not None:  # AI产业链公司: the chain's firms
            end += len(after)
            nouns.append(_MARKET_FIRMS_HEAD[after])
        return at, end, " ".join([english, *kind, *nouns])
    return None


def market_phrases(text: str) -> list[Name]:
    """Markets named in the text and translated word by word (``data/market_words.csv``).

    The words before a head word (市场) are read backwards while they are known words, then a
    place word (全球, 中国); only a run of at least one known word names a market. Anything not
    translatable is left to the concept lexicon.

    Examples
    --------
    >>> [n.name for n in market_phrases("我们测算全球AI客服市场规模将由")]
    ['Global AI customer service market']
    >>> [n.name for n in market_phrases("国内方面，2026年中国企业级AI客服市场规模约120亿元")]
    ['China enterprise AI customer service market']
    >>> market_phrases("我们认为市场低估了需求")
    []
    >>> market_phrases("全球存储控制芯片市场规模")  # 存储控制 untranslated: no partial name
    []
    """
    words, heads, _ = _market_words()
    words = tuple(words)
    funds = tuple(word_group("fund_noun"))
    surveyed = tuple(word_group("survey_word"))
    pointers = tuple(word_group("one_firm_pointer"))
    leads = _market_role_words("head_lead")
    out = []
    for head, head_english in heads.items():
        # 整体市场: a whole word the head names (english column) stands between the words and it
        whole = tuple(w for w, e in leads.items() if e == head_english)
        for m in re.finditer(re.escape(head), text):
            if text.startswith(words, m.end()) or text.startswith(funds, m.end()):
                continue  # 行业大模型, 算力产业基金: a head word before another word modifies it
            lead = next((w for w in whole if text.endswith(w, 0, m.start())), "")
            start, english = segment_words(text, m.start() - len(lead))
            if not english:
                continue
            if text.endswith(surveyed, max(0, start - 4), start):
                continue  # 受访制造企业: a survey's respondents, named by the survey rules (Surveyed manufacturers)
            if text.endswith(pointers, max(0, start - 2), start):
                continue  # 该服务器厂商: one firm pointed back at, not a group of them
            name = " ".join(english + [head_english])
            placed, name = with_place(text, start, name)
            start, name = (placed, name) if placed < start else _place_over_time(text, start, name)
            region = region_before(text, start)
            if region is not None:
                start, name = region[0], f"{region[1]} {name}"  # 广东数据要素市场: Guangdong's market
            if _place_before_untranslated(text, start):
                continue  # 全球存储控制芯片市场: words left untranslated; the name is kept as written
            out.append(Name(start, m.end(), name[0].upper() + name[1:], "concept"))
    out += _placed_markets(text)
    out += _traded_goods(text)
    return sorted(out)


#: how far before a market's words a time between them and its place may start (1-9月, 2024年12月)
_PLACE_TIME_REACH = 10


def _place_over_time(text: str, start: int, name: str) -> tuple[int, str]:
    """A market's start and name with the place written before a time that stands right before
    its words (``韩国9月半导体出口额``, ``我国1-9月集成电路进口``): a statistical release dates
    the figure between the place and the good, and the place is still the aggregate's
    (``South Korea semiconductor exports``); ``(start, name)`` unchanged when no such place.

    Examples
    --------
    >>> _place_over_time("韩国9月半导体出口额", 4, "semiconductor exports")
    (0, 'South Korea semiconductor exports')
    >>> _place_over_time("公司9月半导体出口额", 4, "semiconductor exports")
    (4, 'semiconductor exports')
    """
    time = _time_start_before(text, start)
    if time == start:
        return start, name
    placed, placed_name = with_place(text, time, name)
    return (placed, placed_name) if placed < time else (start, name)


def _time_start_before(text: str, start: int) -> int:
    """Where a time ending right at ``start`` begins (``9月`` of ``韩国9月半导体``, within
    ``_PLACE_TIME_REACH`` characters); ``start`` when no time ends there."""
    lo = max(0, start - _PLACE_TIME_REACH)
    times = [p for p in find_periods(text[lo:start], _ANY_DAY) if lo + p.end == start]
    return lo + min(p.start for p in times) if times else start


#: the most characters of a good's words after a trade verb (进口集成电路: 4)
_TRADED_GOOD_MAX = 12
#: what a clause a trade verb opens starts after: a stop, a bullet, a line's start
_TRADE_CLAUSE_OPEN = re.compile(r"(?:^|[。！？!?；;，,：:\n【■】•·●◆▪\-*])[ \t\u3000]*$")


def _traded_goods(text: str) -> list[Name]:
    """A good's trade written verb first (``data/market_words.csv`` role ``trade_verb``):
    ``我国进口集成电路5492亿个`` counts China's imports of integrated circuits, as
    ``我国集成电路进口数量`` does (``China integrated circuit imports``). The verb follows a
    place (with a time between or not) or opens its clause (``出口集成电路2981亿个``, the
    place a sentence before); after a firm (``公司进口光刻机3台``) it is the firm's purchase.
    The good is the longest run of market words right after the verb, a number or a stop after it.

    Examples
    --------
    >>> t = "2024年我国进口集成电路5492亿个；出口集成电路2981亿个"
    >>> [(n.name, t[n.start:n.end]) for n in _traded_goods(t)]
    [('China integrated circuit imports', '我国进口集成电路'), ('Integrated circuit exports', '出口集成电路')]
    >>> _traded_goods("公司进口光刻机3台")
    []
    """
    verbs = _market_role_words("trade_verb")
    out = []
    for verb, english_verb in verbs.items():
        for m in re.finditer(re.escape(verb), text):
            good = next(((e, words) for e in range(min(len(text), m.end() + _TRADED_GOOD_MAX), m.end(), -1)
                         for s, words in (segment_words(text, e),) if s == m.end() and words), None)
            if good is None:
                continue
            end, words = good
            if not (end == len(text) or text[end].isdigit() or _CLAUSE_STOP.match(text, end)):
                continue
            name = " ".join(words + [english_verb])
            start, placed = with_place(text, m.start(), name)
            if start == m.start():
                start, placed = _place_over_time(text, m.start(), name)
            if start == m.start():
                opens = _time_start_before(text, m.start())
                if not _TRADE_CLAUSE_OPEN.search(text, max(0, opens - 4), opens):
                    continue
            out.append(Name(start, end, placed[0].upper() + placed[1:], "concept"))
    return out


def _placed_heads() -> dict[str, str]:
    """``data/market_words.csv`` role ``placed_head``: metric words (出货量) after which a place
    and product words name the product's market (全球PC出货量: Global PC market)."""
    return _market_role_words("placed_head")


def _placed_markets(text: str) -> list[Name]:
    """Markets written as a place and a product before a ``placed_head`` metric word
    (``全球PC出货量`` -> ``Global PC market``, ``中国智能手机出货量`` -> ``China smartphone
    market``): the place's total of a product is its market, where the product alone
    (``AI服务器出货量``) stays the product category. The span ends before the metric word.

    Examples
    --------
    >>> [(n.name, n.end) for n in _placed_markets("三季度全球PC出货量7580万台")]
    [('Global PC market', 7)]
    >>> _placed_markets("AI服务器出货量增长46%")
    []
    """
    out = []
    for head, head_english in _placed_heads().items():
        for m in re.finditer(re.escape(head), text):
            start, english = segment_words(text, m.start())
            if not english:
                continue
            if " " in concepts().get(text[start:m.start()], ""):
                continue  # 全球生成式AI手机出货量: a qualified category concepts.csv names (GenAI smartphones) keeps that name
            placed, name = with_place(text, start, " ".join(english + [head_english]))
            if placed < start:
                out.append(Name(placed, m.start(), name[0].upper() + name[1:], "concept"))
    return out


def product_before(text: str, start: int, reach: int = 200, skip: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """The English words of the product market named last in the ``reach`` characters before
    ``start`` (a run of ``data/market_words.csv`` words: ``人形机器人`` -> ``['humanoid robot']``),
    the run not crossing a blank line nor inside a ``skip`` span (a firm's name); ``[]`` for none.

    A market written only by its place (``中国市场规模``) in a paragraph about one product is
    that product's market.

    Examples
    --------
    >>> t = "人形机器人产业加速发展。据测算，2024年中国市场规模约82亿元"
    >>> product_before(t, t.index("中国市场"))
    ['humanoid robot']
    >>> product_before("据测算，2024年中国市场规模约82亿元", 12)
    []
    """
    words = _market_words()[0]
    lo = max(0, start - reach)
    gap = text.rfind("\n\n", lo, start)
    lo = gap + 2 if gap >= 0 else lo
    best = None
    for w, english in words.items():
        if not english or not _CJK_ANY.search(w):
            continue  # a Latin word alone (AI) or a skipped word names no product
        at = text.rfind(w, lo, start)
        while at >= 0 and any(a <= at < b for a, b in skip):
            at = text.rfind(w, lo, at)
        if at >= 0 and (best is None or at + len(w) > best):
            best = at + len(w)
    if best is None:
        return []
    # the whole run of market words ending there (企业级AI客服), read as market_phrases reads it
    return segment_words(text, best)[1]


def _place_before_untranslated(text: str, start: int, reach: int = 8) -> bool:
    """True when a place word stands a few name characters before ``start``: the words between
    belong to the name but were not translated, so a translation would drop them."""
    stop = start
    while stop > 0 and start - stop < reach and _PHRASE_CHAR.match(text, stop - 1):
        stop -= 1
        if any(text.startswith(word, stop) for word, _ in _geo_prefixes()[0]):
            return True
    return False


_CLAUSE_STOP = re.compile(r"[，,。；;：:\n]")


def segment_subjects(text: str, markets: list[Name]) -> list[Name]:
    """Segments of a market introduced as such (``其中语音类是最大的细分赛道``), named by their
    words and the market named last before them, without its place: ``Voice AI customer service``.

    Examples
    --------
    >>> t = "全球AI客服市场将达210亿美元。其中语音类是最大的细分赛道，规模约15亿美元"
    >>> [n.name for n in segment_subjects(t, market_phrases(t))]
    ['Voice AI customer service']
    >>> segment_subjects("其中语音类是最大的细分赛道", [])
    []
    """
    rows = _market_rows()
    leads = [w for w, r in rows if r == "segment_lead"]
    nouns = tuple(w for w, r in rows if r == "segment_noun")
    heads = _market_words()[1]
    places = {english for _, english in _geo_prefixes()[0]}
    out = []
    for lead in leads:
        for m in re.finditer(re.escape(lead), text):
            a = m.end()
            stop = _CLAUSE_STOP.search(text, a, a + 24)
            window = text[a:stop.start() if stop else a + 24]
            if not any(w in window for w in nouns):
                continue
            # the segment's words run from the lead word to the verb that calls it a segment
            verbs = tuple(w for w, r in rows if r == "segment_verb")
            b = next((b for b in range(a + 1, a + min(len(window), 8) + 1)
                      if text.startswith(verbs, b) and segment_words(text, b)[0] == a), None)
            if b is None:
                continue
            english = segment_words(text, b)[1]
            before = [n for n in markets if n.end <= a]
            if not before:
                continue
            parent = before[-1].name.split()
            if parent and parent[0] in places:
                parent = parent[1:]
            head_words = {h.lower() for h in heads.values()}
            if parent and parent[-1].lower() in head_words:
                parent = parent[:-1]
            name = " ".join(english + parent)
            out.append(Name(a, b, name[0].upper() + name[1:], "concept"))
    return out


#: how far back a market pointer (该市场) looks for the market it points at
_MARKET_POINTER_REACH = 120


def market_pointers(text: str, markets: list[Name]) -> list[Name]:
    """``该市场``, ``这一市场``: a pointer word (``facts_words.csv`` ``market_pointer``) before a
    bare market head word names the market named last before it in the same paragraph
    (``公司在中国AI客服市场排名第三，市占率4.2%；该市场规模约150亿元`` is the market's size, not
    the company's, whose share the clause before gave).

    Examples
    --------
    >>> t = "公司在全球AI客服市场排名第三；该市场规模约150亿元"
    >>> [(n.name, t[n.start:n.end]) for n in market_pointers(t, market_phrases(t))]
    [('Global AI customer service market', '该市场')]
    >>> market_pointers("该市场规模约150亿元", [])
    []
    """
    pointers = word_group("market_pointer")
    if not markets or not any(p in text for p in pointers):
        return []  # cheap pre-check: most documents point at no market
    heads = _market_words()[1]
    whole = tuple(h for h in word_group("market_pointer_head") if h in heads)
    out = []
    for pointer in pointers:
        for m in re.finditer(re.escape(pointer), text):
            head = next((h for h in whole if text.startswith(h, m.end())), None)
            if head is None or text.endswith("应", 0, m.start()):
                continue  # 应该市场化: 该 of the modal verb, no pointer
            lo = max(0, m.start() - _MARKET_POINTER_REACH)
            gap = text.rfind("\n\n", lo, m.start())
            lo = gap + 2 if gap >= 0 else lo
            before = [n for n in markets if lo <= n.start and n.end <= m.start() and n.name.endswith(heads[head])]
            if before:
                out.append(Name(m.start(), m.end() + len(head), before[-1].name, "concept"))
    return sorted(out)


_SENTENCE_STOP = re.compile(r"[。！？!?\n]")


def trade_counterparts(text: str, markets: list[Name]) -> list[Name]:
    """A bare trade head word (``出口``) after the same sentence named a good's opposite trade
    (``我国集成电路进口``): the good's trade that way, with its place (``data/market_words.csv``
    rows ``counterpart``); a bare repeat of the same head word (``进口金额`` after
    ``我国进口集成电路5492亿个``) is the same good's trade.

    Examples
    --------
    >>> t = "我国集成电路进口金额351亿美元；出口金额161亿美元。"
    >>> [(n.name, t[n.start:n.end]) for n in trade_counterparts(t, market_phrases(t))]
    [('China integrated circuit exports', '出口')]
    >>> t = "我国进口集成电路5492亿个，同比增长14.6%；进口金额3856亿美元"  # verb first, the same way
    >>> [(n.name, t[n.start:n.end]) for n in trade_counterparts(t, market_phrases(t))]
    [('China integrated circuit imports', '进口')]
    >>> t = "我国集成电路进口金额351亿美元。出口金额161亿美元"  # another sentence: not carried
    >>> trade_counterparts(t, market_phrases(t))
    []
    """
    pairs = {w: e for w, e, r in _market_triples() if r == "counterpart"}
    if not pairs or not markets or not any(c in text for c in pairs.values()):
        return []
    heads = _market_words()[1]
    out = []
    for n in markets:
        # the head closes the phrase (集成电路进口) or, verb first, follows its place (我国进口集成电路)
        head = next((h for h in pairs if h in text[n.start:n.end] and n.name.endswith(" " + heads[h])), None)
        if head is None:
            continue
        stop = _SENTENCE_STOP.search(text, n.end)
        end = stop.start() if stop else len(text)
        # the other way's bare word (出口金额), and the same way's repeated (进口金额 after 我国进口集成电路…)
        for word in (pairs[head], head):
            for m in re.finditer(re.escape(word), text[:end]):
                if m.start() < n.end or segment_words(text, m.start())[1] \
                        or any(o.start <= m.start() < o.end for o in markets):
                    continue  # before the phrase, or a good of its own (芯片出口, 出口AI服务器) is a market phrase
                name = n.name[:len(n.name) - len(heads[head])] + heads[word]
                out.append(Name(m.start(), m.end(), name, "concept"))
    return sorted(out)


@functools.lru_cache(maxsize=1)
def _market_triples() -> tuple[tuple[str, str, str], ...]:
    with open(DATA_DIR / "market_words.csv", newline="", encoding="utf-8") as f:
        return tuple((r["word"].strip(), r["english"].strip(), r["role"].strip()) for r in csv.DictReader(f))


@functools.lru_cache(maxsize=1)
def _market_rows() -> tuple[tuple[str, str], ...]:
    with open(DATA_DIR / "market_words.csv", newline="", encoding="utf-8") as f:
        return tuple((r["word"].strip(), r["role"].strip()) for r in csv.DictReader(f))


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


_WORDS = pattern_words("names")  # the word lists of data/pattern_words.csv this module reads
#: a chip process node written as a row label (7奈米, 5纳米, 3nm制程): pattern_words.csv names process_node, process_word
_PROCESS_NODE = re.compile(rf"(\d+(?:\.\d+)?)\s*(?:{_WORDS['process_node']})"
                           rf"(?:{_WORDS['process_word']})?")

# 小米17 Pro Max, 小米15: a device number glued to a Chinese brand, tier words after it
# (name_shapes variant: Pro, Max, Ultra); no letter, digit, dot or percent after the number, and
# no Chinese but pattern_words ``glued_line_after`` (系列, 的; 三里岛1号机组: a unit's number, 小米15亿元: an amount)
_GLUED_LINE = re.compile(r"(\d{1,3})(?![0-9.%A-Za-z])(?=[^\u4e00-\u9fff]|(?:" + _WORDS["glued_line_after"]
                         + r")|$)(?:[ ](?:" + "|".join(map(re.escape, _shapes().get("variant", ())))
                         + r")(?![A-Za-z0-9\-])){0,3}")
_COUNTER_AFTER = re.compile(rf"\s?(?:{pattern_words('quantities')['count_after_year']})")


# Singapore-based, SoftBank-backed: a capitalised word glued to an English adjective of origin,
# then a blank; the name after it starts where the match ends
_ENGLISH_FUNCTION_WORDS = frozenset(_WORDS["english_function_word"].split("|"))
_ORIGIN_ADJECTIVE = re.compile(rf"[A-Z][A-Za-z]*-(?:{_WORDS['english_origin_adjective']}) ")


_UNIT_BEFORE = re.compile(r"(?:\d[ \t]?|/)$")


def _unit_of_quantity(text: str, start: int, end: int) -> bool:
    """True when the Latin word ``text[start:end]``, written right after a number or a ``/``,
    is part of an amount the quantity parser reads there (``4000 PFlops``, ``万元/PFlops/月``):
    a unit, which names no one."""
    lo = max(0, start - 16)
    if not _UNIT_BEFORE.search(text, lo, start):
        return False
    return any(q.start <= start - lo and q.end >= end - lo for q in find_quantities(text[lo:end + 4]))


def _begins_quantity(text: str, start: int, end: int) -> bool:
    """True when the digit word ``text[start:end]`` is the start of an amount (``400亿美元``,
    ``300家``): its unit or magnitude follows, so it counts something rather than naming a version."""
    if not text[start:end][:1].isdigit():
        return False
    if _COUNTER_AFTER.match(text[end:end + 2]):
        return True  # 120家, 300人: a counter follows
    return any(q.start == 0 and q.end > end - start for q in find_quantities(text[start:end + 12]))


_YEAR_WORD = re.compile(r"(?:19|20)\d{2}")


def _begins_time(text: str, start: int, end: int) -> bool:
    """True when the digit word ``text[start:end]`` is a year (``2026``) or starts a date
    (``12月``): ``TPU 2026年``, ``Kling App 12月`` are a name and then a time, not a version."""
    word = text[start:end]
    if not word[:1].isdigit():
        return False
    if _YEAR_WORD.fullmatch(word):
        return True
    return any(p.start == 0 and p.end > end - start for p in find_periods(text[start:end + 4], _ANY_DAY))


# 【中际旭创 300308】: a listed company's six-digit code written bare after its name is no version
_BARE_CODE = re.compile(r"[0-9]{6}(?:\.(?:SH|SZ|SS|BJ))?")
# 台積電　2330, 地平線機器人　9660: a Hong Kong or Taiwan code (four or five digits) after a Chinese
# name, one blank between as a table aligned by full-width blanks writes it, is no version either
# (a Chinese name's own number is glued on: 小米17)
_BARE_SHORT_CODE = re.compile(r"[0-9]{4,5}(?:\.(?:HK|TW|TWO))?")


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
    >>> t = "【中际旭创 300308】"
    >>> t[:extend_known(t, 1, 5)]
    '【中际旭创'
    >>> t = "岚峰 9999  12.5"
    >>> t[:extend_known(t, 0, 2)]
    '岚峰'
    """
    m = _MORE_SPECIFIC.match(text, end)
    if (m is None or m.end() == end) and end and _CJK.match(text, end - 1):
        # 小米17 Pro Max: a Chinese brand's device line written with its number glued on; the
        # number alone (小米17的) still names the device, a quantity or a time after it does not
        g = _GLUED_LINE.match(text, end)
        if g is None or _begins_quantity(text, end, g.end(1)) or _begins_time(text, end, g.end(1)):
            return end
        return g.end()
    if m is None or m.end() == end:
        return end
    for w in re.finditer(r"[^ ]+", text[end:m.end()]):
        if _begins_quantity(text, end + w.start(), end + w.end()) or _begins_time(text, end + w.start(), end + w.end()) \
                or _BARE_CODE.fullmatch(w.group(0)) \
                or _CJK.match(text, end - 1) and _BARE_SHORT_CODE.fullmatch(w.group(0)):
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


#: A descriptor before a coded name is at least this long (伺服器厂, 代工厂): a shorter head
#: is part of the name itself (招商银行, 商汤科技).
_DESCRIPTOR_MIN = 3


def _after_descriptor(text: str, a: int, b: int, descriptors: list[str]) -> int:
    """Start of the name in ``text[a:b]`` once a descriptor (``云端伺服器厂`` in
    ``云端伺服器厂纬颖``, a noun phrase ending in a ``descriptor_end`` word) is cut off; ``a``
    when there is none. The name left keeps at least two characters."""
    best = a
    for word in descriptors:
        at = text.rfind(word, a, b - 2)  # whole within text[a:b-2]: two characters of name are left
        if at >= 0 and at + len(word) - a >= _DESCRIPTOR_MIN and at + len(word) > best:
            best = at + len(word)
    return best


@functools.lru_cache(maxsize=1)
def _trade_re() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, _shapes().get("trade_suffix", [])), key=len, reverse=True)))


def _trade_names(text: str) -> list[tuple[int, int]]:
    """Spans of firm names ending in a trade word (``星河智算``, ``云雀机器人``) in a subject's place.

    A trade word (智能, 机器人) also ends plain nouns (``人工智能``, ``具身智能公司``), so a name of
    this shape counts only in a subject's place: right after a descriptor (``芯片公司星河智算``) or
    after a break and right before a news verb (``【云雀机器人完成2亿元融资``). One to four
    Chinese characters stand before the trade word, none of them a function word.
    """
    shapes = _shapes()
    suffixes = shapes.get("trade_suffix", [])
    if not suffixes:
        return []
    descriptors = tuple(shapes.get("descriptor_end", []) + shapes.get("opener", []))
    verbs = tuple(shapes.get("name_verb", []))
    leads = set(shapes.get("lead", []))
    lead_words = tuple(leads)
    not_names = tuple(shapes.get("not_name", []))
    out = []
    for m in _trade_re().finditer(text):
        for n in range(1, 5):
            s = m.start() - n
            if s < 0 or not _CJK.match(text, s):
                break
            prefix = text[s:m.start()]
            # a lead word inside the (at most four-character) prefix: its substrings looked up
            if any(prefix[i:j] in leads for i in range(len(prefix)) for j in range(i + 1, len(prefix) + 1)) \
                    or prefix.startswith(descriptors):
                break
            after_descriptor = text[max(0, s - 3):s].endswith(descriptors)
            at_break = s == 0 or text[s - 1] in _NAME_BREAKS or text[s - 1].isascii() and text[s - 1].isalnum()
            # the name ends where a verb, a function word or a break follows (企业级智能体: 智能
            # inside a longer word is no name's end)
            ends = text.startswith(verbs, m.end()) or m.end() == len(text) or text[m.end()] in _NAME_BREAKS \
                or text.startswith(lead_words, m.end())
            if after_descriptor and ends or at_break and text.startswith(verbs, m.end()):
                if not text[s:m.end()].startswith(not_names):
                    out.append((s, m.end()))
                break
    return out


@functools.lru_cache(maxsize=1)
def _field_re() -> re.Pattern:
    labels = "|".join(sorted(map(re.escape, _shapes().get("field_label", [])), key=len, reverse=True))
    # a numbering label (编号) needs no colon: 问卷编号QX-2604
    ids = "|".join(sorted(map(re.escape, _shapes().get("id_label", [])), key=len, reverse=True))
    if ids:
        return re.compile(rf"(?:(?:{labels})[ \t]*[:：]|(?:{ids})[ \t]*[:：]?)[ \t]*$" if labels
                          else rf"(?:{ids})[ \t]*[:：]?[ \t]*$")
    return re.compile(rf"(?:{labels})[ \t]*[:：][ \t]*$" if labels else r"(?!)")


def after_field_label(text: str, pos: int) -> bool:
    """True when ``pos`` starts the value of a header or contact field (``报告编号：``, ``电话：``).

    A report code, a licence number or a phone number there is an identifier, never a name
    (``data/name_shapes.csv`` ``field_label``).

    Examples
    --------
    >>> after_field_label("报告编号：QX-AI-2027-0917", 5)
    True
    >>> after_field_label("发布QX-AI-2027模型", 2)
    False
    >>> after_field_label("问卷编号QX-2604", 4)
    True
    """
    return _field_re().search(text, max(0, pos - 12), pos) is not None


def stock_code_at(text: str, pos: int) -> int:
    """Where a stock code in brackets starting at ``pos`` ends (``（301234.SZ）``), else -1.

    Examples
    --------
    >>> t = "瀚星微电（688917.SH）"
    >>> t[4:stock_code_at(t, 4)]
    '（688917.SH）'
    >>> stock_code_at("瀚星微电（2027年）", 4)
    -1
    """
    m = _CODE_AT.match(text, pos)
    return m.end() if m else -1


def stock_code_before(text: str, line_start: int, pos: int) -> bool:
    """True when the line of ``text`` opening at ``line_start`` holds only a bracketed stock code
    before ``pos`` (``（6829）瀚鼎电子　公告…``: the filer of a Taiwan or Hong Kong exchange's
    material-information notice, its code written before its name).

    Examples
    --------
    >>> t = "（6829）瀚鼎电子　公告本公司董事会决议"
    >>> stock_code_before(t, 0, 6), stock_code_before("关于瀚鼎电子", 0, 2)
    (True, False)
    """
    return _CODE_TAIL.fullmatch(text[line_start:pos].strip()) is not None


def industry_at(text: str, pos: int) -> tuple[int, str] | None:
    """The industry word of ``data/industries.csv`` that ``text`` holds at ``pos`` (the longest),
    as its end and its English name, or None: an industry as the subject of a survey's line
    (``零售业上线率最高``).

    Examples
    --------
    >>> industry_at("分行业看，零售业上线率最高", 5)
    (8, 'Retailers')
    >>> industry_at("芯片零售", 0) is None
    True
    """
    words = [w for w in _row_labels("industries.csv") if text.startswith(w, pos)]
    if not words:
        return None
    word = max(words, key=len)
    return pos + len(word), _row_labels("industries.csv")[word]


def respondent_kind_before(text: str, pos: int) -> tuple[int, str] | None:
    """The industry or kind of respondent of ``data/industries.csv`` that ends in ``text`` at
    ``pos`` (the longest), as its start and its English name, or None: the subject of a survey's
    listed share (``大型国有银行100%、城商行45%已投产``).

    Examples
    --------
    >>> respondent_kind_before("国有大行100%、城商行45%", 12)
    (9, 'City commercial banks')
    >>> respondent_kind_before("营收45%", 2) is None
    True
    """
    if pos <= 0:
        return None
    # only the words ending in the character before pos are tried (most shares follow none)
    words = [w for w in _row_labels_by_last("industries.csv").get(text[pos - 1], ()) if text.endswith(w, 0, pos)]
    if not words:
        return None
    word = max(words, key=len)
    return pos - len(word), _row_labels("industries.csv")[word]


@functools.lru_cache(maxsize=None)
def _row_labels_by_last(file: str) -> dict[str, tuple[str, ...]]:
    """The words of a label list in ``data/`` by their last character."""
    out: dict[str, list[str]] = {}
    for w in _row_labels(file):
        if w:
            out.setdefault(w[-1], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


@functools.lru_cache(maxsize=1)
def _index_suffix_res() -> tuple[re.Pattern, re.Pattern] | None:
    """The index suffixes (指数), and a name of two to ten characters ending in one."""
    index_suffix = "|".join(sorted(map(re.escape, _shapes().get("index_suffix", [])), key=len, reverse=True))
    if not index_suffix:
        return None
    return re.compile(index_suffix), re.compile(rf"[\u4e00-\u9fffA-Za-z0-9&]{{2,10}}?(?:{index_suffix})")


@functools.lru_cache(maxsize=1)
def _gloss_re() -> re.Pattern:
    # the bracket is looked for first (a pattern opening with a fixed class is scanned in C);
    # the Chinese name before it is read afterwards
    firm = "|".join(re.escape(w) for w in sorted(_shapes().get("gloss_firm_word", []), key=len, reverse=True))
    return re.compile(r"[（(]\s?((?:[A-Z][A-Za-z0-9&'.\-]* ){1,3}(?:" + firm + r"))\s?[）)，,;；]")


_HAN_RUN_END = re.compile(r"[\u4e00-\u9fff]{2,6}$")


@functools.lru_cache(maxsize=1)
def _name_suffixes() -> tuple[tuple[str, str], ...]:
    """The descriptors of ``data/name_suffixes.csv`` with their English, longest first."""
    with open(DATA_DIR / "name_suffixes.csv", encoding="utf-8", newline="") as f:
        rows = [(r["word"], r["english"]) for r in csv.DictReader(f) if r["word"]]
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


_HAN_OR_NOT = re.compile(r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]+")
_WORD_CHAR = re.compile(r"[A-Za-z0-9]")


def _peels(run: str, word: str) -> bool:
    """Whether the descriptor ``word`` ending ``run`` comes off it: something must stay before
    it, and a one-character descriptor (云) needs a trade name of ``_TRADE_NAME_MIN`` characters
    before it: 瀚云数据控股 is Hanyun Data Holdings, a firm whose two-character trade name ends in
    云, not Han Cloud; 青岚云 is still Qinglan Cloud.

    Examples
    --------
    >>> _peels("瀚云", "云"), _peels("青岚云", "云"), _peels("华科技", "科技"), _peels("科技", "科技")
    (False, True, True, False)
    """
    return len(word) < len(run) and (len(word) > 1 or len(run) - len(word) >= _TRADE_NAME_MIN)


def _han_english(run: str, extra: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """The English words of one run of Chinese characters: the trailing descriptors translated,
    the characters before them as one capitalised pinyin word (tones dropped). ``extra``: more
    descriptors (word, English) for one kind of name, longest first."""
    tail: list[str] = []
    # 人工智能产业基金: the meaning words of a name are peeled and translated as its descriptors;
    # a Traditional name (嶺峰礦業) is matched in its Simplified form, spelt as written
    suffixes = _by_length(extra + _name_words_and_suffixes()) if extra else _name_words_and_suffixes()
    simple = _simplified(run)
    # 数智视觉: a firm's type word left alone before the descriptors is its trade name (Shuzhi
    # Vision), never translated as if the name had none
    types = _name_words("firm_type")
    facility = bare_place = False
    while run:
        hit = next(((w, e) for w, e in suffixes if simple.endswith(w) and _peels(simple, w)
                    or simple == w and w not in types), None)
        if hit is None:
            break
        facility = facility or not tail and hit[0] in _name_words("institution")
        # 云岭省高级人民法院: a court's or commission's name takes its place bare (bare_place)
        bare_place = bare_place or not tail and hit[0] in _name_words("bare_place")
        run, simple = run[:-len(hit[0])], simple[:-len(hit[0])]
        if hit[1]:
            tail.insert(0, hit[1])
    # 青屿矿业白石沟煤矿: a firm's name and its facility's, closed by a facility's type word
    inner = _inner_type_end(simple) if facility else None
    if inner is not None:
        return _han_english(run[:inner], extra) + _han_english(run[inner:], extra) + tail
    # 武汉市人工智能产业基金: a leading place is translated (Wuhan), not spelt (Wuhanshi)
    taken, places = _leading_places(run, whole=bool(tail))
    if places:
        run = run[taken:]
    elif tail:
        # 溪云市轨道交通 -> Xiyun Metro, 澄南省产业基金 -> Chengnan Province Industry Fund: a
        # place no table holds, closed by its level word, is spelt without that word
        run, level = _place_level(run)
        if level and not bare_place:
            tail.insert(0, level)
    head = "".join(name_syllables(run)) if run else ""
    return places + ([head[:1].upper() + head[1:]] if head else []) + tail


def _leading_places(run: str, whole: bool) -> tuple[int, list[str]]:
    """How many characters of ``run`` its leading places and prefix words take, and their
    English, read one after another and in Simplified characters: 臺灣臺北 is Taiwan then
    Taipei (a city's court or bureau is named under its region), never Taiwantaibei.
    ``whole`` as for :func:`_name_prefix`.

    Examples
    --------
    >>> _leading_places("臺灣臺北", True), _leading_places("溪云", True)
    ((4, ['Taiwan', 'Taipei']), (0, []))
    """
    simple, taken, names = _simplified(run), 0, []
    while taken < len(simple):
        # a row written in Traditional (澳門) matches as written, any other in Simplified
        hit = _name_prefix(run[taken:], whole) or _name_prefix(simple[taken:], whole)
        if hit is None:
            break
        names.append(hit[1])
        taken += len(hit[0])
    return taken, names


@functools.lru_cache(maxsize=4096)
def _simplified(run: str) -> str:
    """``run`` in Simplified characters, same length (嶺峰礦業 -> 岭峰矿业): the descriptors and
    type words of the name lexicons are written in Simplified only."""
    return to_simplified(run) if run else run


def _inner_type_end(run: str) -> int | None:
    """Where the first firm's type word (``name_words.csv`` ``firm_type``: 矿业, 煤业) inside
    ``run`` ends, when ``_TRADE_NAME_MIN`` characters stand before it and after it: a firm's name
    and the name of its facility chained (青屿矿业白石沟, before 煤矿), each written on its own
    (Qingyu Mining Baishigou). None when no such word stands inside. The run is one name
    (a few characters): the scan is bounded by its length times the words' count.

    Examples
    --------
    >>> _inner_type_end("青屿矿业白石沟"), _inner_type_end("青屿矿业"), _inner_type_end("矿业白石沟")
    (4, None, None)
    """
    words = _name_words("firm_type")
    for end in range(_TRADE_NAME_MIN + 2, len(run) - _TRADE_NAME_MIN + 1):
        if any(run.endswith(w, 0, end) and end - len(w) >= _TRADE_NAME_MIN for w in words):
            return end
    return None


#: the fewest characters of a place's own name before its level word (溪云市: two)
_PLACE_LEVEL_STEM = 2


def _place_level(run: str) -> tuple[str, str]:
    """``run`` less a closing level word of a place (``name_words.csv`` ``place_level``: 市,
    省, 区, 县) and that word's English (empty: dropped, as gold writes a city's institution,
    Xiyun Metro), when ``_PLACE_LEVEL_STEM`` characters of the place's name stay before it;
    else ``run`` unchanged and no English.

    Examples
    --------
    >>> _place_level("溪云市"), _place_level("澄南省"), _place_level("云市"), _place_level("智慧城市")
    (('溪云', ''), ('澄南', 'Province'), ('云市', ''), ('智慧城市', ''))
    """
    return _split_place_level(run, _name_words("place_level"))


def _split_place_level(run: str, levels: dict[str, str], stem_max: int | None = None) -> tuple[str, str]:
    """``run`` split before its longest closing word of ``levels`` (with that word's English)
    when ``_PLACE_LEVEL_STEM`` to ``stem_max`` characters stand before it and the run does not
    end in a common word (``place_level_not``: 城市, 上市); else ``run`` and no English. The one
    reading of a place's level word that names and row labels share."""
    if run.endswith(tuple(_name_words("place_level_not"))):
        return run, ""  # 智慧城市: a common word (城市, 上市) ends the run, no place's level
    for word, english in sorted(levels.items(), key=lambda r: -len(r[0])):
        stem = len(run) - len(word)
        if run.endswith(word) and stem >= _PLACE_LEVEL_STEM and (stem_max is None or stem <= stem_max):
            return run[:-len(word)], english
    return run, ""


#: the most characters of a place's own name before its level word in a row label (庐州市)
_PLACE_LABEL_STEM_MAX = 3


def place_label_english(label: str) -> str | None:
    """The English of a row label that is a proper name by its closing word: a place and its
    level (``name_words.csv`` ``place_level``, plus ``label_level`` words such as 区: 芜江市 ->
    Wujiang, 澜东区 -> Landong District) or an institution (``institution``: 明湖主题乐园 ->
    Minghu Theme Park). None for any other label, or one whose closing word is part of a
    common word (``place_level_not``: 全市, 高新区): such labels are noun phrases, not names.

    Examples
    --------
    >>> place_label_english("芜江市"), place_label_english("澜东区"), place_label_english("明湖主题乐园")
    ('Wujiang', 'Landong District', 'Minghu Theme Park')
    >>> place_label_english("高新区"), place_label_english("全市"), place_label_english("营业收入")
    (None, None, None)
    """
    if not _HAN_ONLY.fullmatch(label) or label.endswith(tuple(_name_words("place_level_not"))):
        return None
    levels = {**_name_words("place_level"), **_name_words("label_level")}
    stem, english = _split_place_level(label, levels, _PLACE_LABEL_STEM_MAX)
    if stem != label:
        return " ".join(w for w in ["".join(name_syllables(stem)).capitalize(), english] if w)
    institution = next((w for w in _name_words("institution") if label.endswith(w)), None)
    if institution is not None and len(label) - len(institution) >= _PLACE_LEVEL_STEM:
        return english_name(label)
    # 灵岫投资 | 12.5, 澄岭矿业 | 3.1: a firm named by its trade name and its type words (firm_type);
    # a label whose other words are all common ones (股权投资, 资产管理) is a line item, no firm
    stem = label
    while (word := next((w for w in _name_words("firm_type") if stem.endswith(w) and len(w) < len(stem)), None)):
        stem = stem[:-len(word)]
    if (stem != label and len(stem) >= _TRADE_NAME_MIN and stem not in _common_stems()
            and not _LABEL_JOINER.search(stem)  # 药物及化妆品: two categories joined, no firm
            and not any(w == stem for w, _ in _name_words_and_suffixes())
            and segment_words(stem, len(stem))[0] > 0):
        return english_name(label)  # the stem is no lexicon word, nor all market words (在线零售)
    return None


@functools.lru_cache(maxsize=1)
def _common_stems() -> frozenset[str]:
    """Words that before a firm's type word make a common noun phrase, not a firm (股权投资,
    资产管理, 项目管理): ``name_words.csv`` ``firm_type_not``."""
    return frozenset(_name_words("firm_type_not"))


#: a row label naming an age band (``60-69歲``, ``18—29岁``, ``80歲或以上``, ``18岁以下``): the
#: ages and the word after them (the bounds of a band joined by a dash or 至/到; 以上 and 以下 with
#: the joining 或/及 before them)
_AGE_LABEL = re.compile(r"(\d{1,3})\s?(?:[-–—~～－至到]\s?(\d{1,3})\s?)?[岁歲](?:([或及]?)(以上|以下))?")


def age_label_english(label: str) -> str | None:
    """The English of a row label that is an age band (a survey's rows by age: ``60-69歲`` ->
    ``Aged 60-69``, ``80歲或以上`` -> ``Aged 80+``, ``18岁以下`` -> ``Aged under 18``), else
    None: a label holding anything else (``60岁以上老人``, ``年龄``) is no band alone.

    Examples
    --------
    >>> age_label_english("60-69歲"), age_label_english("18—29岁"), age_label_english("80歲或以上")
    ('Aged 60-69', 'Aged 18-29', 'Aged 80+')
    >>> age_label_english("18岁以下"), age_label_english("35岁及以下"), age_label_english("60岁以上老人")
    ('Aged under 18', 'Aged 35 and under', None)
    >>> age_label_english("60-69"), age_label_english("年龄")
    (None, None)
    """
    m = _AGE_LABEL.fullmatch(label.strip())
    if m is None:
        return None
    low, high, joined, side = m.groups()
    if high is not None:
        return None if side else f"Aged {low}-{high}"
    if side == "以上":
        return f"Aged {low}+"
    if side == "以下":
        return f"Aged {low} and under" if joined else f"Aged under {low}"
    return f"Aged {low}"


#: a row label of a brand and a model code (澜境S7, 青禾 X9): two or three Chinese characters, a
#: capital letter and one to three digits
_CODED_LABEL = re.compile(r"[\u4e00-\u9fff]{2,3}\s?[A-Z]\d{1,3}")


def coded_label_english(label: str) -> str | None:
    """The English of a row label naming a product by its brand and model code (``澜境S7`` ->
    ``Lanjing S7``): the brand spelt in pinyin, the code kept; None for any other label.

    Examples
    --------
    >>> coded_label_english("澜境S7"), coded_label_english("青禾 X9"), coded_label_english("营业收入")
    ('Lanjing S7', 'Qinghe X9', None)
    """
    return english_name(label) if _CODED_LABEL.fullmatch(label.strip()) else None


#: an ordinal closing a row label (二号井, 一期, 第二期, 3号线): the optional 第, the number, and
#: the word after it, which ``label_words.csv`` ``ordinal`` translates
_ORDINAL_TAIL = re.compile(r"(第)?([一二三四五六七八九十两]{1,3}|\d{1,3})\s?([\u4e00-\u9fff]{1,3})")


def ordinal_label_english(label: str, head_english=None) -> str | None:
    """The English of a row label closed by an ordinal of a project's or a facility's part
    (``label_words.csv`` ``ordinal``: 期 -> phase {n}, 号井 -> No. {n} shaft): ``云川煤电二号井``
    -> Yunchuan Coal and Power No. 2 shaft, a bare ``第二期`` -> phase 2. The words before the
    ordinal go through ``head_english`` (a function of a label; by default the firm, place and
    institution reading of ``place_label_english``); None when they do not translate, or when
    no ordinal word closes the label.

    Examples
    --------
    >>> ordinal_label_english("云川煤电二号井"), ordinal_label_english("第二期"), ordinal_label_english("3号线")
    ('Yunchuan Coal and Power No. 2 shaft', 'phase 2', 'Line 3')
    >>> ordinal_label_english("二期工程") is None, ordinal_label_english("同期") is None
    (True, True)
    """
    label = label.strip()
    words = _label_words().get("ordinal", {})
    m = next((m for m in _ORDINAL_TAIL.finditer(label) if m.end() == len(label)), None) if words else None
    if m is None or m.group(3) not in words:
        return None
    try:
        number = int(parse_chinese_numeral(m.group(2)))
    except (ValueError, ArithmeticError):
        return None
    part = words[m.group(3)].format(n=number)
    head = label[:m.start()].strip()
    if not head:
        return part
    english = (head_english or place_label_english)(head)
    return f"{english} {part}" if english else None


def bare_ordinal_label(label: str) -> str | None:
    """The English of a row label that is an ordinal alone (``第二期`` -> phase 2, ``一期``),
    else None: such a row is a part of the table's subject, whose name goes before it.

    Examples
    --------
    >>> bare_ordinal_label("第二期"), bare_ordinal_label("云川煤电二号井"), bare_ordinal_label("期末")
    ('phase 2', None, None)
    """
    return ordinal_label_english(label, head_english=lambda head: None)


def name_syllables(chars: str) -> list[str]:
    """The pinyin syllables (no tones) of a run of Chinese characters as names spell them: the
    reading a character takes in names where pypinyin's first reading is another
    (``name_words.csv`` ``reading``: 晟 is sheng in 汇晟, not cheng), else pypinyin's."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(chars, style=Style.NORMAL)
    readings = _name_words("reading")
    if len(syllables) != len(chars):
        return syllables  # not one syllable per character (letters or digits inside): as read
    return [readings.get(c, p) for c, p in zip(chars, syllables)]


@functools.lru_cache(maxsize=None)
def _name_words(role: str) -> dict[str, str]:
    """``data/name_words.csv``: word -> English of one ``role`` (``prefix``, ``inner``)."""
    with open(DATA_DIR / "name_words.csv", newline="", encoding="utf-8") as f:
        return {r["word"].strip(): r["english"].strip() for r in csv.DictReader(f) if r["role"].strip() == role}


@functools.lru_cache(maxsize=1)
def _firm_types_holding() -> dict[str, tuple[tuple[str, int], ...]]:
    """Each descriptor end of ``name_shapes.csv`` -> the firm type words of ``name_words.csv``
    holding it, with where it stands in them (商 -> (商业, 0), (便利商店, 2))."""
    types = _name_words("firm_type")
    return {d: tuple((w, w.find(d)) for w in types if d in w and w != d)
            for d in _shapes().get("descriptor_end", [])}


def inside_firm_type(text: str, at: int, word: str) -> bool:
    """Whether ``word`` (a descriptor's end, 商, 厂) written at ``at`` is part of a firm type
    word of ``name_words.csv`` (``firm_type``: 商业, 便利商店) there: the type word is inside
    the firm's name (瀚海商业银行), so no descriptor ends before the name at that character.

    Examples
    --------
    >>> inside_firm_type("瀚海商业银行", 2, "商"), inside_firm_type("供应商岚海科技", 2, "商")
    (True, False)
    """
    return any(text.startswith(w, at - k) for w, k in _firm_types_holding().get(word, ()) if at >= k)


def _by_length(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """``rows`` (word, English) longest word first."""
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


@functools.lru_cache(maxsize=1)
def _name_words_and_suffixes() -> tuple[tuple[str, str], ...]:
    """The descriptors of ``data/name_suffixes.csv`` and the meaning words of ``name_words.csv``
    (人工智能, 产业) translated inside a name, longest first. Only the descriptors make a name's
    shape (``shaped_firm``): 中证人工智能 is no firm."""
    return _by_length(_name_suffixes() + tuple(_name_words("inner").items())
                      + tuple(_name_words("firm_type").items()) + tuple(_name_words("institution").items()))


@functools.lru_cache(maxsize=1)
def _name_prefixes() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """The leading words of a shaped name written in English, longest first, and their first
    characters: the places of ``data/regions.csv`` and the ``prefix`` words of ``data/name_words.csv``."""
    rows = {**_row_labels("regions.csv"), **_name_words("prefix")}
    words = _by_length(tuple((w, e) for w, e in rows.items() if w and e))
    return frozenset(w[0] for w, _ in words), words


def _name_prefix(run: str, whole: bool) -> tuple[str, str] | None:
    """The leading place or prefix word of ``run`` and its English, when more of the name
    follows it (``whole``: translated descriptors follow the run, so the run may be all place)."""
    firsts, words = _name_prefixes()
    if run[0] not in firsts:
        return None  # cheap pre-check: most runs open on no prefix's first character
    return next(((w, e) for w, e in words if run.startswith(w) and (whole or len(w) < len(run))), None)


def english_name(name: str, descriptors: dict[str, str] | None = None) -> str:
    """The English form of a name found by its shape and written in Chinese characters.

    Each run of Chinese characters loses its trailing descriptors (``data/name_suffixes.csv``:
    科技 Technology, 助手 Assistant; 股份 and 有限公司 are dropped), and the characters before
    them become one capitalised pinyin word without tones. Latin parts are kept as written; a
    blank separates a Chinese run from a letter or digit next to it. A name without Chinese
    characters comes back unchanged.

    Parameters
    ----------
    name : str
        A company, model or product name no lexicon row holds.
    descriptors : dict of str to str, optional
        More trailing descriptors and their English for one kind of name (a procured project's
        ``计算中心``), tried before those of ``name_suffixes.csv``.

    Returns
    -------
    str
        The name in Latin letters.

    Examples
    --------
    >>> english_name("岚峰科技"), english_name("辰曜-Ultra"), english_name("青禾AI助手")
    ('Lanfeng Technology', 'Chenyao-Ultra', 'Qinghe AI Assistant')
    >>> english_name("Zeta-9 Pro")
    'Zeta-9 Pro'
    """
    if not _CJK_ANY.search(name):
        return name
    extra = tuple(sorted((descriptors or {}).items(), key=lambda r: (-len(r[0]), r[0])))
    out = ""
    for part in _HAN_OR_NOT.findall(name):
        if not _CJK_ANY.match(part):
            piece = part
        else:
            # 甘肃庆阳某智算中心: 某 hides a name; the words either side are a place and a
            # description, each translated on its own, and 某 is never spelt (Mou)
            piece = " ".join(w for run in _ANONYMOUS.split(part) if run for w in _han_english(run, extra))
            if not piece:
                continue
        # 青禾AI助手: a Chinese run glued to a Latin word is a separate English word
        if out and _WORD_CHAR.match(out[-1]) and _WORD_CHAR.match(piece[:1]):
            out += " "
        out += piece
    return " ".join(out.split())


_CJK_ANY = re.compile(r"[\u4e00-\u9fff]")
#: the anonymising word of a name (某省会城市, 某运营商): it stands for a name the text withholds
_ANONYMOUS = re.compile(r"某+")


@functools.lru_cache(maxsize=1)
def _firm_kept_descriptors() -> frozenset[str]:
    """The descriptors of ``data/name_suffixes.csv`` a firm's English name keeps (``firm_name``
    ``keep``: 资本, 交易所, 助手), being part of the name of what they name."""
    with open(DATA_DIR / "name_suffixes.csv", encoding="utf-8", newline="") as f:
        return frozenset(r["word"] for r in csv.DictReader(f) if r["word"] and r.get("firm_name") == "keep")


#: the fewest Chinese characters of a trade name written alone: one (华 -> Hua) names no firm
#: without its descriptors
_TRADE_NAME_MIN = 2


def firm_english(name: str) -> str:
    """The English name of a company no lexicon row holds: the pinyin of its trade name, the
    characters before its trailing descriptors (岚峰智能科技 -> Lanfeng). A firm is written
    蓝湾, 蓝湾光电 or 蓝湾光电科技 from one paragraph or report to the next, and the descriptor's
    English is a guess (Optoelectronics or Photonics, AI or Intelligence): the trade name alone
    makes every spelling one firm. The descriptors stay (``english_name``) when the trade name
    alone would say too little: fewer than ``_TRADE_NAME_MIN`` Chinese characters, only a place,
    Latin letters (a word or initials), or a descriptor that is part of the name (``firm_name``
    ``keep`` in ``data/name_suffixes.csv``: 澄曜资本 -> Chengyao Capital). A leading place is
    translated as in ``english_name`` (杭州岚峰科技 -> Hangzhou Lanfeng).

    Examples
    --------
    >>> firm_english("岚峰科技"), firm_english("岚峰智能科技股份有限公司"), firm_english("岚峰")
    ('Lanfeng', 'Lanfeng', 'Lanfeng')
    >>> firm_english("澄曜资本"), firm_english("华科技"), firm_english("Zeta科技"), firm_english("无锡电气")
    ('Chengyao Capital', 'Hua Technology', 'Zeta Technology', 'Wuxi Electric')
    """
    if not _HAN_ONLY.fullmatch(name):
        return english_name(name)  # Latin letters or no Chinese: the descriptors tell what it is
    trunk = branch_trunk(name)
    if trunk != name:
        return firm_english(trunk)
    kept, run = _firm_kept_descriptors(), name
    simple = _simplified(run)  # 嶺峰礦業國際: the lexicons' words matched in Simplified
    while run:
        word = next((w for w, _ in _name_words_and_suffixes() if simple.endswith(w) and _peels(simple, w)), None)
        if word is None:
            break
        if word in kept:
            return english_name(name)
        if word in _name_words("institution"):
            # 东岳航空股份有限公司 -> Dongyue Airlines: an institution's type word (an airline,
            # a metro, a theatre, a league) is part of its name; the legal words after it are not
            return english_name(run)
        run, simple = run[:-len(word)], simple[:-len(word)]
    place = _name_prefix(run, whole=True) if run else None  # 上海电气: all place, no trade name
    if len(run) - (len(place[0]) if place else 0) < _TRADE_NAME_MIN:
        return english_name(name)
    return english_name(run)


#: the most characters of a letterhead naming an institution (``institution_letterhead``): a
#: longer line is a title or a sentence, not a name
_LETTERHEAD_MAX = 20


def institution_letterhead(line: str) -> str | None:
    """The English name of the institution a document's first line is the letterhead of: a line
    of Chinese characters only ending in an institution's type word (``name_words.csv``
    ``institution``: 协会, 艺术馆, 医院), maybe followed by legal descriptors (有限公司), with a
    trade name of ``_TRADE_NAME_MIN`` characters or more before it; or such a name followed
    straight by one of its units or its publication (``unit_tail``: 学院, 研究院, 新闻网), alone
    on the line too. Such a name has no firm's shape (no 科技, no 有限公司), so no name finder
    reads it, yet heading a society's annual report, a museum's statistics or a school's
    employment report it names the body whose figures they are; a unit's letterhead is named by
    its institution (澄湖大学人工智能学院 -> Chenghu University). None for any other line (a
    title, a bulletin's name after the body's, a newspaper's page head, a bare type word): a
    bulletin or a page reports on others as much as on its body.

    Examples
    --------
    >>> institution_letterhead("岚溪美术馆"), institution_letterhead("青屿大学")
    ('Lanxi Art Museum', 'Qingyu University')
    >>> institution_letterhead("青屿大学人工智能学院"), institution_letterhead("青屿理工大学新闻网")
    ('Qingyu University', 'Qingyu University of Technology')
    >>> institution_letterhead("医院"), institution_letterhead("岚溪日报　第3版"), institution_letterhead("岚溪大学新闻")
    (None, None, None)
    >>> institution_letterhead("青屿大学人工智能研究院 科研简报") is None
    True
    """
    if len(line) > _LETTERHEAD_MAX or not _HAN_ONLY.fullmatch(line):
        return None
    kinds = _name_words("institution")
    if any(line.endswith(w) for w in _name_words("unit_tail")):
        # 青屿理工大学人工智能学院: the shortest head ending in a type word after a trade name
        cut = next((i for i in range(_TRADE_NAME_MIN + 1, len(line))
                    if any(line.endswith(w, 0, i) and i - len(w) >= _TRADE_NAME_MIN for w in kinds)), None)
        return firm_english(line[:cut]) if cut is not None else None
    run = line
    while not any(run.endswith(w) for w in kinds):
        # 江澜剧院有限公司: the legal words after the type word are peeled first
        word = next((w for w, _ in _name_suffixes() if run.endswith(w) and len(w) < len(run)), None)
        if word is None:
            return None
        run = run[:-len(word)]
    kind = max((w for w in kinds if run.endswith(w)), key=len)
    if len(run) - len(kind) < _TRADE_NAME_MIN:
        return None
    return firm_english(line)


#: what follows a brand opening a report's title (``title_brand``): the year of the report
#: (2025年, 114年度 in the ROC era), maybe after a blank or a dot, or Latin letters (AI, APP);
#: a newspaper's page head (岚溪日报　地方新闻　A14) reports on others
_TITLE_BRAND_AFTER = re.compile(r"[ \u3000·・|｜]*\d{3,4}年|[A-Za-z]")
#: the most characters of a trade name before its type words in a title (``title_brand``): a
#: longer run is a phrase (民政与基层治理) rather than a brand
_TITLE_TRADE_NAME_MAX = 3


def title_brand(line: str) -> str | None:
    """The English trade name of the organisation a report's title line opens on: a run of
    Chinese characters ending in type words of ``name_words.csv`` (``firm_type``: 证券, 票务;
    ``institution``: 住房公积金) or descriptors of ``name_suffixes.csv`` (医疗) after a trade name
    of ``_TRADE_NAME_MIN`` to ``_TITLE_TRADE_NAME_MAX`` characters that is no place, followed by
    the report's year or Latin letters (``_TITLE_BRAND_AFTER``). Named by its trade name alone,
    the type words' English being a guess (Industry or Industries Park). None for any other
    line: a title opening on a phrase (能源与矿业AI…), a place (中国人工智能产业2025年…), a
    field, or a newspaper's page head.

    Examples
    --------
    >>> title_brand("岚演票务2025年上半年治理报告"), title_brand("澄衡证券AI投顾运营数据")
    ('Lanyan', 'Chengheng')
    >>> title_brand("澄川住房公积金2024年年度报告"), title_brand("岚溪日报　地方新闻　A14")
    ('Chengchuan', None)
    >>> title_brand("中国人工智能产业2025年发展报告") is None, title_brand("岚演票务") is None
    (True, True)
    """
    m = _HAN_ONLY.match(line)
    if m is None or not _TITLE_BRAND_AFTER.match(line, m.end()):
        return None
    run = simple = _simplified(m.group())
    words = _name_words_and_suffixes()
    peeled = False
    while True:
        word = next((w for w, e in words if e and simple.endswith(w) and len(w) < len(simple)), None)
        if word is None or word in _name_words("inner"):
            break  # 人工智能, 产业: a field's words make a phrase, not a firm's type
        simple, peeled = simple[:-len(word)], True
    if not peeled or not _TRADE_NAME_MIN <= len(simple) <= _TITLE_TRADE_NAME_MAX \
            or _name_prefix(simple, whole=True) is not None:
        return None
    shapes = _shapes()
    blocked = tuple(shapes.get("lead", []) + shapes.get("not_name", []) + shapes.get("stop", [])
                    + shapes.get("market_word", []) + [w for w, _ in _geo_prefixes()[0]])
    if simple.startswith(blocked) or simple.endswith(tuple(shapes.get("not_name", []))) \
            or any(ch in simple for ch in shapes.get("function_char", ())):
        return None  # 全球, 中国, 人工智能, 能源与矿业: a market, a place, a field or a phrase
    # the trade name alone (澄川化学工业园区 -> Chengchuan): the type words' English is a guess
    return english_name(run[:len(simple)])


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
#: the words closing a province's or a city's name (江苏省, 苏州市) before a branch word
_PLACE_END = "省市"
#: the characters of a place's name before its closing word (江南省): most names have two
_PLACE_NAME_LEN = 2


def branch_trunk(name: str) -> str:
    """The firm a branch's legal name belongs to: ``name`` less its branch word (``name_words.csv``
    ``branch``: 分公司, 分行) and the place before it, a known place (``regions.csv``) or a word
    closed by 省 or 市 (澄南省); ``name`` itself when it names no branch or nothing would stay
    of the firm. A branch states its firm's figures under its own name, and the firm's name is
    what the document's other mentions (its assistant, its model) share.

    Examples
    --------
    >>> branch_trunk("岳通电信澄南省分公司"), branch_trunk("岳通电信澄南省分"), branch_trunk("澜岳科技")
    ('岳通电信', '岳通电信澄南省分', '澜岳科技')
    """
    word = next((w for w in sorted(_name_words("branch"), key=len, reverse=True) if name.endswith(w)), None)
    if word is None:
        return name
    run = name[:-len(word)]
    places = [w for w in _row_labels("regions.csv") if w and run.endswith(w)]
    if places:
        run = run[:-len(max(places, key=len))]
    elif run[-1:] and run[-1] in _PLACE_END:
        run = run[:-1 - _PLACE_NAME_LEN]
    return run if len(run) >= _TRADE_NAME_MIN else name



def descriptors_only(run: str) -> bool:
    """True when ``run`` is nothing but trailing descriptors of ``data/name_suffixes.csv`` (a
    legal form included): what a firm's legal name adds to the short form its document uses
    (``科技股份有限公司`` of 思源智能科技股份有限公司 after 思源智能). An empty run is none.

    Examples
    --------
    >>> descriptors_only("科技股份有限公司"), descriptors_only("集团有限公司"), descriptors_only("芯科技")
    (True, True, False)
    """
    if not run:
        return False
    while run:
        word = next((w for w, _ in _name_suffixes() if run.endswith(w)), None)
        if word is None:
            return False
        run = run[:-len(word)]
    return True


def glossed_firms(text: str) -> list[Name]:
    """Chinese company names glossed by an English firm name in brackets, the span being the
    Chinese name and the name the English one.

    Examples
    --------
    >>> [(n.start, n.end, n.name) for n in glossed_firms("其中，明川软件（Mingchuan Software）提价")]
    [(3, 7, 'Mingchuan Software')]
    >>> glossed_firms("数据中心（Data Center）")
    []
    """
    out: list[Name] = []
    for m in _gloss_re().finditer(text):
        run = _HAN_RUN_END.search(text, max(0, m.start() - 7), m.start())
        if run is None:
            continue
        start = run.start() if _ORG_START.match(text, run.start()) else _pinyin_start(text, run.start(), run.end(), m.group(1))
        if start < 0:
            continue  # the Chinese name starts after a break, not inside a longer run of Chinese
        out.append(Name(start, run.end(), m.group(1), "company"))
    return out


def _pinyin_start(text: str, start: int, end: int, english: str) -> int:
    """Where in the run of Chinese ``text[start:end]`` a firm name glossed by ``english`` starts:
    the first place whose characters (two or more) the English name's first word spells in
    pinyin (服务商灵犀数智（Lingxi Digital）: 灵犀, after the descriptor noun); -1 when none does."""
    word = english.split()[0].lower()
    syllables = [name_syllables(c)[0].lower() for c in text[start:end]]
    for i in range(len(syllables) - 1):
        spelt = syllables[i]
        for j in range(i + 1, len(syllables)):
            spelt += syllables[j]
            if spelt == word:
                return start + i
            if not word.startswith(spelt):
                break
    return -1


_FIRM_HEAD = re.compile(r"[\u4e00-\u9fff]{2,4}")


def shaped_firm(name: str) -> bool:
    """True when ``name``, standing alone (a table row's label), has the shape of a firm name:
    two to four Chinese characters before a descriptor of ``data/name_suffixes.csv`` that has
    an English word (岚渡智能, 曜芯半导体, 澜思科技). A head that is a function word, a field
    (``not_name``: 人工智能), a place or a market word (全球, 存储) makes a noun phrase instead.

    Examples
    --------
    >>> shaped_firm("岚渡智能"), shaped_firm("曜芯半导体"), shaped_firm("人工智能"), shaped_firm("全球半导体")
    (True, True, False, False)
    """
    shapes = _shapes()
    for word, english in _name_suffixes():
        if not english or not name.endswith(word):
            continue
        head = name[:-len(word)]
        if not _FIRM_HEAD.fullmatch(head):
            return False
        words = _market_words()[0]
        blocked = tuple(shapes.get("lead", []) + shapes.get("not_name", []) + shapes.get("stop", [])
                        + [w for w, _ in _geo_prefixes()[0]])
        if any(w in head for w in shapes.get("market_word", [])):
            return False  # 港股科技: a stock market and a sector word
        if head.endswith(tuple(shapes.get("not_name", []))):
            return False  # 中证人工智能: the descriptor ends a field's name (人工智能), not a firm's
        return not head.startswith(blocked) and not any(head.startswith(w) or head.endswith(w) for w in words if w)
    return False


def known_inside_names(text: str, known: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The ``known`` spans that lie inside a longer Chinese organisation name found by its suffix
    and do not open it: ``思科`` (Cisco) in ``澜思科技``. Such a name is a firm no lexicon row holds
    (its characters only happen to spell a known alias), so the known span gives way to it.

    A known name opening the shaped name (``阿里巴巴集团``, ``百度智能云``) stays: the suffix then
    describes the known firm. The shaped name must hold no break and start where a name can
    (``_org_re``, time and function words before it cut off as ``find_unknown_names`` does).

    Examples
    --------
    >>> t = "澜思科技完成C轮融资"
    >>> sorted(known_inside_names(t, [(1, 3)]))
    [(1, 3)]
    >>> known_inside_names("思科发布财报", [(0, 2)])
    set()
    >>> known_inside_names("，英伟达与微软科技合作", [(1, 4), (5, 7)])
    set()
    >>> known_inside_names("北京月之暗面科技有限公司", [(2, 6)])  # the city, then the known firm
    set()
    >>> sorted(known_inside_names("其中上海青禾智能产业基金", [(4, 6)]))  # a fund, not the firm
    [(4, 6)]
    """
    if not known:
        return set()
    shapes = _shapes()
    leads = sorted(shapes.get("lead", []), key=len, reverse=True)
    suffixes = shapes.get("org_suffix", [])
    brokers = tuple(shapes.get("source_suffix", []))
    funds = tuple(shapes.get("fund_suffix", []))
    spans = sorted((int(a), int(b)) for a, b in known)
    starts = [a for a, _ in spans]
    out: set[tuple[int, int]] = set()
    for m in _org_matches(text):
        a, b = m.span()
        i = bisect.bisect_left(starts, a)
        lo = bisect.bisect_left(starts, a - 12)
        if i == bisect.bisect_left(starts, b) and not any(y > a for _, y in spans[lo:i]):
            continue  # no known name starts inside, none reaches into it: the common case
        a = _after_leads(text, a, b, leads)
        if any(w in text[a:b] for w in shapes.get("market_word", [])):
            continue  # 而今年港股科技: the stock market is the known name, no firm holds it
        over = [(x, y) for x, y in spans[lo:bisect.bisect_left(starts, b)] if x < b and y > a]
        # every known name overlapping the shaped one lies strictly inside it, after its start;
        # one holding the whole suffix (称朗新科技) is a full firm name with a word before it
        tail = b - max((len(w) for w in suffixes if text.endswith(w, a, b)), default=0)
        # 澜舟证券研究所: a broker (``source_suffix``) named after a word a lexicon alias spells
        # (澜舟) is that broker even where the alias opens it: a firm's own broker arm would be
        # a lexicon row of its own
        broker = text.endswith(brokers, a, b)
        # 北京月之暗面科技: a firm's registered name opens with its city; the known name right
        # after the city opens the firm's own name (the known firm's local company), as if first
        # (a fund named by its city and a firm's alias is no local company of that firm)
        place = region_at(text, a)
        opens = place[0] if place is not None and place[0] < b and not text.endswith(funds, a, b) else a
        if over and all((opens < x or broker) and y <= b and not (x <= tail and y == b) for x, y in over) \
                and not _CLAUSE_STOP.search(text, a, b):
            out.update(over)
    return out


def _inside_bracket_families(text: str, spans: list[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """The known spans inside a sector index written with its family in a bracket
    (``通信（申万）指数``): the family there (``申万``, also a broker's alias) names the index,
    not a subject; a known index or a name reaching out of the span keeps its own."""
    out: set[tuple[int, int]] = set()
    for a, b, written in _bracket_family_indices(text):
        inside = [(x, y, t) for x, y, t in spans if a <= x and y <= b]
        across = any(x < b and y > a and not (a <= x and y <= b) for x, y, _ in spans)
        if not inside or across or any(t == "index" for _, _, t in inside):
            continue
        if index_name(written, is_index=True) is not None:
            out.update((x, y) for x, y, _ in inside)
    return out


def known_inside_indices(text: str, known: list[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """The ``known`` spans (start, end, type) that lie inside a longer index name composed of a
    family, theme words and a suffix (``万得AI应用指数``, ``上证科创板芯片指数``): the family's
    publisher (``万得`` -> Wind) or the board (``科创板`` -> STAR Market) is a word of the
    index's name there, not the subject. A known index or a known name as long as the whole
    span keeps its own name (``中证人工智能主题指数``, ``标普500``).

    Examples
    --------
    >>> sorted(known_inside_indices("万得AI应用指数上涨", [(0, 2, "org")]))
    [(0, 2)]
    >>> sorted(known_inside_indices("上证科创板芯片指数", [(2, 5, "market")]))
    [(2, 5)]
    >>> known_inside_indices("万得数据显示", [(0, 2, "org")])
    set()
    >>> known_inside_indices("标普500指数", [(0, 5, "index")])
    set()
    >>> sorted(known_inside_indices("通信（申万）指数上涨", [(3, 5, "org")]))  # the family, no broker
    [(3, 5)]
    """
    if not known:
        return set()
    spans = sorted((int(a), int(b), t) for a, b, t in known)
    out = _inside_bracket_families(text, spans)
    if not any(s in text for s in _index_words().get("suffix", {})):
        return out
    starts = [a for a, _, _ in spans]
    for m in _index_re().finditer(text):
        a, b = m.span()
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        inside = [(x, y, t) for x, y, t in spans[lo:hi] if y <= b]
        if not inside or any(t == "index" or (x, y) == (a, b) for x, y, t in inside):
            continue  # the common case: no known name inside; a known index keeps its name
        if any(y > a for _, y, _ in spans[max(0, lo - 4):lo]) or any(y > b for _, y, _ in spans[lo:hi]):
            continue  # a known name reaching into or out of the span: the words are not one name
        if index_name(m.group(0)) is not None:
            out.update((x, y) for x, y, _ in inside)
    return out


def family_index_name(surface: str) -> str | None:
    """The English name of an index written as a family and theme words, with or without its
    suffix (``中证人工智能`` -> ``CSI AI Index``), or None when ``surface`` does not open with an
    index family (``data/index_words.csv`` role ``family``) or has a word no row holds.

    Examples
    --------
    >>> family_index_name("中证人工智能"), family_index_name("国证算力指数")
    ('CSI AI Index', 'CNI Computing Power Index')
    >>> family_index_name("端侧AI指数") is None  # no family: a sector index, read elsewhere
    True
    """
    rest = re.sub(r"\s+", "", surface)
    if not rest.startswith(tuple(_index_words_by_len()[1])):
        return None
    return index_name(rest)


def index_suffixes() -> tuple[str, ...]:
    """The words that end a sector's or index's name (``data/name_shapes.csv`` ``index_suffix``: 指数, 板块)."""
    return tuple(_shapes().get("index_suffix", []))


def refers_to_sector(name: str, type_: str) -> bool:
    """True when an entity ``name`` of type ``type_`` is an index or sector a pointing word
    (``当前板块``) can mean: an index, or a name ending in an index suffix's English (``sector``).

    Examples
    --------
    >>> refers_to_sector("A-share AI sector", "group"), refers_to_sector("Nvidia", "company")
    (True, False)
    """
    if type_ == "index":
        return True
    heads = {e.split()[-1].lower() for e in _index_words().get("suffix", {}).values() if e}
    return bool(name.split()) and name.split()[-1].lower() in heads


# a Latin term glued right before a sector's Chinese words (CPO概念指数): part of its name
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9+\-]*$")


@functools.lru_cache(maxsize=1)
def _cjk_concepts() -> tuple[dict[str, str], list[str]]:
    """The concepts written in Chinese characters (word -> English) and their words, longest first."""
    known = {k: v for k, v in concepts().items() if _CJK_ANY.search(k)}
    return known, sorted(known, key=len, reverse=True)


# 近一月, 过去5个交易日: a trailing window (period_words.csv ``window_back``, then a count and a unit)
_TRAILING_WINDOW = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, period_words("window_back")), key=len, reverse=True)) + ")"
    r"\s?(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s?(?:" + _WORDS["trailing_window_unit"] + ")")
_TIME_LOOKBACK = 6


def _time_cut(text: str, start: int, end: int) -> int:
    """Where a time phrase that covers ``text[start]`` ends within ``text[start:end]`` (``start``
    when none does): ``年初至今`` of 年初至今板块, ``以来`` of 今年以来板块 whose 今年 was cut off as a
    lead word, ``近一月`` of 近一月板块. A time is when, never part of a sector's name.

    Examples
    --------
    >>> _time_cut("年初至今板块涨", 0, 6), _time_cut("今年以来板块", 2, 6), _time_cut("近一月板块", 0, 5)
    (4, 4, 3)
    >>> _time_cut("计算机板块", 0, 5)
    0
    """
    at = start
    w = max(0, start - _TIME_LOOKBACK)
    for p in find_periods(text[w:end], _ANY_DAY):
        a, b = w + p.start, w + p.end
        if a <= at < b and not p.text.isdigit():  # 618概念板块: a bare number is no time here
            at = b
    m = _TRAILING_WINDOW.match(text, at, end)
    return min(end, m.end() if m is not None else at)


def sector_name(text: str, start: int, end: int) -> tuple[int, str, str]:
    """The start, English name and type of a sector or theme index ``text[start:end]`` that
    ``index_name`` cannot translate (``液冷板块``, ``CPO概念指数``).

    A Latin term glued before the Chinese words is part of the name. The words before the
    suffix are read as index words, concepts (``data/concepts.csv``) or Latin terms; words
    none of these holds are written in pinyin, so the name is never left in Chinese. A suffix
    after a pointing word alone (``当前板块``, ``该指数``: ``data/index_words.csv`` role
    ``pointer``) names no sector itself: its type is ``sector_ref`` and its name the suffix's English,
    for the caller to find the sector named before it. A run holding a verb or a rank
    (``data/name_shapes.csv`` ``clause_word``: ``成为第一大业务板块``) or a firm's business
    segment (``segment_word``: ``云业务板块``) is no sector: its type is ``clause`` and the caller
    names nothing.

    Examples
    --------
    >>> sector_name("CPO概念指数上涨", 3, 7)
    (0, 'CPO Concept Index', 'index')
    >>> sector_name("AIGC（生成式内容）概念指数跌2%", 11, 15)  # the bracketed gloss is left out
    (0, 'AIGC Concept Index', 'index')
    >>> sector_name("液冷板块涨3%", 0, 4)
    (0, 'Liquid Cooling sector', 'index')
    >>> sector_name("当前板块估值", 0, 4)  # named by the suffix's English only
    (0, 'sector', 'sector_ref')
    >>> sector_name("成为第一大业务板块", 0, 9)[2]
    'clause'
    >>> sector_name("加速最明显的板块", 0, 8)[2]  # a description: no pinyin name
    'clause'
    """
    cut = _time_cut(text, start, end)
    if cut > start:
        suffix = next((s for s in _index_words_by_len()[0] if text.endswith(s, cut, end)), None)
        if suffix is not None and end - cut == len(suffix):
            # 年初至今板块累计涨38%: a time and the suffix alone point back at the sector named before
            return cut, _index_words()["suffix"][suffix], "sector_ref"
        start = cut
    latin = _LATIN_BEFORE.search(text, max(0, start - 16), start)
    gloss = ""
    if latin is None and start > 0 and text[start - 1] in "）)":
        # GEO（生成式引擎优化）概念指数: the Latin term's bracketed Chinese gloss stands between it
        # and the suffix; the term names the index, the gloss is left out
        opening = max(text.rfind("（", max(0, start - 16), start), text.rfind("(", max(0, start - 16), start))
        if opening > 0:
            latin = _LATIN_BEFORE.search(text, max(0, opening - 16), opening)
            gloss = text[opening:start] if latin is not None else ""
    if latin is not None and _CJK_ANY.match(text, start):
        start = latin.start()
    surface = text[start:end].replace(gloss, "", 1) if gloss else text[start:end]
    if any(w in surface for w in _shapes().get("clause_word", []) + _shapes().get("segment_word", [])):
        # 成为第一大业务板块: a verb or a rank makes it a clause; 云业务板块: a firm's segment; no sector
        return start, surface, "clause"
    if any(w in surface for w in _shapes().get("phrase_word", [])):
        # 加速最明显的板块: a description (的, 最, a verb of change) picks a sector out, names none
        return start, surface, "clause"
    named = index_name(surface)
    if named is not None:
        return start, named, "index"
    words = _index_words()
    suffix = next((s for s in _index_words_by_len()[0] if surface.endswith(s) and len(surface) > len(s)), None)
    if suffix is None:
        return start, surface, "index"
    rest = surface[:-len(suffix)]
    if rest in words.get("pointer", {}):
        return start, words["suffix"][suffix], "sector_ref"  # its name: the suffix's English
    parts, by_len = words.get("word", {}), _index_words_by_len()[2]
    known, known_by_len = _cjk_concepts()
    out: list[str] = []
    unknown = ""
    while rest:
        word = next((w for w in by_len if rest.startswith(w)), None)
        english = parts.get(word) if word else None
        if word is None:
            word = next((w for w in known_by_len if rest.startswith(w)), None)
            english = known.get(word) if word else None
        if word is None:
            m = _LATIN_WORD.match(rest)
            word, english = (m.group(0), m.group(0)) if m else (rest[0], None)
        if english is None:
            unknown += word  # a run of unknown characters is one pinyin word
        else:
            if unknown:
                out.extend(_han_english(unknown))
                unknown = ""
            if english:
                out.append(english)
        rest = rest[len(word):]
    if unknown:
        out.extend(_han_english(unknown))
    if not out:
        return start, surface, "index"
    name = " ".join(out + [words["suffix"][suffix]])
    return start, name[:1].upper() + name[1:], "index"


#: 澄曜智能（苏州）科技有限公司: a firm's legal name with a short bracket (the place it is registered
#: in, 集团, 国际) between its trade name and the descriptor that ends it
_REGISTERED_BRACKET = re.compile(r"[（(]([\u4e00-\u9fff]{2,3})[）)]")
#: the most Chinese characters of a trade name read before that bracket (its usual length)
_REGISTERED_STEM_MAX = 4


def registered_firms(text: str) -> list[tuple[int, int, str]]:
    """Firm names written with a bracket inside their legal form, as (start, end, name).

    A company registered in a city writes the city in a bracket before its descriptor
    (``澄曜智能（苏州）科技有限公司``, also ``（集团）``, ``（香港）``). The bracket would part the
    name: ``）`` opens a name as any bracket does, so the descriptor after it (``科技有限公司``)
    was read as a firm of its own and written in English as its descriptor alone (Technology).
    The firm is the trade name before the bracket with the descriptor after it, the bracket
    left out. The trade name is the Chinese run before the bracket, lead words (``data/name_shapes.csv``
    ``lead``) cut off, and at most its last ``_REGISTERED_STEM_MAX`` characters when the run is longer.

    Examples
    --------
    >>> t = "本函仅供岚瞳智能（苏州）科技有限公司内部阅读"
    >>> [(t[a:b], name) for a, b, name in registered_firms(t)]
    [('岚瞳智能（苏州）科技有限公司', '岚瞳智能科技有限公司')]
    >>> registered_firms("营收增长（同比）科技板块上涨"), registered_firms("（苏州）有限公司")
    ([], [])
    """
    shapes = _shapes()
    forms = shapes.get("legal_form_end", [])
    leads = sorted(shapes.get("lead", []), key=len, reverse=True)
    out = []
    for m in _REGISTERED_BRACKET.finditer(text):
        # the words after the bracket end in a legal form (科技有限公司, 股份有限公司: name_shapes.csv
        # ``legal_form_end``) within a name's reach: a bracketed word with a clause after it
        # (营收增长（同比）科技板块) is no legal name
        run = _CJK_RUN.match(text, m.end())
        ends = [run.start() + i + len(w) for w in forms if run is not None
                for i in [run.group(0).find(w, 0, _ORG_MAX + len(w))] if i >= 0]
        if not ends:
            continue
        b = min(ends)
        a = m.start()
        while a > 0 and _CJK.match(text, a - 1):
            a -= 1
        a = max(a, m.start() - _REGISTERED_STEM_MAX) if m.start() - a > _REGISTERED_STEM_MAX + 2 else a
        a = _after_leads(text, a, m.start(), leads, keep=2)
        if m.start() - a < 2:
            continue
        out.append((a, b, text[a:m.start()] + text[m.end():b]))
    return out


def _described_firms(text: str) -> list[tuple[int, int]]:
    """Spans of firm names of any ending written between a descriptor and a news verb
    (``具身智能公司岚跃动力完成7亿元融资``): the place says it is a firm, whatever its last word.

    The descriptor is a compound (two Chinese characters at least before its end word, so
    ``公司成功完成`` about the report's company names no firm); the name is two to four Chinese
    characters holding no function word, adverb (``data/name_shapes.csv`` ``lead``,
    ``verb_adverb``) or time.

    Examples
    --------
    >>> t = "具身智能公司岚跃动力完成7亿元B轮融资"
    >>> [t[a:b] for a, b in _described_firms(t)]
    ['岚跃动力']
    >>> _described_firms("芯片公司近日完成融资"), _described_firms("公司成功完成融资")
    ([], [])
    """
    shapes = _shapes()
    verbs = shapes.get("name_verb", [])
    ends = sorted(shapes.get("descriptor_end", []), key=len, reverse=True)
    blocked = shapes.get("lead", []) + shapes.get("verb_adverb", [])
    not_names = tuple(shapes.get("not_name", []))
    out = []
    for verb in verbs:
        at = text.find(verb)
        while at >= 0:
            for n in (4, 3, 2):
                s = at - n
                if s < 0 or not all(_CJK.match(text, i) for i in range(s, at)):
                    continue
                end = next((d for d in ends if text.endswith(d, 0, s)), None)
                if end is None or not all(_CJK.match(text, i) for i in range(s - len(end) - 2, s - len(end))) \
                        or s - len(end) - 2 < 0:
                    continue
                name = text[s:at]
                if any(w in name for w in blocked) or name.startswith(not_names) \
                        or any(p.start == 0 for p in find_periods(name, _ANY_DAY)):
                    continue
                out.append((s, at))
                break
            at = text.find(verb, at + 1)
    return sorted(set(out))


def _after_leads(text: str, a: int, b: int, leads: list[str], keep: int = 3) -> int:
    """Where a name or phrase ``text[a:b]`` starts once every lead word before it is cut off,
    in any order (``而今年港股科技``: 而, then 今年), as long as ``keep`` characters stay."""
    # most names open on no lead word: one call over them all says so before any is tried alone
    heads = leads if isinstance(leads, tuple) else tuple(leads)
    while text.startswith(heads, a):
        for lead in leads:
            if text.startswith(lead, a) and b - a - len(lead) >= keep:
                a += len(lead)
                break
        else:
            break  # the leads written here would leave fewer than ``keep`` characters
    return a


#: The shortest Chinese name a stock code made a company that is looked for again without it.
_CODED_AGAIN_MIN = 3
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
#: how many characters a name after a listing phrase (``listed_firms``) holds, fewest and most
_LISTED_MIN, _LISTED_MAX = 2, 6
#: how many characters may stand between the market word and the listing word (在港股主板上市的)
_LISTED_GAP = 2


def listed_firms(text: str) -> list[tuple[int, int]]:
    """Spans of the names a listing phrase opens (``港股上市的灵犀互动``): after a market word
    (``market_word``) and a listing word (``listed_lead``), the Chinese characters up to the
    first break, function word (``lead``), time or metric word, two to six of them.

    Examples
    --------
    >>> t = "港股上市的灵犀互动FY26Q3收入8.6亿港元"
    >>> [t[a:b] for a, b in listed_firms(t)]
    ['灵犀互动']
    >>> listed_firms("刚上市的新品售价599元")
    []
    """
    shapes = _shapes()
    lead_words = tuple(shapes.get("listed_lead", ()))
    if not lead_words or not any(w in text for w in lead_words):
        return []  # most documents: no listing phrase, nothing to read
    markets = tuple(shapes.get("market_word", ()))
    stops = tuple(shapes.get("lead", ()))
    out: list[tuple[int, int]] = []
    for word in lead_words:
        at = text.find(word)
        while at >= 0:
            a = at + len(word)
            before = text[max(0, at - _LISTED_GAP - 4):at]
            if any(m in before[-len(m) - _LISTED_GAP:] for m in markets):
                run = _CJK_RUN.match(text, a, a + _LISTED_MAX + 1)
                b = run.end() if run else a
                window = text[a:b]
                cut = [h.start for h in find_metric_keywords(window)]
                cut += [p.start for p in find_periods(window, _ANY_DAY)]
                cut += [i for i in range(_LISTED_MIN, len(window)) if window.startswith(stops, i)]
                b = a + min([c for c in cut if c >= _LISTED_MIN], default=len(window))
                if _LISTED_MIN <= b - a <= _LISTED_MAX and (b - a < len(window) or b == len(text)
                                                           or not _CJK_RUN.match(text, b)):
                    out.append((a, b))
            at = text.find(word, at + 1)
    return sorted(out)


def _business_line(text: str, end: int, kind: str, shapes: dict[str, list[str]]) -> bool:
    """True when a shaped name ending at ``end`` is a business line of a firm, not a firm or a
    stock sector: a firm-shaped name followed by a line word (``name_shapes.csv``
    ``business_line``: 法律科技业务, 金融科技产品), or a 板块 followed by an earnings word
    (``line_metric``: 其中教育科技板块收入).

    Examples
    --------
    >>> shapes = _shapes()
    >>> _business_line("法律科技业务收入", 4, "company", shapes), _business_line("星河科技营收", 4, "company", shapes)
    (True, False)
    >>> _business_line("教育科技板块收入", 6, "index", shapes), _business_line("教育科技板块上涨", 6, "index", shapes)
    (True, False)
    """
    role = "business_line" if kind == "company" else "line_metric" if kind == "index" else None
    return role is not None and text.startswith(tuple(shapes.get(role, ())), end)


@functools.lru_cache(maxsize=1)
def _fund_name_re() -> tuple[re.Pattern, tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A mutual fund's proper name (``facts_words.csv`` ``fund_name_end``: 混合型证券投资基金,
    混合, 股票型 ...), its share class letter after it; the kind words that open no fund's
    brand (``fund_kind_lead``: 偏股, 灵活配置); the English of the fund's words (``fund_name_word``
    and the ends), longest first, for ``english_name``."""
    ends = word_group("fund_name_end")
    alternation = "|".join(re.escape(w) for w in sorted(ends, key=lambda w: (-len(w), w)))
    # no Chinese character before (a line, a field label, a list mark opens it); after the type
    # word either a share class letter or no Chinese character (混合A净值增长率 vs 混合型基金)
    pattern = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{%d,20}?(?:%s))(?:([A-E])(?![A-Za-z0-9])|(?![\u4e00-\u9fffA-Za-z0-9]))"
                         % (_FUND_BRAND_MIN, alternation))
    words = {**word_group("fund_name_word"), **ends}
    return (pattern, tuple(word_group("fund_kind_lead")),
            tuple(sorted(words.items(), key=lambda r: (-len(r[0]), r[0]))))


#: the fewest characters before a fund's type word (a brand and a theme: 岚湾 + 人工智能主题);
#: fewer are a kind of fund (偏股混合型), no proper name
_FUND_BRAND_MIN = 4


def fund_names(text: str) -> list[Name]:
    """Mutual funds named in full (``岚湾人工智能主题混合型证券投资基金``) or by their short name
    and share class (``岚湾人工智能主题混合A``), in English word by word (Lanwan AI Theme Mixed
    Fund A). A fund's six-digit code in brackets looks like a stock code, whose name is cut at
    ``_CODE_NAME_MAX`` characters: read first, the fund keeps its whole name.

    Examples
    --------
    >>> [(n.name, n.type) for n in fund_names("下属分级基金：岚湾人工智能主题混合A（016427）")]
    [('Lanwan AI Theme Mixed Fund A', 'product')]
    >>> fund_names("偏股混合型基金仓位") + fund_names("灵活配置混合型产品")
    []
    """
    if "混合" not in text and "基金" not in text and "股票型" not in text:
        return []  # cheap pre-check: most documents name no fund
    pattern, kind_leads, words = _fund_name_re()
    out = []
    for m in pattern.finditer(text):
        body = m.group(1)
        if body.startswith(kind_leads):
            continue
        english = english_name(body, dict(words))
        if m.group(2):
            english = f"{english} {m.group(2)}"
        out.append(Name(m.start(), m.end(), english, "product"))
    return out


def fund_english(name: str) -> str:
    """The English name of a fund written in a table's fund column (``基金简称``), word by word:
    an index-tracking name whose words all translate as an index's (``半导体ETF`` -> Semiconductor
    ETF), else the manager's brand or the place spelt and its theme words translated as an
    index's or a name's (``松涛科创芯片ETF`` -> Songtao STAR Chip ETF, ``无锡市人工智能产业母基金``
    -> Wuxi AI Industry Fund of Funds). A code in brackets after the name is no part of it.

    Examples
    --------
    >>> fund_english("松涛半导体ETF"), fund_english("青川芯片ETF（159XX7）")
    ('Songtao Semiconductor ETF', 'Qingchuan Chip ETF')
    >>> fund_english("松涛科创芯片ETF"), fund_english("人工智能ETF")
    ('Songtao STAR Chip ETF', 'AI ETF')
    >>> fund_english("无锡市人工智能产业专项母基金")
    'Wuxi AI Industry Fund of Funds'
    """
    name = re.sub(r"\s+", "", bracket_cut(name))
    return index_name(name) or english_name(name, _fund_words())


def bracket_cut(cell: str) -> str:
    """A cell's words before a bracket after them (``基金名称（代码）``, ``芯片ETF（159XX7）``),
    stripped: the bracket holds a code or a unit, no part of the name.

    >>> bracket_cut(" 基金简称（代码） "), bracket_cut("（注）")
    ('基金简称', '（注）')
    """
    cell = cell.strip()
    cut = min([i for i in (cell.find("("), cell.find("（")) if i > 0] or [len(cell)])
    return cell[:cut].strip()


@functools.lru_cache(maxsize=1)
def _fund_words() -> dict[str, str]:
    """The theme words and index families of ``data/index_words.csv`` (芯片 Chip, 科创 STAR)
    with their English: what a fund's name translates after its brand (an ETF is named by the
    index it tracks); a word without English (行业) is dropped."""
    words = _index_words()
    return {**words.get("family", {}), **words.get("word", {})}


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
    clause_words = shapes.get("clause_word", [])
    tails = set(shapes.get("latin_name_tail", []))
    no_version = set(shapes.get("no_version_word", []))
    market_names = shapes.get("market_word", [])
    latin_descriptors = tuple(shapes.get("latin_descriptor_end", ()))
    title_ends = tuple(shapes.get("title_end", ()))
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
    # 字节的Trae: the ends of the known names that a possessive 的 follows (their products come next)
    owner_ends = {b + 1 for a, b in taken if text.startswith("的", b)}

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, b)
        return i == 0 or taken[i - 1][1] <= a

    out: list[Name] = []

    def add(a: int, b: int, name: str, kind: str) -> None:
        if kind == "index" and _business_line(text, b, kind, shapes):
            return  # 其中教育科技板块收入: a firm's business segment, no stock sector
        if kind == "company" and text.endswith(title_ends, a, b):
            return  # 拍卖公告（2026）: a document's title (``title_end``), no firm's name
        if b > a and free(a, b) and not after_field_label(text, a):
            out.append(Name(a, b, name, kind))
            i = bisect.bisect_left(starts, a)
            starts.insert(i, a)
            taken.insert(i, [a, b])

    # 岚湾人工智能主题混合A（016427）: a fund's name, before a code bracket cuts it short
    for n in fund_names(text):
        add(n.start, n.end, n.name, n.type)
    # Each loop below first asks whether the span it could add (or a character every such span
    # holds) is still free: most candidates lie inside a lexicon name, and ``add`` would turn
    # them away only after the costlier reading (quantities, periods, translation) was done.
    for m in _numbered_index_re().finditer(text):
        # 北证50整体的46倍: a family and its constituent count name an index (not the value 50)
        if free(m.start(), m.end()):
            name = index_name(m.group(0))
            if name:
                add(m.start(), m.end(), name, "index")
    for m in _index_re().finditer(text):
        # 聚焦光模块的创业板人工智能指数: a family index needs no break before it
        if not free(m.start(), m.end()):
            continue
        name = index_name(m.group(0))
        if name:
            add(m.start(), m.end(), name, "index")
    for a, b, written in _bracket_family_indices(text):
        # 同期通信（申万）指数上涨约46%: the family's sector index, whatever stands before it
        if free(a, b):
            name = index_name(written, is_index=True)
            if name:
                add(a, b, name, "index")
    for a, b in _sector_indices(text, leads):
        if not free(a, b):
            continue
        name = index_name(text[a:b])
        if name:
            add(a, b, name, "index")
    # 11月以来电子指数, 三季度以来通信指数: a sector index right after a time expression starts
    # where the time ends (the time is when, not part of the name)
    suffix_res = _index_suffix_res()
    if suffix_res is not None:
        suffix_re, after_time = suffix_res
        for sm in suffix_re.finditer(text):
            if not free(sm.end() - 1, sm.end()):
                continue  # every name found here ends with this suffix
            # only the few places a suffix stands are looked at, the time within reach before it
            w = max(0, sm.start() - 30)
            # 近5个交易日传媒板块: a trailing window is a time as well
            ends = sorted([w + p.end for p in find_periods(text[w:sm.start()], _ANY_DAY)]
                          + [tm.end() for tm in _TRAILING_WINDOW.finditer(text, w, sm.start())])
            for time_end in ends:
                m = after_time.fullmatch(text, time_end, sm.end())
                if m is not None and not _CJK_DIGIT_OR_PUNCT.match(text, time_end):
                    named = index_name(m.group(0))
                    # 昨日液冷板块: a sector no index word names is still named in English
                    a, name, kind = (m.start(), named, "index") if named else sector_name(text, m.start(), m.end())
                    if kind != "clause":
                        add(a, m.end(), name, kind)
                    break
    descriptors = sorted(shapes.get("descriptor_end", []), key=len, reverse=True)
    coded: set[str] = set()
    for m in _code_matches(text):
        a, b = m.span(1)
        if "\n" in text[b:m.end()]:
            continue  # 重大讯息⏎（6829）瀚鼎电子: a code opening the next line is that line's name's
        if free(b, m.end()):
            # 云途智能（YTAI.US / 0888.HK）: the bracket's tickers are codes, never names
            i = bisect.bisect_left(starts, b)
            starts.insert(i, b)
            taken.insert(i, [b, m.end()])
        if not free(b - 1, b):
            continue  # the name is cut from its start only
        for lead in leads:
            if text.startswith(lead, a) and b - a - len(lead) >= 2:
                a += len(lead)
                break
        cut = a == m.start(1) and b - a == _CODE_NAME_MAX and a and _CJK.match(text, a - 1)
        a = _after_descriptor(text, a, b, descriptors)
        if cut and a == m.start(1):
            # 全球人工智能专利与人才年度观察（2024）: a run of Chinese longer than any short name,
            # cut where the reach ends, is a title or a phrase (a fragment romanised as a firm
            # otherwise); no lead or descriptor inside it shows where a name would start
            continue
        add(a, b, text[a:b], "company")
        coded.add(text[a:b])
    # （6829）瀚鼎电子　公告本公司…: the name a heading writes after its filer's code
    for m in _CODE_THEN_NAME.finditer(text):
        a, b = m.span(1)
        add(a, b, text[a:b], "company")
        coded.add(text[a:b])
    # 港股上市的灵犀互动: a listing phrase opens a company's name as its code bracket closes one
    for a, b in listed_firms(text):
        add(a, b, text[a:b], "company")
        coded.add(text[a:b])
    # 聯芯半導體（6789.TW） … 聯芯半導體第四季營收: a Chinese name its stock code made a company is
    # that company again where the document writes it bare (not the concept a word of it names)
    for name in coded:
        if len(name) < _CODED_AGAIN_MIN or name.isascii():
            continue
        at = text.find(name)
        while at >= 0:
            if free(at, at + len(name)):
                add(at, at + len(name), name, "company")
            at = text.find(name, at + 1)
    for m in _LATIN.finditer(text):
        if not free(m.start(1), m.start(1) + 1):
            continue  # the word is cut from its end only
        adjective = None
        if "-" in m.group(1):
            adjective = _ORIGIN_ADJECTIVE.match(text, m.start(1))
            if adjective is not None:
                # Singapore-based Kite Labs: the place and its -based are no part of the name
                m = _LATIN.match(text, adjective.end())
                if m is None or not free(m.start(1), m.start(1) + 1) \
                        or m.group(1).split()[0].lower() in _ENGLISH_FUNCTION_WORDS:
                    continue  # Singapore-based firms, London-based The…: no name follows
        word = m.group(1).rstrip(".")
        timed = False  # a time cut off the word's end stands where Chinese would
        if " " in word and (word.split()[0] in stop or _NOT_LATIN.match(word.split()[0])):
            continue  # the first word is dropped below whatever follows it (a cut keeps it whole)
        if " " in word and _begins_quantity(text, m.start(1) + word.index(" ") + 1, m.start(1) + len(word)):
            word = word.split(" ")[0]  # Nebius 400亿美元: the name, then an amount
        elif " " in word and _PERIOD_TOKEN.fullmatch(word.split(" ", 1)[1]):
            word = word.split(" ")[0]  # Zorvex FY3Q29: the name, then the period
        elif " " in word and _begins_time(text, m.start(1) + word.index(" ") + 1, m.start(1) + len(word)):
            word = word.split(" ")[0]  # 可灵App 12月DAU: the name, then a month
            timed = True
        glued = _GLUED_YEAR.match(word) if word[-1:].isdigit() else None
        if glued and text[m.start(1) + len(word):m.start(1) + len(word) + 1] in ("年", "财", "Q", "H"):
            word = glued.group(1)  # ZorVex2025年: the name, then a year
        elif word[-1:].isdigit() and text.startswith("月", m.start(1) + len(word)):
            month = _GLUED_MONTH.match(word)
            if month and 1 <= int(month.group(2)) <= 12 and month.group(1).split()[-1] in no_version:
                word = month.group(1)  # 可灵App12月: a word that takes no version, then a month
        first = word.split()[0]
        if first in stop or _NOT_LATIN.match(first) or len(word) < 3 or _DATE_OR_AMOUNT.fullmatch(first):
            continue
        if _unit_of_quantity(text, m.start(1), m.start(1) + len(first)):
            continue  # 4000 PFlops, 2.35万元/PFlops/月: the unit of an amount names no one
        if " " not in word and first.endswith("s") and first[:-1] in stop:
            continue  # GPUs/CPUs, ASICs: the plural of a word that names no one names no one either
        if any(_CURRENCY_AMOUNT.fullmatch(w) for w in word.split()):
            continue  # The RMB12.5 (billion): an amount, with or without an article before it
        if "-" in word and (_DOC_CODE.fullmatch(word) or _DOC_CODE_NUMBERED.fullmatch(word)
                            and text.startswith("号", m.start(1) + len(word))):
            continue  # ALY-2026-0112号公告, YX-OPT-0317: a notice's or a minute's number, never a name
        # the word is ASCII (``_LATIN``): a digit is 0-9, a capital one that lowering changes
        has_digit = _ASCII_DIGIT.search(word) is not None
        # a capitalised word after Singapore-based is a firm's name, shaped or not
        shaped = has_digit or "-" in word or first[1:].lower() != first[1:] or adjective is not None
        two_words = " " in word and word.split(" ", 1)[1] in tails
        shaped_before = shaped
        if not shaped and (" " not in word or two_words) and _OPENS_CLAUSE.search(text[max(0, m.start(1) - 2):m.start(1)]) \
                and (timed or _CJK.match(text, m.start(1) + len(word))) and first.lower() not in _common_latin() \
                and word not in known_words:
            # Corvana第三季度收入…: a capitalised word opening a sentence or clause, written
            # straight before Chinese, is who the clause is about (a company not yet in the lexicon)
            shaped = True
        if not shaped and " " not in word and text.endswith(latin_descriptors, max(0, m.start(1) - 4), m.start(1)) \
                and _CJK.match(text, m.start(1) - 3) and first.lower() not in _common_latin() \
                and word not in known_words:
            # 挪威AI音乐平台Aiode完成融资: a capitalised word right after a Chinese descriptor
            # (``latin_descriptor_end``) is the firm it describes, whatever place stands before
            shaped = True
        if not shaped and word not in known_words and first.lower() not in _common_latin() \
                and first.lower() not in _ENGLISH_FUNCTION_WORDS and _english_subject_at(text, m.start(1), m.start(1) + len(word)):
            # - Telvani reported revenue of US$5.1bn, Orvex's EBIT margin…: a capitalised word opening an
            # English sentence or bullet before a verb of reporting or a possessive is its subject
            shaped = True
        owned = not shaped and " " not in word and m.start(1) in owner_ends \
            and _CJK.match(text, m.start(1) + len(word)) is not None \
            and first.lower() not in _common_latin() and word not in known_words
        if owned:
            # 字节的Trae月活…: a capitalised word right after a known firm's 的 is that firm's
            # product, and the subject of what follows it (not the owner)
            shaped = True
        if not shaped:
            continue
        a = m.start(1)
        if not has_digit and _LABEL_AFTER.match(text, a + len(word)) \
                and _LABEL_BEFORE.search(text, max(0, a - 8), a):
            # ● Segment-X：收入增长35%: a bullet's label names a metric or a segment, not a firm
            # (a model's version number still makes ``Zeta-9：`` a name)
            continue
        # Qolvo AI: a maker or its product, which the text alone does not tell; as a product it
        # is still the subject of its own clause but never whom 公司 means
        add(a, a + len(word), word, "model" if has_digit else
            "product" if owned or two_words and not shaped_before else "company")
    for m in _MODEL_ID.finditer(text):
        # doubao-seed-1.6-flash, doubao-1.5-thinking-pro: an API's lowercase model id, a version
        # number among its hyphenated words, is a model as written (mid-2024 is a time, no id)
        if free(m.start(), m.end()) and _ASCII_DIGIT.search(m.group(0)) and not _DATE_OR_AMOUNT.fullmatch(m.group(0)):
            add(m.start(), m.end(), m.group(0), "model")
    for a, b in _quoted_products(text, tuple(shapes.get("quoted_product_head", ()))):
        if free(a, b):
            add(a, b, english_name(text[a:b]), "product")
    # 其中大模型相关收入: a function word (其中, 同期, 目前) opens no model's brand
    # 考虑到大模型: a brand opening or ending with a function character (``function_char``) is a clause
    llm_not_names = set(shapes.get("llm_not_name", ())) | set(shapes.get("function_char", ())) \
        | {w for w in leads if len(w) >= 2}
    for a, b in _named_llms(text, free, llm_not_names, shapes.get("llm_head", ())):
        add(a, b, text[a:b], "model")
    # 与, 及 (two parties or fields), 的 (a clause or an owner before it) and 占 (a share's part
    # before its whole) part a run: a name starts after the last of them
    conjunctions = tuple(shapes.get("name_conjunction", ())) + tuple(shapes.get("name_particle", ())) \
        + tuple(shapes.get("share_verb", ()))
    # 科技创新, 科技型企业, 科技板: a word right after the suffix makes it part of a common noun
    compounds = tuple(shapes.get("suffix_compound", ()))
    # 海外科技, 全球科技: every place word joined to every suffix, as one set (asked per candidate)
    place_orgs = {place + suffix for place, _ in _geo_prefixes()[0] for suffix in shapes.get("org_suffix", [])}
    lead_words = tuple(leads)
    # 澄曜智能（苏州）科技有限公司: the registered place's bracket stands inside the name
    for a, b, name in registered_firms(text):
        add(a, b, name, "company")
    for m in _org_matches(text):
        a, b = m.span()
        if not free(b - 1, b):
            continue  # the name is cut from its start only
        a = _after_leads(text, a, b, leads)
        if text.startswith(lead_words, a) \
                and not text.endswith(tuple(shapes.get("index_suffix", [])), a, b):
            # 去年集團營收: a lead word (a time) and a descriptor alone name no firm (当前板块
            # still points back at the sector named before)
            continue
        # 芯片公司星河科技: a descriptor ending in 公司 stands before the name, not in it
        # (瀚海商业银行股份有限公司: the 商 of 商业, a firm's type word, ends no descriptor)
        a = max((i + len(d) for d in shapes.get("descriptor_end", [])
                 for i in [text.rfind(d, a, b)] if i >= 0 and b - (i + len(d)) >= 3
                 and not inside_firm_type(text, i, d)), default=a)
        if free(a, b) and not text.endswith(tuple(shapes.get("index_suffix", [])), a, b):
            # 宏观与科技交叉研究 (a desk's two fields), 星河与云岭科技合作 (two parties): a
            # conjunction (``name_conjunction``) inside a run no known name takes part of ends
            # what comes before it, so a firm's name, if any, starts after it (微软与星河数据科技:
            # the known firm already parts them, as before)
            a = max([text.rfind(c, a + 1, b) + len(c) for c in conjunctions
                     if text.rfind(c, a + 1, b) >= 0], default=a)
        name = text[a:b]
        if len(name) < 4 or name.startswith(not_names) or any(w in name for w in clause_words):
            continue
        if descriptors_only(name) and not any(w in name for w in _firm_kept_descriptors()):
            # 本行信息科技投入: descriptors with no trade name before them (信息科技) name no firm;
            # one the firm's name keeps (数据交易所: 交易所) still names what it stands for
            continue
        if any(w in name for w in market_names):
            continue  # 港股科技IPO: a stock market and a sector word, no firm's name
        if name in place_orgs:
            continue  # 海外科技 (a desk of a broker), 全球科技: a place and a suffix name no firm
        kind = "org" if name.endswith(tuple(shapes.get("source_suffix", []))) else \
            "index" if name.endswith(tuple(shapes.get("index_suffix", []))) else "company"
        if kind == "company" and compounds and text.startswith(compounds, b):
            # 支持科技创新, 新发放科技型中小企业贷款, 债市科技板: the suffix opens a common noun
            # (science and technology), no firm's name ends there (no Zhichi, no Xinfafang)
            continue
        if _business_line(text, b, kind, shapes):
            continue  # 其中法律科技业务收入: a segment of the firm the sentence is about, no firm
        if kind == "index":
            # Token用量指数: a Latin term glued before is part of the name (``sector_name`` keeps it)
            named = None if _LATIN_BEFORE.search(text, max(0, a - 16), a) else index_name(name)
            if named is None:
                # CPO概念指数, 液冷板块, 当前板块: a sector named by a term no index word holds
                a, name, kind = sector_name(text, a, b)
                if kind == "clause":
                    continue
            else:
                name = named
        add(a, b, name, kind)
    for a, b in _trade_names(text):
        add(a, b, text[a:b], "company")
    for a, b in _described_firms(text):
        add(a, b, text[a:b], "company")
    for a, b in _stem_models(text, out, tuple(shapes.get("name_verb", []))):
        add(a, b, text[a:b], "model")
    return sorted(out)


#: a lowercase model id (doubao-seed-1.6-flash): a word of three letters or more, then hyphenated
#: words (a version among them); no path, address, domain or file name around it
_MODEL_ID = re.compile(r"(?<![A-Za-z0-9./@_\-:])[a-z][a-z0-9]{2,}(?:-[a-z0-9]+(?:\.[0-9]+)*)+(?![A-Za-z0-9/@_\-]|\.[A-Za-z0-9])")
_QUOTE_PAIRS = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’"}
#: the fewest and most characters a quoted product name holds
_QUOTED_MIN, _QUOTED_MAX = 2, 16
_QUOTED_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9+.\- ]*")


def _affixed(word: str, words: set[str]) -> bool:
    """Whether ``word`` starts or ends with one of ``words``: its prefixes and suffixes looked up
    in the set (a name is a few characters; the word list is hundreds long).

    >>> _affixed("目前星河", {"目前"}), _affixed("星河模型", {"目前"})
    (True, False)
    """
    return "" in words or any(word[:k] in words or word[-k:] in words for k in range(1, len(word) + 1))


def _quoted_products(text: str, heads: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of product names written in quotes right after a product noun
    (``name_shapes.csv`` ``quoted_product_head``): ``去哪儿的AI助手"小驼"``, ``调度系统“超脑”``,
    ``美团的AI助手「小美」``. A quoted phrase holding a break or a figure is a quotation, no name.

    Examples
    --------
    >>> t = '去哪儿的AI助手"小驼"上线半年'
    >>> [t[a:b] for a, b in _quoted_products(t, ("助手",))]
    ['小驼']
    >>> _quoted_products('他说"效率提升了30%"', ("助手",))
    []
    """
    if not heads or not any(q in text for q in _QUOTE_PAIRS):
        return []  # cheap pre-check: most documents quote nothing
    out = []
    for opening, closing in _QUOTE_PAIRS.items():
        at = text.find(opening)
        while at >= 0:
            a = at + len(opening)
            b = text.find(closing, a, a + _QUOTED_MAX + 1)
            if b > a and text.endswith(heads, max(0, at - 4), at):
                m = _QUOTED_NAME.fullmatch(text, a, b)
                if m is not None and _QUOTED_MIN <= b - a and not m.group(0).endswith(" "):
                    out.append((a, b))
            at = text.find(opening, (b + 1) if b > a else a)
    return sorted(set(out))


# 华声大模型, 星河X2大模型: a brand of two to four Chinese characters, with an optional version,
# right before a model head word (``name_shapes.csv`` ``llm_head``)
_LLM_BRAND = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:[A-Za-z]{0,2}\d{1,2}(?:\.\d)?)?)$")


def _named_llms(text: str, free, not_names: set[str], heads) -> list[tuple[int, int]]:
    """``华声大模型调用量增长8倍``, ``中国移动九天大模型``: a model named by its brand before
    大模型 where the brand opens a clause or follows a known name (its maker). The brand is no
    generic modifier (``llm_not_name``: 国内, 通用, 多模态, 金融 …), which leaves the concept.

    >>> _named_llms("华声大模型调用量增长8倍；国内大模型价格下降", lambda a, b: True, {"国内"}, ["大模型"])
    [(0, 5)]
    """
    out = []
    for head in heads:
        at = text.find(head)
        while at != -1:  # a head at the text's start (no room for a brand) must not end the search
            b = at + len(head)
            m = _LLM_BRAND.search(text, max(0, at - 7), at)
            at = text.find(head, b)
            if m is None or not free(b - len(head) - 1, b):
                continue
            brand = m.group(1)
            # the brand starts where a clause opens, or right where a known name (the maker) ends
            for cut in range(len(brand) - 2, -1, -1) if len(brand) > 2 else [0]:
                a = m.start(1) + cut
                core = re.sub(r"[A-Za-z0-9.]+$", "", text[a:m.end(1)])
                if not free(a, b) or len(core) < 2 or core in not_names or _affixed(core, not_names):
                    continue
                if _OPENS_CLAUSE.search(text[max(0, a - 2):a]) or (a > 0 and not free(a - 1, a)):
                    out.append((a, b))
                    break
    return out


# A model's version glued to a Chinese family name: 岳川-3, 岳川3.5, 岳川V3 (a bare 岳川3 is too
# often a stem and a count); no amount, unit, count or date follows it (岳川3.5亿元 is money).
_HAN_VERSION = re.compile(r"(?:[-·]?[Vv]\d{1,2}(?:\.\d{1,2})?|[-·]\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2})"
                          r"(?![\d.%A-Za-z]|\s?[亿万千百十元倍个家位款年月日号%])")
_HAN_FAMILY_AFTER_VERB = re.compile(r"了?([\u4e00-\u9fff]{2,4}?)(?=[-·Vv]?\d)")


def _stem_models(text: str, names: list[Name], verbs: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of Chinese model names made of a family and a version (``岳川-3``, ``岳川3.5``).

    The family is the head of a shaped company of the same text with its descriptor dropped
    (岳川科技 makes the models 岳川-3 and 岳川3.5), or the Chinese right after a launch verb
    (``name_verb``: 发布岳川-3). Without such a name the facts of a model launch go to its maker.

    Examples
    --------
    >>> names = [Name(0, 4, "岳川科技", "company")]
    >>> [("岳川科技发布岳川-3，参数6800亿"[a:b]) for a, b in _stem_models("岳川科技发布岳川-3，参数6800亿", names, ())]
    ['岳川-3']
    """
    if not any(ch.isdigit() for ch in text):
        return []
    stems: set[str] = set()
    for n in names:
        if n.type != "company" or not _HAN_RUN_END.fullmatch(n.name):
            continue
        hit = next((w for w, _ in _name_suffixes() if n.name.endswith(w) and len(n.name) - len(w) >= 2), None)
        if hit is not None:
            stems.add(n.name[:-len(hit)])
    out: list[tuple[int, int]] = []
    for stem in stems:
        at = text.find(stem)
        while at >= 0:
            m = _HAN_VERSION.match(text, at + len(stem))
            if m is not None:
                out.append((at, m.end()))
            at = text.find(stem, at + 1)
    # stem names first: the caller keeps the first of two overlapping spans
    out = sorted(set(out))
    after_verb: list[tuple[int, int]] = []
    for verb in verbs:
        at = text.find(verb)
        while at >= 0:
            f = _HAN_FAMILY_AFTER_VERB.match(text, at + len(verb))
            m = _HAN_VERSION.match(text, f.end(1)) if f is not None else None
            # 正式推出岳川V3: the family holds no second verb
            if m is not None and not any(v in f.group(1) for v in verbs):
                after_verb.append((f.start(1), m.end()))
            at = text.find(verb, at + 1)
    return out + sorted(set(after_verb))



def _alternation(words) -> str:
    """``words`` as a regex alternation, longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@functools.lru_cache(maxsize=1)
def _english_places() -> frozenset[str]:
    """The English names of the place words of ``data/geo_prefixes.csv`` (``China``, ``Global``)."""
    return frozenset(english for _, english in _geo_prefixes()[0] if english)


@functools.lru_cache(maxsize=1)
def _english_subject_re() -> re.Pattern:
    """``China's MaaS market``, ``Global AI compute demand``: an English place of
    ``data/geo_prefixes.csv``, its possessive, up to four words and a head of
    ``data/english_subject_heads.csv``."""
    with open(DATA_DIR / "english_subject_heads.csv", newline="", encoding="utf-8") as f:
        heads = {r["word"].strip() for r in csv.DictReader(f) if r["word"].strip()}
    alt = _alternation
    # the words between: Latin words (MaaS, AI, flagship, LLM), no verb-like function words
    return re.compile(rf"(?<![A-Za-z])(?P<place>{alt(_english_places())})(?:['’]s)?(?P<words>(?:[ \t]+(?!(?:{alt(heads)})\b)"
                      rf"(?!(?:{_WORDS['english_function_word']})\b)[A-Za-z][A-Za-z0-9\-]*){{0,4}}?)"
                      rf"[ \t]+(?P<head>{alt(heads)})(?![A-Za-z])")


def english_subjects(text: str) -> list[Name]:
    """The subjects an English note names by a place and a noun phrase (``China's MaaS
    market`` -> ``China MaaS market``), the possessive dropped.

    Examples
    --------
    >>> [n.name for n in english_subjects("We size China's MaaS market at RMB15bn")]
    ['China MaaS market']
    >>> english_subjects("China Mobile's revenue")
    []
    """
    out = []
    for m in _english_subject_re().finditer(text):
        words = m.group("words").split()
        name = " ".join([m.group("place"), *words, m.group("head")])
        out.append(Name(m.start(), m.end(), name, "concept"))
    return out


def english_places_alternation() -> str:
    """The English places of ``data/geo_prefixes.csv`` (``China``, ``Global``) as a regex
    alternation, longest first."""
    return _alternation(_english_places())
