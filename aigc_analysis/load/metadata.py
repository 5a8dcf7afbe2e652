"""Publisher, title and publication date inferred from a report's text.

Used by the loader for documents without a sidecar row. Everything here is a pure function of
the text (and an optional reference date); nothing is guessed: a date that cannot be found is
``None``.

The publisher lexicon is ``data/publishers.csv`` (``name``: canonical English name, ``aliases``:
Chinese names in Simplified and Traditional separated by ``|``, ``kind``: ``broker``/
``outlet``/``aggregator``). Header vocabulary (date labels, month names, the ROC era, research
units, navigation, byline and furniture words, currencies) is ``data/header_words.csv``
(``kind,word,value``); rating words, rating changes and their labels are ``data/ratings.csv``
(``word,kind,canonical``).

The *header* is the top of the document before the first line that reads like body text (a
long line with sentence punctuation), at most :data:`HEADER_MAX_LINES` non-empty lines: the
masthead, byline, date, rating and headline live there. Dates in the body are data.
"""
from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .boilerplate import find_boilerplate
from .normalise import detect_script, for_parsing, to_simplified
from .scan import case_class, finditer_at, word_starts, word_trie
from ..paths import DATA_DIR

PUBLISHERS_CSV = DATA_DIR / "publishers.csv"
HEADER_WORDS_CSV = DATA_DIR / "header_words.csv"
RATINGS_CSV = DATA_DIR / "ratings.csv"
PUBLISHER_KINDS = ("broker", "outlet", "aggregator")

#: A broker must be named at least this often to be taken as the author (a news story that
#: cites one broker's analyst once is not that broker's report).
MIN_BROKER_MENTIONS = 3


def _normalised(text: str, norm: str | None) -> str:
    """The parsing form of ``text`` (Simplified, ASCII punctuation), same length; reuse ``norm``."""
    if norm is None:
        return for_parsing(to_simplified(text))
    if len(norm) != len(text):
        raise ValueError("norm must have the length of text (offsets are shared)")
    return norm


@dataclass(frozen=True)
class Publisher:
    """One lexicon row."""

    name: str
    aliases: tuple[str, ...]
    kind: str


def load_publishers(path: str | Path = PUBLISHERS_CSV) -> tuple[Publisher, ...]:
    """Read the publisher lexicon.

    Raises
    ------
    ValueError
        On a row with an unknown kind, no aliases, or a duplicate name.
    """
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=2):
            aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
            if row["kind"] not in PUBLISHER_KINDS or not aliases or not row["name"].strip():
                raise ValueError(f"{path}:{i}: bad publisher row {row!r}")
            rows.append(Publisher(row["name"].strip(), aliases, row["kind"]))
    names = Counter(p.name for p in rows)
    dupes = [n for n, c in names.items() if c > 1]
    if dupes:
        raise ValueError(f"{path}: duplicate publisher names {dupes}")
    return tuple(rows)


@lru_cache(maxsize=1)
def _publisher_matcher() -> tuple[re.Pattern, dict[str, Publisher]]:
    by_alias: dict[str, Publisher] = {}
    for pub in load_publishers():
        for alias in pub.aliases:
            # match on Simplified text: fold every alias to its Simplified form
            by_alias.setdefault(for_parsing(to_simplified(alias)), pub)
    # longest alias first so 国泰君安国际 is not read as 国泰君安 (a trie: the same matches as the
    # alternation of the aliases longest first, one comparison per character at each position)
    pattern = re.compile(word_trie(by_alias))
    return pattern, by_alias


@lru_cache(maxsize=1)
def _publisher_starts() -> re.Pattern:
    """Where an alias can start (:func:`aigc_analysis.load.scan.finditer_at`)."""
    return word_starts(_publisher_matcher()[1])


# --- header vocabulary --------------------------------------------------------------------------
HEADER_WORD_KINDS = (
    "date_label", "header_date_label", "not_date_label", "month", "roc_era", "research_unit",
    "firm_word", "company_suffix", "original_mark", "navigation", "byline", "byline_lead", "furniture",
    "title_label", "currency", "report_type", "masthead_word", "weekday_lead", "dateline_verb",
    "source_credit", "caption_source", "rating_verb", "title_continues", "title_closing", "issuer_suffix",
    "closing_signer", "signer_title", "press_release", "ticker_label", "taiwan_cue",
    "header_org", "en_firm_word", "en_company_suffix", "recording_label", "footer_date_label",
    "issue_verb",
)
RATING_KINDS = ("rating", "change", "label", "target_label")


def _fold(word: str) -> str:
    return for_parsing(to_simplified(word))


@lru_cache(maxsize=4096)
def _fold_name(name: str) -> str:
    """:func:`_fold` of a publisher or account name (a short token, often the same)."""
    return _fold(name)


def load_header_words(path: str | Path = HEADER_WORDS_CSV) -> dict[str, dict[str, str]]:
    """Header vocabulary: kind -> {word in parsing form: value}.

    Raises
    ------
    ValueError
        On a row with an unknown kind or an empty word.
    """
    words: dict[str, dict[str, str]] = {k: {} for k in HEADER_WORD_KINDS}
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=2):
            kind, word = (row.get("kind") or "").strip(), row.get("word") or ""
            if kind not in words or not word.strip():
                raise ValueError(f"{path}:{i}: bad header word row {row!r}")
            words[kind].setdefault(_fold(word.strip()), (row.get("value") or "").strip())
    return words


def load_ratings(path: str | Path = RATINGS_CSV) -> dict[str, dict[str, str]]:
    """Rating vocabulary: kind -> {word in parsing form: canonical}.

    Raises
    ------
    ValueError
        On a row with an unknown kind, an empty word, or a rating/change without a canonical form.
    """
    words: dict[str, dict[str, str]] = {k: {} for k in RATING_KINDS}
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=2):
            kind, word = (row.get("kind") or "").strip(), (row.get("word") or "").strip()
            canonical = (row.get("canonical") or "").strip()
            if kind not in words or not word or (kind in ("rating", "change") and not canonical):
                raise ValueError(f"{path}:{i}: bad rating row {row!r}")
            words[kind].setdefault(_fold(word), canonical)
    return words


def _alt(words) -> str:
    """A regex alternation, longest first (so 强烈推荐 is not read as 推荐)."""
    return "|".join(map(re.escape, sorted(set(words), key=len, reverse=True)))


def _cased(words) -> set[str]:
    """Words with their lower, Title and UPPER forms: case-blind matching without ``re.I``,
    which would make the regex engine give up its fast literal search over a long body."""
    return {f(w) for w in words for f in (str, str.lower, str.capitalize, str.upper)}


@lru_cache(maxsize=1)
def _vocab() -> dict[str, dict[str, str]]:
    return load_header_words()


@lru_cache(maxsize=1)
def _rating_vocab() -> dict[str, dict[str, str]]:
    return load_ratings()


# --- the header block ---------------------------------------------------------------------------
#: Non-empty lines and characters the header may span at most.
HEADER_MAX_LINES, HEADER_MAX_CHARS = 25, 2500
#: A line this long with sentence punctuation is body text: the header ends before it.
BODY_LINE_CHARS = 40
_SENTENCE_END = re.compile(r"[。!?;]")


def _lines(text: str):
    """``(start, end, line)`` for each line (``end`` excludes the newline), lazily: callers
    that stop at the header never split a long report."""
    pos, n = 0, len(text)
    while True:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        yield pos, end, text[pos:end]
        if end >= n:
            return
        pos = end + 1


def _is_body_line(line: str) -> bool:
    s = line.strip()
    if len(s) < BODY_LINE_CHARS:
        return False
    commas = s.count(",")
    return s.endswith("。") or commas >= 3 or (commas >= 1 and bool(_SENTENCE_END.search(s)))


def header_end(norm: str) -> int:
    """Offset where the header ends: the first body line, or the header limits.

    Examples
    --------
    >>> text = "某某研究所\\n2031-02-03\\n" + "正文第一句很长，" * 6 + "。"
    >>> header_end(text) == text.index("正文")
    True
    """
    n = 0
    for start, end, line in _lines(norm):
        if not line.strip():
            continue
        n += 1
        if n > HEADER_MAX_LINES or start >= HEADER_MAX_CHARS:
            return start
        if _is_body_line(line) and not (n == 1 and _question_headline(line)):
            return start
    return len(norm)


def _question_headline(line: str) -> bool:
    """A first line asking or exclaiming with no full stop (``…：从A到B，这一年谁先动的手？``) is
    the headline, however long and comma-laden: the byline and date under it are still header."""
    s = line.rstrip()
    return s.endswith(("?", "!")) and "。" not in s


# --- dates --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DateHit:
    """A date written in the text: offsets into the parsing form, the day and its precision."""

    start: int
    end: int
    date: dt.date
    precision: str


_B = r"[^\S\n]*"  # blanks within a line (ideographic spaces are spaces in the parsing form)
# Chinese-numeral date parts: a year 19xx/20xx digit by digit (二〇二四), a month 1-12, a day 1-31
# The zero of a year written digit by digit: 〇 (U+3007), 零, and the look-alikes of papers set in
# Big5, which has no 〇: ○ (U+25CB white circle), ◯ (U+25EF), and Ｏ/0 (the parsing form folds
# full-width Ｏ to O), e.g. ``二○二六年一月二十日``, ``二Ｏ二六年``.
_CN_ZERO = "〇零○◯O0"
_CN_DIGIT = _CN_ZERO + "一二三四五六七八九"
_CN_YEAR = rf"(?:一九|二[{_CN_ZERO}])[{_CN_DIGIT}]{{2}}"
_CN_MONTH = r"十[一二]?|[一二三四五六七八九]"
_CN_DAY = r"三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
_TIME = rf"(?:(?:{_B}|T)\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"  # 08:15, ISO 8601's T08:15:00


@lru_cache(maxsize=1)
def _date_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    v = _vocab()
    months = _alt(v["month"])
    # a month name can only start at one of these letters: a lookahead on them lets the
    # case-blind patterns below skip every other character at once (20x faster, same matches)
    at_month = "(?=[" + "".join(sorted({re.escape(c) for w in v["month"] for c in (w[0].lower(), w[0].upper())})) + "])"
    era = _alt(v["roc_era"])
    y = r"(?P<y>(?:19|20)\d{2})"
    day_cn = rf"{_B}年{_B}(?P<m>\d{{1,2}}){_B}月{_B}(?P<d>\d{{1,2}}){_B}(?:[日号]|(?!\d))"
    return (
        (re.compile(rf"(?<![\d.]){y}{day_cn}{_TIME}"), "day"),
        # ROC calendar: 民国113年5月2日, or a bare three-digit year with month and day
        (re.compile(rf"(?:(?:{era}){_B}(?P<ry>\d{{2,3}})|(?<![\d.])(?P<ry3>1\d{{2}}))"
                    rf"{_B}年{_B}(?P<m>\d{{1,2}}){_B}月{_B}(?P<d>\d{{1,2}}){_B}日{_TIME}"), "day"),
        (re.compile(rf"(?<![\d./-]){y}(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d|\.\d){_TIME}"),
         "day"),
        (re.compile(rf"{at_month}(?<![A-Za-z])(?P<mon>{months})\.?{_B}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?{_B}{y}(?!\d){_TIME}",
                    re.I), "day"),
        (re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}}){_B}(?P<mon>{months})\.?,?{_B}{y}(?!\d)", re.I), "day"),
        # 28/08/2026 (day first) or 08/28/2026 (month first): read only where one number exceeds 12
        (re.compile(rf"(?<![\d./-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep){y}(?![\d.]){_TIME}"), "day"),
        (re.compile(rf"(?<![\d.]){y}{_B}年{_B}(?P<m>\d{{1,2}}){_B}月(?!{_B}\d)"), "month"),
        (re.compile(rf"(?<![\d./-]){y}(?P<sep>[-/])(?P<m>\d{{1,2}})(?![\d/-])"), "month"),
        (re.compile(rf"{at_month}(?<![A-Za-z])(?P<mon>{months})\.?,?{_B}{y}(?!\d)", re.I), "month"),
        # ROC calendar with slashes in a masthead (``某某日報｜113/08/09``): a three-digit year
        # 100-149 and a two-digit month and day, never a fraction or a longer run of numbers
        (re.compile(rf"(?<![\d./-])(?P<ry3>1[0-4]\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)(?![\d/.]){_TIME}"), "day"),
        # a date in Chinese numerals (``二〇二四年九月三日``, a letter's or an official cover's)
        (re.compile(rf"(?P<cy>{_CN_YEAR}){_B}年{_B}(?P<cm>{_CN_MONTH}){_B}月{_B}(?P<cd>{_CN_DAY}){_B}[日号]"), "day"),
        (re.compile(rf"(?P<cy>{_CN_YEAR}){_B}年{_B}(?P<cm>{_CN_MONTH}){_B}月(?!{_B}[{_CN_DIGIT}十])"), "month"),
    )


@lru_cache(maxsize=1)
def _date_starts() -> tuple[re.Pattern, ...]:
    """Where each pattern of :func:`_date_patterns` can start, in the same order (for
    :func:`aigc_analysis.load.scan.finditer_at`): a year 19xx/20xx, an ROC era word or a
    three-digit ROC year, a month name, or a day number followed by a month name."""
    v = _vocab()
    year = re.compile(r"(?:19|20)\d\d")
    roc = re.compile(rf"(?:{_alt(v['roc_era'])}|1\d\d)")
    month = word_starts(v["month"], ignore_case=True)
    day_month = re.compile(r"\d(?=\d?" + _B + case_class(v["month"], 0) + ")")
    day_first = re.compile(r"\d(?=\d?[/.-]\d\d?[/.-](?:19|20)\d\d)")
    roc_slash = re.compile(r"1[0-4]\d/")
    cn_year = re.compile(rf"(?:一九|二[{_CN_ZERO}])")
    return (year, roc, year, month, day_month, day_first, year, year, month, roc_slash, cn_year, cn_year)


@lru_cache(maxsize=1)
def roc_era_words() -> tuple[str, ...]:
    """The words that name the ROC (Minguo) era (``header_words.csv`` ``roc_era``: 民國, 中华民国)."""
    return tuple(_vocab()["roc_era"])


@lru_cache(maxsize=1)
def roc_offset() -> int:
    """The years between the ROC (Minguo) era and the Common Era (``header_words.csv`` ``roc_era``:
    民国113年 is 2024), read from data so that a Minguo date in a header and in a table cell agree."""
    offsets = {int(v) for v in _vocab()["roc_era"].values()}
    if len(offsets) != 1:
        raise ValueError(f"header_words.csv: roc_era rows give different offsets {sorted(offsets)}")
    return offsets.pop()


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    return {k.lower(): int(v) for k, v in _vocab()["month"].items()}


def _hit(m: re.Match, precision: str) -> DateHit | None:
    g = m.groupdict()
    if g.get("cy"):
        return _cn_hit(m, precision)
    if g.get("y"):
        year = int(g["y"])
    else:
        year = int(g.get("ry") or g.get("ry3")) + roc_offset()
    if g.get("a"):
        a, b = int(g["a"]), int(g["b"])
        if (a > 12) == (b > 12):
            return None  # 03/04/2026: which is the day the text does not say, so no date
        g = {**g, "d": max(a, b)}
        month = min(a, b)
    elif g.get("mon"):
        month = _month_numbers().get(g["mon"].lower())
    else:
        month = int(g["m"])
    try:
        day = dt.date(year, month, int(g["d"]) if precision == "day" else 1)
    except (TypeError, ValueError):
        return None  # an impossible date (2月30日) is not a date
    return DateHit(m.start(), m.end(), day, precision)


def _cn_digit(c: str) -> int:
    """A Chinese digit's value (〇, 零 and the look-alikes of ``_CN_ZERO`` are 0)."""
    return 0 if c in _CN_ZERO else "〇一二三四五六七八九".index(c)


def _cn_small(s: str) -> int:
    """A Chinese numeral from 1 to 39 (``九``, ``十二``, ``二十八``, ``三十一``)."""
    if "十" not in s:
        return _cn_digit(s)
    tens, _, ones = s.partition("十")
    return (_cn_digit(tens) if tens else 1) * 10 + (_cn_digit(ones) if ones else 0)


def _cn_hit(m: re.Match, precision: str) -> DateHit | None:
    """:func:`_hit` of a date in Chinese numerals: the year digit by digit, month and day as numbers."""
    year = int("".join(str(_cn_digit(c)) for c in m.group("cy")))
    month = _cn_small(m.group("cm"))
    day = _cn_small(m.group("cd")) if precision == "day" else 1
    try:
        return DateHit(m.start(), m.end(), dt.date(year, month, day), precision)
    except ValueError:
        return None


def find_dates(norm: str, start: int = 0, end: int | None = None) -> list[DateHit]:
    """Every date written in ``norm[start:end]`` (parsing form), in text order, none overlapping.

    Forms: ``2025年07月31日 08:15``, ``2025/11/20``, ``2025.11.03``, ``2025-03-04``,
    ``Nov 21, 2025``, ``21 Nov 2025``, ``民国113年5月2日`` (ROC year + 1911) at day precision;
    ``2025年8月``, ``2025-08``, ``November 2025`` at month precision.

    Examples
    --------
    >>> [(str(h.date), h.precision) for h in find_dates("民国101年2月3日 与 Mar 4, 2031 及 2030年7月")]
    [('2012-02-03', 'day'), ('2031-03-04', 'day'), ('2030-07-01', 'month')]
    """
    end = len(norm) if end is None else end
    hits = []
    for (pattern, precision), starts in zip(_date_patterns(), _date_starts()):
        for m in finditer_at(pattern, starts, norm, start, end):
            h = _hit(m, precision)
            if h is not None:
                hits.append(h)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[DateHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue  # a shorter reading inside a date already taken (2025年8月 in 2025年8月3日)
        out.append(h)
    return out


_RANGE_AFTER = re.compile(rf"{_B}(?:—|–|~|～|至|到|-){{1,2}}{_B}(?:\d|[A-Za-z]{{3}})")
_RANGE_BEFORE = re.compile(rf"[\d日号]{_B}(?:—|–|~|～|至|到|-){{1,2}}{_B}$")
_WEEKDAY = re.compile(r"[(]?(?:" + _alt(_vocab()["weekday_lead"]) + r")[一二三四五六日天][)]?")
_LAYOUT_GAP = re.compile(r"[^\S\n]{3,}")
_SEPARATOR = re.compile(r"[·•|/_]")
#: What may part a date from the next labelled field on its header line: blanks and separators.
_FIELD_GAP = re.compile(r"[\s·•|/_｜]")
#: A clock time standing on its own (``16:45``), not a ratio or a score inside a number.
_CLOCK_TIME = re.compile(r"(?<![\d.])(?<!\d:)(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:.])")
# A newspaper's page marker (``第06版``, ``第A3版``, ``B2版``): a print edition's masthead line
# carries the day beside it, so the line is furniture even when a section name follows a colon.
_EDITION = re.compile(r"(?:第[^\S\n]*[A-Z]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})|(?<![A-Za-z])[A-Z]\d{1,2})[^\S\n]*版(?![本权])")


@lru_cache(maxsize=1)
def _header_patterns() -> dict[str, re.Pattern]:
    v = _vocab()
    any_labels = _alt({**v["date_label"], **v["header_date_label"]})
    return {
        "label_ahead": re.compile(rf"(?:{_alt(_cased(v['date_label']))}){_B}:?{_B}(?=\d|[A-Za-z]{{3}}|{_CN_YEAR})"),
        "any_label": re.compile(rf"(?:{any_labels}){_B}:?{_B}$", re.I),
        "not_label": re.compile(rf"(?:{_alt(v['not_date_label'])})", re.I),
        "furniture_word": re.compile(
            rf"(?:{_alt({**v['byline'], **v['navigation'], **v['furniture'], **v['research_unit']})})", re.I),
        "report_type": re.compile(rf"(?:{_alt(_cased(v['report_type']))})"),
        "navigation": re.compile(rf"(?:{_alt(v['navigation'])}){_B}(?:[>›»/|]|:)", re.I),
    }


@lru_cache(maxsize=1)
def _label_ahead_starts() -> re.Pattern:
    """Where ``label_ahead`` can start: a date label (for :func:`aigc_analysis.load.scan.finditer_at`)."""
    return word_starts(_cased(_vocab()["date_label"]))


def _line_bounds(norm: str, pos: int) -> tuple[int, int]:
    start = norm.rfind("\n", 0, pos) + 1
    end = norm.find("\n", pos)
    return start, len(norm) if end < 0 else end


# ``2025年11月20日 19:30-20:30``: after a day read with its clock time, a dash to another clock
# time is the span of a meeting on that day, not a range of days
_CLOCK_RANGE_AFTER = re.compile(rf"{_B}(?:—|–|~|～|至|到|-){{1,2}}{_B}\d{{1,2}}:\d{{2}}(?![\d:.-])")


def _in_range(norm: str, h: DateHit) -> bool:
    line_start, line_end = _line_bounds(norm, h.start)
    after = norm[h.end:line_end]
    if _RANGE_AFTER.match(after) and ":" in norm[h.start:h.end] and _CLOCK_RANGE_AFTER.match(after):
        return bool(_RANGE_BEFORE.search(norm[line_start:h.start]))
    return bool(_RANGE_AFTER.match(after) or
                _RANGE_BEFORE.search(norm[line_start:h.start]))


def _is_furniture_line(line: str, hits: list[DateHit], line_start: int) -> bool:
    """A header line whose text besides its dates is byline, navigation or layout, not a sentence."""
    if hits and (label := _header_patterns()["not_label"].search(line, hits[0].end - line_start)) is not None \
            and not _FIELD_GAP.sub("", line[hits[0].end - line_start:label.start()]):
        # ``2025年11月17日　统计区间：11月10日—11月16日``: a day, then another labelled field (the
        # window the data cover, a cut-off): the line up to that label is the dated masthead
        line = line[:label.start()]
        hits = [h for h in hits if h.end - line_start <= label.start()]
    rest, pos = [], line_start
    for h in hits:
        rest.append(line[pos - line_start:h.start - line_start])
        pos = h.end
    rest.append(line[pos - line_start:])
    residual = _WEEKDAY.sub("", " ".join(rest)).strip()
    if len(re.sub(r"[\s\W_]", "", residual)) <= 4:
        return True  # a cover line (date, weekday, a place name at most)
    if hits and not line[:hits[0].start - line_start].strip() and len(re.sub(r"[\s\W_]", "", residual)) <= 8 \
            and not re.search(r"[，。；：！？,;:!?]", residual):
        return True  # ``2025/10/17 某某财经网``: a date opening the line, then an outlet's name
    if _opening_masthead_day(line, hits, line_start, residual):
        return True  # ``2025年10月20日 第42期 撰稿:某某``: a day opening the line, then its fields
    if any(":" in line[h.start - line_start:h.end - line_start] for h in hits) \
            and not re.search(r"[，。；！？,;!?]", residual):
        return True  # ``张三 某某财经 2025-03-04 08:15``: a day with its clock time is a publication stamp
    if _CLOCK_TIME.search(residual) and not re.search(r"[，。；！？,;!?]", residual) \
            and len(re.sub(r"[\s\W_\d]", "", residual)) <= WEEKDAY_LINE_CHARS:
        # ``2025年12月4日（星期四） 发出时间：16:45``: the day, then the clock time it went out at
        return True
    if any(_WEEKDAY.match(line, h.end - line_start + len(line[h.end - line_start:]) - len(line[h.end - line_start:].lstrip()))
           for h in hits) and not re.search(r"[，。；：！？,;:!?]", residual) \
            and len(re.sub(r"[\s\W_]", "", residual)) <= WEEKDAY_LINE_CHARS:
        return True  # ``某某证券 电子研究组 2024年4月2日 星期二``: a day with its weekday is a dated masthead
    if _header_patterns()["report_type"].search(residual) and not re.search(r"[，。；：！？,;:!?]", residual):
        return True  # ``某某证券 行业周报 2025年3月4日``: a report type beside the date, no sentence
    firm = _publisher_matcher()[0].match(residual)
    if firm is not None and residual[firm.end():firm.end() + 1] in ("", " ") \
            and len(re.sub(r"[\s\W_]", "", residual[firm.end():])) <= MASTHEAD_REST_CHARS \
            and all(h.start == line_start or line[h.start - line_start - 1].isspace() for h in hits) \
            and not re.search(r"[，。；：！？,;:!?]", residual):
        return True  # ``中信证券 互联网 2025年11月20日``: a broker's masthead, its team and the date
    return bool(_LAYOUT_GAP.search(residual) or _SEPARATOR.search(residual)
                or _EDITION.search(residual)
                or _header_patterns()["furniture_word"].search(residual)
                or _date_set_apart(line, hits, line_start))


# two blanks already set a date apart: a Chinese masthead aligns it with two ideographic spaces
# (``某某研究团队　　2025年11月28日``, ``2025年4月16日　　责编：某某``), one blank each once normalised
_GAP_BEFORE = re.compile(r"\S[^\S\n]{2,}$")
_GAP_AFTER = re.compile(r"[^\S\n]{2,}\S")


def _date_set_apart(line: str, hits: list[DateHit], line_start: int) -> bool:
    """A date a layout gap sets apart from the line's text (``某某证券 行业周报      2031年3月8日``,
    a masthead with the date aligned right): the residual is stripped, so its own gap test
    misses the gap that touches the date."""
    for h in hits:
        if _GAP_BEFORE.search(line, 0, h.start - line_start) or _GAP_AFTER.match(line, h.end - line_start):
            return True
    return False


#: A line opened by its day holds at most this many other word characters (an issue number, a byline).
OPENING_DAY_REST_CHARS = 24


def _opening_masthead_day(line: str, hits: list[DateHit], line_start: int, residual: str) -> bool:
    """A header line that opens with a full day set apart by a blank, and holds after it only
    short fields and no sentence (``2031年3月8日　第42期　撰稿：某某``, ``2031年3月8日　文章编号：
    AB-3108``, ``2031年3月8日　第19期（总第143期）``): a newsletter's or a site's dated masthead,
    whose issue number or byline follows the day. A headline that opens with a day is a sentence
    (``2031年3月8日，某公司发布…``: its comma ends the day) and a cut-off runs into its word
    (``2031年6月30日止六个月``: no blank)."""
    if not hits or hits[0].precision != "day" or line[:hits[0].start - line_start].strip():
        return False
    after = line[hits[0].end - line_start:hits[0].end - line_start + 1]
    if after and not after.isspace():
        return False
    if re.search(r"[，。；！？,;!?]", residual):
        return False
    return len(re.sub(r"[\s\W_]", "", residual)) <= OPENING_DAY_REST_CHARS


#: A line dating itself with a weekday holds at most this many other characters (a firm, a desk).
WEEKDAY_LINE_CHARS = 16
#: A masthead line may hold this many characters after the broker's name (a team, a report type).
MASTHEAD_REST_CHARS = 8


@dataclass(frozen=True)
class _Candidate:
    hit: DateHit
    labelled: bool
    furniture: bool


# between a date label and its day: nothing, or an English weekday (``<lastBuildDate>Wed, 26 Nov
# 2031``, an RSS feed's build stamp)
_LABEL_WEEKDAY = re.compile(rf"(?:[A-Za-z]{{3}},?{_B})?")


@lru_cache(maxsize=1)
def _issued_tail() -> re.Pattern:
    """What follows a day that a header line gives as its issue: an issue verb (``issue_verb``:
    ``（第10期　2031年11月5日印发）``) or the issuer's name, a short name ending in an
    ``issuer_suffix`` (``（2031年2月12日　某市邮政管理局）``), then only a closing bracket."""
    v = _vocab()
    return re.compile(rf"{_B}(?:(?:{_alt(v['issue_verb'])})|[^\W\d_]{{0,{ISSUER_NAME_CHARS}}}(?:{_alt(v['issuer_suffix'])})){_B}\)?{_B}")


#: A short issuer's name after its issue day holds at most this many characters before its suffix.
ISSUER_NAME_CHARS = 14


def _issued_after(norm: str, pos: int, line_end: int) -> bool:
    """Whether the rest of a header line from ``pos`` (a day's end) is an issue mark
    (:func:`_issued_tail`): the day is the document's issue, as a label would say."""
    return _issued_tail().fullmatch(norm, pos, line_end) is not None


def _header_candidates(norm: str, end: int, hits: list[DateHit] | None = None) -> list[_Candidate]:
    """Dates in the header that could be the publication date (not ranges, not ``截至...``).

    ``hits``: ``find_dates(norm, 0, end)`` when the caller has it.
    """
    pats = _header_patterns()
    hits = find_dates(norm, 0, end) if hits is None else hits
    by_line: dict[int, list[DateHit]] = {}
    for h in hits:
        by_line.setdefault(_line_bounds(norm, h.start)[0], []).append(h)
    out = []
    for h in hits:
        line_start, line_end = _line_bounds(norm, h.start)
        before = norm[max(line_start, h.start - 12):h.start]
        if _in_range(norm, h) or pats["not_label"].search(before):
            continue
        labelled = bool(pats["any_label"].search(norm[line_start:h.start])) or _issued_after(norm, h.end, line_end)
        furniture = _is_furniture_line(norm[line_start:line_end], by_line[line_start], line_start)
        out.append(_Candidate(h, labelled, furniture))
    return out


# ``财联社7月23日讯``, ``新华社北京2024年5月9日电`` opening a line: the article's own date.
DATELINE = re.compile(
    r"^[^\S\n]*[【\[(]?[^\s\d,。:;【】\[\]()]{0,16}?(?<![\d年])(?:(?P<y>(?:19|20)\d{2})年)?"
    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^\S\n]*(?:讯|电)",
    re.M,
)
# What every dateline holds: the day's 日, blanks, then 讯 or 电.
_DATELINE_VERB = re.compile(r"日[^\S\n]*(?:讯|电)")


def _datelines(norm: str, endpos: int):
    """``DATELINE.finditer(norm, 0, endpos)``: a match starts at a line's start and ends on that
    line with ``日 讯`` or ``日 电``, so the pattern is tried only at the starts of lines holding
    one (it would be entered at every character)."""
    starts = sorted({norm.rfind("\n", 0, w.start()) + 1 for w in _DATELINE_VERB.finditer(norm, 0, endpos)})
    for start in starts:
        m = DATELINE.match(norm, start, endpos)
        if m is not None:
            yield m


#: A line holding only a date is taken as the cover date this far into the document.
COVER_CHARS = 1500
#: A dateline is looked for this far into the document (it opens the first paragraph).
DATELINE_CHARS = 3000


def _resolve_month_day(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The latest date with this month/day on or before ``ref`` (a dateline precedes a repost)."""
    for year in (ref.year, ref.year - 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue  # 2月29日 in a non-leap year: try the previous year
        if cand <= ref:
            return cand
    return None


@dataclass(frozen=True)
class PublishedDate:
    """The publication date and how it was found."""

    date: dt.date | None
    precision: str | None  # "day" / "month"
    evidence: str | None   # the matched text
    source: str            # "header" / "body" / "none"


def find_published(text: str, published_hint: dt.date | None = None, *,
                   norm: str | None = None) -> PublishedDate:
    """Publication date of a document and where it was found; never guessed.

    Order of evidence:

    1. a dateline opening a line near the top (``财联社7月23日讯``, ``新华社北京5月1日电``): the
       article's own date, even on a site that reposted it later; a month-day dateline takes
       its year from the header date, else the latest full date in the text, else
       ``published_hint`` (no year anywhere: no date);
    2. a labelled date in the header (``发布时间:2025-03-04``, ``日期:2025年7月31日``);
    3. a date on a header line that is otherwise byline, navigation or layout
       (``XX证券· 2025-06-18 20:00``, ``Nov 21, 2025 · 阅读约9分钟``, a cover line
       ``2025年8月`` at month precision); never a range (``统计区间:2025.11.03—2025.11.09``)
       or a cut-off date (``截至...``), never a date inside the headline;
    4. a date labelled as the publication date further down (``报告日期:...``), or a line
       holding only a full date within :data:`COVER_CHARS` (a cover page that PDF extraction put
       after the summary), source ``body``.

    Parameters
    ----------
    text : str
        Document text in either script; full-width digits allowed.
    published_hint : datetime.date, optional
        Reference date for a month-day dateline when the text has no full date.

    Returns
    -------
    PublishedDate

    Examples
    --------
    >>> find_published("某某证券 · 2031-06-18 20:00\\n标题\\n正文截至2030年1月1日。")
    PublishedDate(date=datetime.date(2031, 6, 18), precision='day', evidence='2031-06-18 20:00', source='header')
    """
    norm = _normalised(text, norm)
    end = header_end(norm)
    return _find_published(text, published_hint, norm, end, _header_candidates(norm, end))


def _find_published(text: str, published_hint: dt.date | None, norm: str, end: int,
                    candidates: list[_Candidate]) -> PublishedDate:
    """:func:`find_published` with the header's end and date candidates found by the caller."""
    candidates = _slots_last(norm, _release_first(norm, end, candidates))
    header_days = [c.hit.date for c in candidates
                   if c.hit.precision == "day" and (c.labelled or c.furniture)]

    for m in _datelines(norm, min(len(norm), DATELINE_CHARS)):
        mo, d = int(m.group("m")), int(m.group("d"))
        source = "header" if m.start() < end else "body"
        if m.group("y"):
            try:
                return PublishedDate(dt.date(int(m.group("y")), mo, d), "day",
                                     m.group(0).strip(), source)
            except ValueError:
                continue
        if header_days:
            ref = header_days[0]
        else:
            full = [h.date for h in find_dates(norm) if h.precision == "day"]
            ref = max(full) if full else published_hint
        if ref is not None:
            resolved = _resolve_month_day(mo, d, ref)
            if resolved:
                evidence = norm[m.start("m"):m.end()]
                return PublishedDate(resolved, "day", evidence, source)

    def found(c: _Candidate, source: str) -> PublishedDate:
        return PublishedDate(c.hit.date, c.hit.precision,
                             text[c.hit.start:c.hit.end].strip(), source)

    for c in candidates:
        if c.labelled:
            return found(c, "header")
    for precision in ("day", "month"):
        for c in candidates:
            if c.furniture and c.hit.precision == precision:
                return found(c, "header")
    title_day = _title_bracket_day(norm, end, candidates)
    if title_day is not None:
        return found(title_day, "header")
    # labels first, then a date right after one: no date scan over a long body
    for m in finditer_at(_header_patterns()["label_ahead"], _label_ahead_starts(), norm, end):
        hits = find_dates(norm, m.end(), min(len(norm), m.end() + 40))
        if hits and _LABEL_WEEKDAY.fullmatch(norm, m.end(), hits[0].start) and not _in_range(norm, hits[0]):
            return found(_Candidate(hits[0], True, False), "body")
    # a line holding only a full date near the top (a cover page whose text came after the
    # summary, as PDF extraction can order it); a month alone there is more likely a timeline
    for h in find_dates(norm, end, min(len(norm), COVER_CHARS)):
        line_start, line_end = _line_bounds(norm, h.start)
        if h.precision == "day" and not _WEEKDAY.sub(
                "", norm[line_start:h.start] + norm[h.end:line_end]).strip():
            return found(_Candidate(h, False, True), "body")
    closing = _signed_day(norm)
    if closing is not None:
        return found(_Candidate(closing, False, True), "body")
    stamp = _post_stamp_day(norm, end)
    if stamp is not None:
        return PublishedDate(stamp[0], "day", stamp[1], "header")
    footer = _footer_stamp(norm, end)
    if footer is not None:
        return found(_Candidate(footer, True, False), "body")
    for late in (_press_dateline_day(norm), _early_line_day(norm, end), _closing_place_day(norm),
                 _issuer_signed_day(norm), _period_line_day(norm)):
        if late is not None:
            return found(_Candidate(late, False, True), "body")
    return PublishedDate(None, None, None, "none")


@lru_cache(maxsize=1)
def _recording_label() -> re.Pattern:
    """A label of the day a talk or interview was recorded or a text written, ending just
    before its date (``录制：``, ``采访时间:``, ``撰写日期``; ``recording_label`` words)."""
    return re.compile(rf"(?:{_alt(_vocab()['recording_label'])})[^\s\d:|]{{0,2}}{_B}:?{_B}$")


def _release_first(norm: str, end: int, candidates: list[_Candidate]) -> list[_Candidate]:
    """``candidates`` with the dates a recording label names (``录制：2026年1月25日｜上线：
    2026年1月27日``) moved after the others: a header giving a recording and a release day is
    published on the release day. A recording day stays a candidate when it is the only one
    (its label then still counts)."""
    if len(candidates) < 2:
        return candidates
    words = _vocab()["recording_label"]
    if not any(w in norm[:end] for w in words):
        return candidates  # most documents: one substring test per word over the header
    pat = _recording_label()
    recorded = [bool(pat.search(norm, _line_bounds(norm, c.hit.start)[0], c.hit.start)) for c in candidates]
    if all(recorded) or not any(recorded):
        return candidates
    # a recording day labelled ``录制时间：`` is no publication label: its date goes last, unlabelled
    return ([c for c, r in zip(candidates, recorded) if not r]
            + [_Candidate(c.hit, False, c.furniture) for c, r in zip(candidates, recorded) if r])


def _slots_last(norm: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """``candidates`` with the days read with a clock-time slot (``时间：2031年11月17日 20:00-21:10``,
    a table cell ``2031年11月12日 14:00-16:10``: ``_CLOCK_RANGE_AFTER``) moved after the others,
    unlabelled: the slot is when a call, a meeting or a site visit took place, and the minutes
    of it come out later, on the day the header also gives (``整理：2031年7月30日``,
    ``发布：2031-11-18``). A slot stays a candidate when it is the only date, or all are slots."""
    if len(candidates) < 2:
        return candidates
    slot = [bool(_CLOCK_RANGE_AFTER.match(norm, c.hit.end)) for c in candidates]
    if all(slot) or not any(slot):
        return candidates
    return ([c for c, sl in zip(candidates, slot) if not sl]
            + [_Candidate(c.hit, False, c.furniture) for c, sl in zip(candidates, slot) if sl])


#: A press release's dateline gives its place in at most this many characters before the day.
DATELINE_PLACE_CHARS = 40
# after the day of a press release's dateline: a wire's name between slashes, then a dash
# (``BEIJING, China, Nov 19, 2031 /PRNewswire/ --``, ``新闻稿｜中国上海，2031年11月18日——``)
_PRESS_DATELINE_AFTER = re.compile(rf"{_B}(?:/[^/\n]{{1,30}}/{_B})?(?:—{{1,2}}|–|-{{2}})")


def _press_dateline_day(norm: str) -> DateHit | None:
    """The day of a press release's dateline near the top, when nothing else dates the text:
    a full day after at most :data:`DATELINE_PLACE_CHARS` characters of place (no sentence
    before it on its line), followed by a dash (and a wire's name): the release's own date,
    on the line that opens its first paragraph, which the header's limits may leave out."""
    for h in find_dates(norm, 0, min(len(norm), DATELINE_CHARS)):
        if h.precision != "day" or _PRESS_DATELINE_AFTER.match(norm, h.end) is None or _in_range(norm, h):
            continue  # ``2031.11.03—2031.11.09``: a dash to another day is a range
        line_start = _line_bounds(norm, h.start)[0]
        lead = norm[line_start:h.start]
        if len(lead.strip()) <= DATELINE_PLACE_CHARS and not re.search(r"[。;!?]", lead) \
                and not _header_patterns()["not_label"].search(lead):
            return h
    return None


#: The first lines searched for a dated masthead when an early line ended the header.
EARLY_LINES = 6


def _early_line_day(norm: str, end: int) -> DateHit | None:
    """A day on one of the first :data:`EARLY_LINES` lines below the header's end, dated as a
    header's would be (labelled, or a line of masthead furniture), when nothing else dates the
    text: a first line long and comma-laden enough to read as body (a headline with two
    clauses, a listing's disclaimer) ends the header before the masthead under it
    (``某某研究｜海外市场周报　2031年11月28日``, ``上海，2031年10月15日`` under a letter's salutation).
    A body line's day is none (``我们审计了…包括2031年12月31日的资产负债表``)."""
    n, stop = 0, None
    for start, line_end, line in _lines(norm[:COVER_CHARS]):
        if line.strip():
            n += 1
            if n > EARLY_LINES:
                stop = start
                break
    stop = min(len(norm), COVER_CHARS) if stop is None else stop
    if stop <= end:
        return None
    for c in _header_candidates(norm, stop):
        if c.hit.start < end or c.hit.precision != "day" or not (c.labelled or c.furniture):
            continue
        line_start, line_end = _line_bounds(norm, c.hit.start)
        if _is_body_line(norm[line_start:line_end]):
            continue  # a body sentence below the header dates what it tells, not the text
        if "。" in norm[end:line_start] and _PLACE_COMMA.fullmatch(norm, line_start, c.hit.start) is None:
            continue  # below a full sentence only a letter's ``上海，2031年10月15日`` signs the text
        return c.hit
    return None


# the place of a closing line: words, blanks, a comma or a middle dot (``香港，``, ``中国·北京``),
# never a masthead's separator (``某某研究 | ``)
_CLOSING_PLACE = re.compile(r"[^\S\n]*(?:[^\W\d_]|[^\S\n]|[,·])*")
# a place and a comma before a letter's day: ``　　上海，``
_PLACE_COMMA = re.compile(r"[^\S\n]*[^\W\d_]{1,8}[^\S\n]*,[^\S\n]*")


def _closing_lines(norm: str, chars: int) -> list[tuple[int, str]]:
    """The non-blank lines of the last ``chars`` characters of ``norm``, each with its start in
    ``norm``: where a document's signature, issuer and closing day are looked for."""
    tail = max(0, len(norm) - chars)
    return [(tail + s, line) for s, _, line in _lines(norm[tail:]) if line.strip()]


def _day_only(norm: str, start: int, line: str) -> DateHit | None:
    """The full day of the line at ``start`` when the line holds that day and nothing else
    (``2026年3月28日``, ``二〇三一年四月二十五日``): a closing date line."""
    hits = find_dates(norm, start, start + len(line))
    if len(hits) == 1 and hits[0].precision == "day" and norm[hits[0].start:hits[0].end].strip() == line.strip():
        return hits[0]
    return None


#: The last lines searched for a closing place-and-day line.
CLOSING_LINES = 6
#: ... which holds at most this many word characters besides its day (a city, ``中国·北京``).
CLOSING_PLACE_CHARS = 6


def _closing_place_day(norm: str) -> DateHit | None:
    """The day of a closing line that holds only a place and a full day (``香港，2031年8月26日``,
    ``中国·北京　二〇三一年四月二十五日``; a day alone is none: a filing's date without its signer)
    among the last :data:`CLOSING_LINES` lines, when nothing else dates the text: an
    announcement, a letter or an official notice is signed with the day it is issued. The last
    such line is taken."""
    for start, line in reversed(_closing_lines(norm, COVER_CHARS)[-CLOSING_LINES:]):
        hits = find_dates(norm, start, start + len(line))
        if len(hits) != 1 or hits[0].precision != "day":
            continue
        place, after = norm[start:hits[0].start], norm[hits[0].end:start + len(line)]
        if re.search(r"[\d。;:!?]", place + after) or re.sub(r"[\s\W_]", "", after) \
                or _header_patterns()["not_label"].search(place):
            continue  # ``截至2031年3月1日，营收增长``: a cut-off, or a sentence, is no signature
        if _CLOSING_PLACE.fullmatch(place) and 0 < len(re.sub(r"[\s\W_]", "", place)) <= CLOSING_PLACE_CHARS:
            return hits[0]  # a day alone under the body is no signature without its place
    return None


#: An official notice, an arbitral award or a judgment is signed at its end by a line that is
#: only its day, under the issuer's name or the signers' names; notes may follow (``（此件主动
#: 公开）``, a copy list, a contact line, a clerk). The day is looked for among this many last lines.
SIGNATURE_LINES = 8
#: A signer line (an issuer's name, ``仲裁员：某某``) holds at most this many characters.
SIGNER_LINE_CHARS = 40
#: what a signer line never holds: a digit or the punctuation of a sentence
_NOT_SIGNER = re.compile(r"[\d。，,;；!?！？]")


def _issuer_signed_day(norm: str) -> DateHit | None:
    """The day of a line holding only a full day (Arabic or spelt: ``二〇三一年四月二十五日``)
    right under a short line with no digit and no sentence in it (the issuer's or the signers'
    names), among the last :data:`SIGNATURE_LINES` lines: the day a government notice, an award
    or a judgment is issued, when nothing else dates the text. :func:`_signed_day` takes a
    listed company's signer only, :func:`_closing_place_day` a day with its place. A text whose
    first line names a company (``company_suffix``: its own report or announcement) is signed by
    its board, which :func:`_signed_day` reads; a closing line under another name is no signature
    of it."""
    first = next((line for _, _, line in _lines(norm[:COVER_CHARS]) if line.strip()), "")
    company_first = any(w in first for w in _vocab()["company_suffix"])
    lines = _closing_lines(norm, COVER_CHARS)[-SIGNATURE_LINES:]
    for (_, signer), (start, line) in reversed(list(zip(lines, lines[1:]))):
        day = _day_only(norm, start, line)
        if day is not None and len(signer.strip()) <= SIGNER_LINE_CHARS and not _NOT_SIGNER.search(signer) \
                and (not company_first or _same_issuer(first, signer)):
            return day
    return None


def _same_issuer(first: str, signer: str) -> bool:
    """Whether a closing signer line names the issuer the first line names (``某某集团有限公司``
    heading a notice and signing it over its day): a company's own notice or circular is then
    signed by the company itself, not by its board, so the day under it is the text's. Blanks
    are ignored; any other name (a quoted source, a contact) is no signature of the text."""
    name = re.sub(r"\s", "", signer)
    return bool(name) and name == re.sub(r"\s", "", first)


# a line near the top that states only the period a periodical covers: a year, an issue or week
# number (``第49期``, ``第12周``), then the span of days (``2031年第9周(3月1日—3月7日)``,
# ``2031年(2031年3月1日-3月7日)``); the end day may carry its own year
_PERIOD_LINE = re.compile(
    rf"{_B}(?P<y>(?:19|20)\d{{2}})年{_B}(?:[^\W\d_]{{0,2}}{_B}\d{{1,3}}{_B}[^\W\d_]{{1,2}})?{_B}\(?{_B}"
    rf"(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月\d{{1,2}}日{_B}(?:—|–|~|～|-){{1,2}}{_B}"
    rf"(?P<end>(?:(?P<y2>(?:19|20)\d{{2}})年)?(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日){_B}\)?{_B}")


def _period_line_day(norm: str) -> DateHit | None:
    """The last day of the span a line among the first :data:`EARLY_LINES` states and nothing
    else (``2031年第9周(3月1日—3月7日)`` under a weekly bulletin's name), when nothing else dates
    the text: a weekly or periodic report is written as its period closes, so its 本周, 本年累计
    and 上周 are counted to that day. A span inside a sentence, or one whose end day does not
    exist, gives none."""
    n = 0
    for start, _, line in _lines(norm[:COVER_CHARS]):
        if not line.strip():
            continue
        n += 1
        if n > EARLY_LINES:
            break
        m = _PERIOD_LINE.fullmatch(line)
        if m is None:
            continue
        try:
            day = dt.date(int(m.group("y2") or m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            return None
        return DateHit(start + m.start("end"), start + m.end("end"), day, "day")
    return None


#: After its date (and clock time) a footer stamp line holds at most this many characters
#: (``· IP 属地北京``, ``来自 iPhone``), and no sentence.
FOOTER_REST_CHARS = 24


@lru_cache(maxsize=1)
def _footer_label() -> re.Pattern:
    return re.compile(rf"(?m)^{_B}(?:{_alt(_vocab()['footer_date_label'])}){_B}:?{_B}(?=\d)")


def _footer_stamp(norm: str, end: int) -> DateHit | None:
    """The day of a post's own stamp on a line below the header, when nothing else dates it:
    a Q&A answer or forum post ends (or each floor opens) with ``编辑于 2026-01-09 · IP 属地上海``,
    ``发布于 2025-10-18 21:40``, ``发表于 ...`` (``footer_date_label`` words opening the line,
    then a full date). The first such line is the post's; a comment line (``2025-12-30 回复：…``)
    or a linked article's date carries no label. A relative day (``编辑于 昨天 18:02``) gives none."""
    words = _vocab()["footer_date_label"]
    if not any(norm.find(w, end) >= 0 for w in words):
        return None  # most documents: one substring search per word
    for m in _footer_label().finditer(norm, end):
        line_end = _line_bounds(norm, m.start())[1]
        hits = find_dates(norm, m.end(), line_end)
        if not hits or hits[0].start != m.end() or hits[0].precision != "day":
            continue
        rest = norm[hits[0].end:line_end].strip()
        if len(rest) <= FOOTER_REST_CHARS and not re.search(r"[，。；！？,;!?]", rest):
            return hits[0]
    return None


# a forum post's yearless stamp closing a short header line: ``楼主:某某 03-14 10:05``
_POST_STAMP = re.compile(
    rf"(?<![\d/-])(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01]){_B}\d{{1,2}}:\d{{2}}{_B}$")
#: A post stamp is dated only when the text's newest full date precedes it by at most this many days.
POST_STAMP_DAYS = 92
#: ... on a header line of at most this many characters.
POST_STAMP_LINE_CHARS = 40


def _post_stamp_day(norm: str, end: int) -> tuple[dt.date, str] | None:
    """The day of a yearless post stamp in the header (``楼主:某某 03-14 10:05``), its year
    taken from the newest full date the text writes: the first such month-day on or after it,
    when that is at most :data:`POST_STAMP_DAYS` later (a post follows what it discusses).
    None when the text writes no full date, or the stamp is too far from it: no year is guessed."""
    for start, stop, line in _lines(norm[:end]):
        if len(line.strip()) > POST_STAMP_LINE_CHARS or ":" not in line:
            continue
        m = _POST_STAMP.search(line)
        if m is None:
            continue
        full = [h.date for h in find_dates(norm) if h.precision == "day"]
        if not full:
            return None
        ref = max(full)
        for year in (ref.year, ref.year + 1):
            try:
                day = dt.date(year, int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
            if ref <= day <= ref + dt.timedelta(days=POST_STAMP_DAYS):
                return day, m.group(0).strip()
        return None
    return None


# ``…展望（2025年11月20日 19:30-20:30）``: a day alone in a bracket of the title, with at most the
# clock time (or clock span) of the meeting the title reports
_TITLE_BRACKET_OPEN = re.compile(rf"[(\[【〔]{_B}$")
_TITLE_BRACKET_CLOSE = re.compile(
    rf"{_B}(?:(?:—|–|~|～|至|到|-){{1,2}}{_B}\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_B}[)\]】〕]")


def _title_bracket_day(norm: str, end: int, candidates: list[_Candidate]) -> _Candidate | None:
    """The day a document's first line (its title) gives alone in brackets, when the header
    holds no other date: an expert-call or meeting note is dated by its meeting
    (``【专家纪要】国内推理芯片需求展望（2025年11月20日 19:30-20:30）``). A year alone
    (``2025年展望``) or a second date (a range, a cover date) gives none."""
    lead = len(norm) - len(norm.lstrip())
    first_end = norm.find("\n", lead)
    first_end = len(norm) if first_end < 0 else first_end
    days = [c for c in candidates if c.hit.precision == "day" and c.hit.start < first_end]
    if len(days) != 1 or len(find_dates(norm, 0, end)) != 1:
        return None  # most documents: a list comprehension over a few header dates
    h = days[0].hit
    if _TITLE_BRACKET_OPEN.search(norm, lead, h.start) is None \
            or _TITLE_BRACKET_CLOSE.match(norm, h.end, first_end) is None:
        return None
    return days[0]


def infer_date(
    text: str, published_hint: dt.date | None = None, *, norm: str | None = None
) -> tuple[dt.date | None, str | None, str | None, str]:
    """``(date, precision, evidence, source)`` of :func:`find_published`.

    Examples
    --------
    >>> infer_date("发布日期:2031-01-20\\n财联社7月23日讯(编辑)")
    (datetime.date(2030, 7, 23), 'day', '7月23日讯', 'header')
    >>> infer_date("没有日期的正文")
    (None, None, None, 'none')
    """
    p = find_published(text, published_hint, norm=norm)
    return p.date, p.precision, p.evidence, p.source


# --- publisher ----------------------------------------------------------------------------------
# An outlet's dateline: ``财联社7月23日讯``, ``智通财经APP获悉``, ``新华社北京5月1日电``
# (not ``据彭博报道``: an outlet cited in the text did not write it).
_DATELINE_AFTER = re.compile(
    r"[^\S\n]*(?:APP|app|网|客户端)?[^\S\n]*(?:[\u4e00-\u9fff]{0,3}?)?"
    r"(?:(?:20\d{2}年)?\d{1,2}月\d{1,2}日)?[^\S\n]*(?:" + _alt(_vocab()["dateline_verb"]) + ")"
)
# ``来源: 财联社`` credits an outlet; ``资料来源: 彭博`` is a data caption, not an author.
_SOURCE_BEFORE = re.compile(
    "".join(f"(?<!{re.escape(w)})" for w in sorted(_vocab()["caption_source"]) + ["图表", "表格"])
    + r"(?:" + _alt(_vocab()["source_credit"]) + r")[^\S\n]*:?[^\S\n]*$")
_CJK_NAME = r"[\u4e00-\u9fffA-Za-z]"


@lru_cache(maxsize=1)
def _firm_pattern() -> re.Pattern:
    v = _vocab()
    return re.compile(
        rf"(?P<firm>{_CJK_NAME}{{1,10}}?(?:{_alt(v['firm_word'])}))"
        rf"(?:{_alt(v['company_suffix'])})?{_B}(?P<unit>{_alt(v['research_unit'])})"
    )


def _lexicon_name(name_norm: str) -> str | None:
    pattern, by_alias = _publisher_matcher()
    m = pattern.search(name_norm)
    return by_alias[m.group(0)].name if m else None


def _firm_name(text: str, m: re.Match) -> str:
    """A research unit as printed, company suffix and blanks dropped: ``华岳证券研究所``."""
    return _lexicon_name(m.group("firm")) or (text[m.start("firm"):m.end("firm")]
                                              + text[m.start("unit"):m.end("unit")])


@lru_cache(maxsize=1)
def _masthead_pattern() -> re.Pattern:
    """A lexicon broker filling a header line or its first column: ``国泰君安证券研究``,
    ``华泰证券 · 2025-06-18``; not ``中信证券:AI算力...`` (a headline quoting a broker)."""
    _, by_alias = _publisher_matcher()
    brokers = [a for a, p in by_alias.items() if p.kind == "broker"]
    words = _alt(_vocab()["masthead_word"])
    return re.compile(
        rf"^{_B}(?P<name>{_alt(brokers)})(?:{_B}(?:{words}))*{_B}(?=$|[·•|/]|[^\S\n]{{2,}}|\d{{4}})", re.M)


def _header_firm(text: str, norm: str, end: int) -> str | None:
    """``XX证券研究所``/``XX证券股份有限公司 研究所``/``XX国际研究部`` or a lexicon broker as the
    masthead in the header."""
    m = _firm_pattern().search(norm, 0, end)
    if m:
        return _firm_name(text, m)
    m = _masthead_pattern().search(norm, 0, end)
    return _publisher_matcher()[1][m.group("name")].name if m else None


def _credited_firm(text: str, norm: str) -> str | None:
    """The research unit named most often in source captions (``资料来源:Wind,XX证券研究所``)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    lines_seen = set()
    for source in re.finditer("来源", norm):
        start, end = _line_bounds(norm, source.start())
        if start in lines_seen:
            continue
        lines_seen.add(start)
        for m in _firm_pattern().finditer(norm, start, end):
            name = _firm_name(text, m)
            counts[name] += 1
            first.setdefault(name, m.start())
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))


def _is_name(s: str) -> bool:
    """A short line that can be an account or newsletter name (no digits, no sentence)."""
    s = s.strip()
    return (2 <= len(s) <= 24 and not re.search(r"[\d,.:;。!?]", s)
            and not _header_patterns()["furniture_word"].search(s))


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Provinces and cities (``data/regions.csv``): a dateline's place, never an author."""
    with open(DATA_DIR / "regions.csv", encoding="utf-8", newline="") as fh:
        return frozenset(_fold(row["word"].strip()) for row in csv.DictReader(fh) if row["word"].strip())


def _is_byline_name(s: str) -> bool:
    """:func:`_is_name` that is no weekday (``星期一``, ``(星期六)``) and no place (``北京``)."""
    s = s.strip()
    return _is_name(s) and not _WEEKDAY.fullmatch(s) and s not in _place_names()


@lru_cache(maxsize=1)
def _original_mark() -> re.Pattern:
    return re.compile(rf"^{_B}(?:{_alt(_vocab()['original_mark'])})")


@lru_cache(maxsize=1)
def _byline_patterns() -> tuple[re.Pattern, re.Pattern]:
    lead = _alt(_vocab()["byline_lead"])
    return (re.compile(rf"{_B}(?:(?:{lead})[:：]?{_B})?(?P<name>[^·•|/\n]+?){_B}[·•|/]{_B}", re.I),
            re.compile(rf"{_B}(?:\d{{1,2}}:\d{{2}}{_B})?(?:[·•|/]{_B})?(?P<name>[^\d·•|/\n]{{2,12}}?){_B}"))


def _wechat_account(text: str, norm: str, end: int) -> str | None:
    """The account name on the line before a ``原创`` byline that names it again."""
    mark = _original_mark()
    previous = None
    for start, stop, line in _lines(norm[:end]):
        if not line.strip():
            continue
        if mark.match(line) and previous is not None:
            p_start, p_line = previous
            name = p_line.strip()
            if _is_name(name) and name in line:
                first = p_start + len(p_line) - len(p_line.lstrip())
                return text[first:first + len(name)]
        if mark.match(line):
            account = _account_before_date(text, norm, start, line)
            if account is not None:
                return account
        previous = (start, line)
    return None


_TOKEN = re.compile(r"\S+")


def _account_before_date(text: str, norm: str, start: int, line: str) -> str | None:
    """``原创 张三 算力前哨站 2025年4月2日 09:15 北京``: the account is the name right before the
    date, when an author's name stands between it and the ``原创`` mark."""
    hits = find_dates(norm, start, start + len(line))
    if not hits:
        return None
    tokens = list(_TOKEN.finditer(norm, start, hits[0].start))
    if len(tokens) < 3 or not _is_byline_name(tokens[-1].group()) or not _is_byline_name(tokens[-2].group()):
        return None
    return text[tokens[-1].start():tokens[-1].end()]


def _byline_name(text: str, norm: str, end: int, candidates: list[_Candidate] | None = None) -> str | None:
    """``NAME · 2025-06-18`` (also ``By NAME · ...``): the name before the header date on a byline.

    ``candidates`` are ``_header_candidates(norm, end)`` when the caller has them.
    """
    named, trailing = _byline_patterns()
    for c in _header_candidates(norm, end) if candidates is None else candidates:
        if not c.furniture:
            continue
        line_start = _line_bounds(norm, c.hit.start)[0]
        m = named.fullmatch(norm[line_start:c.hit.start])
        if m and _is_byline_name(m.group("name")):
            name = m.group("name")
            return _lexicon_name(name) or text[line_start + m.start("name"):line_start + m.end("name")]
        # ``2025/10/17 鉅亨網``: a date line that ends with the outlet's name
        line_end = _line_bounds(norm, c.hit.start)[1]
        before = norm[line_start:c.hit.start].strip()
        after = norm[c.hit.end:line_end]
        m = trailing.fullmatch(after)
        if not before and m and _is_byline_name(m.group("name")):
            start = c.hit.end + m.start("name")
            return _lexicon_name(m.group("name")) or text[start:c.hit.end + m.end("name")]
    return None


#: An official document closes with its issuer and date within this many characters of its end.
CLOSING_CHARS = 200
_ISSUER_LINE = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:" + _alt(_vocab()["issuer_suffix"]) + r")")


def _closing_issuer(text: str, norm: str) -> str | None:
    """``岳川省人民政府办公厅`` on the line before the closing date (``2026年2月3日``) of an
    official document: its issuer, when nothing else names the author. A line of a government
    body's name (``issuer_suffix``: 人民政府, 办公厅, 委员会) right above a line that is only a
    full date, among the last lines of the text; None for any other ending."""
    lines = _closing_lines(norm, CLOSING_CHARS)
    for (b_start, body), (d_start, day) in zip(lines, lines[1:]):
        if _day_only(norm, d_start, day) is None:
            continue
        name = body.strip()
        if _ISSUER_LINE.fullmatch(name):
            first = b_start + len(body) - len(body.lstrip())
            return text[first:first + len(name)]
    return None


def _signed_day(norm: str) -> DateHit | None:
    """The day an issuer's filing is signed at its end (``…股份有限公司董事会`` over a line that
    is only ``2026年3月28日``): its publication date, when nothing at the top dates it. The
    signer line ends in a ``closing_signer`` word (header_words.csv); a date under any other
    closing line (a government body's) is left alone."""
    signers = tuple(_vocab().get("closing_signer", ()))
    titles = tuple(_vocab().get("signer_title", ()))
    tail = max(0, len(norm) - CLOSING_CHARS)
    if not any(w in norm[tail:] for w in signers + titles):
        return None  # most documents: one substring test per signer word
    lines = _closing_lines(norm, CLOSING_CHARS)
    for (_, body), (d_start, day) in zip(lines, lines[1:]):
        if body.strip().endswith(signers) or _signer_title_line(body.strip(), titles):
            found = _day_only(norm, d_start, day)
            if found is not None:
                return found
    return None


#: A signature line holds at most this many characters of name after its title.
SIGNER_NAME_CHARS = 6


def _signer_title_line(line: str, titles: tuple[str, ...]) -> bool:
    """``董事长：张三`` / ``董事长 张三`` (``signer_title`` words): a letter's signature, its
    title and a short name, nothing else on the line."""
    for title in titles:
        if line.startswith(title):
            name = line[len(title):].lstrip(": ").strip()
            return 0 < len(name) <= SIGNER_NAME_CHARS and not re.search(r"[\d,.;!?。，]", name)
    return False


_SOURCE_LINE = re.compile(
    rf"^{_B}(?:>{_B})?(?:{_alt(_vocab()['source_credit'])}){_B}:{_B}(?P<name>[^\d\s|·•/,;:。]{{2,24}}){_B}[|·•/]")
_PRESS_LINE = re.compile(rf"^{_B}(?P<name>[^\d\s|·•/,;:。]{{2,24}}){_B}(?:{_alt(_vocab()['press_release'])}){_B}$")


def _source_line_name(text: str, norm: str, end: int, kind: str) -> str | None:
    """A header line crediting its source before the date (``> 来源:某某研究院|2025-04-02``;
    ``kind`` ``source``) or a company's press-release masthead (``某某科技 新闻稿``; ``press``):
    the name, as printed."""
    pattern = _SOURCE_LINE if kind == "source" else _PRESS_LINE
    for start, stop, line in _lines(norm[:end]):
        m = pattern.match(line)
        if m is None:
            continue
        if kind == "source" and not find_dates(norm, start + m.end(), start + len(line)):
            continue
        return text[start + m.start("name"):start + m.end("name")]
    return None


#: A column header names its publisher in this many characters at most.
COLUMN_NAME_CHARS = 16


@lru_cache(maxsize=1)
def _column_header_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Header lines that name the publisher with no date beside it: ``某某研究中心　周度数据``,
    ``某某投顧　產業研究部``, ``某某財經網 ｜ 要聞`` (an org word, ``header_org``, ends the name
    before a separator or a blank and a column name); ``来源：某某研究院`` alone on its line;
    ``HARBOUR X SECURITIES (ASIA) LIMITED`` (``en_firm_word`` … ``en_company_suffix``)."""
    v = _vocab()
    column = re.compile(
        rf"^{_B}(?:>{_B})?(?P<name>[\u4e00-\u9fffA-Za-z]{{1,{COLUMN_NAME_CHARS - 2}}}?(?:{_alt(v['header_org'])}))"
        rf"(?:{_B}[·•|]{_B}|[^\S\n]+)(?=[^\s\d])(?:[^\d\n,;。!?]|第\d{{1,4}}期){{2,30}}$")
    source = re.compile(
        rf"^{_B}(?:>{_B})?(?:{_alt(v['source_credit'])}){_B}:{_B}(?P<name>[\u4e00-\u9fffA-Za-z]{{2,{COLUMN_NAME_CHARS}}}){_B}$")
    english = re.compile(
        rf"^{_B}(?P<name>[A-Z][A-Z&.\- ]{{1,40}}?\b(?:{_alt(v['en_firm_word'])})\b[A-Z&.()\- ]{{0,20}}?"
        rf"\b(?:{_alt(v['en_company_suffix'])})){_B}$")
    return column, source, english


@lru_cache(maxsize=1)
def _company_line() -> re.Pattern:
    return re.compile(rf"^{_B}(?P<name>[\u4e00-\u9fff]{{2,30}}?(?:\([\u4e00-\u9fff]{{2,4}}\))?"
                      rf"(?:{_alt(_vocab()['company_suffix'])})){_B}$")


def _column_header_name(text: str, norm: str, end: int) -> str | None:
    """The publisher named on a header line of :func:`_column_header_patterns`, as printed."""
    pats = _column_header_patterns()
    first_line = True
    for start, _, line in _lines(norm[:end]):
        if not line.strip():
            continue
        if first_line:
            # ``某某國際信用評級(香港)有限公司`` alone on the document's first line: its issuer
            first_line = False
            m = _company_line().match(line)
            if m is not None:
                return text[start + m.start("name"):start + m.end("name")]
        for pat in pats:
            m = pat.match(line)
            if m is not None:
                name = m.group("name")
                return _lexicon_name(name) or text[start + m.start("name"):start + m.end("name")]
    return None


def _banner_name(text: str, norm: str, end: int, boilerplate) -> str | None:
    """The site name opening the banner line above a breadcrumb trail (``站名 · 口号``)."""
    nav = _header_patterns()["navigation"]
    lines = [(s, line) for s, _, line in _lines(norm[:end]) if line.strip()]
    for i, (start, line) in enumerate(lines):
        if i and nav.search(line):
            b_start, banner = lines[i - 1]
            first = b_start + len(banner) - len(banner.lstrip())
            if any(s <= first < e for s, e, _ in boilerplate):
                return None  # an SEO spam line, not a site name
            head = re.split(r"[·•|/_-]", banner.strip(), maxsplit=1)[0].strip()
            if _is_name(head) and len(head) <= 16:
                return text[first:first + len(head)]
            return None
    return None


def infer_publisher(text: str, *, norm: str | None = None,
                    boilerplate: list[tuple[int, int, str]] | None = None) -> tuple[str | None, str | None]:
    """Who wrote the document and who carried it.

    Rules, in order, for the author: a research unit in the header (``XX证券研究所``,
    ``XX证券股份有限公司 研究所``, ``XX国际研究部``); a broker named at least
    :data:`MIN_BROKER_MENTIONS` times (most mentions wins); an outlet with a dateline
    (``财联社7月23日讯``) or a ``来源:`` credit (not a ``资料来源:`` data caption); the research
    unit credited in the report's own source captions; a WeChat account named on the line before
    its ``原创`` byline; the name before the date on a byline (``数智观察站 · 2025.11.10``); the
    site name on the banner above a breadcrumb trail; last, a header line naming it without a
    date (``某某研究中心　周度数据``, ``来源:某某研究院``, ``… SECURITIES (ASIA) LIMITED``). Names in the lexicon come back as its
    canonical name, others as printed. The carrier is the dateline outlet of a broker's note,
    else an aggregator named in the text.

    Parameters
    ----------
    text : str
        Document text in either script.

    Returns
    -------
    (str or None, str or None)
        ``(publisher, carrier)``.

    Examples
    --------
    >>> infer_publisher("财联社7月23日讯,华西证券刘泽晶指出,行业增长。")
    ('Cailian Press', None)
    >>> infer_publisher("青禾证券股份有限公司 研究所\\n行业点评")
    ('青禾证券研究所', None)
    """
    norm = _normalised(text, norm)
    return _infer_publisher(text, norm, boilerplate, header_end(norm))


def _infer_publisher(text: str, norm: str, boilerplate, end: int, candidates: list[_Candidate] | None = None,
                     wechat: tuple[str | None] | None = None) -> tuple[str | None, str | None]:
    """:func:`infer_publisher` with the header's end (and, from :func:`infer_metadata`, its date
    candidates and WeChat account, each found once per document)."""
    pattern, by_alias = _publisher_matcher()
    brokers: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    credited: list[str] = []  # outlets with a dateline or source credit, in text order
    aggregators: list[str] = []
    for m in finditer_at(pattern, _publisher_starts(), norm):
        pub = by_alias[m.group(0)]
        first_seen.setdefault(pub.name, m.start())
        if pub.kind == "broker":
            brokers[pub.name] += 1
        elif pub.kind == "outlet":
            if _DATELINE_AFTER.match(norm, m.end()) or _SOURCE_BEFORE.search(
                norm, max(0, m.start() - 12), m.start()
            ):
                credited.append(pub.name)
        else:
            aggregators.append(pub.name)
    author = _header_firm(text, norm, end)
    if author is None and brokers:
        name, count = max(brokers.items(), key=lambda kv: (kv[1], -first_seen[kv[0]]))
        if count >= MIN_BROKER_MENTIONS:
            author = name
    carrier = None
    if author is None and credited:
        author = credited[0]
    elif credited and credited[0] != author:
        carrier = credited[0]
    if author is None:
        spans = find_boilerplate(text, norm=norm) if boilerplate is None else boilerplate
        author = (_credited_firm(text, norm)
                  or (_wechat_account(text, norm, end) if wechat is None else wechat[0])
                  or _byline_name(text, norm, end, candidates) or _banner_name(text, norm, end, spans)
                  or _closing_issuer(text, norm) or _source_line_name(text, norm, end, "source")
                  or _source_line_name(text, norm, end, "press") or _column_header_name(text, norm, end))
    if carrier is None and aggregators:
        carrier = aggregators[0]
    return author, carrier


# --- rating and target price --------------------------------------------------------------------
#: Labelled ratings are looked for this far into the document (a first-page sidebar).
RATING_CHARS = 3000
_QUOTE_OPEN, _QUOTE_CLOSE = r"[“\"「『'‘]?", r"[”\"」』'’]?"


@lru_cache(maxsize=1)
def _rating_patterns() -> dict[str, re.Pattern]:
    r = _rating_vocab()
    v = _vocab()
    rating, change, label = _alt(r["rating"]), _alt(r["change"]), _alt(r["label"])
    # a rating followed by a dash or colon and words is a rating-scale definition, not a rating
    not_definition = rf"(?!{_B}(?:—|-|:|:)+{_B}[^\s(])"
    changed = rf"(?:{_B}[(]{_B}(?P<change>{change}){_B}(?:评级)?{_B}[)])?"
    prefixes = [w for w, c in v["currency"].items() if not re.fullmatch(r"[\u4e00-\u9fff]+", w)]
    return {
        "labelled": re.compile(
            rf"(?<![A-Za-z])(?:{label}){_B}:?{_B}(?:(?P<change0>{change}){_B})?{_QUOTE_OPEN}"
            rf"(?P<rating>{rating}){_QUOTE_CLOSE}{not_definition}{changed}", re.I),
        "bare": re.compile(
            rf"(?<![A-Za-z\u4e00-\u9fff])(?P<rating>{rating}){_B}[(]{_B}(?P<change>{change}){_B}(?:评级)?{_B}[)]",
            re.I),
        "body": re.compile(
            rf"(?P<change>{_alt(v['rating_verb'])})"
            rf"{_B}[\u4e00-\u9fff]{{0,6}}?{_QUOTE_OPEN}(?P<rating>{rating}){_QUOTE_CLOSE}{_B}评级"),
        "target": re.compile(
            rf"(?<![A-Za-z])(?:{_alt(r['target_label'])}){_B}(?:\({_B}(?P<paren>[^)\n]{{0,8}}?){_B}\))?{_B}:?{_B}"
            rf"(?P<pre>{_alt(prefixes)})?{_B}(?P<value>\d+(?:,\d{{3}})*(?:\.\d+)?)"
            rf"{_B}(?P<post>{_alt(v['currency'])})?", re.I),
    }




@lru_cache(maxsize=1)
def _rating_starts() -> dict[str, re.Pattern]:
    """Where each pattern of :func:`_rating_patterns` can start: each opens (after a lookbehind)
    with a word of one list. For :func:`aigc_analysis.load.scan.finditer_at`."""
    r, v = _rating_vocab(), _vocab()
    return {"labelled": word_starts(r["label"], ignore_case=True), "bare": word_starts(r["rating"], ignore_case=True),
            "body": word_starts(v["rating_verb"]), "target": word_starts(r["target_label"], ignore_case=True)}


def _canonical(kind: str, word: str | None) -> str | None:
    if word is None:
        return None
    table = _rating_vocab()[kind]
    return table.get(word) or next((c for w, c in table.items() if w.lower() == word.lower()), word)


def infer_rating(text: str, *, norm: str | None = None,
                 boilerplate: list[tuple[int, int, str]] | None = None) -> dict:
    """The report's own rating, its change and its target price.

    Rules: a labelled rating near the top (``行业评级:增持(维持)``, ``投资评级:维持"买入"``,
    ``Rating: Buy (Maintain)``); else a rating with its change in the header (``买入(首次)``);
    else the report saying so itself in the body (``维持行业"增持"评级``) in a clause that names
    no other broker. Rating-scale definitions (``买入——预期...``, boilerplate ``rating`` and
    ``disclaimer`` spans) and other brokers' calls (``摩根大通将其评级上调至"增持"``) are not
    the report's rating. The target price is a labelled one in the header
    (``目标价:45.6元``, ``目標價 HK$185``), with its currency as an ISO code.

    Returns
    -------
    dict
        ``rating``, ``rating_change`` (``维持``/``首次``/``上调``/``下调`` or the English
        canonical word), ``target_price`` (float), ``target_currency`` (ISO code); None where
        the report does not say.

    Examples
    --------
    >>> infer_rating("某公司深度\\n投资评级：买入（首次）\\n目标价：88.5元")
    {'rating': '买入', 'rating_change': '首次', 'target_price': 88.5, 'target_currency': 'CNY'}
    """
    norm = _normalised(text, norm)
    spans = find_boilerplate(text, norm=norm) if boilerplate is None else boilerplate
    return _taiwan_target(text, norm, _infer_rating(norm, spans, header_end(norm)))


def _infer_rating(norm: str, spans, end: int) -> dict:
    """:func:`infer_rating` on the parsing form, with its boilerplate and the header's end."""
    skip = [(s, e) for s, e, kind in spans if kind in ("rating", "disclaimer")]

    def usable(m: re.Match) -> bool:
        return not any(s <= m.start() < e for s, e in skip)

    pats, starts = _rating_patterns(), _rating_starts()
    out = {"rating": None, "rating_change": None, "target_price": None, "target_currency": None}
    pubs, _ = _publisher_matcher()

    def own(m: re.Match) -> bool:
        """Not in a clause naming another broker or saying ``将其``/``由`` (someone else's call)."""
        clause_start = max(norm.rfind(p, 0, m.start()) for p in "。;\n!?") + 1
        clause = norm[clause_start:m.start()]
        return not (pubs.search(clause) or "将其" in clause or "由" in clause)

    found = next((m for m in finditer_at(pats["labelled"], starts["labelled"], norm, 0, min(len(norm), RATING_CHARS))
                  if usable(m) and (m.start() < end or own(m))), None)
    if found is None:
        found = next((m for m in finditer_at(pats["bare"], starts["bare"], norm, 0, end) if usable(m)), None)
    if found is not None:
        g = found.groupdict()
        out["rating"] = _canonical("rating", g["rating"])
        out["rating_change"] = _canonical("change", g.get("change") or g.get("change0"))
    else:
        for m in finditer_at(pats["body"], starts["body"], norm):
            if not usable(m) or not own(m):
                continue
            out["rating"] = _canonical("rating", m.group("rating"))
            verb = m.group("change")
            # the change a verb states is its value in header_words.csv (给予 states none)
            out["rating_change"] = _vocab()["rating_verb"].get(verb) or None
            break
    target = next((m for m in finditer_at(pats["target"], starts["target"], norm, 0, end) if usable(m)), None)
    if target is not None:
        out["target_price"] = float(target.group("value").replace(",", ""))
        currencies = _vocab()["currency"]
        unit = target.group("pre") or target.group("post") or target.group("paren")
        out["target_currency"] = currencies.get(unit) if unit else None
        out["yuan_target"] = unit is None or unit == "元"
    return out


#: The opening read to tell a Traditional-script document (as in :mod:`aigc_analysis.load.corpus`).
TAIWAN_SCRIPT_CHARS = 2000


def _taiwan_target(text: str, norm: str, out: dict) -> dict:
    """A target price printed bare or in 元 (``目標價：1,350元``) in a Taiwan report is in NT
    dollars: a Traditional-script document that names a Taiwan cue (``taiwan_cue``: 新台幣,
    台股, the ROC era 民國). Any other target keeps its currency."""
    if out.pop("yuan_target", False) and out["target_price"] is not None:
        cues = _vocab().get("taiwan_cue", {})
        if any(w in norm for w in cues) and detect_script(text[:TAIWAN_SCRIPT_CHARS]) == "traditional":
            out["target_currency"] = "TWD"
    return out


# --- title --------------------------------------------------------------------------------------
#: Lines scanned for a title, and the length a title line may have.
TITLE_LINES = 40
TITLE_MIN_CHARS, TITLE_MAX_CHARS = 4, 200
_NOT_TITLE = re.compile(
    r"^(?:[\d\s.,:/\-年月日]+|[-—=_*#]+.*|(?:" + _alt(_vocab()["caption_source"]) + r")来源.*|.*(?:"
    + _alt(_vocab()["research_unit"]) + r")|第?\d+页)$"
)
_TICKER_LINE = re.compile(r"^[^\s(]{2,24}[^\S\n]*\([^\S\n]*[0-9A-Z]{1,6}(?:\.[A-Z]{1,3}|[^\S\n]+[A-Z]{2})?[^\S\n]*\)$")
_CLASSIFICATION = re.compile(r"^[^|:]{1,12}(?:\|[^|:]{1,12})+$")
# A headline broken over two lines ends in a comma, colon or enumeration comma.
_CONTINUES = re.compile(r"[,:、]$")
# 岳府办发〔2026〕7号, 岳政发[2026]3号, 第12号: an official document's number, never its title
_DOCUMENT_NUMBER = re.compile(r"^[\u4e00-\u9fff]{0,12}(?:[〔\[［(][12]\d{3}[〕\]］)]\s*第?\d{1,4}号|第\d{1,4}号)$")
# an official document's title over two lines: ``…办公厅关于印发`` then ``《…》的通知``
_OFFICIAL_CONTINUES = re.compile(r"(?:" + _alt(_vocab()["title_continues"]) + r")$")
_OFFICIAL_CLOSING = re.compile(r"(?:关于|《).*(?:" + _alt(_vocab()["title_closing"]) + r")$")


def infer_title(
    text: str, boilerplate: list[tuple[int, int, str]] | None = None, *, norm: str | None = None,
    names: tuple[str, ...] = (),
) -> str | None:
    """The headline: the first line near the top that is not site or report furniture.

    Skipped: boilerplate spans; everything up to a breadcrumb trail (``首页 / 栏目``) in the
    header (the site banner sits above it); lines of dates, captions and bylines; lines laid out
    in columns (three or more blanks in a row: a masthead); lines with masthead or contact words
    (``证券研究报告``, ``XX研究部``, ``分析师``, ``行业评级:``, ``点击上方``); a line that is only a
    publisher or account name (``names``). A headline broken after a comma or colon is joined
    with its next line; a lead-in label (``标题:``, ``今日焦点:``) is dropped.

    Parameters
    ----------
    text : str
        Document text (the title is returned as written, stripped).
    boilerplate : list of (start, end, kind), optional
        Spans from :func:`aigc_analysis.load.boilerplate.find_boilerplate`; computed when omitted.
    names : tuple of str
        Publisher or account names that are not titles when they fill a line.

    Returns
    -------
    str or None

    Examples
    --------
    >>> infer_title("首页 > 研报 > 标题\\n\\nAIGC行业投资机会梳理\\n\\n正文")
    'AIGC行业投资机会梳理'
    """
    norm = _normalised(text, norm)
    spans = find_boilerplate(text, norm=norm) if boilerplate is None else boilerplate
    return _infer_title(text, spans, norm, names, header_end(norm))


@lru_cache(maxsize=1)
def _title_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Furniture, lead-in label and report type patterns of :func:`infer_title`."""
    furniture = re.compile(rf"(?:{_alt(_vocab()['furniture'])})|(?:{_firm_pattern().pattern})"
                           rf"|^(?:{_alt(_vocab()['research_unit'])})", re.I)
    title_label = re.compile(rf"^(?:{_alt(_vocab()['title_label'])}){_B}:{_B}", re.I)
    report_type = re.compile(rf"(?:{_alt(_cased(_vocab()['report_type']))})")
    return furniture, title_label, report_type


# ``# 标题``: a Markdown heading is a title line without its marks
_MD_HEADING = re.compile(r"#{1,6}[^\S\n]+(?=\S)")
# ``某某 Technology(股票代号:1234)``: a listed firm's name line, never the headline
_TICKER_LABEL = re.compile(rf"[(](?:{_alt(_cased(_vocab()['ticker_label']))}){_B}:?[^)]{{1,16}}[)]$")
# ``本期统计区间:…``, ``发布日期:…``: a labelled line of the header, never the headline
_LABEL_LINE = re.compile(
    rf"^.{{0,4}}?(?:{_alt({**_vocab()['date_label'], **_vocab()['header_date_label'], **_vocab()['not_date_label']})})"
    rf"{_B}:", re.I)
_RESEARCH_LEAD = re.compile(rf"^(?:{_alt(_vocab()['research_unit'])})")


def _unit_led_title(n: str, furniture: re.Pattern) -> bool:
    """``研究所周度算力跟踪``: a line opening with a research unit and no other furniture, a
    title when no line without furniture is one (:func:`_infer_title`'s second pass)."""
    lead = _RESEARCH_LEAD.match(n)
    return lead is not None and furniture.search(n, lead.end()) is None and len(n) - lead.end() >= TITLE_MIN_CHARS


# after a publisher's name at the head of a line: a separator or blank, then the column's name
_NAME_COLUMN_REST = re.compile(r"(?:[^\S\n]*[·•|][^\S\n]*|[^\S\n]+)[^\s,.:;。!?][^,.:;。!?\n]{0,29}")
_QUOTE_MARK = re.compile(r"^>[^\S\n]*")


@lru_cache(maxsize=1)
def _credit_label() -> re.Pattern:
    return re.compile(rf"{_B}(?:{_alt(_vocab()['source_credit'])}){_B}:{_B}")


def _names_line(n: str, folded_names: set[str]) -> bool:
    """A header line (parsing form) that names the publisher and no headline: the name and its
    column (``某某研究中心　周度数据``, ``> 某某研究院 · 月度数据 第23期``) or a credit label and the
    name (``来源:某某``, ``編譯:某某证券``)."""
    q = _QUOTE_MARK.match(n)
    if q is not None:
        n = n[q.end():]
    for f in folded_names:
        if not f:
            continue
        if n.startswith(f) and _NAME_COLUMN_REST.fullmatch(n, len(f)):
            return True
        if n.endswith(f) and _credit_label().fullmatch(n, 0, len(n) - len(f)):
            return True
    return False


_PRESS_WORD = re.compile(rf"(?:{_alt(_vocab()['press_release'])}){_B}$", re.I)


def _infer_title(text: str, spans, norm: str, names: tuple[str, ...], end: int,
                 header_dates: list[DateHit] | None = None) -> str | None:
    """:func:`infer_title` with the boilerplate and the header's end found by the caller, and
    maybe the header's dates (``find_dates(norm, 0, end)``)."""
    pats = _header_patterns()
    folded_names = {_fold_name(n).strip() for n in names if n}
    lines = list(itertools.islice(_lines(text), TITLE_LINES))
    first_line = 0
    for i, (start, _, _) in enumerate(lines):
        if start < end and pats["navigation"].search(norm[start:start + len(lines[i][2])]):
            first_line = i + 1
    furniture, title_label, report_type = _title_patterns()

    def is_title(i: int, strict: bool = True) -> bool:
        start, stop, line = lines[i]
        stripped = line.strip()
        if not (TITLE_MIN_CHARS <= len(stripped) <= TITLE_MAX_CHARS):
            return False
        first = start + (len(line) - len(line.lstrip()))
        n = norm[first:first + len(stripped)]
        md = _MD_HEADING.match(n) if n.startswith("#") else None
        if md is not None:
            n = n[md.end():]
        if any(s <= first < e for s, e, _ in spans) or _NOT_TITLE.match(n) or _DOCUMENT_NUMBER.match(n):
            return False
        if n.startswith("|") or _LABEL_LINE.match(n) or _PRESS_WORD.search(n):
            return False  # a Markdown table row, a labelled header line, a press-release masthead
        if furniture.search(n) and (strict or not _unit_led_title(n, furniture)):
            return False
        if _LAYOUT_GAP.search(n) or n in folded_names:
            return False
        if folded_names and _names_line(n, folded_names):
            return False  # ``某某研究中心　周度数据``, ``来源:某某``: the publisher's line, not a headline
        if strict and _TICKER_LABEL.search(n):
            return False
        if _masthead_pattern().match(n) or _is_body_line(n):
            return False
        if header_dates is not None and stop <= end:
            # a date never spans a line break, so a header line's dates are the header's dates
            # that start on it
            hits = [h for h in header_dates if start <= h.start < stop]
        else:
            hits = find_dates(norm, start, stop)
        if hits and _is_furniture_line(norm[start:stop], hits, start):
            return False
        # weaker furniture, a title only when nothing else is: a report type
        # (``公司研究 | 点评报告``), a classification of short parts (``香港 | 科技``), a stock
        # name with its ticker (``某某科技(600000.SH)``)
        if strict and (not report_type.sub("", n).strip(" |/·•-") or _TICKER_LINE.match(n)
                       or _CLASSIFICATION.match(n)):
            return False
        return True

    order = [(i, True) for i in range(first_line, len(lines))]
    order += [(i, False) for i in range(first_line, len(lines))]
    for i, strict in order:
        if not is_title(i, strict):
            continue
        start, _, line = lines[i]
        title = line.strip()
        first = start + (len(line) - len(line.lstrip()))
        md = _MD_HEADING.match(title) if title.startswith("#") else None
        if md is not None:
            title, first = title[md.end():], first + md.end()
        if _CONTINUES.search(norm[first:first + len(title)]) and i + 1 < len(lines):
            nxt = lines[i + 1][2].strip()
            if nxt and is_title(i + 1):
                title += nxt
        elif i + 1 < len(lines):
            title += _official_title_rest(lines, i, norm, first, len(title), is_title)
        label = title_label.match(_fold(title))
        return title[label.end():].strip() if label and label.end() < len(title) else title
    return None


def is_document_number(line: str) -> bool:
    """Whether a line (parsing form) is only an official document's number (``岳府办发〔2026〕7号``).

    >>> is_document_number("岳府办发〔2026〕7号"), is_document_number("岳川省行动计划")
    (True, False)
    """
    return _DOCUMENT_NUMBER.match(line.strip()) is not None


def _official_title_rest(lines, i: int, norm: str, first: int, length: int, is_title) -> str:
    """The second line of an official document's title broken over two (``岳川省人民政府办公厅
    关于印发`` then ``《…行动计划》的通知``): the line after a title line ending in a word that
    leads on (``title_continues``: 关于印发), or a next line that opens with 关于 or 《 and ends
    the title (``title_closing``: 的通知, 实施意见). An empty string for any other title (one cheap test on its last characters)."""
    start, _, line = lines[i + 1]
    nxt = line.strip()
    if not nxt or not is_title(i + 1):
        return ""
    nfirst = start + (len(line) - len(line.lstrip()))
    if _OFFICIAL_CONTINUES.search(norm, first, first + length) \
            or _OFFICIAL_CLOSING.match(norm, nfirst, nfirst + len(nxt)):
        return nxt
    return ""


def infer_metadata(text: str, published_hint: dt.date | None = None,
                   boilerplate: list[tuple[int, int, str]] | None = None, *,
                   norm: str | None = None) -> dict:
    """Publisher, carrier, title, publication date, rating and target price from the text.

    Parameters
    ----------
    text : str
        Document text as decoded.
    published_hint : datetime.date, optional
        Reference date for a month-day dateline when the text has no full date.
    boilerplate : list of (start, end, kind), optional
        Precomputed boilerplate spans (saves a pass).
    norm : str, optional
        ``for_parsing(to_simplified(text))`` if the caller has it (saves a pass).

    Returns
    -------
    dict
        ``publisher``, ``carrier``, ``title``, ``published`` (``datetime.date`` or None),
        ``published_precision`` (``"day"``/``"month"``/None), ``published_source``
        (``"header"``/``"body"``/``"none"``), ``date_evidence``, ``rating``,
        ``rating_change``, ``target_price``, ``target_currency``.

    Examples
    --------
    >>> meta = infer_metadata("标题很重要\\n发布时间:2024-05-09\\n华泰证券认为... 华泰证券预计... 华泰证券")
    >>> meta["publisher"], meta["title"], str(meta["published"]), meta["published_source"]
    ('Huatai Securities', '标题很重要', '2024-05-09', 'header')
    """
    norm = _normalised(text, norm)
    spans = find_boilerplate(text, norm=norm) if boilerplate is None else boilerplate
    # the header's end, its date candidates and the WeChat account are found once and shared
    end = header_end(norm)
    header_dates = find_dates(norm, 0, end)
    candidates = _header_candidates(norm, end, header_dates)
    wechat = _wechat_account(text, norm, end)
    publisher, carrier = _infer_publisher(text, norm, spans, end, candidates, (wechat,))
    published = _find_published(text, published_hint, norm, end, candidates)
    names = tuple(n for n in (publisher, wechat) if n)
    return {
        "publisher": publisher,
        "carrier": carrier,
        "title": _infer_title(text, spans, norm, names, end, header_dates),
        "published": published.date,
        "published_precision": published.precision,
        "published_source": published.source,
        "date_evidence": published.evidence,
        **_taiwan_target(text, norm, _infer_rating(norm, spans, end)),
    }
