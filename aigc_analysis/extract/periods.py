"""Period expressions -> normalised period strings (``shared/gold/SCHEMA.md``).

Values: ``2024`` (year), ``2024Q1``, ``2023H1``, ``2024-06``, ``2024-06-13``, ``FY2024Q3`` and
``FY2024`` (fiscal, only where the text writes fiscal), spans ``START/END`` (``2012/2023``,
``2021-11/2022-01``, ``前三季度`` -> ``2024Q1/2024Q3``). ``CY24Q1`` is a calendar quarter
(``2024Q1``). Relative forms (今年, 去年, 明年, 年内, 上半年, 一季度, 第三季, Q1, 第二财季, 6月7日,
本月, 上月, 本季度) are resolved against the publication date; without one they are not returned.
A week has no period form: 本周 is the publication day, 上周/下周 the day a week before/after.
Year to date (今年以来, 年初至今) is the publication day: the figure is as of that date.
``2025E``/``2025F`` are estimates (``is_estimate``). A span never crosses a tab or line break.

Some relative words are resolved against the period the text stated before them, not the
publication date: 上年同期/去年同期 (that period a year earlier), 同期 (that period), 季内/本季/
上季 (the quarter stated in the same block, or the one before it), 下一财季 after a fiscal
quarter, N年内 after a dated event, 年初至今 after 昨日/上周五 (as of that day). Windows:
未来N年 and N年内 (``Y/(Y+N-1)``), ``2027年起、为期五年``. 年初/年底 alone are January/December
of the publication year; 日前/近日/近期 are the publication month; ``X以来`` runs to the
publication date at X's precision. A bracketed end date after a quarter (``第二财季（截至7月27日）``)
belongs to the quarter. The words are in ``data/period_words.csv`` and ``relative_days.csv``.

Like the number parser, the regex runs on ``numerals.fold(text)`` (same length), so
Traditional and full-width input needs no separate normalisation.
"""
from __future__ import annotations

import csv
import dataclasses
import operator
import calendar
import re
from dataclasses import dataclass
from typing import NamedTuple
from datetime import date, timedelta

from .numerals import CN_DIGITS, CN_SMALL_UNITS, fold, pattern_words, small_count
from .regex_dispatch import first_char_dispatch
from ..load.metadata import roc_era_words, roc_offset
from ..paths import DATA_DIR

__all__ = ["Period", "anchor_stretches", "calendar_stretch", "ended_stretch", "ended_stretch_in", "filing_stretch", "stretch_end", "find_periods", "find_periods_roc", "parse_period", "quarter_reports"]


@dataclass(frozen=True)
class Period:
    """One period expression: normalised ``value`` and the span ``text[start:end]``."""

    value: str
    start: int
    end: int
    text: str
    is_estimate: bool = False
    #: A fiscal quarter written without its year (``第三财季``: ``("q", 3)``) or relative to
    #: the publication date (``下一财季``: ``("rel", 1)``); ``value`` then assumes a fiscal year
    #: that is the calendar year, and :func:`fiscal_quarter` resolves it for a company's calendar.
    fiscal: tuple | None = None
    #: ``"edge"``: 年初/年底, a month named by its place in a year; ``"item"``: 四年内, a window
    #: that binds only the item of a 、-list it stands in.
    scope: str | None = None


_object_new, _object_setattr = object.__new__, object.__setattr__


def _new_period(value: str, start: int, end: int, text: str, is_estimate: bool = False,
                fiscal: tuple | None = None, scope: str | None = None) -> Period:
    """``Period(...)`` with the same fields, its instance dict set whole: the frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``, for every period of
    every document. Equality, hashing and ``repr`` read the same fields."""
    p = _object_new(Period)
    _object_setattr(p, "__dict__", {"value": value, "start": start, "end": end, "text": text,
                                    "is_estimate": is_estimate, "fiscal": fiscal, "scope": scope})
    return p


_Y4 = r"(?:19|20)[0-9]{2}"
#: The years a report can be dated in: those a written year may name (``_Y4``, as the loader's
#: date readers take them). A publication date outside them (a sidecar's 9999-12-31) anchors no
#: relative period of a document: 明天 or 下周 after it is no calendar date, 明年 no four-digit year.
PUBLISHED_YEARS = range(1900, 2100)


def anchor_date(published: date | None) -> date | None:
    """``published`` if relative periods can be resolved against it, else None (see
    :data:`PUBLISHED_YEARS`).

    >>> anchor_date(date(2025, 8, 5)), anchor_date(date(9999, 12, 31))
    (datetime.date(2025, 8, 5), None)
    """
    return published if published is not None and published.year in PUBLISHED_YEARS else None
#: The number parser's word lists, for the few units that make a year-like number a quantity.
_QWORDS = pattern_words("quantities")


def _read_relative_days() -> dict[str, tuple[int, str]]:
    """``data/relative_days.csv``: word -> (days, anchor): ``published`` or the last day in the ``text``."""
    with open(DATA_DIR / "relative_days.csv", newline="", encoding="utf-8") as f:
        return {r["word"].strip(): (int(r["offset"]), r["anchor"].strip()) for r in csv.DictReader(f)}


_RELATIVE_DAYS = _read_relative_days()


def _read_period_words() -> dict[str, dict[str, int]]:
    """``data/period_words.csv``: role -> {word: offset} (recent, year_edge, quarter_rel ...)."""
    out: dict[str, dict[str, int]] = {}
    with open(DATA_DIR / "period_words.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.setdefault(r["role"].strip(), {})[r["word"].strip()] = int(r["offset"] or 0)
    return out


_WORDS = _read_period_words()


def _alternation(role: str) -> str:
    return "|".join(sorted(map(re.escape, _WORDS[role]), key=len, reverse=True))


#: roles whose words only ever stand inside a longer expression, never at its start
_DIGITS = frozenset("0123456789")
_INNER_ROLES = frozenset({"en_year_lead", "ytd_move", "en_month_lead", "en_period_after", "quarter_word", "fiscal_year_word", "month_suffix", "unit_after", "asof", "equivalent", "quarter_report", "later_time", "future_item", "ahead_marker",
                           "period_end", "day_lead", "day_zone_lead", "day_act_after", "day_count_before", "publication_last_week", "day_count_after", "term_verb",
                           "future_item_not", "year_start_not", "results_report", "results_title",
                           "effective_from", "filing_issuer", "filing_tail", "filing_header", "reference_title", "reference_year", "context_year", "reference_part_title", "duration_lead",
                           "day_rel_not_before", "lunar_context", "date_year_mark", "date_month_mark", "date_day_mark", "spelt_zero", "en_month_count", "week_heading", "first_n", "ytd_total", "ytd_reached", "place_after_tai",
                           "straddle_year_word", "straddle_sep"})
_NUM_WORD = r"[0-9]{1,2}|[一二两三四五六七八九十]{1,3}"


def _month_range(a: str, b: str) -> str:
    """A stretch of months (1-6月, 4至9月份) with its two months in groups ``a`` and ``b``."""
    return (rf"(?P<{a}>1[0-2]|0?[1-9])\s?(?:月\s?)?(?:至|到|-|~|—|–)\s?(?P<{b}>1[0-2]|0?[1-9])\s?月(?:份)?"
            r"(?![0-9]|\s?[日号])")


#: the past twelve months: English counts of months a trailing window is written with (period_words ``en_month_count``)
_EN_MONTH_COUNT = _WORDS["en_month_count"]
_EN_MONTH_COUNTS = "|".join(map(re.escape, _EN_MONTH_COUNT))
_TRAILING_BLANKS = " \t\r\n\u3000"
_RELATIVE_DAY_WORDS = "|".join(sorted((re.escape(w) for w, (_, a) in _RELATIVE_DAYS.items() if a != "bracket"),
                                      key=len, reverse=True))
#: 今（10）日, 昨(9)日: a relative day whose day of the month is written in brackets
_BRACKET_DAY_WORDS = "|".join(sorted((re.escape(w) for w, (_, a) in _RELATIVE_DAYS.items() if a == "bracket"),
                                     key=len, reverse=True))
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
             r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_CNQ = r"[一二三四1-4]"
#: 首季 (Hong Kong and Taiwan filings and wires) is the first quarter, as 第一季
_QNUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "首": 1}
_QN = r"[二两三四2-4]"  # 前三季度: the first n quarters, n >= 2
_MN = r"1[0-2]|[2-9](?![0-9])|十[一二]?|[二两三四五六七八九]"  # 前10月: the first n months, n >= 2
#: 十月, 十一月, 九月: a month written in Chinese numerals (a Taiwanese revenue flash's 十月營收); not
#: after another numeral or a word that makes it a count or a window (第一月, 每三月, 近一月), nor
#: before one that makes it a span (一月内, 三月余)
_CN_MONTH = r"(?<![一二两三四五六七八九十百千万零〇第每数几多半前后近上本这该同单逐按])(?:十[一二]?|[一二三四五六七八九])"
_NB = r"(?<![A-Za-z0-9])"  # not glued to a name or a longer number

#: ``(?<=\bin )|(?<=\bby )|...``: the words an English year follows, one fixed-width look-behind each
_EN_YEAR_LEADS = "|".join(rf"(?<=\b{re.escape(w)} )" for w in sorted(_WORDS["en_year_lead"]))
_EN_YEAR_AT_END = rf"(?:{_EN_YEAR_LEADS})(?P<en_yr>{_Y4})(?=[.,](?![0-9]))"
#: ``in 2025.``, ``by 2028,``: a year an English clause ends on (the scan's ``en_yr`` alternative)
EN_YEAR_AT_END = re.compile(_EN_YEAR_AT_END)
#: in April, its September round: a month's full name alone after an English lead word (the
#: scan's ``en_mo`` alternative; a lead keeps the modal may and a name such as April apart)
_EN_MONTH_LEADS = "|".join(rf"(?<=(?<![A-Za-z]){re.escape(w)}{'' if w.endswith('-') else ' '})"
                           for w in sorted(_WORDS["en_month_lead"]))
_EN_MONTH_ALONE = (rf"(?:{_EN_MONTH_LEADS})(?P<en_mo>January|February|March|April|May|June|July|August"
                   r"|September|October|November|December)(?![A-Za-z0-9\-]|\.?\s?[0-9])")

#: 当地时间24日: time-zone words before which a day of the month alone is a date (lookbehinds,
#: one per word: their lengths differ)
_DAY_ZONE_LEAD = "|".join(f"(?<={re.escape(w)})" for w in sorted(_WORDS["day_zone_lead"], key=len, reverse=True))
def _first_of_fiscal(name: str) -> str:
    """``前三个季度`` / ``前九个月`` right after a fiscal year (FY2026前九个月, 本财年前三个季度):
    the fiscal year's first n quarters, as the groups ``<name>_q`` (quarters) and ``<name>_m``
    (months, read only when whole quarters)."""
    return (rf"\s?(?:{_alternation('first_n')})\s?(?:(?P<{name}_q>{_QN})\s?(?:个\s?)?(?:{_alternation('quarter_word')})"
            rf"|(?P<{name}_m>{_MN})\s?(?:个\s?)?月(?:份)?(?![0-9]|\s?[日号]))")


_SCAN_SOURCE = (
    # FY26-28, FY2026-FY2028, FY25-27E: a span of fiscal years, the second written short
    rf"{_NB}FY\s?(?P<fyr_a>{_Y4}|[0-9]{{2}})\s?[-–~]\s?(?:FY\s?)?(?P<fyr_b>{_Y4}|[0-9]{{2}})E?(?![0-9A-Za-z])"
    # FY2025, and fiscal 2025 / fiscal year 2026 as wires write it (its year then in full)
    # FY25/26, FY2025/26 (a fiscal year a Hong Kong, Japanese or Indian issuer names by the two
    # calendar years it straddles): the year it ends in, as FY2026
    rf"|{_NB}(?:FY\s?|[Ff]iscal\s(?:[Yy]ear\s)?(?={_Y4}))(?:(?P<fy_from>{_Y4}|[0-9]{{2}})\s?/\s?)?(?P<fy>{_Y4}|[0-9]{{2}})(?:\s?Q(?P<fyq>[1-4])|\s?H(?P<fyh>[12])|\s?(?P<fyq_n>[1-4])Q(?![0-9A-Za-z])"
    rf"|\s?第?(?P<fyq_cn>{_CNQ})\s?(?:{_alternation('quarter_word')})|\s?(?P<fyh_cn>上|下)半(?:财)?年|" + _first_of_fiscal("fyf") + rf")?(?![0-9])"
    # FY2Q27 / F2Q27 / 2QFY27 / 2Q FY2027 / Q2 FY27: a fiscal quarter with its number before the year
    rf"|{_NB}F(?:Y\s?)?(?P<fqy_q>[1-4])\s?Q\s?(?P<fqy_y>{_Y4}|[0-9]{{2}})(?![0-9])"
    rf"|{_NB}(?:(?P<qfy_q>[1-4])\s?Q|Q(?P<qfy_q2>[1-4]))\s?FY\s?(?P<qfy_y>{_Y4}|[0-9]{{2}})(?![0-9])"
    # 1H FY25 / 1HFY26 / H2 FY2025: a fiscal half written as the fiscal quarter before it
    rf"|{_NB}(?:(?P<hfy_h>[12])\s?H|H(?P<hfy_h2>[12]))\s?FY\s?(?P<hfy_y>{_Y4}|[0-9]{{2}})(?![0-9])"
    # 2027年3月期 (Japanese filings): the fiscal year ending in that month, as 2027财年; its
    # 中间期 (2027年3月期中间期) the first half of that fiscal year, FY2027H1
    # 2025/26财年, 2025-26年度, 2024至25財政年度: a fiscal year written as the two calendar years
    # it straddles (straddle_sep, straddle_year_word of period_words.csv) is the year it ends in;
    # 年度 names a fiscal year only after such a pair (2025年度 alone is the calendar year)
    rf"|(?<![0-9])(?:(?P<fyc_from>{_Y4})\s?(?P<fyc_sep>{_alternation('straddle_sep')})\s?(?=[0-9]{{2}}\s?(?:{_alternation('fiscal_year_word')}|{_alternation('straddle_year_word')})))?"
    rf"(?P<fyc>{_Y4}|[0-9]{{2}})\s?(?:{_alternation('fiscal_year_word')}|(?(fyc_from)(?P<fyc_sw>{_alternation('straddle_year_word')})|(?!))|年\s?(?:1[0-2]|0?[1-9])\s?月期(?:(?=中间期)|(?![间内限货权初末中]))\s?)(?:第?(?P<fycq>{_CNQ})\s?(?:{_alternation('quarter_word')})|Q(?P<fycq2>[1-4])"
    rf"|(?P<fych>上|下)半(?:财)?年|(?P<fycmid>中间)期|" + _first_of_fiscal("fycf") + ")?"
    rf"|(?<![0-9])(?:(?P<mr_y>{_Y4})\s?年\s?)?" + _month_range("mr_a", "mr_b") +
    rf"|(?<![0-9])(?:(?P<fm_y>{_Y4})\s?年\s?)?(?:{_alternation('first_n')})\s?(?P<fm_n>{_MN})\s?(?P<fm_ge>个\s?)?月(?:份)?(?![0-9]|\s?[日号])"
    rf"|{_NB}CY\s?(?P<cy>{_Y4}|[0-9]{{2}})(?:\s?Q(?P<cyq>[1-4])|\s?H(?P<cyh>[12]))?(?![0-9])"
    rf"|{_NB}(?P<yq_y>{_Y4}|(?<![/／.])[0-9]{{2}})\s?Q(?P<yq_q>[1-4])(?![0-9])"  # 8/27 Q2 FY26: a day, no year
    rf"|{_NB}(?P<qy_q>[1-4])Q(?P<qy_y>{_Y4}|[0-9]{{2}})(?![0-9])"
    # 1-3Q25 / 1Q-3Q25: the first through the n-th quarter of one year, the year written once
    rf"|{_NB}(?P<qq_a>[1-4])Q?\s?[-–~]\s?(?P<qq_b>[1-4])Q(?P<qq_y>{_Y4}|[0-9]{{2}})(?![0-9])"
    # 9M25 / 6M2025: the first n months of a year (3M alone is a company, 12M a trailing year)
    rf"|{_NB}(?P<nm_n>[2-9]|1[01])M(?P<nm_y>{_Y4}|[0-9]{{2}})(?![0-9A-Za-z])"
    rf"|{_NB}Q(?P<qY_q>[1-4])\s(?P<qY_y>{_Y4})(?![0-9])"
    rf"|{_NB}Q(?P<qa_q>[1-4])\s?['’](?P<qa_y>[0-9]{{2}})(?![0-9])"  # Q1'26
    # 1H25, and 2H 2025 with a space when the year is written in full
    rf"|{_NB}(?P<hy_h>[12])H(?:\s(?={_Y4}(?![0-9])))?(?P<hy_y>{_Y4}|[0-9]{{2}})(?![0-9])"
    rf"|{_NB}(?P<yh_y>{_Y4}|[0-9]{{2}})\s?H(?P<yh_h>[12])(?![0-9])"  # 2025H1, 25H1 as 25Q3
    rf"|{_NB}H(?P<Hy_h>[12])\s(?P<Hy_y>{_Y4})(?![0-9])"
    rf"|(?<![0-9])(?P<term_y>{_Y4})\s?年\s?起\s?[,，、]?\s?为期\s?约?\s?(?P<term_n>{_NUM_WORD})\s?年"
    # 2026年起执行，为期约4年 / 2026年起分4年执行: the term read ahead, its length left to be a fact
    rf"|(?<![0-9])(?P<term_y2>{_Y4})\s?年\s?起(?=\s?(?:{_alternation('term_verb')})?\s?[,，、]?\s?(?:为期|分)\s?约?\s?(?P<term_n2>{_NUM_WORD})\s?(?:个\s?)?年)"
    # 截至2024年12月31日止年度: the year that ended that day (a fiscal year unless it ends in December)
    rf"|(?<![0-9])(?P<ye_y>{_Y4})\s?年\s?(?P<ye_m>1[0-2]|0?[1-9])\s?月\s?[0-3]?[0-9]\s?日\s?止\s?(?:年度|财年)"
    # 26-28年, 26-28E: a span of years both written with two digits (10-15年 is a duration)
    r"|(?<![0-9.])(?P<ys_a>[0-9]{2})\s?(?:-|–|~|—|至|到)\s?(?P<ys_b>[0-9]{2})(?:\s?年(?:度)?|(?P<ys_e>E)(?![A-Za-z0-9]))"
    rf"|(?<![0-9])(?P<cn_y>{_Y4}|[0-9]{{2}})\s?年(?:度)?\s?(?:(?:第\s?|(?=首))(?P<cn_q>{_CNQ}|首)\s?季(?:度)?"
    rf"|(?P<cn_q3>{_CNQ})\s?季(?:度|(?=[末底初]))|(?:{_alternation('first_n')})\s?(?P<cn_qn>{_QN})\s?(?:个\s?)?季(?:度)?"
    rf"|Q(?P<cn_q2>[1-4])|H(?P<cn_hn>[12])|(?P<cn_hn2>[12])H|(?P<cn_same>同期)|(?P<cn_h>上|下)半年|(?P<cn_e>[底末](?!前)|初(?!\s?(?:{_alternation('year_start_not')})))|(?P<cn_m>[0-9]{{1,2}}|{_CN_MONTH})\s?月(?:份)?"
    rf"(?:\s?(?P<cn_d>[0-9]{{1,2}})\s?[日号])?)?(?![多左内间]|以[上下内]|[0-9](?![0-9]?:[0-5][0-9]))"
    rf"|(?<![0-9.])(?P<iso_y>{_Y4})[-/.](?P<iso_m>[01]?[0-9])(?:[-/.](?P<iso_d>[0-3]?[0-9]))?"
    rf"(?![0-9]|\s?(?:[万亿%‰倍元]|{_alternation('unit_after')}|pct|ppt|pp|bps|bp|[KMGTP]i?B))"  # 2001.03个百分点
    rf"|(?<![0-9.])(?P<est_y>{_Y4})\s?(?P<est>[EF])(?![A-Za-z])"
    r"|(?<![0-9.A-Za-z])(?P<est_y2>[0-9]{2})E(?![A-Za-z0-9+])"  # 26E: a forecast year written short
    rf"|(?P<ytd>{_alternation('ytd')})"
    rf"|(?P<rel>{_alternation('year_rel')})(?:\s?(?:第?(?P<rel_q>[一二三四1-4]|首)\s?季(?:度)?"
    rf"|(?:{_alternation('first_n')})\s?(?P<rel_qn>{_QN})\s?(?:个\s?)?季(?:度)?"
    rf"|(?:{_alternation('first_n')})\s?(?P<rel_fm>{_MN})\s?(?:个\s?)?月(?:份)?"
    # 今年1-6月: a stretch of months of that year
    + "|" + _month_range("rel_ma", "rel_mb") +
    r"|(?P<rel_same>同期)|年?(?P<rel_e>[初底末])|(?P<rel_h>上|下)半年|(?P<rel_m>[0-9]{1,2}|" + _CN_MONTH + r")\s?月(?:份)?(?:\s?(?P<rel_d>[0-9]{1,2})\s?[日号])?))?"
    rf"|(?P<ahead>{_alternation('window_ahead')})\s?(?P<ahead_n>{_NUM_WORD})\s?(?:个\s?)?年"
    # 近三年, 过去五年: the N years up to the publication year (将近三年 is a duration: nearly)
    rf"|(?<![将接])(?P<back>{_alternation('window_back')})\s?(?P<back_n>{_NUM_WORD})\s?(?:个\s?)?年(?![0-9前后初底末])"
    # 过去12个月, 近6个月, the past twelve months: the N whole months before the publication month
    rf"|(?<![将接])(?P<back_m>(?:{_alternation('window_back')})\s?(?:{_NUM_WORD})\s?个\s?月(?![0-9份前后底末初])"
    rf"|(?<![A-Za-z])(?:{_alternation('window_back_en')}) (?:[0-9]{{1,2}}|{_EN_MONTH_COUNTS}) months(?![A-Za-z]))"
    rf"|(?<![0-9一二两三四五六七八九十])(?P<win_n>{_NUM_WORD})\s?(?:个\s?)?年内"
    # 一年前, 三个月前, 半年前: the month that many months before the publication month
    rf"|(?<![0-9一二两三四五六七八九十])(?P<ago_n>{_NUM_WORD}|半)\s?(?P<ago_u>个\s?月|年)\s?前(?![0-9后])"
    rf"|(?P<recent>{_alternation('recent')})"
    rf"|(?P<same>{_alternation('same_period')})"
    rf"|(?<![0-9年])(?P<edge>{_alternation('year_edge')})"
    rf"|(?<![0-9一二两三四])(?P<qrel>{_alternation('quarter_rel')})"
    rf"|(?P<wk_rel>{_alternation('week_rel')})?(?:{_alternation('week')})(?P<wk_d>[一二三四五六日天])(?!均)"  # 周日均: the week's daily average
    rf"|(?P<near>{_alternation('near')})(?!(?<=周)期)"  # 回本周期, 本周期: a cycle, not this week
    r"|(?<![0-9零一二两三四五六七八九十百千半])(?P<within>年内|全年)"
    rf"|{_NB}Q(?P<bq>[1-4])(?![0-9A-Za-z])"
    rf"|{_NB}(?P<bq4>[1-4])Q(?![0-9A-Za-z])"  # 3Q营收: a quarter without its year, as Q3
    rf"|(?<![0-9年上下本])(?:第\s?)?(?P<fq>{_CNQ})\s?财季"
    rf"|(?P<fq_rel>{_alternation('fiscal_rel')})\s?财季"
    # FQ3 in traders' notes (AMD FQ3：), fiscal Q2 in wires: a fiscal quarter without its year, as 第三财季
    rf"|{_NB}(?:FQ|[Ff]iscal\s?Q)(?P<fq_en>[1-4])(?![0-9A-Za-z])"  # and fiscal Q2 of wires
    rf"|(?P<fy_rel>{_alternation('fiscal_rel')})\s?财年(?:" + _first_of_fiscal("fyrf") + ")?"
    rf"|(?<![0-9年])(?:(?:第\s?|(?=首))(?P<bq2>{_CNQ}|首)\s?季(?:度)?|(?<![0-9.])(?P<bq3>{_CNQ})\s?季(?:度|(?=[末底初])))"
    rf"|(?<![0-9年])前\s?(?P<bqn>{_QN})\s?(?:个\s?)?季(?:度)?"
    r"|(?P<bh>上|下)半年"
    r"|(?<![0-9])(?P<md_m>[0-9]{1,2})\s?月\s?(?P<md_d>[0-9]{1,2})\s?[日号]"
    # 03-18（一）, 3/18（一）: a day written by digits alone is a date only with its weekday in
    # brackets (a daily table's row label); bare 03-18 may be a range or a fraction
    rf"|(?<![0-9./\-])(?P<mdw_m>1[0-2]|0?[1-9])[-/](?P<mdw_d>[12][0-9]|3[01]|0?[1-9])"
    rf"\s?[（(](?:{'|'.join(_QWORDS['weekday_mark'])})[）)]"
    # 618期间, 双11: a shopping festival named by its date is its month (never an amount: 618亿元)
    rf"|(?<![0-9.])(?:(?P<fest_y>{_Y4})\s?年\s?)?(?P<fest>{_alternation('festival_month')})"
    r"(?![0-9.,%‰]|\s?[万亿千百元个家人倍块片张颗台卡次])"
    # 近1月, 近3月 (a fund table's trailing-return columns): a window back from the data's
    # day, not January or March
    rf"|(?<![0-9个近])(?P<mo>1[0-2]|0?[1-9]|{_CN_MONTH}(?=月(?![内间余多来])))\s?月(?:{_alternation('month_suffix')})?(?![0-9])"
    rf"|{_EN_MONTH_ALONE}"
    rf"|(?<![A-Za-z])(?P<en_m>{_EN_MONTH})\.?\s?(?:(?P<en_d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])(?:,?\s?(?P<en_y>{_Y4}))?"
    rf"|(?P<en_y2>{_Y4})|[-'’](?P<en_y3>{_Y4}|[0-9]{{2}}))(?![0-9])"  # Jun-2025, Jan-24, Jun'25
    rf"|(?P<bd_w>{_BRACKET_DAY_WORDS})\s?[(（]\s?(?P<bd_d>[0-9]{{1,2}})\s?[)）]\s?日"
    # 10日台股收涨, 公司于8日宣布: a day of the month alone opening a clause (news style), not a
    # count of days (近5日, 5日均线, 10日内, 连续3日)
    # (当地时间24日发布: after a time-zone word too; 谷歌18日发布: after a name when an act word
    # of news follows the day, day_act_after, as no count of days is followed)
    rf"|(?:(?<=^)|(?<=[\n，,。；;：:（(]|[{''.join(sorted(_WORDS['day_lead']))}])|{_DAY_ZONE_LEAD}"
    rf"|(?<![0-9.{''.join(sorted(_WORDS['day_count_before']))}])(?=(?:[1-9]|[12][0-9]|3[01])日(?:{_alternation('day_act_after')})))"
    rf"(?P<dom>[1-9]|[12][0-9]|3[01])日"
    rf"(?![内均线间後后前起左至到多来以0-9]|{_alternation('day_count_after')})"
    # 除夕, 大年初一, (春节…)初二: a day of the lunar new year (``_value_lunar``)
    rf"|(?P<lunar>{_alternation('lunar_day')})"
    rf"|(?<![年月高初])(?P<lunar_bare>{_alternation('lunar_bare')})(?![0-9])"
    rf"|(?<![如而])(?P<day_rel>{_RELATIVE_DAY_WORDS})(?!{_alternation('day_rel_not_before')})"  # 如今/而今 (nowadays) hold 今
    # in 2025. / by 2026, : a year an English sentence or clause ends on (a bare year before ``.``
    # or ``,`` is read as a year only after such a word: 2025.5 and 2,025 are numbers)
    rf"|{_EN_YEAR_AT_END}"
    # a bare year; never the last group of a telephone number or a standard's number (552-2000,
    # 010-6552-2019, GB/T 5438-2025) unless the group before is a year itself (2023-2025)
    rf"|(?<![0-9.A-Za-z])(?<![0-9],)(?:(?<![0-9][-－])|(?<=(?<![0-9])(?:19|20)[0-9]{{2}}[-－]))(?P<by>{_Y4})(?![0-9.,%‰]|\s?[万亿千百元个家人倍块片张颗卡次]|\s?台(?!{_alternation('place_after_tai')})|\s?[A-Za-z]{{0,3}}\s?(?:GPU|卡)"
    # the first end of a range of amounts (2000-4000元): the second end carries the unit, no year
    rf"|[ ]?[-~〜—–][ ]?[0-9][0-9,]*(?:\.[0-9]+)?\s?(?:[万亿千百元个家人倍块片张颗台卡次%‰]|{_QWORDS['currency_after']}|{_QWORDS['measure_after_year']})"
    # 2000P: a capacity in PFLOPS written with the letter alone (quantities reads it), no year
    rf"|(?:{_QWORDS['flops_bare_after_year']})(?!{_QWORDS['not_after_flops_bare']})"
    # 2000 TOPS, 2000 TFLOPS: a computing capacity (quantities reads it), no year
    r"|\s?[KMGTPEZ](?:(?i:flop)|OP[sS]))"  # 2000 PFlops, 1920 PFLOPS
)
#: The characters a period expression may start with (f: fiscal 2025 in wires).
_FIRST = re.compile(r"[0-9FfCQH今去明前后本上下年第一二两三四五六七八九十JMASOND周星礼这当全半"
                    + "".join(sorted({re.escape(w[0]) for w in _RELATIVE_DAYS}
                                     | {re.escape(w[0]) for role, words in _WORDS.items()
                                        if role not in _INNER_ROLES for w in words})) + "]")
# The scan runs per candidate position: a position passes ``_CANDIDATE`` only where some
# alternative can start (first two characters, the character before), and there only the
# alternatives that can start with its two characters are tried: the match of the whole
# ``_SCAN_SOURCE`` there, several times faster than trying all of it at every ``_FIRST`` character.
# A match starts on a ``_FIRST`` character, never on a digit right after a digit (inside a number).
_CANDIDATE, _SCAN_AT = first_char_dispatch(
    _SCAN_SOURCE, may_start=lambda ch: _FIRST.match(ch) is not None,
    not_after=lambda ch: _DIGITS if ch in _DIGITS else frozenset())
# Like a range of numbers, a span never crosses a tab or a line break (table cells).
_SPAN_SEP = re.compile(r"[ \u3000]?(?:至|到|-|~|—|–)[ \u3000]?")
#: 2025年10月13日20:00至11月11日23:59: the clock time a stretch of days starts at, before its 至
#: a short bracket after a day (（周一）): a weekday that may stand between a span's day and its 至
_BRACKETED = re.compile(r"[ \u3000]?[（(][^）)\n]{1,4}[)）]")
_CLOCK_SPAN_SEP = re.compile(r"[ \u3000]?(?:[01]?[0-9]|2[0-3]):[0-5][0-9]" + _SPAN_SEP.pattern)
_SINCE = re.compile(r"\s?(?:以来|至今)")
# 15年期、200MW的租约: 期 after a two-digit year count makes it a contract's term, not 2015
_DURATION_NEXT = frozenset("的多左内间来后前里中期")
#: alternatives resolved against the publication date (or the text before them): never joined into a span
_FIXED_GROUPS = ("near", "ytd", "day_rel", "bd_w", "dom", "wk_d", "recent", "ahead", "back", "back_m", "win_n", "ago_n", "qrel", "same")


#: Groups whose match sends a period to ``_year_of_context`` (a month, quarter or half written
#: without its year), to ``_in_context`` (a period relative to one stated before it), and the
#: fiscal groups of a simple period.
_YEAR_CONTEXT_GROUPS = ("md_m", "mo", "fest", "within", "bq", "bq2", "bq3", "bq4", "bh", "bqn", "mr_a", "en_m", "en_mo")
_IN_CONTEXT_GROUPS = ("rel_same", "win_n", "qrel", "fq_rel", "ytd")
_FISCAL_GROUPS = ("fq", "fq_en", "fq_rel", "fy_rel")


class _Holds(NamedTuple):
    """Which of the rules of ``find_periods`` a sub-pattern of the scan can take part in: a
    match can set only the groups its sub-pattern holds, so a rule none of whose groups it holds
    is passed over without asking the match for each of them."""

    fixed: tuple
    rules: tuple
    year_context: bool
    in_context: bool
    same: bool
    day_rel: bool
    fiscal: bool


def _holds(p: re.Pattern) -> _Holds:
    names = p.groupindex
    return _Holds(tuple(k for k in _FIXED_GROUPS if k in names),
                  tuple(rule for rule in _VALUE_RULES if rule[0] in names),
                  any(k in names for k in _YEAR_CONTEXT_GROUPS), any(k in names for k in _IN_CONTEXT_GROUPS),
                  "same" in names, "day_rel" in names, any(k in names for k in _FISCAL_GROUPS))


_FROM = re.compile(r"(?:从|自)\s?$")


def _year(raw: str) -> int:
    y = int(raw)
    return y if y >= 100 else 2000 + y


def _value(g, end: int, published: date | None, t: str, rules) -> tuple[str | None, bool]:
    """The normalised value of one simple period match and whether it is an estimate.

    ``g(name)`` is a group of the match (None when it did not take part), ``end`` where it ends,
    ``rules`` those of ``_VALUE_RULES`` whose groups the match's sub-pattern holds
    (``_Holds.rules``): the first rule one of whose groups is set gives the value.
    """
    for key, rule in rules:
        if g(key):
            return rule(g, end, published, t, published.year if published is not None else None)
    return None, False


def _fiscal_first_quarters(fy: str, g, name: str) -> str | None:
    """``FY2026Q1/FY2026Q3`` for the fiscal year ``fy`` followed by its first n quarters (or 3n
    months) in the groups of :func:`_first_of_fiscal` named ``name``; ``fy`` alone when none
    follow or when the months are no whole quarters (前八个月 of a fiscal year)."""
    if g(f"{name}_q"):
        return f"{fy}Q1/{fy}Q{_QNUM[g(f'{name}_q')]}"
    if g(f"{name}_m"):
        n = small_count(g(f"{name}_m"))
        return f"{fy}Q1/{fy}Q{n // 3}" if n is not None and n % 3 == 0 and 3 <= n < 12 else fy
    return fy


def _straddles(first: str | None, last: str) -> bool:
    """Whether a fiscal year written ``first/last`` (``25/26``, ``2025/26``) is one year running
    into the next (the year it ends in names it); True when no first year is written."""
    return first is None or _year(last) == _year(first) + 1


def _value_fy(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    if not _straddles(g("fy_from"), g("fy")):
        return None, False  # FY24/26: no fiscal year
    v = f"FY{_year(g('fy'))}"
    if g("fyf_q") or g("fyf_m"):
        return _fiscal_first_quarters(v, g, "fyf"), False
    if g("fyq_cn"):
        return f"{v}Q{_QNUM[g('fyq_cn')]}", False
    if g("fyq_n"):
        return f"{v}Q{g('fyq_n')}", False  # FY2026 3Q: the quarter's number before its Q
    if g("fyh_cn"):
        return f"{v}H{1 if g('fyh_cn') == '上' else 2}", False
    return v + (f"Q{g('fyq')}" if g("fyq") else f"H{g('fyh')}" if g("fyh") else ""), False


def _value_fyr(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    a, b = _year(g("fyr_a")), _year(g("fyr_b"))
    return (f"FY{a}/FY{b}" if a < b else None), False


def _value_fqy_q(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return f"FY{_year(g('fqy_y'))}Q{g('fqy_q')}", False


def _value_qfy_y(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return f"FY{_year(g('qfy_y'))}Q{g('qfy_q') or g('qfy_q2')}", False


def _value_hfy_y(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return f"FY{_year(g('hfy_y'))}H{g('hfy_h') or g('hfy_h2')}", False


def _value_qq_y(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    a, b, y = int(g("qq_a")), int(g("qq_b")), _year(g("qq_y"))
    return (f"{y}Q{a}/{y}Q{b}" if a < b else None), False


def _value_nm_y(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    # 9M25 reads as 1-9月 does (``_month_span``: 6M25 is the half 2025H1)
    return _month_span(_year(g("nm_y")), 1, int(g("nm_n"))), False


def _value_fyc(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    if not _straddles(g("fyc_from"), g("fyc")):
        if g("fyc_sep") == "/" and not g("fyc_sw"):
            return None, False  # 2025/27财年: no fiscal year
        # 2025-27年度, 2025-27财年: a span of years (of fiscal years after a fiscal word)
        a, b = _year(g("fyc_from")), _year(g("fyc"))
        if a >= b:
            return None, False
        return (f"{a}/{b}" if g("fyc_sw") else f"FY{a}/FY{b}"), False
    q = g("fycq") or g("fycq2")
    if g("fych"):
        return f"FY{_year(g('fyc'))}H{1 if g('fych') == '上' else 2}", False
    if g("fycmid"):
        # 2026年3月期中间期 (a Japanese filing's interim period): the fiscal year's first half
        return f"FY{_year(g('fyc'))}H1", False
    if g("fycf_q") or g("fycf_m"):
        return _fiscal_first_quarters(f"FY{_year(g('fyc'))}", g, "fycf"), False
    return f"FY{_year(g('fyc'))}" + (f"Q{_QNUM[q]}" if q else ""), False


#: 8月4日至8日: the second day of a span written without its month (not 8日均, 8日内)
_DAY_RANGE_END = re.compile(_SPAN_SEP.pattern + r"(?P<d>[0-3]?[0-9])\s?[日号](?![内均线间後后前起左多来以0-9])")


def _day_range_end(value: str, t: str, e: int) -> tuple[str, int] | None:
    """The end of a span of days in one month whose second day is written alone (``8月4日至8日``
    -> ``2025-08-08``) and where that end ends in the text; None when no such day follows.

    >>> [p.value for p in find_periods("8月4日至8日期间，日均成交额约2300亿港元", date(2025, 10, 20))]
    ['2025-08-04/2025-08-08']
    >>> [p.value for p in find_periods("8月4日至8月8日", date(2025, 10, 20))]
    ['2025-08-04/2025-08-08']
    """
    m = _DAY_RANGE_END.match(t, e)
    if m is None:
        return None
    start = date.fromisoformat(value)
    try:
        last = start.replace(day=int(m.group("d")))
    except ValueError:
        return None
    return (last.isoformat(), m.end()) if last > start else None


def _value_mr_a(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    y = int(g("mr_y")) if g("mr_y") else pub_y
    return (_month_span(y, int(g("mr_a")), int(g("mr_b"))) if y else None), False


def _value_fm_n(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    # 前10月累计营收: the months of the year to the n-th. 前3个月 alone is as often "the three
    # months before" something (上市前3个月), so the 个 form needs its year written or to open
    # its clause (前10个月，…).
    n = small_count(g("fm_n"))
    if g("fm_ge") and not g("fm_y") and not (_opens_clause(t, max(t.rfind(w, 0, end) for w in _WORDS["first_n"]))
                                             and t[end:end + 1] not in _DURATION_NEXT):
        return None, False  # 前3个月内: a duration, even opening its clause
    y = int(g("fm_y")) if g("fm_y") else _year_of_month(published, n) if n else None
    return (_month_span(y, 1, n) if y and n and n <= 12 else None), False


#: what may stand before a clause's first word: 前10个月，… opens its sentence, 上市前3个月 does not
_CLAUSE_MARKS = frozenset("\n，,。；;：:（(、")


def _opens_clause(t: str, start: int) -> bool:
    """Whether ``t[start:]`` opens a clause (text start or a clause mark before, blanks skipped):
    前10个月 said there is the months of the year so far, not the months before an event."""
    head = t[:start].rstrip(" \t\u3000")
    return not head or head[-1] in _CLAUSE_MARKS


def _value_cy(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    v = str(_year(g("cy")))
    return v + (f"Q{g('cyq')}" if g("cyq") else f"H{g('cyh')}" if g("cyh") else ""), False


def _value_yq_y(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return f"{_year(g('yq_y'))}Q{g('yq_q')}", False


def _value_qy_q(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return f"{_year(g('qy_y'))}Q{g('qy_q')}", False


def _value_qy_q4(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return f"{g('qY_y')}Q{g('qY_q')}", False


def _value_qa_q(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return f"{_year(g('qa_y'))}Q{g('qa_q')}", False


def _value_hy_h(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return f"{_year(g('hy_y'))}H{g('hy_h')}", False


def _value_yh_y(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return f"{_year(g('yh_y'))}H{g('yh_h')}", False


def _value_hy_h4(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return f"{g('Hy_y')}H{g('Hy_h')}", False


def _value_ye_y(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    y = int(g("ye_y"))
    return (str(y) if int(g("ye_m")) == 12 else f"FY{y}"), False


def _value_term_y(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    # 2027年起、为期约五年: the years the term runs
    n = small_count(g("term_n") or g("term_n2"))
    y = int(g("term_y") or g("term_y2"))
    return (f"{y}/{y + n - 1}" if n and n > 1 else str(y)), False


_DURATION_LEADS = tuple(_WORDS.get("duration_lead", ()))


def after_duration_lead(t: str, start: int) -> bool:
    """True when the number starting at ``start`` follows a word that opens a length of time
    (``period_words.csv`` ``duration_lead``: ``为期17年``, ``期限20年``, ``长达 约17年``), so that
    its 年 is years, not a two-digit year.

    >>> after_duration_lead("为期17年", 2), after_duration_lead("预期25年盈利", 2)
    (True, False)
    """
    reach = max(map(len, _DURATION_LEADS), default=0) + 2  # a blank and 约/近 may stand between
    return start > 0 and t[max(0, start - reach):start].rstrip(" 约近").endswith(_DURATION_LEADS)


_TERM_AFTER = tuple(_WORDS.get("term_after", ()))


# 5年、10年、20年和30年: the member before a two-digit 年 in a list of terms, and its joiner
# (the joiners are the number parser's own list, pattern_words.csv quantities list_joiner)
_LIST_YEARS_BEFORE = re.compile(
    rf"([0-9]{{1,2}})年期?(?:{pattern_words('quantities')['list_joiner']})$")


def duration_list_head(t: str, start: int) -> int:
    """Where the list of numbers of years that the member at ``start`` closes begins
    (``期限分别为5年、7年、10年``: the 5 of 10), ``start`` itself when no member stands before it;
    a lead word before the list (期限, 为期) is read before its first member.

    >>> duration_list_head("期限分别为5年、7年、10年", 11)
    5
    """
    for _ in range(12):
        m = _LIST_YEARS_BEFORE.search(t, max(0, start - 6), start)
        if m is None:
            break
        start = m.start(1)
    return start


def in_duration_list(t: str, start: int, depth: int = 0) -> bool:
    """True when the one- or two-digit 年 starting at ``start`` follows, in a list, a member that
    is a number of years: ``期限分别为5年、7年、10年、20年`` lists terms, so 20 is years as 5 is.
    No step may be one or fall (``14年、15年、16年`` lists the years 2014-2016), and the list must
    reach a member under 15 or one after a duration lead (为期, 期限), read the way its head is.

    >>> in_duration_list("分别为5年、10年、20年", 10), in_duration_list("19年、20年营收", 3)
    (True, False)
    """
    digits = re.match(r"[0-9]{1,2}", t[start:start + 2])
    m = _LIST_YEARS_BEFORE.search(t, max(0, start - 6), start)
    if digits is None or m is None or depth > 8:
        return False
    n, prev = int(digits.group()), int(m.group(1))
    if n - prev <= 1:
        return False  # 19年、20年: consecutive (or falling) members are calendar years
    if prev < 15 or after_duration_lead(t, m.start(1)):
        return True
    return in_duration_list(t, m.start(1), depth + 1)


def before_term_word(t: str, end: int) -> bool:
    """True when a contract word (``period_words.csv`` ``term_after``: 购电协议, 租约) follows
    the 年 ending at ``end``: ``15年购电协议`` is a fifteen-year contract, not one of 2015.

    >>> before_term_word("签署15年购电协议", 5), before_term_word("25年合同负债", 3)
    (True, False)
    """
    return t.startswith(_TERM_AFTER, end)


def _after_duration_lead(t: str, end: int, raw: str) -> bool:
    """``after_duration_lead`` for the two digits ``raw`` of a year ending before ``end``."""
    return after_duration_lead(t, t.rfind(raw, 0, end))


#: 到 before a year's end (到2025年底): the deadline of a target; not after 截至/截止 (截至到2024年底 is an as-of)
_DEADLINE_LEADS = tuple(_WORDS.get("deadline", ()))


def by_deadline(t: str, start: int) -> bool:
    """Whether the year starting at ``start`` follows a deadline word (``period_words.csv``
    ``deadline``: ``要求到2025年底``), not an as-of word (``截至到2024年末``); read here for
    targets due by a year's end and by the fact rules for a rise by a target year.

    >>> by_deadline("要求到2025年底", 3), by_deadline("截止到2024年末", 3)
    (True, False)
    """
    before = t[max(0, start - 6):max(0, start)].rstrip(" \u3000")
    return before.endswith(_DEADLINE_LEADS) and not before.endswith(_ASOF_WORDS)


#: 要求, 力争: a requirement before 到 makes the year's end a target's deadline (period_words ``target_requirement``)
_REQUIREMENTS = tuple(_WORDS.get("target_requirement", ()))


def _required_by(t: str, start: int) -> bool:
    """Whether the year starting at ``start`` is the deadline of a required target: 到 right
    before it and a requirement word just before that (``要求：到2025年底``, ``力争到2026年末``),
    not a level forecast (``到2031年底将达到`` stays the year's December).

    >>> _required_by("计划要求：到2025年底", 6), _required_by("产能到2031年底", 3)
    (True, False)
    """
    if not by_deadline(t, start):
        return False
    before = t[max(0, start - 10):max(0, start)].rstrip(" \u3000")
    for w in _DEADLINE_LEADS:
        if before.endswith(w):
            before = before[:-len(w)]
            break
    return before.rstrip(" \u3000:：,，").endswith(_REQUIREMENTS)


#: 将达 after a year's end (到2031年底将达到7.5万片): the level a forecast reaches then, its December
_LEVEL_REACH = tuple(_WORDS.get("level_reach", ()))


def _deadline_target(t: str, start: int, end: int) -> bool:
    """Whether the year's end starting at ``start`` and ending at ``end`` is a target's deadline:
    after a requirement word (``要求：到2025年底``, ``_required_by``) or after 到 alone
    (``到2025年底，全省智能算力规模达到15 EFLOPS``, ``计划到2026年底将产能提升至``), unless a
    forecast's level follows it (``到2031年底将达到``, period_words ``level_reach``).

    >>> _deadline_target("到2025年底，全省", 1, 7), _deadline_target("到2031年底将达到", 1, 7)
    (True, False)
    >>> _deadline_target("截至2024年底，全省", 2, 9)
    False
    """
    if _required_by(t, start):
        return True
    return by_deadline(t, start) and not t[end:end + 6].lstrip(" \u3000，,").startswith(_LEVEL_REACH)


def _value_cn_y(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    raw = g("cn_y")
    detail = g("cn_q") or g("cn_q2") or g("cn_h") or g("cn_hn") or g("cn_hn2") or g("cn_m")
    if len(raw) == 2 and not detail and (int(raw) < 15 or t[end:end + 1] in _DURATION_NEXT
                                          or before_term_word(t, end)):
        return None, False  # 10年, 20年的时间: more likely a duration than 2010 or 2020
    if len(raw) == 2 and not detail and (_after_duration_lead(t, end, raw)
                                          or in_duration_list(t, t.rfind(raw, 0, end))):
        return None, False  # 为期17年: a deal's term, not 2017; 10年、20年和30年: terms listed
    if len(raw) == 2 and t[:end].rstrip("年度 ").endswith(raw) and t[:end].rstrip("年度 ")[:-2].endswith("."):
        return None, False  # 回收期为6.82年: the decimals of a duration in years, not 2082
    y = _year(raw)
    if g("cn_same"):
        return str(y), False  # 2025年同期: the year, made the stated period's month by find_periods
    if g("cn_e"):
        if g("cn_e") != "初" and _deadline_target(t, t.rfind(raw, 0, end), end):
            return str(y), False  # 到2025年底，PUE降至1.5以下: a target due by the year is of the year
        # 2025年底, 2026年末: the month a level is reached at the end of the year, like 今年年底;
        # 2024年初 the month it began at (2024年初以来 stays the year a stretch starts in)
        return f"{y}-{_WORDS['year_edge']['年' + g('cn_e')]:02d}", False
    if g("cn_qn"):
        return _first_quarters(y, g("cn_qn")), False
    if g("cn_hn") or g("cn_hn2"):
        return f"{y}H{g('cn_hn') or g('cn_hn2')}", False  # 25年H1, 2025年1H: the half as 2025H1
    return _detail(y, g("cn_q") or g("cn_q2") or g("cn_q3"), g("cn_h"), g("cn_m"), g("cn_d")), False


#: the two-digit years a short span or forecast year may name (20xx), and its longest span
_SHORT_YEARS = (15, 60)
_SHORT_SPAN_MAX = 6


def _value_ys_a(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    """``预计26-28年净利润``: 2026/2028. Two-digit ends outside 2015-2060, a span longer than six
    years, or a duration's wording (``寿命10-15年``, ``15-20年的租约``, ``为期25-30年``) are no span."""
    a, b = int(g("ys_a")), int(g("ys_b"))
    if not (_SHORT_YEARS[0] <= a < b <= min(_SHORT_YEARS[1], a + _SHORT_SPAN_MAX)):
        return None, False
    if not g("ys_e") and (t[end:end + 1] in _DURATION_NEXT or before_term_word(t, end)
                          or _after_duration_lead(t, end, g("ys_a"))):
        return None, False
    return f"{2000 + a}/{2000 + b}", bool(g("ys_e"))


def _value_est_y2(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    y = int(g("est_y2"))
    return (str(2000 + y), True) if _SHORT_YEARS[0] <= y <= _SHORT_YEARS[1] else (None, False)


def _value_iso_y(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    month = int(g("iso_m"))
    if not 1 <= month <= 12:
        return None, False
    if g("iso_d"):
        return _iso_day(int(g("iso_y")), month, int(g("iso_d"))), False
    return f"{g('iso_y')}-{month:02d}", False


def _value_est_y(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return g("est_y"), True


def _value_ytd(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    # Year to date is reported at the publication date: the figure is as of that day.
    return (published.isoformat() if published is not None else None), False


def _value_rel(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    if pub_y is None:
        return None, False
    y = pub_y + _WORDS["year_rel"][g("rel")]
    if g("rel_e"):
        return f"{y}-{_WORDS['year_edge']['年' + g('rel_e')]:02d}", False
    if g("rel_qn"):
        return _first_quarters(y, g("rel_qn")), False
    if g("rel_fm"):
        n = small_count(g("rel_fm"))
        return (_month_span(y, 1, n) if n and n <= 12 else None), False
    if g("rel_ma"):
        return _month_span(y, int(g("rel_ma")), int(g("rel_mb"))), False
    return _detail(y, g("rel_q"), g("rel_h"), g("rel_m"), g("rel_d")), False


def _value_same(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return "", False  # resolved by find_periods against the period stated before it


def _value_recent(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (f"{published.year}-{published.month:02d}" if published is not None else None), False


def _value_fest(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    y = int(g("fest_y")) if g("fest_y") else pub_y
    return (f"{y}-{_WORDS['festival_month'][g('fest')]:02d}" if y else None), False


def _read_lunar_new_year() -> dict[int, date]:
    """``data/lunar_new_year.csv``: Gregorian year -> its Chinese New Year's Eve (除夕)."""
    with open(DATA_DIR / "lunar_new_year.csv", newline="", encoding="utf-8") as f:
        return {int(r["year"]): date.fromisoformat(r["eve"].strip()) for r in csv.DictReader(f)}


_LUNAR_EVE = _read_lunar_new_year()
_LUNAR_YEAR_BEFORE = re.compile(rf"(?<![0-9])({_Y4})\s?年\s?$")


def _value_lunar(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    """除夕 / 大年初一 / 初二: that day of the lunar new year in the year written, else the
    publication year (除夕 2026 is 2026-02-16). 初N alone is a festival day only in a text that
    names the festival (初一 is also a school grade); no year, no day."""
    if g("lunar_bare"):
        if not any(w in t for w in _WORDS["lunar_context"]):
            return None, False
        word, role = g("lunar_bare"), "lunar_bare"
    else:
        word, role = g("lunar"), "lunar_day"
    # 2024年除夕: the year written right before it (a year and 年 take at most 7 characters)
    written = _LUNAR_YEAR_BEFORE.search(t, max(0, end - len(word) - 7), end - len(word))
    y = int(written.group(1)) if written else pub_y
    eve = _LUNAR_EVE.get(y) if y else None
    return ((eve + timedelta(days=_WORDS[role][word])).isoformat() if eve else None), False


def _value_edge(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (f"{pub_y}-{_WORDS['year_edge'][g('edge')]:02d}" if pub_y else None), False


def _value_ahead(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    n = small_count(g("ahead_n"))
    return (f"{pub_y}/{pub_y + n - 1}" if pub_y and n and n > 1 else None), False


def _value_back(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    n = small_count(g("back_n"))
    return (f"{pub_y - n + 1}/{pub_y}" if pub_y and n and n > 1 else None), False


def _value_back_m(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    """过去12个月 / the past twelve months said in July 2025: 2024-07/2025-06, the whole months
    before the publication month."""
    m = re.search(_NUM_WORD + "|" + _EN_MONTH_COUNTS, g("back_m"))
    n = None if m is None else (_EN_MONTH_COUNT.get(m.group(0)) or small_count(m.group(0)))
    if published is None or not n or n < 2:
        return None, False
    last = published.year * 12 + published.month - 2  # the month before the publication month
    first = last - n + 1
    # 过去三个月 in a report published in October: the window is a calendar quarter (2025Q3), a
    # half or a year when it is exactly one, as the table writes such periods
    if n == 3 and first % 3 == 0:
        return f"{first // 12}Q{first % 12 // 3 + 1}", False
    if n == 6 and first % 6 == 0:
        return f"{first // 12}H{first % 12 // 6 + 1}", False
    if n == 12 and first % 12 == 0:
        return f"{first // 12}", False
    return f"{first // 12}-{first % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}", False


def _value_ago_n(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    n = 6 if g("ago_n") == "半" and g("ago_u") == "年" else small_count(g("ago_n"))
    if published is None or not n or g("ago_n") == "半" and g("ago_u") != "年":
        return None, False
    months = published.year * 12 + published.month - 1 - (n * 12 if g("ago_u") == "年" and g("ago_n") != "半" else n)
    return f"{months // 12}-{months % 12 + 1:02d}", False


def _value_win_n(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    # 四年内: from the year of a date stated before it (find_periods), else the publication year
    n = small_count(g("win_n"))
    return (f"{pub_y}/{pub_y + n - 1}" if pub_y and n and n > 1 else None), False


def _value_qrel(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    if published is None:
        return None, False
    index = published.year * 4 + (published.month - 1) // 3 + _WORDS["quarter_rel"][g("qrel")]
    return f"{index // 4}Q{index % 4 + 1}", False


def _value_near(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (_near(g("near"), published) if published is not None else None), False


def _value_fq(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    # 第二财季 without a year: resolved per company by fiscal_quarter; alone, the fiscal
    # year is taken to be the calendar year
    return (fiscal_quarter(12, published, quarter=_QNUM[g("fq") or g("fq_en")]) if published else None), False


def _value_fy_rel(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    if published is None:
        return None, False
    return _fiscal_first_quarters(fiscal_year(12, published, offset=_WORDS["fiscal_rel"][g("fy_rel")]), g, "fyrf"), False


def _value_fq_rel(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (fiscal_quarter(12, published, offset=_WORDS["fiscal_rel"][g("fq_rel")]) if published else None), False


def _value_within(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (str(pub_y) if pub_y else None), False


def _value_bq(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (f"{pub_y}Q{_QNUM[g('bq') or g('bq2') or g('bq3') or g('bq4')]}" if pub_y else None), False


def _value_bqn(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (_first_quarters(pub_y, g("bqn")) if pub_y else None), False


def _value_bh(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (f"{pub_y}H{1 if g('bh') == '上' else 2}" if pub_y else None), False


def _value_md_m(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (_detail(pub_y, None, None, g("md_m"), g("md_d")) if pub_y else None), False


def _value_mdw_m(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (_detail(pub_y, None, None, g("mdw_m"), g("mdw_d")) if pub_y else None), False


def _value_mo(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (_detail(pub_y, None, None, g("mo"), None) if pub_y else None), False


def _value_en_mo(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    month = _EN_MONTHS.index(g("en_mo")[:3].lower()) + 1
    return (f"{pub_y}-{month:02d}" if pub_y else None), False


def _value_en_m(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    month = _EN_MONTHS.index(g("en_m")[:3].lower()) + 1
    if g("en_y2"):
        return f"{g('en_y2')}-{month:02d}", False
    if g("en_y3"):
        return f"{_year(g('en_y3'))}-{month:02d}", False
    y = int(g("en_y")) if g("en_y") else pub_y
    return (_detail(y, None, None, str(month), g("en_d")) if y else None), False


def _value_bd_w(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    return (_bracket_day(published, _RELATIVE_DAYS[g("bd_w")][0], int(g("bd_d")))
            if published is not None else None), False


def _value_dom(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    """``10日`` alone: the latest day with that day of the month on or before publication."""
    if published is None:
        return None, False
    return _month_day_before(published, int(g("dom"))), False


def _month_day_before(published: date, day: int) -> str | None:
    """The latest date on or before ``published`` whose day of the month is ``day`` (within two
    months: 31日 published in a 30-day month is the month before last's)."""
    y, m = published.year, published.month
    for _ in range(3):
        if day <= calendar.monthrange(y, m)[1] and date(y, m, day) <= published:
            return date(y, m, day).isoformat()
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return None


def _value_day_rel(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    if published is None:
        return None, False
    step, anchor = _RELATIVE_DAYS[g("day_rel")]
    if anchor == "trading":
        # 隔夜: trading days, not calendar days (a Monday's overnight session is Friday's)
        day = published
        for _ in range(-step):
            day = previous_trading_day(day)
        return day.isoformat(), False
    return (published + timedelta(days=step)).isoformat(), False


def _value_wk_d(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
    # 周三 / 上周五: the latest such weekday on or before the publication day (a week earlier
    # for 上周, the same week for 本周, the next week for 下周)
    if published is None:
        return None, False
    monday = published - timedelta(days=published.weekday())
    week = _WORDS["week_rel"][g("wk_rel")] if g("wk_rel") else 0
    day = monday + timedelta(days=week + _WEEKDAY[g("wk_d")])
    if not g("wk_rel") and day > published:
        day -= timedelta(days=7)
    return day.isoformat(), False


def _value_as_written(group: str):
    """The rule of an alternative whose group is already the year as written (``by``, ``en_yr``)."""
    def rule(g, end: int, published: date | None, t: str, pub_y: int | None) -> tuple[str | None, bool]:
        return g(group), False
    return rule


#: The rules of ``_value`` in the order they are tried: the group that selects a rule, and the
#: rule (the reading of one alternative of the scan). A sub-pattern tries only the rules whose
#: groups it holds (``_Holds.rules``): a handful, not all of them one after the other.
_VALUE_RULES = (
    ("fyr_a", _value_fyr),
    ("fy", _value_fy),
    ("fqy_q", _value_fqy_q),
    ("qfy_y", _value_qfy_y),
    ("hfy_y", _value_hfy_y),
    ("fyc", _value_fyc),
    ("mr_a", _value_mr_a),
    ("fm_n", _value_fm_n),
    ("cy", _value_cy),
    ("yq_y", _value_yq_y),
    ("qy_q", _value_qy_q),
    ("qq_y", _value_qq_y),
    ("nm_y", _value_nm_y),
    ("qY_q", _value_qy_q4),
    ("qa_q", _value_qa_q),
    ("hy_h", _value_hy_h),
    ("yh_y", _value_yh_y),
    ("Hy_h", _value_hy_h4),
    ("term_y", _value_term_y),
    ("term_y2", _value_term_y),
    ("ye_y", _value_ye_y),
    ("ys_a", _value_ys_a),
    ("cn_y", _value_cn_y),
    ("iso_y", _value_iso_y),
    ("est_y", _value_est_y),
    ("est_y2", _value_est_y2),
    ("ytd", _value_ytd),
    ("rel", _value_rel),
    ("same", _value_same),
    ("recent", _value_recent),
    ("edge", _value_edge),
    ("ahead", _value_ahead),
    ("back", _value_back),
    ("back_m", _value_back_m),
    ("ago_n", _value_ago_n),
    ("win_n", _value_win_n),
    ("qrel", _value_qrel),
    ("near", _value_near),
    ("fq", _value_fq),
    ("fq_en", _value_fq),
    ("fy_rel", _value_fy_rel),
    ("fq_rel", _value_fq_rel),
    ("within", _value_within),
    ("bq", _value_bq),
    ("bq2", _value_bq),
    ("bq3", _value_bq),
    ("bq4", _value_bq),
    ("bqn", _value_bqn),
    ("bh", _value_bh),
    ("md_m", _value_md_m),
    ("mdw_m", _value_mdw_m),
    ("fest", _value_fest),
    ("mo", _value_mo),
    ("en_m", _value_en_m),
    ("en_mo", _value_en_mo),
    ("bd_w", _value_bd_w),
    ("dom", _value_dom),
    ("day_rel", _value_day_rel),
    ("lunar", _value_lunar),
    ("lunar_bare", _value_lunar),
    ("wk_d", _value_wk_d),
    ("en_yr", _value_as_written("en_yr")),
    ("by", _value_as_written("by")),
)

#: id of a sub-pattern of the scan -> what it holds (``_Holds``). Keyed by id: hashing a compiled
#: pattern hashes all its code; the sub-patterns live as long as the module.
_HOLDS = {id(p): _holds(p) for p in set(_SCAN_AT.values())}


def _bracket_day(published: date, step: int, day: int) -> str | None:
    """今（10）日 published on the 10th is that day. When the dates disagree by a day or two
    (a story filed after midnight, a sidecar date in another time zone) the written day wins:
    the nearest date with that day of the month; none further away."""
    d = published + timedelta(days=step)
    for k in (0, -1, 1, -2, 2, -3, 3):
        near = d + timedelta(days=k)
        if near.day == day:
            return near.isoformat()
    return None


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# 次日（1月29日）, 当天（2026年1月29日）: a day counted from an event, its date written in brackets after it
_DAY_IN_BRACKETS = re.compile(r"\s?[(（]\s?(?:\d{4}\s?年\s?)?(?:1[0-2]|0?[1-9])\s?月\s?[0-3]?[0-9]\s?[日号]\s?[)）]")
# （截至2025年12月31日）: the day a quarter ended, glossing the quarter before it
_ASOF_GLOSS = re.compile(rf"[(（]\s?(?:{_alternation('asof')})\s?$")
_START = operator.attrgetter("start")


def fiscal_quarter(fy_end_month: int, published: date, quarter: int | None = None, offset: int = 0) -> str:
    """A fiscal quarter label (``FY2026Q3``) for a company whose fiscal year ends in ``fy_end_month``.

    A fiscal year is named by the calendar year it ends in. ``quarter`` given (第三财季): the
    latest such quarter that has begun within two months after ``published``'s month (reports
    discuss the quarter just reported or guide the next one; one starting three months on is
    two quarters ahead, and a bare 第一财季 in Nvidia's November note is the one reported in
    May). Otherwise the quarter that holds
    ``published``, moved by ``offset`` quarters (本财季 0, 下一财季 +1, 上一财季 -1).

    Examples
    --------
    >>> fiscal_quarter(1, date(2025, 11, 21), quarter=3)   # Nvidia: FY2026 ends January 2026
    'FY2026Q3'
    >>> fiscal_quarter(1, date(2025, 11, 24), quarter=1)   # reported in May, not next February's
    'FY2026Q1'
    >>> fiscal_quarter(6, date(2025, 11, 21), offset=1)    # Microsoft: FY2026 ends June 2026
    'FY2026Q3'
    """
    months = published.year * 12 + published.month - 1  # months since year 0, January = 0
    # index of the first month of the fiscal year that holds ``published``
    start = months - (published.month - 1 - fy_end_month) % 12
    if quarter is None:
        q_index = (months - start) // 3 + offset  # quarters since that fiscal year began
        fy_start = start + 12 * (q_index // 4)
        n = q_index % 4 + 1
    else:
        fy_start = start + 12
        while fy_start + 3 * (quarter - 1) >= months + 3:
            fy_start -= 12
        n = quarter
    fy_end_year = (fy_start + 11) // 12
    return f"FY{fy_end_year}Q{n}"


def fiscal_year(fy_end_month: int, published: date, offset: int = 0) -> str:
    """The fiscal year label holding ``published`` (本财年), moved by ``offset`` years.

    >>> fiscal_year(6, date(2025, 11, 21)), fiscal_year(1, date(2025, 11, 21), offset=1)
    ('FY2026', 'FY2027')
    """
    year = published.year + (1 if published.month > fy_end_month else 0)
    return f"FY{year + offset}"


def fiscal_half(fy_end_month: int, published: date, half: int, offset: int = 0) -> str:
    """Half ``half`` (1 or 2) of the fiscal year holding ``published``, moved by ``offset`` years:
    the fiscal reading of a bare 上半年/下半年, which the calendar reads as a half of the
    publication's year.

    >>> fiscal_half(3, date(2025, 11, 17), 1), fiscal_half(3, date(2025, 11, 17), 1, offset=-1)
    ('FY2026H1', 'FY2025H1')
    """
    return f"{fiscal_year(fy_end_month, published, offset)}H{half}"


def _year_of_month(published: date | None, month: int) -> int | None:
    """The year of the latest month ``month`` not after the publication month (a report
    of January on 前12月 means last year's)."""
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _month_span(y: int, a: int, b: int) -> str | None:
    """``1至10月`` -> ``2025-01/2025-10``; the three months of a quarter are that quarter
    (``4-6月`` -> ``2025Q2``), the six months of a half that half (``1-6月`` -> ``2025H1``,
    ``前6个月`` too), all twelve the year. A stretch of several quarters written in months stays
    in months (``1-9月`` -> ``2025-01/2025-09``, as the gold of a procurement monthly and of a
    driving-assistance monthly label it; ``前三季度`` written in quarters is ``2025Q1/2025Q3``).

    >>> _month_span(2025, 1, 6), _month_span(2025, 7, 12), _month_span(2025, 1, 9), _month_span(2025, 4, 6)
    ('2025H1', '2025H2', '2025-01/2025-09', '2025Q2')
    """
    if b <= a:
        return None
    if a == 1 and b == 12:
        return str(y)
    if (a, b) in ((1, 6), (7, 12)):
        return f"{y}H{b // 6}"
    if a % 3 == 1 and b == a + 2:
        return f"{y}Q{(a + 2) // 3}"
    return f"{y}-{a:02d}/{y}-{b:02d}"


_DAY_SPAN_VALUE = re.compile(r"(\d{4})-(\d{2})-01/(\d{4})-(\d{2})-(\d{2})")


def whole_months(value: str) -> str:
    """A span of days that runs from the first day of a month to the last day of a month, as
    those months (``2025-09-01/2025-09-30`` -> ``2025-09``, ``2025-01-01/2025-06-30`` ->
    ``2025H1``, ``2025-01-01/2025-11-30`` -> ``2025-01/2025-11``), as the gold labels a data
    window a label states in days; any other value as it is.

    >>> whole_months("2025-09-01/2025-09-30"), whole_months("2025-01-01/2025-11-30"), whole_months("2025-09-08/2025-09-14")
    ('2025-09', '2025-01/2025-11', '2025-09-08/2025-09-14')
    """
    m = _DAY_SPAN_VALUE.fullmatch(value)
    if m is None:
        return value
    y1, a, y2, b, d = (int(x) for x in m.groups())
    if not (1 <= a <= 12 and 1 <= b <= 12) or d != calendar.monthrange(y2, b)[1] or (y2, b) < (y1, a):
        return value
    if (y1, a) == (y2, b):
        return f"{y1}-{a:02d}"
    if y1 == y2:
        return _month_span(y1, a, b) or value
    return f"{y1}-{a:02d}/{y2}-{b:02d}"


def _first_quarters(y: int, n: str) -> str:
    """前三季度 -> ``2024Q1/2024Q3``: the span from the first quarter to the n-th."""
    return f"{y}Q1/{y}Q{_QNUM[n]}"


def _near(word: str, published: date) -> str:
    """本月, 上周, 下个季度 ... relative to the publication date.

    A week has no period form of its own, so 本周 is the publication day and 上周/下周 the day
    seven days before/after it (facts re-dates a bare 本周/上周 to its week's trading days: the
    report's week in a weekly, the calendar week elsewhere); months and quarters are resolved to
    themselves.
    """
    step = _WORDS["near"].get(word, 0)
    if word.endswith("周"):
        return (published + timedelta(days=7 * step)).isoformat()
    if word.endswith("月"):
        index = published.year * 12 + published.month - 1 + step
        return f"{index // 12}-{index % 12 + 1:02d}"
    index = published.year * 4 + (published.month - 1) // 3 + step
    return f"{index // 4}Q{index % 4 + 1}"


def _iso_day(y: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` of a day that is in the calendar, else None: a typed 6月31日 or 2月30日
    is a typo, not a period (every later step reads a day value as a date).

    >>> _iso_day(2024, 2, 29), _iso_day(2023, 2, 29), _iso_day(2023, 6, 31)
    ('2024-02-29', None, None)
    """
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(y, month)[1]:
        return None
    return f"{y}-{month:02d}-{day:02d}"


_DAY_PART = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _in_calendar(value: str) -> bool:
    """Whether every day a period value names (``2024-02-29``, a span's ends) is in the
    calendar: a day whose year was set from its context (2月29日 after 2023年) may not be.

    >>> _in_calendar("2024-02-29"), _in_calendar("2023-02-29/2023-03-01"), _in_calendar("2023Q1")
    (True, False, True)
    """
    for m in _DAY_PART.finditer(value):
        if _iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3))) is None:
            return False
    return True


def _detail(y: int, q: str | None, h: str | None, month: str | None, day: str | None) -> str | None:
    if q:
        return f"{y}Q{_QNUM[q]}"
    if h:
        return f"{y}H{1 if h == '上' else 2}"
    if month:
        mo = small_count(month)  # 10 or 十
        if mo is None or not 1 <= mo <= 12:
            return None
        if day:
            return _iso_day(y, mo, int(day))
        return f"{y}-{mo:02d}"
    return str(y)


#: ``Q1：``, ``Q2（高盛）：``: a question's number in minutes of a Q&A (at a line's start, a colon
#: right after it or after a bracket naming who asked), never a quarter
_QUESTION_LABEL = re.compile(r"Q\d{1,2}\s?(?:[(（][^()（）\n]{1,20}[)）])?\s?[：:]")


def _question_label(t: str, at: int) -> bool:
    """Whether ``Q…`` at ``at`` numbers a question: ``Q1（高盛）：…``, or ``Q2：…？`` on a line
    that asks (ends with a question mark). ``Q1：营收10亿元`` (a quarter's line) is no label."""
    m = _QUESTION_LABEL.match(t, at)
    if m is None:
        return False
    line_end = t.find("\n", at)
    line = t[at:line_end if line_end >= 0 else len(t)].rstrip()
    return bool(re.match(r"Q\d{1,2}\s?[(（]", line)) or line.endswith(("？", "?"))


def find_periods(text: str, published: date | None = None) -> list[Period]:
    """Every period expression in ``text``, in order, with normalised values.

    Parameters
    ----------
    text : str
        Any text, Simplified or Traditional.
    published : datetime.date or None
        The publication date, used to resolve 今年, 去年, 上半年, 一季度, Q1, 6月7日 ...;
        relative forms are skipped when it is None. (A document's date reaches here through
        :func:`anchor_date`; the name finders pass a far day, 2999-06-30, to find relative words.)

    Returns
    -------
    list of Period
        ``text[p.start:p.end] == p.text``. Two periods joined by 至/到/- become one span
        (``从2008年至2022年`` -> ``2008/2022``); ``自2012年以来`` -> ``2012/<published year>``.

    Examples
    --------
    >>> [p.value for p in find_periods("CY24Q1资本开支,增速比23Q4提升", None)]
    ['2024Q1', '2023Q4']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_periods expects str, got {type(text).__name__}")
    spelt = _spelt_date_parts(text)
    if spelt:
        return _periods_in_arabic(text, spelt, published)
    return _find_periods(text, published)


def _find_periods(text: str, published: date | None) -> list[Period]:
    """:func:`find_periods` of a text whose dates are written in Arabic digits."""
    t = fold(text)
    simple: list[tuple[str, int, int, bool, tuple | None]] = []
    fixed: list[Period] = []  # relative to the publication date: never joined into a span
    scan_at = _SCAN_AT
    pos = 0
    for c in _CANDIDATE.finditer(t):
        at = c.start()
        if at < pos:
            continue  # inside the last match
        m = scan_at[t[at:at + 2]].match(t, at)
        if m is None:
            continue
        ms, me = m.span()
        if t[me - 1] in _TRAILING_BLANKS:
            # 2025年⏎: an optional blank after 年 that nothing follows is no part of the period
            # (a header cell ends before it, and the cell must hold its period)
            me = ms + len(t[ms:me].rstrip(_TRAILING_BLANKS))
        pos = me
        if t[ms] in "Qq" and (ms == 0 or t[ms - 1] == "\n") and _question_label(t, ms):
            continue  # Q1（某券商）：… a Q&A's question number at a line's start, no quarter
        # the sub-pattern holds only its alternatives' groups: ask the dict, None for the others
        g = m.groupdict().get
        holds = _HOLDS.get(id(m.re))
        if holds is None:  # a sub-pattern made after import (kept by _SCAN_AT for good)
            holds = _HOLDS[id(m.re)] = _holds(m.re)
        value, est = _value(g, me, published, t, holds.rules)
        if holds.same and g("same"):
            base = _earlier(t, ms, simple, fixed, _ANY_YEAR, sentence=True, reach=80)
            value = _span_ending_at(t, simple, base) if base is not None else None
        if value is not None and g("cn_same"):
            # 2026年4月完成的问卷…2025年同期仅为9%: the period stated before, in the year written
            base = _earlier(t, ms, simple, fixed, _ANY_YEAR, sentence=True, reach=80)
            if base is not None:
                step = int(value) - int(re.search(r"\d{4}", base[2]).group(0))
                value = re.sub(r"\d{4}", lambda y: str(int(y.group(0)) + step), base[2])
        if value is None:
            continue
        resolved = False
        if holds.year_context and (g("md_m") or g("mo") or g("fest") and not g("fest_y") or g("within") or g("bq") or g("bq2")
                or g("bq3") or g("bq4") or g("bh") or g("bqn") or g("mr_a") and not g("mr_y")
                or g("en_m") and not g("en_y") and not g("en_y2") and not g("en_y3") or g("en_mo")) and published is not None:
            value = _year_of_context(g, ms, me, value, t, simple, published)
        elif published is not None and g("edge"):
            value = _edge_of_stated_year(ms, value, t, simple, published)
        if g("within") == _WITHIN_YEAR and published is not None and value == str(published.year) \
                and _ytd_move_follows(t, me):
            # 年内覆铜板均价累计上涨约两成: a move summed over this year so far is a year-to-date
            # move, as of the publication day (年内有望交付 stays the year)
            value = published.isoformat()
        current = _header_row_quarter(t, ms, me, simple, published) \
            if holds.in_context and (g("rel_same") or g("qrel")) else None
        if current is not None:
            # 上年同期 | 上一季度 | 本季度 over a table's columns: each is placed against the table's
            # current quarter, not against the cell before it
            value = _shift_quarter(current, _WORDS["quarter_rel"][g("qrel")] if g("qrel") else -4)
            resolved, fiscal_ctx = True, None
        elif holds.in_context and (g("rel_same") or g("win_n") or g("qrel") or g("fq_rel") or g("ytd")):
            value, resolved, fiscal_ctx = _in_context(g, ms, value, t, simple, fixed, published)
            if value is None:
                continue
        elif g("rel") in _CONTEXT_YEAR_WORDS and not any(g(k) for k in _REL_PARTS) and published is not None:
            # 晨芯2024年收入约5.1亿元；年内亏损约2.2亿元，上年为亏损2.9亿元: the year before the year
            # the sentence is about, not before the publication year
            base = _earlier_not_base(t, ms, simple, _YEAR_ONLY, sentence=True, reach=80)
            if base is not None and not _closed_aside(t, base[1], ms):
                value = str(int(base[2]) + _CONTEXT_YEAR_WORDS[g("rel")])
        if g("fy_rel") and (block_fy := _fiscal_year_of_block(t, ms, simple)) is not None:
            # 2025财年第四财季营收…。全财年服务收入…: 本/全/上一财年 in a block about a stated fiscal
            # period counts from that fiscal year, not from the fiscal year holding the publication
            # day (a results note comes out after the year it reports has ended)
            value, resolved = _fiscal_first_quarters(f"FY{int(block_fy[2:6]) + _WORDS['fiscal_rel'][g('fy_rel')]}",
                                                     g, "fyrf"), True
            if value is None:
                continue
        if holds.day_rel and g("day_rel") and _RELATIVE_DAYS[g("day_rel")][1] == "text":
            if _DAY_IN_BRACKETS.match(t, me):
                # 财报次日（1月29日）: the day in brackets is the day meant; it is read on its own
                continue
            # the day after (次日) or the day of (当日) the last day named before it
            # the latest of the last day of each list (both grow in text order), not a sort of all
            # (a quarter's end glossed in brackets, （截至2025年12月31日）, is no event to count from)
            # (截至2月18日，两融余额…较前一交易日增加…。计算机行业当日…: a comparison's base day is
            # no day the text reports on)
            last_day = None
            for v, st, *_ in reversed(simple):
                if _DAY.fullmatch(v) and not _ASOF_GLOSS.search(t, max(0, st - 6), st) and not _after_comparison(t, st):
                    last_day = (st, v)
                    break
            for p in reversed(fixed):
                if _DAY.fullmatch(p.value) and not _ASOF_GLOSS.search(t, max(0, p.start - 6), p.start) \
                        and not _after_comparison(t, p.start):
                    if last_day is None or (p.start, p.value) > last_day:
                        last_day = (p.start, p.value)
                    break
            if last_day is not None:
                step = _RELATIVE_DAYS[g("day_rel")][0]
                value = (date.fromisoformat(last_day[1]) + timedelta(days=step)).isoformat()
        if value is not None and not _in_calendar(value):
            # 2月29日 given the year 2023 by the sentence (2023年2月29日2当日): no period, as a
            # typed 2月30日 is none; a later 次日 or 当日 reads every day value as a date
            continue
        is_fixed = False
        for k in holds.fixed:
            if g(k) is not None:
                is_fixed = True
                break
        if is_fixed:
            # 本月以来: already relative to the publication date, so 以来 only extends the span.
            since = _SINCE.match(t, me)
            e = since.end() if since is not None else me
            fixed.append(_new_period(value, ms, e, text[ms:e],
                                     fiscal=fiscal_ctx if g("qrel") and resolved else None,
                                     scope="item" if g("win_n") else None))
            pos = e
            continue
        fiscal = None if not holds.fiscal else ("q", _QNUM[g("fq") or g("fq_en")]) if g("fq") or g("fq_en") else \
            None if resolved else \
            ("rel", _WORDS["fiscal_rel"][g("fq_rel")]) if g("fq_rel") else \
            ("year_first_q", _WORDS["fiscal_rel"][g("fy_rel")], int(value[-1])) if g("fy_rel") and "/" in value else \
            ("year", _WORDS["fiscal_rel"][g("fy_rel")]) if g("fy_rel") else None
        if fiscal is None and g("within") and value.startswith("FY"):
            fiscal = _carried_fiscal_quarter(value, simple)
        end = me
        if _QUARTER.fullmatch(value) and t[end:end + 1] in _QUARTER_END:
            end += 1  # 二季度末: as of the end of the quarter, still the quarter (and a span can join)
        simple.append((value, ms, end, est, fiscal))
    out: list[Period] = []
    i = 0
    while i < len(simple):
        value, s, e, est, fiscal = simple[i]
        weekdays = _weekday_brackets(t, e, simple[i + 1], fixed) if i + 1 < len(simple) and _DAY.fullmatch(value) else None
        if i + 1 < len(simple) and (_SPAN_SEP.fullmatch(t, e, simple[i + 1][1]) or (
                _DAY.fullmatch(value) and _CLOCK_SPAN_SEP.fullmatch(t, e, simple[i + 1][1])) or weekdays):
            nv, _, ne, nest, _ = simple[i + 1]
            if weekdays:
                # 11月17日（周一）至11月23日（周日）: the weekdays only name the span's ends
                fixed = [p for p in fixed if p not in weekdays]
            lead = _FROM.search(t, max(0, s - 2), s)
            s2 = lead.start() if lead else s
            if nv.startswith("FY") and value.isdigit():
                value = f"FY{value}"  # 2027—2030财年: both ends are fiscal years
            if _QUARTER.fullmatch(value) and _QUARTER.fullmatch(nv) and nv[:4].isdigit() and value[:4].isdigit() \
                    and nv < value and not _STATED_YEAR.search(t, s, e):
                value = nv[:4] + value[4:]  # Q1-Q3 in a note of April: both ends in the year Q3 has begun by
            if _DATE_VALUE.fullmatch(nv) and len(nv) == len(value) and nv < value \
                    and not _YEAR_ONLY.search(t, simple[i + 1][1], ne):
                nv = f"{int(nv[:4]) + 1}{nv[4:]}"  # 12月29日至1月2日: the span runs into the next year
            # 从今年年初到2026年底: a stretch of years, whatever part of the first year it starts in
            if _EDGE.fullmatch(value) and t[s:e].endswith(_EDGE_ENDS) and nv.isdigit():
                value = value[:4]
            elif value.endswith("-01") and _EDGE.fullmatch(value) and t[s:e].endswith(_EDGE_ENDS) \
                    and _EDGE.fullmatch(nv) and t[s:ne].endswith(_EDGE_ENDS):
                value, nv = value[:4], nv[:4]  # 年初到2026年底: from the start of one year to the end of another
            out.append(_new_period(f"{value}/{nv}", s2, ne, text[s2:ne], est or nest))
            i += 2
            continue
        since = _SINCE.match(t, e)
        if since is not None and published is not None and value[:4].isdigit() \
                and int(value[:4]) <= published.year:
            lead = _FROM.search(t, max(0, s - 2), s)
            s2 = lead.start() if lead else s
            e2 = since.end()
            end_ = _same_precision(value, published)
            span = value if value == end_ else f"{value}/{end_}"
            out.append(_new_period(span, s2, e2, text[s2:e2], est))
            i += 1
            continue
        day_end = _day_range_end(value, t, e) if _DAY.fullmatch(value) else None
        if day_end is not None:
            # 8月4日至8日: the month written once for both days, a span of days
            nv, ne = day_end
            while i + 1 < len(simple) and simple[i + 1][1] < ne:
                i += 1  # the second day read on its own already
            out.append(_new_period(f"{value}/{nv}", s, ne, text[s:ne], est))
            i += 1
            continue
        # 年底 alone; 2025年底 states its own year, which no year named before it overrides
        edge = "edge" if _EDGE.fullmatch(value) and t[s:e].endswith(_EDGE_ENDS) \
            and not _YEAR_ONLY.search(t, s, e) and not t[s:e].lstrip()[:2].isdigit() else None
        out.append(_new_period(value, s, e, text[s:e], est, fiscal, edge))
        i += 1
    if any(not _in_calendar(p.value) for p in out):
        out = [p for p in out if _in_calendar(p.value)]  # 12月29日至2月29日 rolled into a common year
    if fixed:
        out = sorted(out + fixed, key=_START)
    if published is not None:
        out = _stated_days(out, t, text, published)
    if "至" in t or "到" in t:
        out = _ytd_to_day(out, t, text)
    return _drop_serials(_months_ended(_fiscal_by_end_date(_drop_annotations(out, t, text), t, text), t, text), t)


# 二〇二五年十月二十日, 二〇二四年, 五月二十一日: a date spelt in Chinese numerals, as court
# judgments, audit reports, bankruptcy notices and Hong Kong government replies write their
# dates. The readers above take Arabic years and days only (二〇二七年前 would read as 二七年前,
# 27 years ago), so find_periods reads each spelt part as the Arabic number written in its place
# (the marks after a year, a month and a day: period_words.csv date_year_mark ... spelt_zero).

#: the digits of a spelt year: CN_DIGITS and the circles typed for 〇
_YEAR_DIGITS = {**CN_DIGITS, **{c: 0 for c in _WORDS["spelt_zero"]}}
_SPELT_DIGIT = "[" + "".join(_YEAR_DIGITS) + "]"
_CN_NUMBER = "[" + "".join(_YEAR_DIGITS) + "".join(CN_SMALL_UNITS) + "]"
_SPELT_SMALL = "[" + "".join(k for k, v in CN_DIGITS.items() if v > 0) + \
    "".join(k for k, v in CN_SMALL_UNITS.items() if v == 10) + "]{1,3}"
#: four spelt digits before 年 (二〇二四年), not the tail of a longer numeral
_SPELT_YEAR = re.compile(rf"(?<!{_CN_NUMBER})({_SPELT_DIGIT}{{4}})(?=\s?(?:{_alternation('date_year_mark')}))")
#: a month and a day of it, one of them spelt (五月二十一日, 十二月三十一日, 10月二十日); a spelt
#: month as _CN_MONTH reads one (not after another numeral or a word that makes it a count)
_SPELT_MONTH_DAY = re.compile(
    rf"({_CN_MONTH}|(?<![0-9])(?:1[0-2]|0?[1-9]))(\s?(?:{_alternation('date_month_mark')})\s?)"
    rf"({_SPELT_SMALL}|[0-3]?[0-9])(?=\s?(?:{_alternation('date_day_mark')}))")

#: a spelt digit before a year, month or day mark: a text without one has no spelt date
#: 二〇二四至二五年度, 二零二四至二五財政年度: a fiscal year spelt as the two calendar years it
#: straddles (the second by its last two digits), read on the folded text
_SPELT_STRADDLE = re.compile(
    rf"(?<!{_CN_NUMBER})({_SPELT_DIGIT}{{4}})\s?(?:{_alternation('straddle_sep')})\s?({_SPELT_DIGIT}{{2}})"
    rf"(?=\s?(?:{_alternation('fiscal_year_word')}|{_alternation('straddle_year_word')}))")
#: a spelt digit right before a straddle mark (二〇二四至): the cheap test before _SPELT_STRADDLE
_STRADDLE_SPELT_SEP = re.compile(rf"{_SPELT_DIGIT}\s?(?:{_alternation('straddle_sep')})\s?{_SPELT_DIGIT}")
_SPELT_BEFORE_MARK = re.compile(
    rf"{_CN_NUMBER}\s?(?:{_alternation('date_year_mark')}|{_alternation('date_month_mark')}|{_alternation('date_day_mark')})")


def _spelt_date_parts(text: str) -> list[tuple[int, int, str]]:
    """The spelt years, months and days of ``text``'s dates as ``(start, end, arabic)``, in
    order; empty when its dates are all in Arabic digits. A year counts from 1900 to 2099, a
    month from 1 to 12 and a day from 1 to 31, so that no count is taken for a date. (Read on
    ``text`` unfolded: the digits and marks are the same in both scripts, and most texts have no
    spelt date, so this check must cost little.)"""
    t = text
    straddles = list(_SPELT_STRADDLE.finditer(fold(t))) if _STRADDLE_SPELT_SEP.search(t) else []
    if not straddles and not _SPELT_BEFORE_MARK.search(t):
        return []
    parts = []
    for m in straddles:
        first, last = ("".join(str(_YEAR_DIGITS[c]) for c in m.group(i)) for i in (1, 2))
        if 1900 <= int(first) <= 2099:
            parts += [(m.start(1), m.end(1), first), (m.start(2), m.end(2), last)]
    for m in _SPELT_YEAR.finditer(t):
        y = "".join(str(_YEAR_DIGITS[c]) for c in m.group(1))
        if 1900 <= int(y) <= 2099:
            parts.append((m.start(1), m.end(1), y))
    for m in _SPELT_MONTH_DAY.finditer(t):
        month, day = small_count(m.group(1)), small_count(m.group(3))
        if m.group(1).isdigit() and m.group(3).isdigit() or month is None or day is None \
                or not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        parts += [(m.start(1), m.end(1), str(month)), (m.start(3), m.end(3), str(day))]
    return sorted(p for p in parts if text[p[0]:p[1]] != p[2])


def _periods_in_arabic(text: str, parts: list[tuple[int, int, str]], published: date | None) -> list[Period]:
    """:func:`find_periods` of ``text`` read with its spelt date ``parts`` in Arabic digits, each
    period's span mapped back to the text as written (a spelt part maps to all of itself)."""
    pieces, last, spans, shift = [], 0, [], 0
    for a, b, arabic in parts:
        pieces += [text[last:a], arabic]
        spans.append((a, b, a + shift, a + shift + len(arabic)))
        shift += len(arabic) - (b - a)
        last = b
    pieces.append(text[last:])

    def back(n: int, is_end: bool) -> int:
        d = 0
        for a, b, na, nb in spans:
            if n <= na:
                break
            if n < nb:
                return b if is_end else a
            d = b - nb
        return n + d

    out = []
    for p in _find_periods("".join(pieces), published):
        s, e = back(p.start, False), back(p.end, True)
        out.append(dataclasses.replace(p, start=s, end=e, text=text[s:e]))
    return out


#: 年初至今, 今年以来: the words of a year-to-date move (period_words.csv ``ytd``)
_YTD_WORDS = frozenset(_WORDS["ytd"])
#: 年初: the year-edge words of the start of a year (period_words.csv ``year_edge`` of month 1)
_YEAR_START_WORDS = tuple(w for w, m in _WORDS["year_edge"].items() if m == 1)
#: 至, 到: what joins a year-to-date word to the day it runs to
_TO_DAY = re.compile(r"[ \u3000]?(?:至|到)[ \u3000]?")
#: a stretch from January of a year to a day of the same year
_JAN_TO_DAY = re.compile(r"(\d{4})-01/\1-\d{2}-\d{2}")


def _ytd_to_day(found: list[Period], t: str, text: str) -> list[Period]:
    """A year-to-date move written to a day (``年初至2月10日``, ``今年以来至3月31日``) holds as of
    that day: one period, the day, over the whole wording. A stretch from a stated month
    (``2025年1月至3月31日``) or another year (``2024年初至2025年3月31日``) stays a span."""
    out: list[Period] = []
    i = 0
    while i < len(found):
        a = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and a.text in _YTD_WORDS and _DAY.fullmatch(nxt.value) \
                and _TO_DAY.fullmatch(t, a.end, nxt.start):
            out.append(_new_period(nxt.value, a.start, nxt.end, text[a.start:nxt.end], nxt.is_estimate))
            i += 2
            continue
        if _JAN_TO_DAY.fullmatch(a.value) and any(w in a.text[:5] for w in _YEAR_START_WORDS):
            day = a.value.split("/")[1]
            out.append(_new_period(day, a.start, a.end, a.text, a.is_estimate))
        else:
            out.append(a)
        i += 1
    return out


# 截至2024年9月30日止九个月: the months that ended on the day (a statement's column), not the day
_MONTHS_ENDED = re.compile(r"\s?止\s?(?P<n>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s?[个個]?月")


def _months_ended(found: list[Period], t: str, text: str) -> list[Period]:
    """A day followed by ``止N个月`` (``截至2024年9月30日止九個月``) is the N months that ended on
    it, as ``START/END`` months (``2024-01/2024-09``); twelve months ending in December are the
    year. A fiscal label read around it already (:func:`_fiscal_by_end_date`) is left alone.

    >>> [p.value for p in find_periods("截至2024年9月30日止九個月收入", date(2024, 12, 2))]
    ['2024-01/2024-09']
    >>> [p.value for p in find_periods("截至2024年9月30日，收入", date(2024, 12, 2))]
    ['2024-09-30']
    """
    if "止" not in t:
        return found  # most texts: one substring test
    out = []
    for p in found:
        m = _MONTHS_ENDED.match(t, p.end) if _DAY.fullmatch(p.value) else None
        if m is None:
            out.append(p)
            continue
        n = small_count(m.group("n"))
        y, month = int(p.value[:4]), int(p.value[5:7])
        first = y * 12 + month - n  # months since year 0 of the first month, less one
        fy, fm = divmod(first, 12)
        value = str(y) if n == 12 and month == 12 else f"{fy}-{fm + 1:02d}/{y}-{month:02d}"
        out.append(_new_period(value, p.start, m.end(), text[p.start:m.end()], p.is_estimate))
    return out


# A fiscal quarter or half as written, with or without its year: 2026财年第二季度, 26财年Q2,
# 财年上半年, 上半财年, 2026上半财年, 第二财季 (the year, when written, is the label's)
_FISCAL_PART = (
    rf"(?:(?<![0-9])(?P<y>{_Y4}|[0-9]{{2}})\s?(?:年\s?)?)?(?:(?:{_alternation('fiscal_rel')})\s?)?"
    rf"(?:财年\s?(?:第?\s?(?P<q>{_CNQ})\s?(?:财季|{_alternation('quarter_word')})|Q(?P<q2>[1-4])"
    rf"|(?P<h>上|下)\s?半(?:财)?年?)|(?P<h2>上|下)\s?半\s?财年|第?\s?(?P<q3>{_CNQ})\s?财季)")
# the day the stretch ended: 截至2025年9月30日, 截至2025/9/30
_FISCAL_END = (
    rf"(?:{_alternation('asof')})\s?(?P<ey>{_Y4})\s?(?:年\s?(?P<em>1[0-2]|0?[1-9])\s?月\s?(?P<ed>[0-3]?[0-9])\s?[日号]?"
    rf"|[-/.](?P<em2>1[0-2]|0?[1-9])[-/.](?P<ed2>[0-3]?[0-9])(?![0-9]))")
# 2026财年第二季度（截至2025年9月30日止季度）, 上半财年（截至2025年9月30日止六个月）, and the other
# way round: 截至2025年9月30日止六个月（2026上半财年）
_FISCAL_THEN_END = re.compile(
    _FISCAL_PART + rf"(?P<noun>[\u4e00-\u9fff]{{0,4}}?)\s?[(（]\s?" + _FISCAL_END + r"[^()（）\n]{0,10}?[)）]")
_END_THEN_FISCAL = re.compile(_FISCAL_END + r"[^()（）\n，,。；;]{0,8}?\s?[(（]\s?" + _FISCAL_PART + r"\s?[)）]")
_FISCAL_MONTHS_AFTER = {"q": 3, "h": 6}
_ASOF_WORD = re.compile(_alternation("asof"))
#: a label and its noun stand this far before 截至 at most; the bracket closes this far after it
_FISCAL_REACH_BEFORE, _FISCAL_REACH_AFTER = 24, 48


def _fiscal_by_end_date(found: list[Period], t: str, text: str) -> list[Period]:
    """A fiscal quarter or half glossed with the day it ended (``上半财年（截至2025年9月30日止六个月）``)
    is that fiscal stretch, never the day: the written fiscal label wins (SCHEMA), and where the
    label gives no year the end day gives it, as the fiscal year is named by the calendar year it
    ends in (a first half ending in September 2025 is of the year ending March 2026: FY2026H1).

    >>> [p.value for p in find_periods("上半财年（截至2025年9月30日止六个月）收入230亿元", date(2025, 11, 25))]
    ['FY2026H1']
    """
    if "财" not in t or ("截至" not in t and "截止" not in t):
        return found  # most texts: two substring tests
    spans = []
    # the patterns start with optional parts (no literal to look for): try them only around a
    # 截至 with 财 near it, not at every character of a long report
    windows = {(max(0, a.start() - _FISCAL_REACH_BEFORE), a.start() + _FISCAL_REACH_AFTER)
               for a in _ASOF_WORD.finditer(t)}
    matches = {m.span(): m for a, b in sorted(windows) if "财" in t[a:b]
               for pattern in (_FISCAL_THEN_END, _END_THEN_FISCAL) for m in pattern.finditer(t, a, b)}
    for (start, end), m in sorted(matches.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if spans and start < spans[-1][1]:
            continue  # inside a longer reading (a window that began within its year)
        g = m.group
        q = g("q") or g("q2") or g("q3")
        half = g("h") or g("h2")
        if g("y"):
            year = _year(g("y"))
        else:
            # the months from the stretch's end to its fiscal year's end
            end_y, end_m = int(g("ey")), int(g("em") or g("em2"))
            ahead = _FISCAL_MONTHS_AFTER["q"] * (4 - _QNUM[q]) if q else \
                _FISCAL_MONTHS_AFTER["h"] * (1 if half == "上" else 0)
            year = end_y + (end_m - 1 + ahead) // 12
        value = f"FY{year}" + (f"Q{_QNUM[q]}" if q else f"H{1 if half == '上' else 2}")
        spans.append((start, end, value))
    if not spans:
        return found
    out = list(found)
    for start, end, value in spans:
        inside = [p for p in out if p.start < end and p.end > start]
        if len(inside) == 1 and inside[0].value == value or any(p.start < start or p.end > end for p in inside):
            continue  # read already (2026财年第二季度（截至…）), or part of a longer period
        out = [p for p in out if not (p.start < end and p.end > start)]
        out.append(_new_period(value, start, end, text[start:end]))
    return sorted(out, key=_START)


# 本周（11.16-11.20）, 本周（11月16日至20日）: the days a week or month word stands for, in brackets
_DAYS_IN_BRACKETS = re.compile(
    r"\s?[(（]\s?(?:(?P<y>\d{4})\s?年\s?)?(?P<m1>1[0-2]|0?[1-9])\s?(?:月|[./])\s?(?P<d1>[0-3]?[0-9])\s?[日号]?"
    r"\s?(?:至|到|-|~|—|–)\s?(?:(?P<m2>1[0-2]|0?[1-9])\s?(?:月|[./])\s?)?(?P<d2>[0-3]?[0-9])\s?[日号]?\s?[)）]")


def _stated_days(found: list[Period], t: str, text: str, published: date) -> list[Period]:
    """A week or month word followed by its days in brackets takes those days as a span."""
    out: list[Period] = []
    skip_to = -1
    for p in found:
        if p.start < skip_to:
            continue
        m = _DAYS_IN_BRACKETS.match(t, p.end) if p.text.strip() in _WORDS.get("near", {}) else None
        if m is not None:
            y = int(m.group("y")) if m.group("y") else published.year
            m1, m2 = int(m.group("m1")), int(m.group("m2") or m.group("m1"))
            try:
                a, b = date(y, m1, int(m.group("d1"))), date(y, m2, int(m.group("d2")))
            except ValueError:
                a = b = None
            if a is not None and a <= b:
                out.append(Period(f"{a.isoformat()}/{b.isoformat()}", p.start, m.end(), text[p.start:m.end()],
                                  p.is_estimate, p.fiscal, p.scope))
                skip_to = m.end()
                continue
        if p.text in _WINDOW_FOLLOWERS:
            window = [w for w in out[-2:] if "/" in w.value and w.text.lstrip().startswith(_NEAR_WORDS)]
            if window and not _BLOCK_BREAK.search(t, window[-1].end, p.start):
                # 上周（9.1-9.5）…；同期沪深300上涨1.4%，年初至今累计上涨18%: the week's window, and as of its last day
                value = window[-1].value
                p = _new_period(value if p.text in _SAME_PERIOD_WORDS else value.split("/")[1],
                                p.start, p.end, p.text, p.is_estimate, p.fiscal, p.scope)
        out.append(p)
    return out


#: 同期: the same window as the one stated before (period_words.csv ``same_period``)
_SAME_PERIOD_WORDS = frozenset(_WORDS.get("same_period", {}))
#: words that follow a week's stated window: 同期 (that window) and 年初至今 (as of its last day)
_WINDOW_FOLLOWERS = _SAME_PERIOD_WORDS | frozenset(_WORDS["ytd"])
#: 本周, 上周: words of a week or month the text may follow with its days in brackets
_NEAR_WORDS = tuple(_WORDS.get("near", {}))


_BLOCK_BREAK = re.compile(r"\n[ \t\u3000]*\n")
_SENTENCE_BREAK = re.compile(r"[。！？!?\n]")
_QUARTER = re.compile(r"(FY)?(\d{4})Q([1-4])")
_FY_QUARTER = re.compile(r"FY\d{4}Q[1-4]")
_CALENDAR_QUARTER = re.compile(r"\d{4}Q[1-4]")
_FISCAL_YEAR = re.compile(r"FY\d{4}")
_FISCAL_REACH = 40
# between a fiscal year and its quarters: blanks or a bracket glossing it (（截至2026年3月）)
_FISCAL_GLOSS = re.compile(r"\s*(?:[（(][^（()）\n]{0,20}[)）])?\s*")
# a quarter, a half or a stretch of quarters of one year (2025Q3, 2025H1, 2025Q1/2025Q3)
_FISCAL_PART_LABEL = re.compile(r"(\d{4})(?:Q[1-4]|H[12])(?:/\1Q[1-4])?")
_ANY_YEAR = re.compile(r"(?:FY)?\d{4}.*")
_WHOLE_YEAR = re.compile(r"(?:FY)?\d{4}")
_EDGE = re.compile(r"\d{4}-(?:01|12)")
_EDGE_ENDS = tuple(sorted({w[-1] for w in _WORDS["year_edge"]}))
# 第二财季（截至7月27日）: the day a quarter ended, in brackets after it
_ANNOTATION_OPEN = re.compile(rf"\s?[(（]\s?(?:{_alternation('asof')}|{_alternation('equivalent')})?\s?")
_ANNOTATION_CLOSE = re.compile(r"\s?[)）]")
# 第一财季业绩（截至4月26日）: a short noun between the quarter and its end date, which then needs 截至
_ANNOTATION_AFTER_NOUN = re.compile(rf"\s?[\u4e00-\u9fff]{{1,4}}\s?[(（]\s?(?:{_alternation('asof')})\s?")
# （FY2032Q1，截至2031年9月30日）: the quarter and its end date in one bracket
_ANNOTATION_AFTER_COMMA = re.compile(rf"\s?[,，]\s?(?:{_alternation('asof')})\s?")
_PART_OF_YEAR = re.compile(r"(?:FY)?\d{4}(?:Q[1-4]|H[12])?|FY\d{4}.*")


_QUARTER_END = frozenset(_WORDS.get("period_end", {}))
#: 上年 after a year the sentence states: counted from that year (``context_year`` words)
_CONTEXT_YEAR_WORDS = _WORDS.get("context_year", {})
#: the parts a year word may go on with (上年同期, 上年末, 上年一季度): no bare year word then
_REL_PARTS = ("rel_q", "rel_qn", "rel_fm", "rel_same", "rel_e", "rel_h", "rel_m", "rel_ma")
#: 累计上涨, 累计下跌: a move summed so far (period_words ``ytd_move``); 年内 before one in its
#: clause is year to date
_YTD_MOVES = tuple(sorted(_WORDS["ytd_move"], key=len, reverse=True))
#: how far past 年内 its clause's move word may stand (年内覆铜板均价累计上涨)
_YTD_MOVE_REACH = 16


#: 累计 ... 已/达: a total summed so far that its clause says has been reached (period_words
#: ``ytd_total`` then ``ytd_reached``): 年内累计融资额已超过20亿元 is to date, as a move is
_YTD_TOTALS = tuple(_WORDS.get("ytd_total", {}))
_YTD_REACHED = tuple(_WORDS.get("ytd_reached", {}))


def _ytd_move_follows(t: str, end: int) -> bool:
    """Whether a cumulative move word follows ``end`` within its clause (no comma or stop between),
    or a cumulative total its clause says is reached by now (累计…已超过, 累计…达)."""
    if "累" not in t[end:end + _YTD_MOVE_REACH]:  # cheap pre-check: most 年内 have none
        return False
    stretch = _CLAUSE_BREAK.split(t[end:end + _YTD_MOVE_REACH], 1)[0]
    if any(w in stretch for w in _YTD_MOVES):
        return True
    # (年内累计融资约24亿元 with no 已 or 达 stays the year)
    at = min((stretch.find(w) for w in _YTD_TOTALS if w in stretch), default=-1)
    return at >= 0 and any(w in stretch[at:] for w in _YTD_REACHED)


#: 年内 after a year the sentence states (2024年收入…；年内亏损…): that year, past a ；
_WITHIN_YEAR = "年内"
_ITEM_BREAK = re.compile(r"[；;]")
# a month without a year at most this far after the publication month is one coming up, not last year's
_NEAR_AHEAD_MONTHS = 2
_YEAR_ONLY = re.compile(r"\d{4}")
#: 截至2024年末，…。全年…: a year, or its last month (年末, 年底, 12月), names the year a later 全年 is of
_YEAR_OR_ITS_END = re.compile(r"\d{4}(?:-12)?")
# a year the text writes (2025年, 25年, 今年, 去年 ...), not one resolved from the publication date
_STATED_YEAR = re.compile(r"\d{4}|\d{2}\s?年|" + _alternation("year_rel"))
_DATE_VALUE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
# 2025Q1/2025Q3, 2025-01/2025-10: a stretch within one year (group 4: last quarter, 5: last month)
_SAME_YEAR_SPAN = re.compile(r"(\d{4})(?:Q[1-4]|-\d{2})/(\d{4})(Q([1-4])|-(\d{2}))")
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?\n]")
_LAST_CLAUSE_BREAK = re.compile(r".*[，,；;。！？!?\n]", re.DOTALL)
# a month (day), a quarter or a half of a stated year: groups month, quarter, half
_DATED_PART = re.compile(r"\d{4}(?:-(\d{2})(?:-\d{2})?|Q([1-4])|H([12]))")


def _after_dated_anchor(base: str, value: str, published: date) -> str:
    """A month or day written without a year after a dated event of the same sentence
    (``于2025年11月20日上市，截至1月15日市值…``): it takes the anchor's year unless that puts it
    before the anchor, and then the year after, when that is not past the publication date."""
    if not _DATE_VALUE.fullmatch(base) or not _DATE_VALUE.fullmatch(value):
        return value  # the common case: a bare year, or a quarter or half
    n = min(len(base), len(value))
    if value[:n] >= base[:n]:
        return value
    later = str(int(value[:4]) + 1) + value[4:]
    return later if later <= published.isoformat() else value


#: 从, 由 before the period a move starts from
_MOVE_FROM = ("从", "由")
#: 提升至, 升至: the words a move reaches its target with (period_words ``move_to``)
_MOVE_TO_WORDS = tuple(_WORDS.get("move_to", {}))


def _edge_of_stated_year(ms: int, value: str, t: str, simple, published: date) -> str:
    """年初 / 年末 alone after a past year the sentence states (``回看2024：去年全年，规模由年初的
    约500亿元降至年末的约420亿元`` in a note of 2025): the start or end of that year, not of the
    publication year. A later year, or one stated past a ；, leaves the publication year's."""
    head = max(t.rfind(c, max(0, ms - _EDGE_YEAR_REACH), ms) for c in "。！？!?\n") + 1
    years = [x for x in simple if head <= x[1] and x[2] <= ms and _YEAR_ONLY.fullmatch(x[0])
             and _STATED_YEAR.search(t, x[1], x[2])]
    if not years or _ITEM_BREAK.search(t, years[-1][2], ms) or int(years[-1][0]) >= published.year \
            or _after_comparison(t, years[-1][1]):
        return value
    return years[-1][0] + value[4:]


#: how far back a sentence's year is looked for before a bare 年初 / 年末
_EDGE_YEAR_REACH = 80


#: a fiscal year, quarter or half (FY2026, FY2026Q2, FY2026H1): 全年 after it is that fiscal year
_FISCAL_OR_PART = re.compile(r"FY\d{4}(?:Q[1-4]|H[12])?")
#: how far back in the block 全年 looks for the fiscal period the paragraph is about
_FISCAL_BLOCK_REACH = 300


def _fiscal_year_of_block(t: str, ms: int, simple) -> str | None:
    """The fiscal year a sentence-opening 全年 (or 本/全/上一财年) is of when the block before it is about a fiscal
    period (``2026财年第二季度销售额…。上年同期…。公司维持全年销售额…的预测``): the last period
    stated before it in the block, stepping over a 同期 (a comparison's base, never the period
    the paragraph is about), is a fiscal one. None leaves the calendar reading."""
    for value, start, end, _, _ in reversed(simple):
        if ms - end > _FISCAL_BLOCK_REACH or _BLOCK_BREAK.search(t, end, ms):
            return None
        if end > ms or _SAME_PERIOD_WORD in t[start:end] or _after_comparison(t, start) \
                or _ASOF_GLOSS.search(t, max(0, start - 6), start) and _closed_aside(t, start, ms):
            continue  # 第四财季（截至2025年9月27日）: the bracketed end day glosses the label before it
        return value[:6] if _FISCAL_OR_PART.fullmatch(value) else None
    return None


def _carried_fiscal_quarter(value: str, simple) -> tuple | None:
    """``("year_of_q", n)`` when 全年 took its fiscal year ``value`` from a 第n财季 written without
    a year (its value a calendar stand-in): the fiscal year is then the company's, resolved with
    the quarter by its fiscal calendar, not the stand-in's. None when a year was written."""
    for v, _, _, _, fiscal in reversed(simple):
        if v[:6] == value:
            return ("year_of_q", fiscal[1]) if fiscal is not None and fiscal[0] == "q" else None
    return None


def _year_of_context(g, ms: int, me: int, value: str, t: str, simple, published: date) -> str:
    """The year of a month, a day, a quarter, a half or 全年 written without one.

    A year the sentence stated before it holds (``回顾2025年，全年…``, ``2024年…12月``); else a
    month (quarter, half) is the latest such one begun by the publication date (``自10月高点``
    in a note of February is last October, 第三季度 in January last year's), unless it is close
    ahead (``Dec 9`` in a note of late November: an event coming up) or its clause looks ahead
    (``将于12月发布``).
    """
    base = _earlier_not_base(t, ms, simple, _ANY_YEAR, sentence=True, reach=80)
    if g("within") and base is not None and _FISCAL_OR_PART.fullmatch(base[2]) and t[ms:me] == "全年" \
            and not _ITEM_BREAK.search(t, base[1], ms):
        # 2031财年全年，收入…, FY26Q2收入…，全年指引…: 全年 after a fiscal year (or one of its
        # quarters) is that whole fiscal year, not the publication's calendar year (a fiscal label
        # wins: SCHEMA)
        return base[2][:6]
    if base is None and g("within") and t[ms:me] == "全年":
        fiscal = _fiscal_year_of_block(t, ms, simple)
        if fiscal is not None:
            return fiscal
    if base is not None and _closed_aside(t, base[1], ms):
        base = None  # 某公司（2025年12月上市）一季度亏损收窄: the bracket's year is the aside's
    if base is not None and _WHOLE_YEAR.fullmatch(base[2]) and t[base[0] - 1:base[0]] in _MOVE_FROM \
            and any(w in t[base[1]:ms] for w in _MOVE_TO_WORDS):
        # 从去年的不足一成提升到上半年的约25%, 2025年毛利率由上年的51%升至56%，全年…: the year a move
        # starts from is not its target's, nor the clauses' after it; the year stated before it is
        base = _earlier_not_base(t, base[0], simple, _ANY_YEAR, sentence=True, reach=80 - (ms - base[0]))
    if _FISCAL_PART_LABEL.fullmatch(value) and "FY" in t[max(0, ms - _FISCAL_REACH):ms]:
        fiscal = _earlier(t, ms, simple, [], _FISCAL_YEAR, sentence=True, reach=_FISCAL_REACH)
        if fiscal is not None and _FISCAL_GLOSS.fullmatch(t, fiscal[1], ms):
            # FY2025（截至2026年3月）前三季度: quarters right after a fiscal year are its fiscal quarters
            return value.replace(value[:4], fiscal[2])
    if base is not None and _CALENDAR_QUARTER.fullmatch(value) and _FY_QUARTER.fullmatch(base[2]):
        # 公布FY2027Q1业绩，Q2指引收入…: a bare quarter after a fiscal quarter is a fiscal one too,
        # of the same fiscal year unless it comes before the quarter named (FY2026Q4…Q1: FY2027Q1)
        year, before, n = int(base[2][2:6]), int(base[2][-1]), int(value[-1])
        return f"FY{year if n >= before else year + 1}Q{n}"
    if base is None and g("within"):
        # 2025年，收入增长10%。全年净利润增长12%: the year the paragraph block is about
        base = _earlier_not_base(t, ms, simple, _YEAR_OR_ITS_END, sentence=False, reach=300)
    if base is not None and _YEAR_ONLY.match(base[2]) and _STATED_YEAR.search(t, base[0], base[1]) \
            and (not _ITEM_BREAK.search(t, base[1], ms) or _asof_head(t, base[0]) or _WITHIN_YEAR == t[ms:me]) \
            and (int(base[2][:4]) <= published.year or _looks_ahead(ms, me, t)):
        # 2024年…12月 is 2024's; 2026年收入有望…，11月用户突破 is not 2026's (a past month)
        if _SAME_YEAR_SPAN.fullmatch(value):
            return value.replace(value[:4], base[2][:4])  # 2025年…前三季度: both ends in 2025
        return _after_dated_anchor(base[2], base[2][:4] + value[4:], published)
    span = _SAME_YEAR_SPAN.fullmatch(value)
    if span is not None and not g("within"):
        # 前三季度 / 1-9月 in a note of April: the last such stretch that has begun, both ends in
        # one year (the year its last quarter or month has begun by)
        last_first = 3 * int(span.group(4)) - 2 if span.group(4) else int(span.group(5))
        if int(value[:4]) >= published.year and last_first > published.month + _NEAR_AHEAD_MONTHS \
                and not _looks_ahead(ms, me, t):
            return value.replace(value[:4], str(int(value[:4]) - 1))
        return value
    part = _DATED_PART.fullmatch(value)
    if g("within") or part is None:
        return value
    month, quarter, half = part.groups()
    first_month = int(month) if month else 3 * int(quarter) - 2 if quarter else 6 * int(half) - 5
    if quarter and t[me:me + 1] in _QUARTER_END:
        ahead = 3 * int(quarter) > published.month  # 二季度末: as of a quarter's end, which has passed
    else:
        ahead = first_month > published.month + _NEAR_AHEAD_MONTHS
    if int(value[:4]) < published.year or not ahead:
        return value
    if quarter and _quarter_just_reported(int(quarter), ms, me, t, published):
        return f"{int(value[:4]) - 1}{value[4:]}"  # 将于周四公布四季度业绩 in January: last year's
    if _looks_ahead(ms, me, t):
        return value  # 将于12月发布, 二季度末将降至: said of the time ahead
    return f"{int(value[:4]) - 1}{value[4:]}"


#: 业绩, 财报: words of a quarter's results (period_words.csv ``results_title``)
_RESULTS_WORDS = tuple(_WORDS.get("results_title", {}))
#: a quarter ended at most this many months before the publication is the one whose results are due
_RESULTS_DUE_MONTHS = 3


def _quarter_just_reported(quarter: int, ms: int, me: int, t: str, published: date) -> bool:
    """Whether a quarter written without a year (``四季度``) in a sentence about results
    (``公司将于周四公布四季度业绩，市场预期其四季度净利润…``) is last year's quarter just ended:
    the results of a quarter are due in the months after it, so a future word (将, 预期) there
    does not put the quarter ahead."""
    if published.month + 12 - 3 * quarter > _RESULTS_DUE_MONTHS:
        return False  # the common case: no quarter of last year ended that recently
    start = max(t.rfind(c, 0, ms) for c in "。！？!?\n") + 1
    stop = _SENTENCE_BREAK.search(t, me)
    return any(w in t[start:stop.start() if stop else len(t)] for w in _RESULTS_WORDS)


#: 截至, 截止: the words of an as-of date (period_words.csv ``asof``)
_ASOF_WORDS = tuple(sorted(_WORDS["asof"], key=len, reverse=True))
#: what may stand before the as-of word of a sentence's head: blanks, a bullet, an item number
_HEAD_LEAD = re.compile(r"[\s·•●■◆*\-]*(?:[0-9]{1,2}[.、)）]|[(（][0-9]{1,2}[)）])?\s*")


def _asof_head(t: str, start: int) -> bool:
    """Whether the period at ``start`` is the as-of date a sentence opens with
    (``截至2025年12月底，…；…``): its year holds for every clause of the sentence, past a ``；``."""
    word = next((w for w in _ASOF_WORDS if t.endswith(w, 0, start)), None)
    if word is None:
        return False
    at = start - len(word)
    brk = max(t.rfind(c, 0, at) for c in "。！？!?\n")
    return _HEAD_LEAD.fullmatch(t, brk + 1, at) is not None


def _closed_aside(t: str, start: int, end: int) -> bool:
    """Whether a bracket open at ``start`` closes before ``end``: what stood inside it is an aside."""
    depth = 0
    for ch in t[start:end]:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                return True
            depth -= 1
    return False


def _looks_ahead(ms: int, me: int, t: str) -> bool:
    """True when the clause of a period says what will happen (将, 预计 ... before or after it)."""
    # just after the last clause break of the 20 characters before it (one greedy match)
    last = _LAST_CLAUSE_BREAK.match(t, max(0, ms - 20), ms)
    clause = last.end() if last is not None else max(0, ms - 20)
    after = _CLAUSE_BREAK.search(t, me, me + 8)
    around = t[clause:ms] + "|" + t[me:after.start() if after else me + 8]
    for w in _WORDS.get("future_item_not", {}):
        around = around.replace("将" + w, "")  # 将近 is 'nearly'
    return any(w in around for w in _WORDS.get("ahead_marker", {}))


def _same_precision(value: str, published: date) -> str:
    """The publication date written like ``value``: 11月以来 runs to the publication month."""
    if _DAY.fullmatch(value):
        return published.isoformat()
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return f"{published.year}-{published.month:02d}"
    if re.fullmatch(r"\d{4}Q[1-4]", value):
        return f"{published.year}Q{(published.month - 1) // 3 + 1}"
    if re.fullmatch(r"\d{4}H[12]", value):
        return f"{published.year}H{(published.month - 1) // 6 + 1}"
    return str(published.year)


def _weekday_brackets(t: str, e: int, nxt, fixed: list[Period]) -> list[Period] | None:
    """``11月17日（周一）至11月23日（周日）``: the weekday periods in brackets right after a day
    (``e`` its end) and right after the next day ``nxt`` when the first bracket stands before a
    span separator leading to ``nxt``; None when the text is not so written."""
    m = _BRACKETED.match(t, e)
    if m is None or not _SPAN_SEP.fullmatch(t, m.end(), nxt[1]):
        return None
    found = [p for p in fixed if m.start() < p.start and p.end <= m.end()]
    if len(found) != 1 or not _DAY.fullmatch(found[0].value):
        return None
    after = _BRACKETED.match(t, nxt[2])
    if after is not None:
        found += [p for p in fixed if after.start() < p.start and p.end <= after.end() and _DAY.fullmatch(p.value)]
    return found


def _earlier(t: str, pos: int, simple, fixed, pattern: re.Pattern, sentence: bool, reach: int = 600):
    """The last period before ``pos`` whose value fits ``pattern``, in the same sentence or block."""
    best = None
    # both lists grow in text order: walk back from their ends only as far as ``reach``
    for value, start, end, _, fiscal in reversed(simple):
        if pos - end > reach:
            break
        if end <= pos and pattern.fullmatch(value):
            best = (start, end, value, fiscal)
            break
    for p in reversed(fixed):
        if pos - p.end > reach:
            break
        if p.end <= pos and pattern.fullmatch(p.value) and (best is None or p.start > best[0]):
            best = (p.start, p.end, p.value, p.fiscal)
            break
    if best is None or (_SENTENCE_BREAK if sentence else _BLOCK_BREAK).search(t, best[1], pos):
        return None
    return best


_COMPARISON_LEADS = tuple(sorted(_WORDS.get("comparison_lead", ()), key=len, reverse=True))
_COMPARISON_LEAD_LEN = max(map(len, _COMPARISON_LEADS), default=0) + 1
#: how many comparison bases in a row ``_earlier_not_base`` steps over
_BASES_SKIPPED = 3


def _span_ending_at(t: str, simple, base) -> str:
    """The value of ``base`` (from :func:`_earlier`), or of the whole span it closes: 同期 after
    ``2021年至2023年…分别为…；`` refers back to the span, not to its last year."""
    for i, (value, start, end, _, _) in enumerate(simple):
        if (start, end) == base[:2] and i > 0:
            prev = simple[i - 1]
            if _SPAN_SEP.fullmatch(t, prev[2], start) and _WHOLE_YEAR.fullmatch(prev[0]) \
                    and _WHOLE_YEAR.fullmatch(value) and prev[0] < value:
                return f"{prev[0]}/{value}"
            break
    return base[2]


def _earlier_not_base(t: str, pos: int, simple, pattern: re.Pattern, sentence: bool, reach: int):
    """``_earlier`` (no fixed periods) stepping over a period right after a comparison word
    (``全年毛利率42.6%，较上年下降…。全年净利率…``: 上年 is a base, not the year 全年 is of)."""
    base = _earlier(t, pos, simple, [], pattern, sentence=sentence, reach=reach)
    stepped = False
    for _ in range(_BASES_SKIPPED):
        if base is None:
            return None
        if not _after_comparison(t, base[0]) \
                and not (stepped and _STATED_YEAR.search(t, base[0], base[1]) is None):
            return base
        # behind a base, a 全年 that states no year of its own is stepped over too
        stepped = True
        base = _earlier(t, base[0], simple, [], pattern, sentence=sentence, reach=reach - (pos - base[0]))
    return base


def _after_comparison(t: str, start: int) -> bool:
    """Whether a comparison word (``comparison_lead``: 较, 比) stands right before ``start``."""
    return t[max(0, start - _COMPARISON_LEAD_LEN):start].rstrip().endswith(_COMPARISON_LEADS)


def _shift_quarter(value: str, step: int) -> str:
    m = _QUARTER.fullmatch(value)
    index = int(m.group(2)) * 4 + int(m.group(3)) - 1 + step
    return f"{m.group(1) or ''}{index // 4}Q{index % 4 + 1}"


#: 同期: the word of 上年同期, 去年同期 (a same period a year back)
_SAME_PERIOD_WORD = "同期"


#: the last character of a bare week word (上周, 前一周): it names a week, not a day
_WEEK_WORD_END = "周"


def _in_context(g, ms: int, value: str, t: str, simple, fixed, published: date | None):
    """Resolve a relative period against the period the text stated before it.

    上年同期 after 前三季度 is the first three quarters a year earlier; 季内/上季 after 第三季
    are that quarter and the one before; 下一财季 after 2026财年第三财季 is FY2026Q4; 四年内
    after Jan 21, 2025 is 2025/2028; 年初至今 after 昨日 is as of that day. Without such a
    period the publication date stays the anchor. Returns ``(value, resolved, fiscal)``.
    """
    if g("rel_same"):
        base = _earlier(t, ms, simple, fixed, _ANY_YEAR, sentence=True, reach=80)
        if base is None:
            # 预计2025年净利润3.2亿元。上年同期亏损1.6亿元: in a sentence stating no period before
            # it, 上年同期 compares with the period the sentence before it stated
            base = _earlier(t, ms, simple, fixed, _ANY_YEAR, sentence=False, reach=80)
            if base is not None and not _WHOLE_YEAR.fullmatch(base[2]):
                # 公布10月营收31亿元。较去年同期成长12%: a month's growth keeps its own period
                base = None
        if base is not None and _SAME_PERIOD_WORD in t[base[0]:base[1]]:
            # 与上年同期相比扭亏（上年同期亏损1.6亿元）: 上年同期 said again is the same period
            return base[2], True, None
        if base is not None and published is not None:
            step = int(value[:4]) - published.year
            return re.sub(r"\d{4}", lambda y: str(int(y.group(0)) + step), base[2]), True, None
    elif g("win_n"):
        base = _earlier(t, ms, simple, fixed, _ANY_YEAR, sentence=True, reach=80)
        if base is not None:
            y, n = int(re.search(r"\d{4}", base[2]).group(0)), int(value[5:9]) - int(value[:4])
            return f"{y}/{y + n}", True, None
    elif g("qrel"):
        base = _earlier(t, ms, simple, fixed, _QUARTER, sentence=False)
        for _ in range(_BASES_SKIPPED):
            # 较上季度26%的增速…。本季度资本开支为315亿元: a comparison's base quarter is no anchor
            if base is None or not _after_comparison(t, base[0]):
                break
            base = _earlier(t, base[0], simple, fixed, _QUARTER, sentence=False, reach=600 - (ms - base[0]))
        if base is not None:
            step = _WORDS["quarter_rel"][g("qrel")]
            fiscal = base[3]
            if fiscal is not None and fiscal[0] == "q":
                fiscal = ("q", (fiscal[1] - 1 + step) % 4 + 1)
            return _shift_quarter(base[2], step), True, fiscal
        if published is not None and _WORDS["quarter_rel"][g("qrel")] == 0:
            # 在一季报电话会上披露，公司当季收入…: the quarter of the report the sentence names
            reach = t[max(0, ms - _QUARTER_REPORT_REACH):ms]
            cut = max(reach.rfind(c) for c in "。！？!?\n")
            reports = quarter_reports(reach[cut + 1:], published) if "报" in reach[cut + 1:] else []
            if reports:
                return reports[-1].value, True, None
        if published is not None and _WORDS["quarter_rel"][g("qrel")] == 0:
            # 一、甲骨文FY26Q2：… ⏎⏎ 资本开支是本季最大的意外: the one quarter the heading over the
            # block (a section's, or the title of a note on one quarter's results) states
            heading = _heading_quarter(t, ms, simple, published)
            if heading is not None:
                return heading, True, None
        # 本季 in a note about third-quarter results (published in the fourth): the quarter just
        # reported, stated paragraphs before; any other quarter stated far back does not reach
        stated = [x for x in simple if x[1] < ms and _QUARTER.fullmatch(x[0]) and not x[0].startswith("FY")]
        if stated and published is not None and _WORDS["quarter_rel"][g("qrel")] == 0 \
                and stated[-1][0] == _shift_quarter(f"{published.year}Q{(published.month - 1) // 3 + 1}", -1):
            return stated[-1][0], True, None
        if g("qrel") in _WORDS.get("stated_quarter_only", {}):
            # 单季资本开支280亿元 under an event line of a fiscal quarter: no quarter stated before
            # it, so no period of its own (the linker dates it by its context), never the
            # publication date's quarter
            return None, False, None
    elif g("fq_rel"):
        base = _earlier(t, ms, simple, fixed, _FY_QUARTER, sentence=False)
        if base is not None and base[3] is None:
            return _shift_quarter(base[2], _WORDS["fiscal_rel"][g("fq_rel")]), True, None
    elif g("ytd") and published is not None:
        # a brief's figures are as of the last trading day it names (昨日, 上周五), not the publication day
        base = _earlier(t, ms, simple, fixed, _DAY, sentence=False)
        # 较上周…；年初至今: a bare week word (上周, 前一周) names a week, no last trading day
        if base is not None and 0 < (published - date.fromisoformat(base[2])).days <= 7 \
                and not t[base[0]:base[1]].endswith(_WEEK_WORD_END):
            return base[2], True, None
    return value, False, None


#: how far back, and how long, a heading line stating a block's quarter may be
_HEADING_QUARTER_REACH = 3000
HEADING_LINE_LEN = 80
#: cells of a table's row (its header too) stand apart by wide blanks, tabs or bars: no heading
TABLE_ROW_GAP = re.compile(r"\u3000{2}|\t|\||\s{3}")


#: the marks a list item opens with (``· 营收…``, ``- 毛利率…``): a line of a list, never a heading
_LIST_ITEM_MARKS = ("·", "•", "●", "◆", "- ", "* ")


def heading_shaped(line: str, stops: str = "。;；") -> bool:
    """Whether a stripped line has a heading's shape: not empty, at most ``HEADING_LINE_LEN``
    long, holding none of ``stops`` (the marks that end a sentence) and no table row's gap
    (``TABLE_ROW_GAP``)."""
    return bool(line) and len(line) <= HEADING_LINE_LEN and not any(c in line for c in stops) \
        and not TABLE_ROW_GAP.search(line)


def heading_lines(t: str, end: int, stop: int):
    """``(start, end)`` of the heading lines of ``t`` read upward from the line ending at ``end``
    down to ``stop``: lines with no full stop or semicolon, at most ``HEADING_LINE_LEN`` long
    once stripped, no table row (``TABLE_ROW_GAP``) and no list item (``_LIST_ITEM_MARKS``).
    Read from a list item, the items above it are passed over to the list's heading; read from
    any other line, a list item above ends the reading: the heading over a list is the list's,
    and the line after the list is out of its reach."""
    after = t.find("\n", end + 1)
    in_list = t[end + 1:after if after >= 0 else len(t)].lstrip().startswith(_LIST_ITEM_MARKS)
    while end > stop:
        start = t.rfind("\n", 0, end) + 1
        line = t[start:end].strip()
        if line.startswith(_LIST_ITEM_MARKS):
            # (· 第四财季营收指引650亿美元: an item of a key-figures list is no heading)
            if not in_list:
                return
        elif heading_shaped(line):
            yield start, end
        end = start - 1


#: what stands between two cells of a row once it is known to be one
_CELL_GAP = re.compile(r"\s{2,}|\t|\|")
#: 本季度, 当季: a column header naming the current quarter of a quarterly table
_CURRENT_QUARTER_WORDS = frozenset(w for w, step in _WORDS["quarter_rel"].items() if step == 0)


def _header_row_quarter(t: str, ms: int, me: int, simple, published: date | None) -> str | None:
    """The current quarter of a table whose header row holds the relative word at ``ms``-``me``
    as a cell of its own beside a current-quarter cell (``公司 | 上年同期 | 上季度 | 本季度``):
    the one calendar quarter the caption line right above states, else the last quarter ended
    by ``published`` (a quarterly table holds reported quarters only). None for any other
    place of the word, which is then read against the text before it."""
    if published is None:
        return None
    start = t.rfind("\n", 0, ms) + 1
    end = t.find("\n", me)
    line = t[start:end if end >= 0 else len(t)]
    if not TABLE_ROW_GAP.search(line):
        return None
    # (full-width blanks folded to spaces leave two between cells: 上年同期  上一季度)
    cells = {c.strip() for c in _CELL_GAP.split(line)}
    if t[ms:me].strip() not in cells or not cells & _CURRENT_QUARTER_WORDS:
        return None
    last = _shift_quarter(f"{published.year}Q{(published.month - 1) // 3 + 1}", -1)
    above = t.rfind("\n", 0, max(0, start - 1)) + 1
    stated = {v for v, s, e, *_ in simple if above <= s and e < start and _QUARTER.fullmatch(v)
              and not v.startswith("FY")}
    if len(stated) == 1 and min(stated) <= last:
        return stated.pop()  # 表3：2025年二季度资本开支 over the columns: the quarter it states
    return last


def _heading_quarter(t: str, ms: int, simple, published: date) -> str | None:
    """The quarter stated by the nearest heading line before the block of ``ms`` that states
    any (a line with no full stop, at most ``HEADING_LINE_LEN`` long: ``一、甲骨文FY26Q2：RPO再翻倍``,
    ``阿里巴巴2026财年第二季度业绩电话会纪要``), when it states one quarter only and one begun by
    ``published``; None otherwise (``甲骨文FY26Q2、CoreWeave 3Q25`` states two)."""
    block = t.rfind("\n\n", 0, ms)
    if block < 0:
        return None
    for start, end in heading_lines(t, block, max(0, ms - _HEADING_QUARTER_REACH)):
        values = {v for v, s, e, *_ in simple if start <= s and e <= end and _QUARTER.fullmatch(v)}
        if len(values) > 1:
            return None
        if values:
            v = values.pop()
            if not v.startswith("FY") and v > f"{published.year}Q{(published.month - 1) // 3 + 1}":
                return None
            return v
    return None


#: how far back a quarter report (一季报) is looked for in the sentence of a 当季
_QUARTER_REPORT_REACH = 60


# 公告编号：2026-018, 临2026-0342: a year glued to a serial of three digits (or four with a leading
# 0, which no year has) numbers a filing; it dates nothing
_SERIAL_AFTER = re.compile(r"\s?[-－—]\s?(?:0[0-9]{2,3}|[0-9]{3})(?![0-9])")


def _drop_serials(found: list[Period], t: str) -> list[Period]:
    """Drop a bare year that starts a filing number (``公告编号：2026-018``).

    Examples
    --------
    >>> [p.value for p in find_periods("公告编号：2026-018", None)]
    []
    >>> [p.value for p in find_periods("2026-2027年", None)]
    ['2026/2027']
    """
    return [p for p in found
            if not (len(p.value) == 4 and p.value.isdigit() and t.startswith("-", p.end)
                    and _SERIAL_AFTER.match(t, p.end))]


def _drop_annotations(found: list[Period], t: str, text: str) -> list[Period]:
    """``2026财年第二财季（截至7月27日）``: the bracketed end date belongs to the quarter before it."""
    out: list[Period] = []
    for p in found:
        if out and out[-1].text.strip() in _WORDS.get("near", {}):
            # 本周（11月16日—11月20日）: the dates in brackets state what the time word means
            prev = out[-1]
            gap = _ANNOTATION_OPEN.fullmatch(t, prev.end, p.start)
            close = _ANNOTATION_CLOSE.match(t, p.end)
            if gap is not None and close is not None:
                out[-1] = Period(p.value, prev.start, close.end(), text[prev.start:close.end()],
                                 p.is_estimate, p.fiscal, p.scope)
                continue
        if out and _PART_OF_YEAR.fullmatch(out[-1].value) and not out[-1].value.isdigit():
            prev = out[-1]
            if (_ANNOTATION_AFTER_NOUN.fullmatch(t, prev.end, p.start) or _ANNOTATION_AFTER_COMMA.fullmatch(
                    t, prev.end, p.start)) and _ANNOTATION_CLOSE.match(t, p.end):
                continue  # the quarter's span stays off the noun (业绩, 营收: a metric's keyword)
            gap = _ANNOTATION_OPEN.fullmatch(t, prev.end, p.start)
            close = _ANNOTATION_CLOSE.match(t, p.end)
            if gap is not None and close is not None:
                # 2025年10-12月（即FY2026Q2）: the fiscal label wins, whichever side of the bracket;
                # 上一财年（FY2031）: a label written with its year wins over a relative word, which is
                # resolved from the publication date by a calendar year-end it may not have
                # (上半年（截至6月30日）: a day glossing a calendar half keeps the half)
                written = not any(c.isdigit() for c in prev.text) and any(c.isdigit() for c in p.text) \
                    and p.value.startswith("FY") and prev.value.startswith("FY")
                label = p if written or p.value.startswith("FY") and not prev.value.startswith("FY") else prev
                out[-1] = Period(label.value, prev.start, close.end(), text[prev.start:close.end()],
                                 prev.is_estimate, label.fiscal, prev.scope)
                continue
        out.append(p)
    return out


_QUARTER_REPORT = re.compile(rf"(?<![0-9])(?:(?P<y>{_Y4})\s?年\s?)?(?:第\s?)?(?P<q>{_CNQ})\s?(?:{_alternation('quarter_report')})")


def quarter_reports(text: str, published: date | None) -> list[Period]:
    """``一季报``, ``2026年三季报``: the quarter whose report a text names (a headline's subject).

    Without a year the quarter is the latest such one begun by ``published`` (none without it).

    >>> [p.value for p in quarter_reports("巨头三季报综述", date(2031, 11, 20))]
    ['2031Q3']
    """
    t = fold(text)
    out = []
    for m in _QUARTER_REPORT.finditer(t):
        q = _QNUM[m.group("q")]
        if m.group("y"):
            y = int(m.group("y"))
        elif published is not None:
            y = published.year if 3 * q - 2 <= published.month else published.year - 1
        else:
            continue
        out.append(Period(f"{y}Q{q}", m.start(), m.end(), text[m.start():m.end()]))
    return out


# 2024年中报, 2024年报, 2023年三季报: a results report named by its year (not 2024年报告, a report)
# (2024年度年报: the year written as the full year before the report word)
_RESULTS_REPORT = re.compile(rf"(?<![0-9])(?P<y>{_Y4})\s?(?:年\s?(?:度\s?)?)?(?P<w>{_alternation('results_report')})(?![告道])")
#: 一一三年度年報, 113年度年报: a Taiwan filing's title names its year in the ROC era, in Arabic
#: digits or spelt digit by digit (roc_offset: 113 is 2024); a year 100-149 of the era
_CN_DIGIT = "[" + "".join(CN_DIGITS) + "]"
_CN_ONE = "".join(k for k, v in CN_DIGITS.items() if v == 1)
_CN_TENS = "".join(k for k, v in CN_DIGITS.items() if v <= 4)  # 100-149: the era's second digit
_ROC_TITLE_YEAR = re.compile(
    rf"(?<![0-9])(?:{'|'.join(map(re.escape, sorted(roc_era_words(), key=len, reverse=True)))})?\s?"
    rf"(?P<y>1[0-4][0-9](?![0-9])|(?<!{_CN_DIGIT})[{_CN_ONE}][{_CN_TENS}]{_CN_DIGIT}(?!{_CN_DIGIT}))(?=\s?年)")


def _ce_title_year(line: str) -> str:
    """``line`` with a ROC-era year before 年 written as its Common Era year (一一三年度 -> 2024年度)."""
    def ce(m: re.Match) -> str:
        y = m.group("y")
        digits = y if y.isdigit() else "".join(str(CN_DIGITS[c]) for c in y)
        return str(int(digits) + roc_offset())
    return _ROC_TITLE_YEAR.sub(ce, line)
def results_report_part(text: str, year) -> str | None:
    """``2025年中报`` / ``2025年一季报`` where ``year`` (a bare year period) stands: the half or
    quarter that report covers (``2025H1``, ``2025Q1``), or None for a year's report, a stretch
    of three quarters (``三季报``) or any other year.

    >>> import datetime as dt
    >>> t = "表1：2025年中报主要数据"
    >>> results_report_part(t, find_periods(t, dt.date(2025, 9, 1))[0])
    '2025H1'
    >>> t = "表1：2025年报主要数据"
    >>> results_report_part(t, find_periods(t, dt.date(2025, 9, 1))[0]) is None
    True
    """
    return {3: f"{year.value}Q1", 6: f"{year.value}H1"}.get(results_report_months(text, year))


def results_report_months(text: str, year) -> int | None:
    """The last month of the stretch the results report written at ``year`` covers (``2024年年报``:
    12, ``2025年中报``: 6), or None when no results report word follows that bare year."""
    if not year.value.isdigit():
        return None
    m = _RESULTS_REPORT.match(text, year.start)
    if m is None or m.start("w") - year.end > 1:
        return None
    return _WORDS["results_report"][m.group("w")]


# a stretch of one year: the year, a half, a quarter, the first n quarters
_STRETCH_VALUE = re.compile(r"(\d{4})(?:H[12]|Q[1-4]|Q1/\d{4}Q[2-4])?")
_STRETCH_LAST_MONTH = {"H1": 6, "H2": 12, "Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12}


class _Anchor(NamedTuple):
    start: int
    end: int
    stretch: str  # 2024H1, 2023Q1/2023Q3, 2024
    asof: date  # the stretch's last day: the time its report speaks from


def _anchor_of(stretch: str, start: int, end: int) -> _Anchor:
    tail = stretch[-2:] if not stretch.isdigit() else ""
    y, m = int(stretch[-6:-2] if tail else stretch), _STRETCH_LAST_MONTH.get(tail, 12)
    return _Anchor(start, end, stretch, date(y, m, calendar.monthrange(y, m)[1]))


def first_line(t: str) -> tuple[int, int]:
    """The span of the first line of ``t`` that holds anything (a title's)."""
    start = len(t) - len(t.lstrip())
    end = t.find("\n", start)
    return start, end if end >= 0 else len(t)


def _in_heads(pos: int, heads) -> bool:
    return any(s <= pos < e for s, e in heads)


def _results_anchors(t: str, found: list[Period], heads) -> list[_Anchor]:
    """Where the text names a results report of a stated year (``2024年中报``, anywhere) or its
    title line names a stated year's stretch with a results word (``2024年上半年业绩交流会``)."""
    out = []
    for m in _RESULTS_REPORT.finditer(t):
        y, month = int(m.group("y")), _WORDS["results_report"][m.group("w")]
        stretch = {3: f"{y}Q1", 6: f"{y}H1", 9: f"{y}Q1/{y}Q3"}.get(month, str(y))
        out.append(_anchor_of(stretch, m.start(), m.end()))
    title_words = _WORDS.get("results_title", {})
    if any(w in t[s:e] for s, e in heads for w in title_words):
        for p in found:
            if not _in_heads(p.start, heads):
                continue
            # a year stands as a stretch only written as the full year (（2025年度）), not 2025年
            annual = p.value.isdigit() and fold(p.text).rstrip().endswith(_ANNUAL_SUFFIX)
            if not p.fiscal and _YEAR_ONLY.match(fold(p.text).lstrip()) and (not p.value.isdigit() or annual) \
                    and _STRETCH_VALUE.fullmatch(p.value) and not any(a.start <= p.start < a.end for a in out):
                out.append(_anchor_of(p.value, p.start, p.end))
                break
    return sorted(out)


#: 本年 / 上年 in an issuer's own report: its accounting year and the one before, not the
#: publication's (period_words.csv role ``report_year``)
_REPORT_YEAR_WORDS = frozenset(_WORDS.get("report_year", ()))

#: 2025年度: a year written as the whole year (a results title's stretch)
_ANNUAL_SUFFIX = "年度"


def shift_years(value: str, step: int) -> str:
    """``value`` with every four-digit year in it moved by ``step`` (``2025-12`` by -1 is
    ``2024-12``; ``2025H1/2025Q3`` by -1 is ``2024H1/2024Q3``)."""
    return re.sub(r"\d{4}", lambda y: str(int(y.group(0)) + step), value)


def _stretch_begins(value: str) -> date:
    """The first day of a stretch value (``2024H2`` -> 2024-07-01, ``2024Q1/2024Q3`` -> 2024-01-01)."""
    y, tail = int(value[:4]), value[4:6]
    return date(y, {"H2": 7, "Q2": 4, "Q3": 7, "Q4": 10}.get(tail, 1), 1)


def filing_stretch(text: str, lines: int = 3) -> str | None:
    """The stretch a periodic report filed by its issuer covers (``2025H1``, ``2025``), from a
    title among its first ``lines`` lines, else None.

    The title names the issuer's full legal name (``filing_issuer``: 有限公司, on the same or the
    line before) and a year's report (``results_report``) with nothing after it but a tail
    (``filing_tail``: 摘要, 全文): ``云衡数据科技股份有限公司 2025年半年度报告（摘要）``. A broker's
    note on a report (``2025年半年报点评``) or an inquiry letter on it (``年报问询函的回复``) is
    no periodic report: its figures are dated by their own words.

    Examples
    --------
    >>> filing_stretch("云衡数据科技股份有限公司 2025年半年度报告（摘要）\\n")
    '2025H1'
    >>> filing_stretch("岳川证券股份有限公司\\n云衡数据2025年半年报点评\\n") is None
    True
    """
    if not any(w in text[:_FILING_HEAD] for w in _REPORT_CHARS):
        return None  # most documents: a substring test (報: a Traditional filing's 年報)
    t = fold(text[:_FILING_HEAD])
    issuers, tails = tuple(_WORDS.get("filing_issuer", ())), tuple(_WORDS.get("filing_tail", ()))
    heads = tuple(_WORDS.get("filing_header", ()))
    seen, prev, header = 0, "", False
    rows = [raw.strip() for raw in t.split("\n")]
    rows = [r for r in rows if r]
    for k, line in enumerate(rows):
        if any(w in line for w in heads):
            # 证券代码：688321 证券简称：… 公告编号：…: the masthead of an issuer's own filing, which
            # names the issuer as well as its legal name does; no title line of its own
            header = True
            continue
        if line.isascii() and prev:
            continue  # XINGHENG TECHNOLOGY CO.,LTD.: the legal name again, in English
        seen += 1
        line = _ce_title_year(line)  # 一一三年度年報（節錄）: a Taiwan issuer's year of the ROC era
        for m in _RESULTS_REPORT.finditer(line):
            rest = re.sub(r"[\s（）()【】\[\]]", "", line[m.end():])
            for w in tails:
                rest = rest.replace(w, "")
            # 2025年年度报告摘要 ⏎ 云衡数据科技股份有限公司: the legal name may follow the title
            after = rows[k + 1] if k + 1 < len(rows) and not line[:m.start()].strip() else ""
            if rest or not (header or any(w in line[:m.start()] or w in prev or w in after for w in issuers)):
                continue
            y, month = int(m.group("y")), _WORDS["results_report"][m.group("w")]
            return {3: f"{y}Q1", 6: f"{y}H1", 9: f"{y}Q1/{y}Q3"}.get(month, str(y))
        if seen >= lines:
            return None
        prev = line
    return None


#: 本报告期自2025年7月1日起至9月30日止: a periodic report stating the days its period runs
_STATED_REPORT_PERIOD = re.compile(
    r"(?:" + "|".join(map(re.escape, sorted(_WORDS.get("report_period_word", ()), key=len, reverse=True))) + r")"
    r"\s?(?:为|是)?\s?自?\s?(?P<y1>\d{4})\s?年\s?(?P<m1>\d{1,2})\s?月\s?(?P<d1>\d{1,2})\s?日\s?起?\s?(?:至|到|—|-|~)\s?"
    r"(?:(?P<y2>\d{4})\s?年\s?)?(?P<m2>\d{1,2})\s?月\s?(?P<d2>\d{1,2})\s?日\s?止?")
#: how far into a document its statement of the report's period is looked for
_STATED_REPORT_HEAD = 1500
#: 截至2025年6月30日止六個月（「報告期」）: a results announcement glossing the stretch it states
#: as its reporting period (the gloss in brackets, the words quoted or not)
_REPORT_PERIOD_GLOSS = re.compile(
    r"\s?[（(]\s?(?:以下简称)?\s?[「“\"『]?\s?(?:"
    + "|".join(map(re.escape, sorted(_WORDS.get("report_period_word", ()), key=len, reverse=True)))
    + r")\s?[」”\"』]?\s?[)）]")
#: a month span of a calendar stretch (2025-01/2025-06), as find_periods writes 截至6月30日止六个月
_MONTH_SPAN = re.compile(r"(?P<y1>\d{4})-(?P<m1>\d{2})/(?P<y2>\d{4})-(?P<m2>\d{2})")


def stated_report_period(text: str) -> str | None:
    """The stretch a periodic report says it covers (``本报告期自2025年7月1日起至9月30日止``:
    ``2025Q3``), as a quarter, half, first quarters or year, read near the document's start;
    None when it states none, or days that make no such stretch.

    >>> stated_report_period("本报告期自2025年7月1日起至9月30日止。")
    '2025Q3'
    >>> stated_report_period("报告期自2025年1月1日起至2025年6月30日止") , stated_report_period("报告期自2025年7月5日起至9月30日止")
    ('2025H1', None)
    """
    if "报告期" not in text[:_STATED_REPORT_HEAD] and "報告期" not in text[:_STATED_REPORT_HEAD]:
        return None  # most documents: a substring test (報告期: a Hong Kong announcement)
    head = fold(text[:_STATED_REPORT_HEAD])
    m = _STATED_REPORT_PERIOD.search(head)
    if m is None:
        return _glossed_report_period(head)
    y, m1, d1, m2 = int(m.group("y1")), int(m.group("m1")), int(m.group("d1")), int(m.group("m2"))
    if int(m.group("y2") or y) != y or d1 != 1 or m1 % 3 != 1 or m2 % 3 or m2 < m1:
        return None
    try:
        last = date(y, m2, int(m.group("d2")))
    except ValueError:
        return None
    if (last + timedelta(days=1)).month == m2:
        return None  # the stretch does not end on the last day of a quarter
    q1, q2 = (m1 + 2) // 3, m2 // 3
    if q1 == q2:
        return f"{y}Q{q1}"
    return {(1, 2): f"{y}H1", (3, 4): f"{y}H2", (1, 4): str(y)}.get((q1, q2), f"{y}Q{q1}/{y}Q{q2}")


def _glossed_report_period(head: str) -> str | None:
    """``截至2025年6月30日止六個月（「報告期」）``: the stretch a results announcement states and
    glosses as its reporting period, as a quarter, half, first quarters or year of the calendar;
    None when no stretch stands right before the gloss, or one that is no such stretch (a fiscal
    year ending in March).

    >>> _glossed_report_period("公佈截至2025年6月30日止六个月（「报告期」）之未經審核綜合業績")
    '2025H1'
    """
    for g in _REPORT_PERIOD_GLOSS.finditer(head):
        before = [p for p in find_periods(head[max(0, g.start() - 40):g.start()])
                  if p.end == min(40, g.start())]
        if not before:
            continue
        value = before[-1].value
        if re.fullmatch(r"\d{4}", value):
            return value
        return calendar_stretch(value)
    return None


def ended_stretch(p: Period, year: str) -> str | None:
    """The stretch of ``p`` in ``year`` when ``p`` was read from months ended on a day
    (``截至6月30日止六个月``: ``2024H1`` in 2024), else None: a statement writes the stretch once
    over its year columns, and each column is that stretch of its own year.

    >>> [ended_stretch(p, "2024") for p in find_periods("截至9月30日止九个月", date(2025, 11, 2))]
    ['2024Q1/2024Q3']
    >>> [ended_stretch(p, "2024") for p in find_periods("2025年1-6月", date(2025, 11, 2))]
    [None]
    """
    if _MONTHS_ENDED.search(p.text) is None:
        return None
    if re.fullmatch(r"\d{4}", p.value):
        return year  # twelve months ended 31 December: the year
    return calendar_stretch(p.value, year)


def ended_stretch_in(text: str, year: str) -> str | None:
    """The stretch of months ended on a day that ``text`` states (a header ``截至6月30日止六个月``),
    in ``year``; None when it states none. Read as if written at the end of ``year``: the header
    may write the day without its year, and a document may carry no publication date.

    >>> ended_stretch_in("截至6月30日止六個月", "2024"), ended_stretch_in("人民币千元", "2024")
    ('2024H1', None)
    """
    for p in find_periods(text, date(int(year), 12, 31)):
        part = ended_stretch(p, year)
        if part is not None:
            return part
    return None


def calendar_stretch(value: str, year: str | None = None) -> str | None:
    """A span of whole months within one year (``2025-01/2025-06``, as :func:`find_periods`
    writes ``截至6月30日止六个月``) as the calendar quarter, half, first quarters or year it makes,
    in ``year`` when given (a statement's column ``2024年`` under that stretch); None for any
    other value or a span that makes no such stretch.

    >>> calendar_stretch("2025-01/2025-06"), calendar_stretch("2025-01/2025-09", "2024")
    ('2025H1', '2024Q1/2024Q3')
    >>> calendar_stretch("2025-02/2025-06") is None
    True
    """
    span = _MONTH_SPAN.fullmatch(value)
    if span is None or span["y1"] != span["y2"]:
        return None
    m1, m2 = int(span["m1"]), int(span["m2"])
    if m1 % 3 != 1 or m2 % 3 or m2 < m1:
        return None
    q1, q2, y = (m1 + 2) // 3, m2 // 3, year or span["y1"]
    if q1 == q2:
        return f"{y}Q{q1}"
    return {(1, 2): f"{y}H1", (3, 4): f"{y}H2", (1, 4): y}.get((q1, q2), f"{y}Q{q1}/{y}Q{q2}")


def stretch_end(stretch: str) -> str:
    """The last day of a stretch value (``2025H1`` -> ``2025-06-30``, ``2025`` -> ``2025-12-31``).

    >>> stretch_end("2025Q1/2025Q3")
    '2025-09-30'
    """
    return _anchor_of(stretch, 0, 0).asof.isoformat()


#: how far into a document its title lines are looked for
_FILING_HEAD = 500


#: a results report named (报告, 业绩; in traditional script 報, 業績): the cheap test before reading for one
_REPORT_MARKS = ("报", "報", "业绩", "業績")
#: the report character alone, in both scripts: a filing's title (年报, 年報) holds one
_REPORT_CHARS = _REPORT_MARKS[:2]


def anchor_stretches(text: str, found: list[Period], heads=(), published: date | None = None,
                     own_report: bool = False, header_stretch: str | None = None) -> list[Period]:
    """Stretch words without a year (``上半年``, ``前三季度``, ``二季度``, ``全年``, ``去年同期``)
    dated by the results report the text names before them, not by the publication date.

    ``岳川股份发布2024年中报：上半年营收12.3亿元`` is 2024H1 whenever the note came out; a title
    or first line naming the report (``某公司2024年中期业绩交流会纪要``) dates the whole
    document's stretch words, one in the body its own line (up to the next such name).
    ``去年同期`` with no period before it in its sentence is the report's stretch a year
    earlier. Other periods (days, months, 今年) keep their values; with no report named
    ``found`` is returned as it is. ``heads``: spans of the title (the first line is one).
    A title's annual report does not move a quarter or half the publication date puts after its
    year (一季度 in the minutes of a year's results call held in March: the quarter under way).
    ``own_report``: the text is the issuer's periodic report itself (``filing_stretch``), whose
    title's report dates every quarter its tables name (第一季度（1-3月份） of a 2025年年度报告 is
    2025Q1) and whose accounting year words (``report_year``: 本年, 上年) count from its year.

    Examples
    --------
    >>> t = "某公司2024年中报：上半年营收12亿元。"
    >>> [p.value for p in anchor_stretches(t, find_periods(t, date(2025, 9, 1)))]
    ['2024', '2024H1']
    """
    if header_stretch is None and not any(w in text for w in _REPORT_MARKS):
        return found  # no report named: the common case, one substring test each
    t = fold(text)
    heads = [first_line(t), *heads]
    anchors = _results_anchors(t, found, heads)
    if header_stretch is not None and not any(_in_heads(a.start, heads) for a in anchors):
        # 研究部　公司研究　中期業績點評 (a header line naming a half's results, no year): that
        # stretch dates the document's stretch words as a title naming it would (去年同期: a year back)
        start, end = heads[0]
        anchors = sorted([_anchor_of(header_stretch, start, start), *anchors])
    if not anchors:
        return found
    if own_report and anchors[0].start < _FILING_HEAD and not _in_heads(anchors[0].start, heads):
        # 证券代码：… 公告编号：… ⏎ 某某股份有限公司 ⏎ 2025年年度报告摘要: the filing's title stands
        # below its masthead, and it dates the whole report as a first line would
        heads.append((anchors[0].start, anchors[0].end))
    by_span = {(p.start, p.end): i for i, p in enumerate(found)}
    out = list(found)
    added: list[Period] = []
    for k, a in enumerate(anchors):
        # a title's report dates the document, a report named in the body its own line
        end = line_end = t.find("\n", a.end)
        in_title = _in_heads(a.start, heads)
        if end < 0 or in_title:
            end = len(t)
        if k + 1 < len(anchors):
            end = min(end, anchors[k + 1].start)
        line = t.rfind("\n", 0, a.start) + 1
        for p in find_periods(text[line:end], a.asof):
            s, e = p.start + line, p.end + line
            pt = fold(p.text)
            # 本年末 (a year's end, a month) counts from the report's year as 本年 does
            report_word = own_report and in_title and pt.strip() in _REPORT_YEAR_WORDS
            if s < a.end or p.fiscal or not (_STRETCH_VALUE.fullmatch(p.value) or report_word):
                continue
            same = _SAME_PERIOD_WORD in pt
            if _STATED_YEAR.search(pt) and not same and not report_word:
                continue  # 2023年上半年, 今年: a year of its own
            value = p.value
            if same and value.isdigit() and not a.stretch.isdigit():
                value = shift_years(a.stretch, int(value) - a.asof.year)  # 去年同期: the report's stretch a year back
            i = by_span.get((s, e))
            if i is not None and in_title and a.stretch.isdigit() and s > line_end >= 0 and published is not None and not own_report \
                    and not same and not out[i].value.isdigit() \
                    and _STRETCH_VALUE.fullmatch(out[i].value) and _stretch_begins(out[i].value) > a.asof:
                continue
            if i is not None:
                out[i] = dataclasses.replace(out[i], value=value)
            elif not any(q.start < e and s < q.end for q in found):
                added.append(_new_period(value, s, e, text[s:e], p.is_estimate))
    return sorted(out + added, key=_START) if added else out


def period_words(role: str, offset: int | None = None) -> frozenset[str]:
    """The words of one role of ``data/period_words.csv`` (only those of ``offset`` when given)."""
    return frozenset(w for w, o in _WORDS.get(role, {}).items() if offset is None or o == offset)


def later_time_words() -> frozenset[str]:
    """Words that put a number after the period stated before it (``随后``): nothing carries."""
    return frozenset(_WORDS.get("later_time", {}))


def publication_dated_prefixes(rule: str = "call") -> tuple[str, ...]:
    """Metrics dated by the report itself (``publication_dated_metrics.csv``).

    ``rule="call"``: a report's own call (``target_price``), dated by the report whenever its
    clause gives no time. ``rule="english_call"``: the same, only in a clause written in
    English (an English deal note's ``Offer price range``; a Chinese prospectus leaves its
    terms undated). ``rule="undated"``: an event the report relays (a net flow of funds),
    dated by the report only when nothing in the text dates it.
    """
    with open(DATA_DIR / "publication_dated_metrics.csv", newline="", encoding="utf-8") as f:
        return tuple(r["prefix"].strip() for r in csv.DictReader(f) if (r.get("rule") or "call").strip() == rule)


def digest_day_metrics() -> frozenset[str]:
    """Metrics of one trading day (``return``, ``turnover``): in a dated news-flash digest they
    take the digest's day when nothing closer dates them (``data/digest_day_metrics.csv``)."""
    with open(DATA_DIR / "digest_day_metrics.csv", newline="", encoding="utf-8") as f:
        return frozenset(r["metric"].strip() for r in csv.DictReader(f))


def previous_trading_day(day: date) -> date:
    """The weekday before ``day`` (隔夜美股 on a Monday is Friday's session).

    >>> previous_trading_day(date(2026, 3, 16)).isoformat()
    '2026-03-13'
    """
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def opens_a_stretch(text: str, start: int) -> bool:
    """True when a period starting at ``start`` is the start of a stretch (``自5月21日…后``)."""
    return _FROM.search(fold(text[max(0, start - 2):start])) is not None


def parse_period(text: str, published: date | None = None) -> str | None:
    """The normalised value of the first period expression in ``text``, or None.

    >>> parse_period("2024年第一季度", None)
    '2024Q1'
    >>> parse_period("去年同期", date(2024, 6, 13))
    '2023'
    """
    found = find_periods(text, published)
    return found[0].value if found else None


# 2026-02-23/2026-02-27: a stretch of days (the two dates of a span)
_DAY_SPAN = re.compile(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})")
#: a stated week runs Monday to Friday (4 days apart) or Monday to Sunday (6)
_WEEK_LENGTHS = range(4, 7)


def stated_week(found: list[Period], text: str, head_end: int, published: date | None) -> str | None:
    """The week a weekly report says it covers, as a span of days (``2026-02-23/2026-02-27``).

    A stretch of four to six days written in the header (``【AI周报】第9期（2026.02.23-2026.02.27）``,
    ``周报（2.23-2.27）``) or after a week word anywhere (``本周（2月23日-2月27日）``); None when
    the text states none.

    Examples
    --------
    >>> t = "AI周报（2031.03.03-2031.03.07）\\n本周指数上涨3%。"
    >>> stated_week(find_periods(t, date(2031, 3, 10)), t, 20, date(2031, 3, 10))
    '2031-03-03/2031-03-07'
    """
    weeks = tuple(w for w, step in _WORDS.get("near", {}).items() if w.endswith("周") and step == 0)
    for p in found:
        if p.start >= head_end and not p.text.startswith(weeks) and not _under_week_heading(text, p.start):
            continue
        m = _DAY_SPAN.fullmatch(p.value)
        if m is not None and (date.fromisoformat(m.group(2)) - date.fromisoformat(m.group(1))).days in _WEEK_LENGTHS:
            return p.value
    if published is None:
        return None
    # 周报（2.23-2.27）: days in brackets in the header, their year the publication's
    m = _DAYS_IN_BRACKETS.search(fold(text[:head_end]))
    if m is None:
        return None
    y = int(m.group("y")) if m.group("y") else published.year
    try:
        m1, m2 = int(m.group("m1")), int(m.group("m2") or m.group("m1"))
        if not m.group("y") and date(y, m1, 1) > published:
            y -= 1  # a week of late December in a January note
        a = date(y, m1, int(m.group("d1")))
        b = date(y + (m2 < m1), m2, int(m.group("d2")))  # 12.29-1.2 runs into the next year
    except ValueError:
        return None
    return f"{a.isoformat()}/{b.isoformat()}" if (b - a).days in _WEEK_LENGTHS else None


#: words of a weekly review's heading (period_words.csv ``week_heading``: 一周, 一週回顧)
_WEEK_HEADINGS = tuple(_WORDS.get("week_heading", ()))
#: how far before a stretch of days its heading may stand (``【一周综述】⏎``, ``一、一週回顧（``)
_WEEK_HEADING_REACH = 12


def _under_week_heading(text: str, start: int) -> bool:
    """Whether the stretch of days at ``start`` opens a weekly review: it is the first thing on
    its line, or in the bracket, after a heading holding a week word (``【一周综述】⏎9月15日-9月21日，``,
    ``一、一週回顧（10月6日至10月10日，…）``): the week the report covers, stated once for it.

    >>> _under_week_heading("【一周综述】\\n9月15日-9月21日，", 7), _under_week_heading("近一周以来，9月15日-9月21日", 6)
    (True, False)
    """
    if not _WEEK_HEADINGS:
        return False
    before = text[max(0, start - _WEEK_HEADING_REACH):start]
    if before.endswith("\n"):
        before = before[:-1]  # the heading on the line above
    elif not before.endswith(("（", "(")):
        return False
    heading = before[before.rfind("\n") + 1:]
    return any(w in heading for w in _WEEK_HEADINGS) and not re.search(r"[，。；,;]", heading)


def trading_week(published: date) -> str:
    """The trading week (Monday to Friday) a weekly report published on ``published`` covers:
    its own week when it comes out on Friday or at the weekend, else the week before (a Monday
    report's 本周 is last week).

    >>> trading_week(date(2026, 3, 2)), trading_week(date(2026, 3, 1))
    ('2026-02-23/2026-02-27', '2026-02-23/2026-02-27')
    """
    monday = published - timedelta(days=published.weekday())
    if published.weekday() < 4:
        monday -= timedelta(days=7)
    return f"{monday.isoformat()}/{(monday + timedelta(days=4)).isoformat()}"


# Taiwan (ROC, Minguo) years: 民國114年, 115年度, 114年10月, 114年六月, 115年第一季, 114年上半年, 114/10/14.
# A three-digit year 100-149 only reads as a year where the form cannot be a count (年度, a month,
# a quarter or a half after it; an era word before it; a full slash date); a bare 115年 only in
# a text that used one of those forms already (115至118年, 119年前). find_periods reads them as
# the Common Era year written in their place, its spans mapped back to the text as written. A
# colon after a digit is a clock time (17:32:08) whose numbers are no year; after a label it opens
# the field's value (發言日期：114/10/14, read with its colon made ASCII).
_ROC_Y = r"(?<![0-9./\-])(?<![0-9]:)(1[0-4][0-9])"
_ROC_AFTER = rf"\s?年\s?(?:度|(?:1[0-2]|0?[1-9]|{_CN_MONTH})\s?月|第?\s?[一二三四1-4]\s?季|[上下]半)"
_ROC_SURE = re.compile(
    rf"(?:(?:{'|'.join(map(re.escape, sorted(roc_era_words(), key=len, reverse=True)))})\s?)(1[0-4][0-9])(?=\s?年)"
    rf"|{_ROC_Y}(?={_ROC_AFTER})"
    rf"|{_ROC_Y}(?=\s?[至到~\-－]\s?1[0-4][0-9]{_ROC_AFTER})"
    r"|(?<![0-9./\-])(?<![0-9]:)(1[0-4][0-9])(?=/[01][0-9]/[0-3][0-9](?![0-9/.]))")
# 115年 alone: not 114年间/114年来 (a span of years)
_ROC_BARE = re.compile(_ROC_Y + r"(?=\s?年(?![间間来來内內历歷代]))"
                       r"|" + _ROC_Y + r"(?=\s?[至到~\-－]\s?1[0-4][0-9]\s?年)")


def _roc_years(text: str) -> list[tuple[int, int]]:
    """The spans of the ROC year numbers of ``text`` (see ``_ROC_SURE``); none without a sure one."""
    sure = [m.span(m.lastindex) for m in _ROC_SURE.finditer(text)]
    if not sure:
        return []
    return sorted(set(sure) | {m.span(m.lastindex) for m in _ROC_BARE.finditer(text)})


#: 一一四年度, 一一三年底: a ROC year spelt digit by digit before 年, as a Taiwan filing's body
#: writes it (and its title: _ROC_TITLE_YEAR)
_ROC_SPELT_YEAR = re.compile(rf"(?<!{_CN_DIGIT})[{_CN_ONE}][{_CN_TENS}]{_CN_DIGIT}(?!{_CN_DIGIT})(?=\s?年)")


def _spelt_roc_digits(text: str) -> str:
    """``text`` with each spelt ROC year in Arabic digits, of the same length (一一四年度 ->
    114年度), so that the ROC year readers take it and every position stays where it was."""
    return _ROC_SPELT_YEAR.sub(lambda m: "".join(str(CN_DIGITS[c]) for c in m.group()), text)


def find_periods_roc(text: str, published: date | None = None) -> list[Period]:
    """:func:`find_periods` for a Taiwanese (Traditional-script) text: its ROC years
    (``115年度``, ``民國114年10月``, ``114/10/14``, spelt ``一一四年度``) read as Common Era years
    (2026, 2025-10, 2025-10-14, 2025). Only for text whose script says Taiwan: a Simplified 114年
    is no year."""
    digits = _spelt_roc_digits(text)
    spans = _roc_years(digits)
    if not spans:
        return find_periods(text, published)
    parts, last = [], 0
    for a, b in spans:
        parts += [digits[last:a], str(int(digits[a:b]) + roc_offset())]
        last = b
    parts.append(digits[last:])
    ce = "".join(parts)

    def back(n: int, is_end: bool) -> int:
        # a position in ``ce`` -> the position in ``text``: each ROC year of 3 characters became 4
        d = 0
        for a, b in spans:
            na, nb = a + d, b + d + 1
            if n <= na:
                break
            if n < nb:
                return b if is_end else a
            d += 1
        return n - d

    out = []
    for p in find_periods(ce, published):
        s, e = back(p.start, False), back(p.end, True)
        out.append(dataclasses.replace(p, start=s, end=e, text=text[s:e]))
    return out
