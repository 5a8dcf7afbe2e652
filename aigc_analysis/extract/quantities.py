"""The number parser: every quantity a Chinese (or English) finance note writes, with exact spans.

``find_quantities(text)`` scans the text once with one compiled regex (run on the
length-preserving ``numerals.fold`` of the text, so Traditional characters and full-width
digits need no separate normalisation step) and then applies a few context rules in Python:

* what stands before the number (a fall word such as 下降/净亏损, an approximation word such as
  约/超过, a currency sign such as ``US$``), read by one small anchored regex on a short window;
* what the number is not (dates, times, phone and licence numbers, stock codes, section and page
  numbers, chip/speed grades, sizes inside model names, digit-led names of the entity lexicon
  such as 36氪), decided from the characters around it;
* a magnitude with no digit and no quantifier (``（亿元）``, ``单位：百万美元``) is a unit label, not
  a quantity: ``parse_unit_label`` / ``find_unit_labels`` read such labels for table cells.

A range never crosses a tab or a line break, and a dash is a range only when it is attached to
both numbers or spaced on both sides (``30-40%``, ``30 - 40%``); otherwise it is the minus sign
of the next number (``1.85 -2.0%``). A comparative 低/少/便宜 before a number is a fall when a
comparison word (较, 比, 相比) stands earlier in its clause (``較行業價格低99.3%``).

Values follow ``shared/gold/SCHEMA.md``: magnitudes multiplied out, percentages as fractions,
percentage points as fractions with unit ``pp``, falls negative, 成 as tenths, 折 as a price
change, ranges as ``value``/``value_high``.

``per`` of a rate is normalised for token prices to ``"<n>k tokens"`` / ``"<n>m tokens"``
(``元/千tokens`` -> ``1k tokens``, ``元/百万tokens`` and ``$x/1M tokens`` -> ``1m tokens``,
``元/万tokens`` -> ``10k tokens``); other denominators (``元/月``, ``美元/小时``) are kept as written.
"""
from __future__ import annotations

import csv
import dataclasses
import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from ..paths import DATA_DIR
from .periods import after_duration_lead, before_term_word, in_duration_list
from .numerals import (CN_DIGITS, MAGNITUDES, fold, parse_approximate_pair, parse_chinese_numeral, pattern_words,
                       spoken_digit_pair)
from .regexes import consumed_chars, first_chars, guard_branches, last_chars
from .token_volume import parse_token_volume, per_tokens, volume_pattern

__all__ = [
    "Quantity", "find_quantities", "join_wrapped_ranges", "join_wrapped_units", "parse_unit_label", "find_unit_labels", "scoped_unit_labels", "KINDS", "QUALIFIERS",
]

#: Values of ``Quantity.kind``.
KINDS = (
    "number", "percent", "pp", "multiple", "money", "duration", "bytes", "fraction", "price",
    "free", "discount", "flops", "watts", "energy", "weight",
)
#: Values of ``Quantity.qualifier`` (besides None).
QUALIFIERS = ("approx", "over", "under", "at_least", "at_most")


@dataclass(frozen=True)
class Quantity:
    """One quantity found in a text.

    Attributes
    ----------
    value : float
        The value in base units (the low/first end of a range), negative after a fall word.
    value_high : float or None
        The other end of a range, in the same units.
    unit : str
        One of ``paths.UNITS``: USD, CNY, HKD, count, ratio, pp, multiple, bytes, months, years.
    per : str or None
        The denominator of a rate (``1m tokens``), else None.
    qualifier : str or None
        ``approx``, ``over``, ``under``, ``at_least``, ``at_most`` or None.
    text : str
        The exact characters of the input, ``input[start:end]``.
    start, end : int
        Offsets into the input.
    exact : decimal.Decimal
        ``value`` without float rounding.
    signed : bool
        True when a fall or loss word made the value negative. The span then includes that
        word, except for the later items of a list governed by one fall word (``分别预亏1.86亿元
        和4400万元``: the second item is signed but its span is ``4400万元``).
    kind : str
        One of ``KINDS``.
    """

    value: float
    value_high: float | None
    unit: str
    per: str | None
    qualifier: str | None
    text: str
    start: int
    end: int
    exact: Decimal
    signed: bool = False
    kind: str = "number"


# ---------------------------------------------------------------------------------------------
# Lexicon (Simplified + ASCII only: the regexes run on ``fold(text)``).

#: The word lists of the grammar (``data/pattern_words.csv``), as regex alternatives by name.
_WORDS = pattern_words("quantities")
# Latin labels of a measure whose value follows bare after one blank (Beta 1.20)
_MEASURE_LABELS = frozenset(_WORDS["measure_label"].lower().split("|"))
_CN_DIGIT = "零一二两三四五六七八九"
_CN_MAG = "十百千万亿"
_D = r"[0-9]+(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
# 三千万千瓦: a magnitude that opens a unit word (千瓦, 千克, 千米) is the unit's, not the numeral's
_CN = rf"半|[{_CN_DIGIT}{_CN_MAG}]+(?![瓦克米])(?:点[{_CN_DIGIT}]+)?"
# Only the English words need a letter boundary after them: a Chinese magnitude may be glued to
# an English noun (15万亿tokens, 3000亿tokens), and must then still be read whole.
_MAG = (
    rf"\s?(?:{_WORDS['magnitude']}(?![瓦克米卡])|百(?!度)|兆(?![瓦赫字帕])"
    r"|(?:quadrillion|trillion|billion|million|thousand)(?![A-Za-z]))|(?:bn|mn|tn|[kKmMBT])(?![A-Za-z])"
    # $80 bn, $1.2 mn: the two-letter English magnitudes after a blank too (one letter alone may
    # be a word: 80 M is no magnitude for sure); 5kwpm: thousands of wafers per month
    r"|[ ](?:bn|mn|tn)(?![A-Za-z])|k(?=wpm(?![A-Za-z]))"
    # ₩3.5조, 2,000억 원: the Korean trillion and hundred million of a translated Korean note
    r"|\s?[조억]"
    # INR 4,250 crore, INR 11.8 lakh cr: the Indian magnitudes (lakh 1e5, crore 1e7)
    r"|\s?(?:lakh[ ]cr(?:ore)?|crore|lakh|cr)(?![A-Za-z])"
    # 3.8×10^25 FLOPs, 1.2x10¹²: scientific notation, the power of ten a magnitude (``_sci_power``)
    r"|\s?[×xX*]\s?10\s?(?:\^\s?[0-9]{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![0-9])"
)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _sci_power(mag: str) -> Decimal | None:
    """``×10^25`` -> 1e25 (a power of ten written after a number), else None."""
    if mag[0] not in "×xX*":
        return None
    digits = mag.translate(_SUPERSCRIPT).split("10", 1)[1].lstrip(" ^")
    return Decimal(10) ** int(digits)


def _currency_words(position: str) -> dict[str, str]:
    """``data/currency_words.csv``: currency words written after 元 or before the number."""
    with open(DATA_DIR / "currency_words.csv", newline="", encoding="utf-8") as f:
        return {r["word"].strip(): r["code"].strip() for r in csv.DictReader(f) if r["position"].strip() == position}


_CURRENCY_AFTER_YUAN = _currency_words("suffix")  # 亿元新台币
_CURRENCY_BEFORE = _currency_words("prefix")      # 新台币37.2兆元
_CURRENCY_BEFORE_YUAN = _currency_words("prefix_yuan")  # 美金220,000,000元: only before digits and 元
_CURRENCY_CENTS = _currency_words("cent")         # 13.4美分: a hundredth of the currency
_CURRENCY_AFTER_NUMBER = _currency_words("after")  # 20亿澳元, 5000亿卢比: a currency word after the number
_CURRENCY_SUFFIX = (
    "|".join(sorted(_CURRENCY_AFTER_YUAN, key=len, reverse=True))
    # an English word (3.2 billion yuan) ends where a letter does not follow
    + "|(?:" + "|".join(re.escape(w) + ("(?![A-Za-z])" if w.isascii() else "")
                        for w in sorted(_CURRENCY_AFTER_NUMBER, key=len, reverse=True))
    + rf")(?!{_WORDS['not_after_yuan']})"
    + rf"|{_WORDS['currency_after']}(?!{_WORDS['not_after_yuan']})"
    r"|RMB|USD|HKD|CNY|EUR|JPY|KRW|TWD|GBP"
)
# Computing capacity (FLOP/s) and power: SCHEMA units ``flops`` and ``watts``.
_FLOPS_UNIT = (
    r"[KMGTPEZ]FLOP[sS]?(?:/s)?(?![A-Za-z])|[KMGTPEZ][Ff]lops(?![A-Za-z])"
    rf"|(?i:{_WORDS['flops_prefix']})\s?(?:FLOP[sS]?|flops)(?:/s)?(?![A-Za-z])"
    # 500 TOPS, 2 POPS: a chip's operations per second, read as FLOP/s like the gold; not the
    # efficiency TOPS/W (operations per watt), nor a word that goes on (TOPSHELF)
    rf"|[KMGTPEZ]OP[sS](?![A-Za-z]|\s?/\s?W)"
    # 3.8×10^25 FLOPs: a training run's floating-point operations with no SI letter, in FLOP
    r"|FLOP[sS]?(?![A-Za-z])"
)
# 1200W, 75瓦: a chip's or a card's power in watts; not 10W+ (a read counter's ten thousand);
# a prefixed unit may take a plus (campuses of 300 MW+: at least 300 MW, the plus read as over)
# 1.1亿千瓦时, 50兆瓦时: energy, not power; the hour after a power unit makes it no watts
_WATTS_UNIT = rf"[kKMGT]W(?![A-Za-z])|W(?![A-Za-z+])|(?:{_WORDS['watts']})(?!时|小时)"
# 415TWh, 7.9亿千瓦时: energy, in watt-hours or kWh as written (``_ENERGY``)
_ENERGY_UNIT = rf"(?:{_WORDS['energy']})(?![A-Za-z])|(?<=[万亿])(?:{_WORDS['energy_du']})"
# 1,150万吨CO2e, 约2.2亿吨: a mass in tonnes (``_WEIGHT``), not 百吨级 (a class) nor 万吨/年 (a rate)
_WEIGHT_UNIT = rf"(?:{_WORDS['weight']})(?!{_WORDS['not_after_weight']})"
# 3.2万P, 1.5E: the SI letter alone, PFLOPS and EFLOPS in Chinese policy notes; a FLOP/s only
# in a sentence about computing capacity (``_flops_context``), else the letter is dropped
_FLOPS_BARE = rf"(?:{_WORDS['flops_bare']})(?!{_WORDS['not_after_flops_bare']})"
_FLOPS_BARE_WORD = re.compile(rf"\s?(?:{_WORDS['flops_bare']})")
_OPS_WORD = re.compile(r"\s?[KMGTPEZ]OP[sS]")
def _cent_word(word: str) -> str:
    """A cent word as a regex branch. One of a single character (the Malaysian sen, 45.4仙) counts
    only straight after a digit: after a Chinese numeral it is part of a word (八仙, 七仙女)."""
    return ("(?<=[0-9])" if len(word) == 1 else "") + re.escape(word)


# 约三成交付车企, 近两成本地企业: after an approximation word and a one-character numeral, 成 is
# tenths before a character that would make a word with it elsewhere (成交, 成本), but 成为
# (not_after_approx_cheng)
_APPROX_CHENG = "(?:" + "|".join(
    rf"(?<={w}[一二两三四五六七八九])" for w in _WORDS["approx_before_cheng"].split("|")) + ")"
_UNIT = (
    rf"\s?(?:个百分点|百分点|%|‰|个pct|pcts|pct|ppts|ppt|pts(?![A-Za-z])|pp|bps|bp|BPs(?![A-Za-z])|BP(?![A-Za-z])|个基点|基点|{_WORDS['multiple']}|[xX×](?![A-Za-z])"
    # grew 35 percent, 30 per cent: the English percent words after one blank or none
    rf"|[ ]?(?:{_WORDS['percent_word']})(?![A-Za-z])"
    rf"|(?:{_WORDS['multiple_en']})(?![A-Za-z])"
    rf"|成[半五]|成(?:{_WORDS['cheng_digit']}|5)(?={_WORDS['cheng_digit_end']})|成(?!{_WORDS['not_after_cheng']})"
    rf"|{_APPROX_CHENG}成(?!{_WORDS['not_after_approx_cheng']})"
    rf"|折(?!{_WORDS['not_after_zhe']})"
    rf"|(?:{_WORDS['months']})(?!{_WORDS['not_after_months']})"
    rf"|(?:{_WORDS['milliseconds']})(?![A-Za-z])(?!{_WORDS['not_after_short_durations']})"
    rf"|(?:{_WORDS['short_durations']})(?!{_WORDS['not_after_short_durations']})"
    rf"|(?:{_WORDS['weeks']})(?!{_WORDS['not_after_weeks']})|年(?:零?\s?(?:[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,2}})\s?个月|半)?"
    rf"(?!{_WORDS['not_after_year']})"
    # a WALE of 7.4 years: an English duration after one blank, not a time (2 years ago)
    rf"|[ ](?:{_WORDS['en_years']}|{_WORDS['en_months']})(?![A-Za-z])(?!{_WORDS['not_after_en_duration']})"
    rf"|(?:{_WORDS['tenth_yuan']})(?=[、，,。；;）)\s]|$)"
    rf"|(?:{_WORDS['spoken_yuan']})(?=[、，,。；;）)\s的]|$)|(?:{_WORDS['spoken_usd']})(?!{_WORDS['not_after_spoken_usd']})"
    + ("|" + "|".join(map(_cent_word, sorted(_CURRENCY_CENTS, key=len, reverse=True))) if _CURRENCY_CENTS else "")
    + rf"|{_CURRENCY_SUFFIX}|{_FLOPS_UNIT}|{_ENERGY_UNIT}|{_WEIGHT_UNIT}|{_WATTS_UNIT}|[KMGTPEZY]i?B(?![A-Za-z])|{_FLOPS_BARE})"
)
# 1元/200万tokens: a count before the token scale; 元/百万输入tokens, $1.25/1M input tokens: the
# price's side inside the volume; $3/M, $0.5/MTok: the volume's letter alone (``_TOKEN_SHORTHAND``)
_PER = (
    rf"(?:\s?(?:/|每|per\s)\s?(?:(?:[0-9]+\s?)?(?:{_WORDS['token_scale']}|[kKmM]|million|thousand)?\s?"
    rf"(?:(?:{_WORDS['token_side']})\s?)?(?:tokens?|Tokens?|TOKENS?|词元)|{_WORDS['per_unit']}"
    rf"|(?:(?<=/)|(?<=/ ))(?:{_WORDS['token_shorthand']})(?![A-Za-z0-9])))"
)
#: A per that is a token volume's letter alone (/M, /1M, /MTok): tokens only after money.
_TOKEN_SHORTHAND = re.compile(rf"\s?/\s?(?:{_WORDS['token_shorthand']})")
_TOKEN_SIDE = re.compile(rf"(?:{_WORDS['token_side']})\s?")


def _guarded(pattern: str) -> str:
    """``pattern`` behind a lookahead of the characters its matches can start with.

    The optional parts after a number (magnitude, unit, rate, range, qualifier) are each a long
    list of words that the regex engine tries one by one; after most numbers none of them can
    start, and the lookahead says so with one set test. The characters are read from the
    parsed pattern; a case-blind group (``(?i:peta|exa…)``) is read as written and the
    lookahead is then case-blind too, so it admits every character the group can start with.
    A pattern that can match empty, or whose first characters cannot be read, is returned as it is.
    """
    blind = "(?i:" in pattern
    first, nullable = first_chars(pattern.replace("(?i:", "(?:") if blind else pattern)
    if first is None or nullable:
        return pattern
    chars = "[" + "".join(re.escape(c) for c in sorted(first)) + "]"
    return f"(?=(?i:{chars}))(?:{pattern})" if blind else f"(?={chars})(?:{pattern})"


_MAG_G, _UNIT_G, _PER_G = _guarded(_MAG), _guarded(_UNIT), _guarded(_PER)
_EN_YEARS = frozenset(_WORDS["en_years"].split("|"))
_EN_MONTHS = frozenset(_WORDS["en_months"].split("|"))
# 26.5分钟, 198小时, 24天, 12周: the unit of each short duration word (pattern_words.csv
# short_durations, weeks)
_SHORT_DURATIONS = {w: "minutes" if w.endswith("分钟") else "hours" if w.endswith("小时")
                    else "seconds" if w.startswith("秒") else "days"
                    for w in _WORDS["short_durations"].split("|")}
_SHORT_DURATIONS.update((w, "weeks") for w in _WORDS["weeks"].split("|"))
# 12毫秒, 310ms: the unit words of a duration in thousandths of a second (pattern_words.csv
# milliseconds), read as seconds
_MILLISECONDS = frozenset(_WORDS["milliseconds"].split("|"))


def _term(n: str) -> str:
    """One number with its magnitude, unit and rate; group names carry the suffix ``n``."""
    # the second end of a range may be signed after a dash (-1.8--1.2, a range of losses)
    after = r"(?<![0-9.\-+])|(?<=[0-9]-)" if n else r"(?<![0-9.\-+])"
    return (
        rf"(?P<sign{n}>(?:{after})[-+])?"
        rf"(?:(?P<d{n}>{_D})(?P<q1{n}>多|余)?(?:个(?=亿))?(?P<mag{n}>{_MAG_G})?"
        # 二十五个亿, 十几个亿, 十来亿, 二十来倍: spoken 亿 counted with 个, and 来 after the tens (about)
        rf"|(?P<up{n}>上(?=[十百千万亿]))?(?P<cn{n}>{_CN})(?P<q1c{n}>多|余|(?<=[十百千])(?:{_WORDS['tens_tail']})"
        rf"|(?<=[十百千])(?:{_WORDS['spoken_yi_approx']})(?={_WORDS['spoken_approx_before']}))?(?:个多?(?=亿))?"
        rf"(?P<magc{n}>[万亿]+)?)"
        rf"(?P<unit{n}>{_UNIT_G})?(?P<per{n}>{_PER_G})?"
    )


# What, right after a year-month-like number, makes it a measurement (2001.03个百分点, 2024.5亿);
# a year-like integer is also a count before a classifier (2024家, 2000多人).
_MEASURE_AHEAD = (
    rf"\s?(?:[万亿%‰倍元]|{_WORDS['measure_after_year']}|[KMGTP]i?B|[xX](?![A-Za-z])"
    r"|(?:bn|mn|[kKmMBT]|trillion|billion|million)(?![A-Za-z])"
    # 2000 TOPS, 2000 TFLOPS, 2000 PFlops: a computing capacity, not the year 2000
    r"|[KMGTPEZ](?:FLOP|OP[sS])|[KMGTPEZ][Ff]lops(?![A-Za-z]))"
)
_UNIT_AHEAD = (
    rf"{_MEASURE_AHEAD}|\s?(?:[千百十]|{_WORDS['count_after_year']})"
    rf"|(?:{_WORDS['flops_bare_after_year']})(?!{_WORDS['not_after_flops_bare']})"
)

# 成千上万, 成百上千, 千千万万: idioms of a vague multitude, no number (SCHEMA: vague magnitudes).
# The scan starts at a numeral character, so a word opening with another one (成) is matched from
# its second character with the first looked behind.
_VAGUE_IDIOM = "|".join(
    w if w[0] in _CN_DIGIT + _CN_MAG + "上" else f"(?<={w[0]}){w[1:]}"
    for w in _WORDS["vague_idiom"].split("|"))

# Alternatives tried at a digit that are NOT quantities; they are consumed and dropped.
_SKIP = (
    # a vague multitude said as an idiom (成千上万家企业): no count
    rf"(?:{_VAGUE_IDIOM})"
    # keycap emoji (1️⃣, 2⃣): a bullet's or a point's number, never a value
    r"|[0-9#*]\ufe0f?\u20e3"
    # a footnote or endnote marker (约170亿美元[1], a note line ``[3] 某机构``): never a value
    r"|(?<=\[)[0-9]{1,2}(?=\])"
    # the shopping festivals 双十一 / 双12 (11 November, 12 December): a name, not a number
    r"|(?<=[双雙])(?:十[一二]|1[12])(?![0-9])"
    # a cohort label (前10%的付费用户): which users, not a value of theirs
    r"|(?<=[前后])[0-9]{1,2}(?:\.[0-9])?\s?%(?=的)"
    # dates written with 年/月/日 (four- or two-digit year), and month-day without a year
    r"|(?:19|20)?[0-9]{2}\s?年\s?[0-9]{1,2}\s?月(?:\s?[0-9]{1,2}\s?[日号])?"
    rf"|[0-9]{{1,2}}\s?月(?:\s?[0-9]{{1,2}}\s?[日号]|{_WORDS['month_suffix']})?(?![0-9])"
    # ISO-like dates and times
    r"|(?:19|20)[0-9]{2}[-/.][01]?[0-9][-/.][0-3]?[0-9](?:\s[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
    r"(?![0-9]|\s?[万亿%])"
    rf"|(?:19|20)[0-9]{{2}}[-/.][01]?[0-9](?![0-9]|{_MEASURE_AHEAD})"
    r"|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])"
    # years, alone or as a span, when no unit follows that would make them a count
    r"|(?:19|20)[0-9]{2}(?:\s?年(?:代|度)?)?"
    r"(?:[ ]?[-~至到—–][ ]?(?:19|20)[0-9]{2}(?:\s?年(?:代|度)?)?)?"
    rf"(?![0-9.,%‰]|{_UNIT_AHEAD}"
    # nor the first end of a range of amounts (2000-4000元): the second end carries the unit
    rf"|[ ]?[-~〜—–][ ]?[0-9][0-9,]*(?:\.[0-9]+)?(?:{_UNIT_AHEAD}))"
    # an efficiency in operations per watt (5 TOPS/W, 20 TFLOPS/W): a chip's grade, no value
    r"|(?<![0-9.])[0-9]+(?:\.[0-9]+)?\s?[KMGTP](?:FLOP|OP)[sS]?\s?/\s?W(?![A-Za-z])"
    # a bandwidth (8TB/s, 3.35 TB/s): a memory or link speed grade, no amount of data
    r"|(?<![0-9.])[0-9]+(?:\.[0-9]+)?\s?[KMGTPE]i?B\s?/\s?s(?![A-Za-z])"
    # a link or switching speed in bits per second (102.4 Tbps, 800 Gbps): a grade, no amount
    r"|(?<![0-9.])[0-9]+(?:\.[0-9]+)?\s?[KMGTP]bps(?![A-Za-z])"
    # process nodes (3纳米): a technology's name
    rf"|(?<![0-9.])[0-9]{{1,2}}(?:\.[0-9])?\s?(?:{_WORDS['process_node']})"
    # wafer sizes (12英寸, 约当8吋): a grade of the product, whole inches only (6.7英寸 is a size stated)
    rf"|(?<![0-9.])[0-9]{{1,2}}\s?(?:{_WORDS['wafer_size']})"
    # 52周最高 / 52週股價區間 / 52-week range: the window a high or low is over, not a number of weeks
    rf"|(?<![0-9.])52\s?(?:{_WORDS['trading_year_week']})(?=\s?(?:{_WORDS['trading_year_after']}))"
    # a share split (1拆4 in Taiwanese notes, 1拆10): the ratio of the split, no two quantities
    rf"|(?<![0-9.])[0-9]{{1,3}}\s?(?:{_WORDS['share_split']})\s?[0-9]{{1,3}}(?![0-9.])"
    # 三年行动计划, 五年发展规划: the years a plan's name counts, no duration stated
    rf"|(?<![0-9.])(?:[一二三四五六七八九十两]|[0-9]{{1,2}})\s?年(?=\s?(?:{_WORDS['plan_span_title']}))"
    # phone numbers, licence and ID numbers, stock codes (not a number straight before a counter
    # of count_after_name: 交付新车108796辆, 合计1610105辆 count vehicles, as no code takes a counter)
    r"|\+?[0-9]{2,4}-[0-9]{7,8}(?![0-9])|[0-9]{7,}(?![0-9]|\s?(?:" + _WORDS["count_after_name"] + r"))[A-Za-z]?"
    r"|[0-9]{1,6}\.(?:HK|SZ|SH|SS|US|TWO|TW|KS|KQ|O|N)(?![A-Za-z])"
    # a six-digit number alone in a table cell after the row's label (198000 under 单位：万元) is
    # a value; a code column (证券代码) is told apart by its header; one written straight before a
    # currency (日收入可达562027美元) is an amount, as no code is followed by its currency
    r"|0[0-9]+(?![.0-9])|(?<!\t)[0-9]{6}(?![0-9.,]|\s?[万亿千百%元]|\s?(?:" + _WORDS["currency_after"] + r")"
    r"|\s?(?:" + _WORDS["count_after_name"] + r"))"
    r"|(?<=\t)[0-9]{6}(?![0-9.,\t\n]|\s?[万亿千百%元]|$)"
)

_OVER_DOUBLE_AFTER = "|".join(f"(?<={w})" for w in _WORDS["growth_end"].split("|"))
_OVER_DOUBLE_FIRST = "".join(sorted({w[0] for w in _WORDS["over_double"].split("|")}))
_OVER_DOUBLE_AHEAD = "|".join(f"(?<={w[0]})(?={w[1:]}倍)" for w in _WORDS["over_double"].split("|"))

_SCAN = re.compile(guard_branches(
    # a ratio written A:B after a verb or 比 (之比约为1:4, 比例达到1：8): the fraction A/B, not a time;
    # after a verb, a clock time (交易时间为9:30, 持续到15:30) is no ratio (1:30 reads as one)
    r"(?:(?<=比)|(?<=[为约是达至到])(?<!截至)(?<!直到)(?!(?:[02-9]|1[0-9]|2[0-4])[:：][0-5][0-9](?![0-9])))"
    r"(?P<colon>[0-9]+(?:\.[0-9]+)?[:：][0-9]+(?:\.[0-9]+)?)(?![0-9:：.])"
    rf"|(?P<skip>{_SKIP})"
    r"|(?P<free>免费)"
    # 倍增 is a doubling; 3倍增长 and 成倍增长 are not (a multiple, or no number at all)
    # 翻了一倍 is a doubling too (翻了三倍 stays the multiple as written, 3), and so is 翻了近一倍
    # with its qualifier (nearly doubled: 2, qualified), as 翻了近两番 is
    r"|(?P<fan>翻(?:了)?\s?(?:(?P<fan_q>" + _WORDS["fan_qualifier"] + r")?(?:(?P<fan_n>[一两二三四五1-5])\s?番|[一1]\s?倍(?P<fan_over>多|有余)?)|[番倍](?P<fan_more>有余)?)"
    r"|(?<![0-9一二三四五六七八九十两几数成])倍增(?!长))"
    # 百分之五十几, 百分之三十多: a spoken tail after the tens is "more than", the value as written
    rf"|(?P<pctcn>百分之(?:{_D}|[{_CN_DIGIT}{_CN_MAG}]+(?:点[{_CN_DIGIT}]+)?))(?P<pctq>(?<=[十百])[几多])?"
    # 百分之三十至四十: the second end of a spoken range leaves 百分之 out; a numeral with a unit
    # of its own after it (百分之三十到四十亿元, 到四十倍) is no end of the range
    rf"(?:(?:{_WORDS['spoken_percent_joiner']})(?!百分之)(?P<pcthi>{_D}|[{_CN_DIGIT}{_CN_MAG}]+(?:点[{_CN_DIGIT}]+)?)"
    rf"(?![0-9.,{_CN_DIGIT}{_CN_MAG}点几多]|{_MEASURE_AHEAD}))?"
    # 季增逾倍, 同比增长超倍: more than doubled, written right after the growth word
    rf"|(?P<overx>(?:{_OVER_DOUBLE_AFTER})(?:{_WORDS['over_double']})倍)"
    rf"|(?P<half>{_WORDS['half_word']}|(?<=[过逾])半(?!{_WORDS['over_half_not_after']}))"
    rf"|(?P<halved>{_WORDS['halved']})"
    # 20cm涨停: a limit-up as wide as the number (a 20% move), 20cm跌停 a limit-down
    rf"|(?<![0-9.])(?P<cm>[1-3]0)\s?cm(?P<cm_move>{_WORDS['limit_move']})"
    # 千分之一点五, 万分之零点五: the numerator may be a decimal said with 点
    rf"|(?P<fracn>(?:{_D}|[{_CN_DIGIT}{_CN_MAG}]+))分之(?P<fracd>(?:{_D}|[{_CN_DIGIT}{_CN_MAG}]+(?:点[{_CN_DIGIT}]+)?))"
    # not two process nodes (22/28奈米) nor a day with its weekday (2/14（五）, a date); one part in
    # a decimal number of parts (约1/3.5, 单价之比约为1/6.5) is a fraction too, as no date or list
    # pair opens on 1 with a decimal after the slash
    rf"|(?<![0-9./\-])(?P<slash>1/[0-9]{{1,4}}\.[0-9]+|[0-9]{{1,5}}/[0-9]{{1,6}})(?![0-9./A-Za-z]|\s?(?:{_WORDS['process_node']})"
    rf"|\s?[（(](?:{_WORDS['weekday_mark']})[）)])"
    rf"|{_term('')}"
    # A range never crosses a tab or a line break (table cells); spaces are checked in _build_number.
    + "(?:" + _guarded(rf"(?P<sp1>[ \u3000]?)(?P<sep>-|~|〜|至|到|—|–)(?P<sp2>[ \u3000]?)"
               rf"(?P<cur2>US\$|HK\$|\$|¥|€|£)?{_term('2')}") + ")?"
    + "(?P<q2>" + _guarded(rf"[ ]?(?:{_WORDS['qualifier_after']}|多(?!{_WORDS['not_after_duo']})|余)") + ")?"
))

_CN_ONE_CHAR = frozenset(_CN_DIGIT + _CN_MAG + "半")
#: Magnitude characters that, leading a numeral, stand for "one ..." (百万 = 1e6, 亿 = 1e8).
_IMPLICIT_ONE = frozenset("百千万亿")
#: An order-of-magnitude word that makes a bare magnitude a quantity (千万量级, 百亿级).
_ORDER_WORD = re.compile(r"\s?(?:量级|级)")
#: Words of passing a mark right before a bare magnitude (突破千亿元, 日活过亿): then a quantity.
_EXCEED_BEFORE = re.compile(rf"(?:{_WORDS['exceed_before']}|{_WORDS['pass_bare_before']})\s?$")
_EXCEED_REACH = max(map(len, _WORDS["exceed_before"].split("|"))) + 1
#: Range separators that are also a minus sign or "about" before a number.
_DASHES = frozenset("-~〜—–")
#: Where a ``_SCAN`` match can start: a digit or numeral, or one of the few other first
#: characters when the next one can go on to a match (上市, 免除 and the dash of GPT-o are
#: frequent and would each cost a failed try of the big pattern). The pattern opens with one
#: character class, which lets the search skip to a candidate in C; the lookarounds after it
#: then read the character matched and the next one.
# 减半: a halving word starts a quantity at its first character, only before the rest of it
_HALVED_FIRST = "".join(sorted({w[0] for w in _WORDS["halved"].split("|")}))
_HALVED_AHEAD = "|".join(f"(?<={w[0]})(?={w[1:]})" for w in _WORDS["halved"].split("|"))
_NOT_BEFORE_HALVED = tuple(_WORDS["not_before_halved"].split("|"))
_NOT_BEFORE_HALVED_LEN = max(map(len, _NOT_BEFORE_HALVED)) + 1
_FIRST = re.compile(
    rf"[0-9{_CN_DIGIT}{_CN_MAG}半上免翻倍+\-{_OVER_DOUBLE_FIRST}{_HALVED_FIRST}](?:(?<=[0-9{_CN_DIGIT}{_CN_MAG}半])|(?<=上)(?=[十百千万亿])"
    rf"|(?<=免)(?=费)|(?<=翻)|(?<=倍)(?=增)|(?<=[+\-])(?=[0-9上半{_CN_DIGIT}{_CN_MAG}])|{_OVER_DOUBLE_AHEAD}|{_HALVED_AHEAD})")

# What may stand before a quantity: a fall word, filler, an approximation word, a currency.
# 涨跌幅 and 增减 name a change in either direction: they are no fall words.
_FALL = _WORDS["fall"]
_GAP = rf"(?:{_WORDS['gap']}|\s)*"
# c.RMB90bn, c.40%: an abbreviated "circa" counts only as a word of its own (not Inc.40)
_QUAL = (rf"(?<!{_WORDS['qualifier_not_after']})"
         rf"(?P<qual>{_WORDS['qualifier_before']}|(?<![A-Za-z])(?:{_WORDS['qualifier_abbrev']}))")
# A comparative "lower/less/cheaper by" (较行业价格低99.3%, 比上月少20%) is a fall only when a
# comparison word stands earlier in the clause; see ``_comparison_before``.
_CUR_BEFORE = (r"US\$|HK\$|S\$|\$|¥|€|£|RMB|USD|HKD|CNY|EUR|"
               + "|".join(map(re.escape, sorted(_CURRENCY_BEFORE, key=len, reverse=True))))
#: A currency code in letters written straight before a number (RMB42.5bn, USD 1.2tn), as a
#: word of its own: the number is no part of a name such as H100 or Mistral 7B.
_LETTER_CURRENCY_BEFORE = re.compile(
    "(?<![A-Za-z])(?:" + "|".join(w for w in _CUR_BEFORE.split("|") if w.isascii() and w.isalpha()) + r")\s?\Z")
_PREFIX = re.compile(
    # 降幅约为30%, 下降大约在20%: after a fall word, a copula after the approximation word still
    # joins both to the number (without a fall word, 约为12亿元 keeps its span 12亿元 as before)
    rf"(?:(?:(?P<fall>{_FALL})|(?P<cmp>{_WORDS['comparative']})){_GAP})?"
    rf"(?:{_QUAL}\s?(?(fall)(?:(?:{_WORDS['qualifier_tail']})\s?)?))?"
    # -US$3.0bn: a minus before the currency is the sign of the amount; ±5% is a tolerance
    r"(?P<csign>(?<![0-9A-Za-z.%])[-−±])?"
    # a tab is a cell edge: 人民币⇥12.0 is a currency cell beside a value cell, not one amount
    rf"(?P<cur>{_CUR_BEFORE})?(?:(?!\t)\s)?$"
)


def _first_chars(pattern: re.Pattern) -> frozenset[str] | None:
    """The characters a non-empty match of ``pattern`` can start with (None: any character).

    Read from the parsed pattern, so a word added to the data file is seen without a list here.
    """
    return first_chars(pattern.pattern, pattern.flags)[0]


_PREFIX_FIRST = _first_chars(_PREFIX)


#: ``_PREFIX`` behind a lookahead of its first characters: one search in C skips the positions
#: where no match can start (a loop in Python tried them one by one)
_PREFIX_AT_FIRST = None if _PREFIX_FIRST is None else re.compile(
    "(?=[" + "".join(re.escape(c) for c in sorted(_PREFIX_FIRST)) + "])(?:" + _PREFIX.pattern + ")", _PREFIX.flags)


#: The characters a non-empty ``_PREFIX`` match can end with (``_PREFIX_ENDS``), and with them the
#: line break before which ``$`` also matches (None: any character).
_PREFIX_ENDS = last_chars(_PREFIX.pattern, _PREFIX.flags)[0]
_PREFIX_LAST = None if _PREFIX_ENDS is None else _PREFIX_ENDS | {"\n"}
#: Every character a ``_PREFIX`` match can consume: no match starts before a character outside.
_PREFIX_CHARS = consumed_chars(_PREFIX.pattern, _PREFIX.flags)
_BLANKS = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
_BLANK_STR = "".join(sorted(_BLANKS))


def _class_of(chars) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


#: The run of ``_PREFIX_CHARS`` that ends where the search ends (its start is the match's; an
#: empty match at the end when the character before is not one), and the first character in it
#: a prefix can start with.
_PREFIX_RUN = None if _PREFIX_CHARS is None else re.compile(_class_of(_PREFIX_CHARS) + r"*\Z")
_PREFIX_FIRST_AT = None if _PREFIX_FIRST is None else re.compile(_class_of(_PREFIX_FIRST))


def _starts_unblank(pattern: str) -> bool:
    first, nullable = first_chars(pattern)
    return first is not None and not nullable and not first & _BLANKS


#: No named group of ``_PREFIX`` can match blanks only (each starts with a non-blank), so a
#: prefix of blanks (the space of a table cell, ``营收 100亿``) sets no group and says nothing.
_BLANK_PREFIX_EMPTY = all(map(_starts_unblank, (
    _FALL, _WORDS["comparative"], _WORDS["qualifier_before"], "[-−±]", _CUR_BEFORE)))
#: Blanks can stand in a prefix (``下降 35%``): a run of prefix characters goes on through them.
_BLANKS_IN_PREFIX = _PREFIX_CHARS is not None and _BLANKS <= _PREFIX_CHARS


#: A move word ending right before a ± (期权隐含波动±6.9%, 单日波动约为±7.0%: a hedge or a copula of
#: at most three characters between, no figure): the ± states a symmetric band, whose half-width is
#: the claim (``pattern_words.csv`` ``band_lead``).
_BAND_LEAD = re.compile(rf"(?:{_WORDS['band_lead']})[^\d，。；,;：:\n]{{0,3}}\Z")


def opens_band(t: str, at: int) -> bool:
    """A move word stands right before the ± at ``at`` (``隐含波动±6.9%``): a band, not a tolerance."""
    return _BAND_LEAD.search(t, max(0, at - 8), at) is not None


def _prefix_before(t: str, s: int) -> re.Match | None:
    """``_PREFIX.search(t, max(0, s - 14), s)`` when it starts before ``s``, else None.

    Every caller reads a prefix only when it starts before ``s``; the empty match at ``s`` that
    the search returns otherwise is None here. A match before ``s`` is not empty (it ends at
    ``s``) unless ``$`` matches before a final line break, and a line break is a blank, so it
    starts with a character of ``_PREFIX_FIRST`` and ends with one of ``_PREFIX_LAST``: most
    numbers (after 长, 入, 为, 的) are settled by that last test, no search. The search then
    starts after the last character no match can hold: the big pattern is tried at a handful of
    positions, not at each of the fourteen (microseconds each).
    """
    if _PREFIX_AT_FIRST is None or _PREFIX_LAST is None or _PREFIX_CHARS is None:
        m = _PREFIX.search(t, max(0, s - 14), s)
        return m if m is not None and m.start() < s else None
    if s == 0 or t[s - 1] not in _PREFIX_LAST:
        return None
    lo = max(0, s - 14)
    if _BLANK_PREFIX_EMPTY and _BLANKS_IN_PREFIX and t[s - 1] in _BLANKS:
        # a blank before the number (a table cell, 营收 100亿): when the character before the
        # blanks can be in no prefix, the run below is blanks only, which says nothing
        before = lo + len(t[lo:s].rstrip(_BLANK_STR))
        if before == lo or t[before - 1] not in _PREFIX_CHARS:
            return None
    # the run of characters a match can hold that ends at s (within 14): where in it a match
    # can start (the leftmost), and whether it is all blanks; each read by one search in C
    run = _PREFIX_RUN.search(t, lo, s).start()
    first = _PREFIX_FIRST_AT.search(t, run, s)
    if first is None:
        return None
    start = first.start()
    if _BLANK_PREFIX_EMPTY and not t[run:s].strip(_BLANK_STR):
        return None
    # lookbehinds still see the text before the search start, so the match is the same
    m = _PREFIX_AT_FIRST.search(t, start, s)
    return m if m is not None and m.start() < s else None


_CMP_WORD = re.compile(rf"(?<!占)(?:{_WORDS['comparison']})(?!{_WORDS['not_after_comparison']})")
#: 比去年首发时的 1,599元 已经低了36%: a comma between digits is a thousands separator, which
#: ends no clause (the comparison word before the price still governs the comparative)
_CLAUSE_END = re.compile(r"[，。；;！？!?\n\t：:]|,(?![0-9]{3}(?![0-9]))|(?<![0-9]),")
_CMP_NOT_AFTER = frozenset("至最不多减缩")
_CMP_ALONE = re.compile(_WORDS["comparative_alone"])
_QUAL_PREFIX = {
    "不超过": "at_most", "不高于": "at_most", "不多于": "at_most", "不大于": "at_most", "至多": "at_most",
    "几乎": "approx", "不到": "under", "不足": "under", "少于": "under", "低于": "under",
    "不低于": "at_least", "不少于": "at_least", "不下": "at_least", "达到或超过": "at_least", "至少": "at_least",
    "最少": "at_least", "超过": "over", "多于": "over", "高于": "over", "逾": "over", "超": "over",
    "大约": "approx", "约": "approx", "将近": "approx", "接近": "approx", "近": "approx",
    "about": "approx", "around": "approx", "approximately": "approx", "nearly": "approx",
    "~": "approx", "over": "over", "more than": "over", "above": "over", "at least": "at_least",
    "less than": "under", "under": "under", "below": "under", ">": "over", "≥": "at_least",
    **{w.replace("\\", ""): "approx" for w in _WORDS["qualifier_abbrev"].split("|")},
}
_QUAL_SUFFIX = {
    "左右": "approx", "上下": "approx", "以上": "at_least", "以下": "under", "以内": "under",
    "有余": "over", "多": "over", "余": "over", "出头": "over",
}
_CURRENCY = {
    "美元": "USD", "美金": "USD", "USD": "USD", "US$": "USD", "$": "USD",
    "港元": "HKD", "港币": "HKD", "HKD": "HKD", "HK$": "HKD",
    "人民币": "CNY", "元": "CNY", "RMB": "CNY", "CNY": "CNY", "¥": "CNY",
    "欧元": "EUR", "EUR": "EUR", "€": "EUR", "日元": "JPY", "JPY": "JPY", "韩元": "KRW", "KRW": "KRW",
    # 日圓 is the Taiwan and Hong Kong spelling of the yen (日圆 once simplified), 韓圜 of the won
    "日圆": "JPY", "日圓": "JPY", "韩圜": "KRW", "韩币": "KRW",
    "円": "JPY",  # the yen as Japanese writes it (4,320億円 in a translated broker note)
    "新台币": "TWD", "台币": "TWD", "TWD": "TWD", "英镑": "GBP", "GBP": "GBP", "£": "GBP",
    **_CURRENCY_AFTER_YUAN, **_CURRENCY_BEFORE, **_CURRENCY_AFTER_NUMBER,
    **{w: "USD" for w in _WORDS["spoken_usd"].split("|")},
}
_TENTH_YUAN = frozenset(_WORDS["tenth_yuan"].split("|"))
#: Currencies of the facts table (money and prices).
MONEY_UNITS = frozenset(_CURRENCY.values())
_SI = {"K": Decimal(10) ** 3, "k": Decimal(10) ** 3, "M": Decimal(10) ** 6, "G": Decimal(10) ** 9,
       "T": Decimal(10) ** 12, "P": Decimal(10) ** 15, "E": Decimal(10) ** 18, "Z": Decimal(10) ** 21}
# 瓩: the one-character kilowatt of Taiwanese writing (224萬瓩 is 2.24e9 watts)
_CN_WATTS = {"瓦": Decimal(1), "瓦特": Decimal(1), "千瓦": Decimal(10) ** 3, "瓩": Decimal(10) ** 3,
             "兆瓦": Decimal(10) ** 6, "吉瓦": Decimal(10) ** 9, "太瓦": Decimal(10) ** 12}
#: energy units: the words of pattern_words ``energy``, each with the unit the text writes it in
#: and its power unit's watts (太瓦 of 太瓦时, T of TWh): 千瓦时 and kWh (``energy_kwh``, the unit of
#: electricity statistics: 1,650亿千瓦时) in kWh, the watt-hour family (183TWh) in watt-hours, as
#: power is in watts
_ENERGY_KWH_WORDS = frozenset(_WORDS["energy_kwh"].split("|"))
_ENERGY = {w: ("kWh", Decimal(1)) if w in _ENERGY_KWH_WORDS
           else ("watt_hours", _CN_WATTS[w[:-1]] if w.endswith("瓦时") else _SI[w[0]])
           for w in _WORDS["energy"].split("|")}
_ENERGY.update((w, ("kWh", Decimal(1))) for w in _WORDS["energy_du"].split("|"))  # 218.4亿度: kWh
#: mass units (pattern_words ``weight``): each a tonne
_WEIGHT = frozenset(_WORDS["weight"].split("|"))
_BYTES = {c: Decimal(1000) ** (i + 1) for i, c in enumerate("KMGTPEZY")}
_BIBYTES = {c: Decimal(1024) ** (i + 1) for i, c in enumerate("KMGTPEZY")}
_PP = {"个百分点": Decimal(100), "百分点": Decimal(100), "pct": Decimal(100), "个pct": Decimal(100), "pcts": Decimal(100),
       "ppt": Decimal(100), "ppts": Decimal(100), "pts": Decimal(100), "pp": Decimal(100), "bps": Decimal(10000), "bp": Decimal(10000),
       "BPs": Decimal(10000), "BP": Decimal(10000),  # 较去年同期下降38BP: basis points in capitals, as bp
       "个基点": Decimal(10000), "基点": Decimal(10000)}  # 225个基点 (基點 folded): basis points, as bp

# Context tests on the characters around a bare number (no unit, magnitude or currency).
_NAME_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]*$")
_NAME_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-")
_NOT_AFTER_BARE = frozenset("月日号时点:：层楼室栋页期届代级版季")
# a classifier after a number that follows a Latin name makes it a count (IBM601件, GPU 1,024张)
_COUNT_AFTER_NAME = re.compile(rf"\s?(?:余|多)?(?:{_WORDS['count_after_name']})")
_NOT_BEFORE = frozenset("第图表页#№")
#: of _NOT_BEFORE, the caption heads (图3, 表2) that also end nouns (判图, 水表) ...
_CAPTION_HEADS = frozenset("图表")
#: ... and the magnitudes after a decimal that make the number after them a quantity, no caption's
_SCALE_AFTER_CAPTION = frozenset(("万", "亿", "萬", "億", "万亿"))
_CLOSE = frozenset(")）")
_OPEN = frozenset("(（")
# 15年期的租约: 期 after a two-digit count of years makes it a term (periods.py reads it alike)
_DURATION_NEXT = frozenset("多左以内来间的后前里中期")
_NOT_NUMBER_NEXT = frozenset("不别要能可得")
_YEAR_PREFIX_OK = frozenset("近过这约超逾")
_LIST_MARK = re.compile(r"[.、)）]|\s")
# ``7.1       18.6       37.5``: a line of numbers aligned by runs of blanks (an English
# figure's value row under a header of years), whose first number is a value, not a section number
_NUMBER_ROW = re.compile(r"[ \t]*[-+(]?[0-9][0-9,.]*%?\)?(?:(?: {2,}|\t+)[-+(]?[0-9][0-9,.]*%?\)?)+[ \t]*(?:\n|$)")
_LINE_LEAD = re.compile(r"[ \t\-*•▶►▌#>·]*$")
# a run of digits opening on a zero before another digit (08.04, 007): dates and codes write
# numbers so, quantities never do (0.5 is a decimal)
_LEADING_ZERO = re.compile(r"0[0-9]")
_LETTER_MAG_OK = re.compile(rf"[^\u3400-\u9fff]|{_WORDS['after_letter_magnitude']}")
_PERCENT_WORDS = re.compile(_WORDS["percent_word"])
_DIRECT_UNITS = frozenset(_CURRENCY) | {"%", "‰", "percent", "per cent"}
# Digits, then a name part that is not more number (36氪, 360 Brain; not 01.AI or 3.5).
_DIGIT_NAME = re.compile(r"([0-9]+)([^0-9.,].*)")


# 北京2500、上海2100、深圳1800: a name glued before the number and another name+number after the
# 、 make the number an item of an enumerated list of values, not a list marker (1、)
_NAMED_ITEM_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2}$")
_NAMED_ITEM_AFTER = re.compile(r"、[\u4e00-\u9fffA-Za-z]{2,10}[0-9]")
_NOT_ITEM_NAME = frozenset("第约近超达为至和或及年月日季")


def _label_colon_item(t: str, s: int, e: int) -> bool:
    """``- 甲公司:800`` ending its line: the value of a name:value item (a list under a lead that
    gives the unit), not a time or a ratio (a digit before the colon)."""
    return s >= 2 and not t[s - 2].isdigit() and not t[s - 2].isspace() and _at_line_end(t, e)


def _named_list_item(t: str, s: int, e: int) -> bool:
    """True when the bare number at ``t[s:e]`` (followed by 、) is a value of a list of name+number
    items (``北京2500、上海2100``) rather than a list marker."""
    before = t[max(0, s - 2):s]
    return (_NAMED_ITEM_BEFORE.search(before) is not None and before[-1] not in _NOT_ITEM_NAME
            and _NAMED_ITEM_AFTER.match(t, e) is not None)


def find_quantities(text: str) -> list[Quantity]:
    """Return every quantity in ``text``, in order of position.

    Parameters
    ----------
    text : str
        Any text, Simplified or Traditional, with ASCII or full-width digits.

    Returns
    -------
    list of Quantity
        Non-overlapping quantities; ``text[q.start:q.end] == q.text`` for each.

    Examples
    --------
    >>> [(q.value, q.unit, q.text) for q in find_quantities("资本开支443.5亿美元，同比下降35%")]
    [(44350000000.0, 'USD', '443.5亿美元'), (-0.35, 'ratio', '下降35%')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quantities expects str, got {type(text).__name__}")
    t = fold(text)
    if " " in t and (_OCR_SPLIT.search(t) or _SPLIT_SEP.search(t)):  # cheap pre-check: both need a blank
        ocr = _ocr_joined(text, t)
        if ocr is not None:
            return ocr
    if "(" in t or "（" in t:  # cheap pre-check: the bracket of a negative in prose
        t = _PROSE_NEGATIVE.sub(_as_signed, t)
    t = _DIGIT_MAGNITUDES.sub(_as_cn_numeral, t)
    out: list[Quantity] = []
    pos = 0
    n = len(t)
    first = _FIRST.search
    match = _SCAN.match
    one_char = _CN_ONE_CHAR
    while pos < n:
        # A plain character-class search finds candidate starts at C speed; the big pattern is
        # then only tried, anchored, where a quantity can begin.
        c = first(t, pos)
        if c is None:
            break
        start = c.start()
        m = match(t, start)
        if m is None:
            pos = start + 1
            continue
        pos = m.end()
        if pos - start == 1 and t[start] in one_char and not (
                t[start] == "半" and start and t[start - 1] in "过逾" and m.start(_G_HALF) != -1) \
                and not _passed_mark(t, start) \
                and not _bare_card_magnitude(t, start, pos) and t[pos:pos + 1] not in _CN_COUNTERS \
                and t[pos:pos + 1] not in _CN_CLAUSE_COUNTERS \
                and not _approached_mark(t, start, pos):
            continue  # a lone 一 / 万 / 上 with nothing after it: the common case, skip it cheaply
        # groups by number (a named group costs a lookup each)
        if m.start(_G_SKIP) != -1:
            continue
        if m.start(_G_D) == -1 and m.start(_G_CN) == -1:
            q, resume = _build_word(t, text, m, start, pos)
        else:
            q, resume = _build_number(t, text, m, start, pos)
        if resume is not None:
            pos = resume
        # a resume point inside the quantity just built (亿多|于万亿) must not start a second
        # one over the same characters: the first keeps them
        if q is not None and (not out or q.start >= out[-1].end):
            out.append(q)
    if "增" in t:  # cheap pre-check: the words of _with_short_growth all hold it
        out = _with_short_growth(t, text, out)
    if "\n" in t:
        out = _without_row_label_units(t, text, out)
    if "持" in t:  # cheap pre-check: the flat words all hold it
        out = _flat_ranges(t, text, out)
    out = _slash_lists(t, text, _join_compounds(t, text, out))
    if "、" in t:  # cheap pre-check: an enumerated list needs its comma
        out = _comma_pairs(t, text, _enum_lists(t, text, out))
    if len(out) > 1 and ("至" in t or "到" in t):  # cheap pre-check: the joiners of _counted_ranges
        out = _counted_ranges(t, text, out)
    if len(out) > 1:
        out = _two_ended_ranges(t, text, out)
    if len(out) > 1:
        out = _change_end_units(t, text, out)
    out = _over_once_growth(t, out)
    if len(out) > 1 and ("准" in t or "确" in t):  # cheap pre-check: every restating word holds one
        out = _restated(t, out)
    if "薪" in t or "资" in t or "K" in t or "alary" in t:  # cheap pre-check: a pay word or a K-notation
        out = _pay_figures(t, text, out)
    return _link_lists(t, text, out)


# 年薪80-150万, 月薪：30K: a pay word right before a bare number (a colon, 为 or 约 between)
_PAY_BEFORE = re.compile(rf"(?:{_WORDS['pay_word']})\s?(?:{_WORDS['pay_value_gap']})?\s?$", re.IGNORECASE)
# 40-70K, 30k: a job board's thousands of yuan per month (the K right at the end)
_K_PAY = re.compile(r"[0-9.]+(?:\s?[-–~～至]\s?[0-9.]+)?[Kk]")
# ·16薪: the months of pay a year right after a pay range (13薪 to 24薪 are the shapes boards use)
_PAY_MONTHS = re.compile(rf"(?:{_WORDS['pay_months_joiner']})\s?([0-9]{{2}})薪(?![资酬水金])")


def _pay_figures(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """Pay figures written with no currency: a bare number right after a pay word (``年薪80-150万``
    is 800,000-1,500,000 yuan, not a count) is money; a K-notation range after a pay word or before
    ``·N薪`` (``25-45K·14薪``) is a monthly pay (kind ``pay``, its metric from ``unit_metrics.csv``
    when no keyword names it), and that ``N薪`` the months of pay a year (kind ``pay_months``).
    The yuan is a default: job boards and pay reports quote their own currency bare, and the
    mainland boards that write K-notation quote yuan."""
    out: list[Quantity] = []
    taken = -1  # the end of the last N薪 made: the bare N the scan read there gives way to it
    for q in qs:
        if q.start < taken:
            continue
        out.append(q)
        if q.kind != "number" or q.signed:
            continue
        after = _PAY_MONTHS.match(t, q.end)
        k_pay = _K_PAY.fullmatch(q.text) is not None
        before = _PAY_BEFORE.search(t, max(0, q.start - 8), q.start) is not None
        if not (before or (k_pay and after is not None)):
            continue
        out[-1] = _replace(q, unit="CNY", kind="pay" if k_pay else "money")
        if k_pay and after is not None:
            s, e = after.start(1), after.end()
            months = Decimal(after.group(1))
            out.append(_new_quantity(float(months), None, "months", None, None, text[s:e], s, e, months,
                                     False, "pay_months"))
            taken = e
    return out


_RESTATED_GAP = re.compile(rf"\s?[，,]?\s?(?:{_WORDS['restating']})(?:地|来)?(?:{_WORDS['restating_tail']})?\s?(?:是|为)?\s?")


def _restated(t: str, qs: list[Quantity]) -> list[Quantity]:
    """``五千三百多万美元，准确是5,343万``: a speaker's correction right after a rounded figure
    (``restating`` words) replaces it; the precise figure keeps the rounded one's currency when it
    names none. Only an amount of the same kind is a restatement (a count after 准确 is not)."""
    qs = list(qs)
    out: list[Quantity] = []
    drop = set()
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if b.start - a.end > 12 or not _RESTATED_GAP.fullmatch(t, a.end, b.start):
            continue
        if a.unit == b.unit or (a.kind in ("money", "price") and b.kind == "number"):
            drop.add(i)
            if a.unit != b.unit:
                qs[i + 1] = _replace(b, unit=a.unit, kind=a.kind)
            if a.signed and not b.signed and b.exact > 0:
                qs[i + 1] = _replace(qs[i + 1], exact=-b.exact, signed=True)
    for i, q in enumerate(qs):
        if i not in drop:
            out.append(q)
    return out


_RANGE_COUNTERS = _WORDS["range_classifier"]
_COUNTED_RANGE_GAP = re.compile(rf"(?P<cls>{_RANGE_COUNTERS})\s?(?:至|到)\s?")


def _counted_ranges(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``交付3,000台至6,000台``, ``约577万股至962万股``: two counts joined by 至/到 that each carry the
    same measure word are one range (value 3000, value_high 6000; about when the first is); the
    measure word between them breaks the number pattern's own range. A ranking (从第3名升至第1名) has 第 before its numbers and is no count,
    and 从300家到500家 is a change between two levels (从 before the first)."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if b is not None and a.unit == "count" == b.unit and a.kind == b.kind == "number" \
                and a.value_high is None and b.value_high is None and a.qualifier in (None, "approx") \
                and 0 < a.exact < b.exact:
            g = _COUNTED_RANGE_GAP.fullmatch(t, a.end, b.start)
            head = t[max(0, a.start - 12):a.start]
            head = head[max(head.rfind(c) for c in "，,。；;：:\n") + 1:]
            # 从300家增至500家 (a change from one level to another) is two counts, not a range
            if g is not None and t.startswith(g.group("cls"), b.end) and "从" not in head:
                out.append(_new_quantity(a.value, b.value, "count", None, a.qualifier or b.qualifier, text[a.start:b.end],
                                         a.start, b.end, a.exact, False, "number"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_ENDS_JOINER = re.compile(r"\s?(?:至|到)\s?")
# 不少于500台、不超过800台: a count's measure word stays outside its quantity; 不低于1.5亿元（含），
# 不超过3.0亿元: a filing marks each bound inclusive in brackets, which parts no floor from its cap
_BOUNDS_GAP = re.compile(rf"(?:{_RANGE_COUNTERS})?\s?(?:[（(]\s?(?:{_WORDS['bound_inclusive_mark']})\s?[)）])?"
                         rf"\s?[、，,]?\s?(?:{_WORDS['bound_pair_joiner']})?\s?")
_FLOOR = frozenset(("at_least", "over"))
_CAP = frozenset(("at_most", "under"))
# the kinds whose two ends, each written in full, the number pattern leaves apart (1/4至1/3 has
# no shared unit to write once; 一成五至两成 ends its first term with a digit after 成)
_ENDED_KINDS = frozenset(("fraction", "percent"))


def _two_ended_ranges(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """Two neighbouring quantities that are the two ends of one range, each written in full:
    fractions or 成 shares joined by 至/到 or a tilde (``海外的1/4至1/3``, ``季增一成五至两成``), and
    a floor then a cap of the same unit (``回购金额不低于3亿元、不超过5亿元``). Read as two, each end
    would be a fact of its own. The low end comes first (a range goes up; ``下降1/4至1/3`` is a
    range of falls, the fall word signing both); after 从/由 the two are a change from one level
    to another (从1/5提升到1/3), and a second end with a fall word of its own is no range."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if b is not None and _money_end_in_later_currency(t, a, b):
            a = _replace(a, unit=b.unit)  # 10亿元至12亿元港币: the currency after the range rules both ends
        if b is not None and b.start - a.end <= 6 and a.unit == b.unit and a.per == b.per \
                and a.value_high is None and b.value_high is None and not b.signed \
                and 0 < abs(a.exact) < b.exact:
            floor_cap = _floor_and_cap(t, a, b)
            if floor_cap or _ends_joined(t, a, b):
                tilde = t[b.start:b.start + 1] == "~"  # 1/3~1/2: the tilde was read as 约 of the second
                qualifier = None if floor_cap else a.qualifier or (None if tilde else b.qualifier)
                high = -b.value if a.signed else b.value
                out.append(_new_quantity(a.value, high, a.unit, a.per, qualifier, text[a.start:b.end],
                                         a.start, b.end, a.exact, a.signed, a.kind))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _floor_and_cap(t: str, a: Quantity, b: Quantity) -> bool:
    """``不低于3亿元、不超过5亿元``, ``3亿元以上且5亿元以下``: a floor, then a cap of the same kind."""
    return a.qualifier in _FLOOR and b.qualifier in _CAP and a.kind == b.kind \
        and _BOUNDS_GAP.fullmatch(t, a.end, b.start) is not None


def _money_end_in_later_currency(t: str, a: Quantity, b: Quantity) -> bool:
    """``10亿元至12亿元港币``: the first end in bare 元, the second naming its currency after 元,
    joined by 至/到: the currency is the whole range's."""
    return a.kind == b.kind == "money" and a.unit == "CNY" and b.unit != a.unit and a.per == b.per \
        and t[a.end - 1:a.end] == "元" and _ENDS_JOINER.fullmatch(t, a.end, b.start) is not None


_YUAN_NAMED_AFTER = re.compile("(?:" + "|".join(sorted(map(re.escape, _CURRENCY_AFTER_YUAN), key=len, reverse=True)) + r")\Z")


def _money_ends(t: str, a: Quantity, b: Quantity) -> bool:
    """``10亿元至12亿元人民币``: two amounts joined by 至/到, the second naming its currency after
    元 (the ``suffix`` currency words), which the number pattern's own range cannot hold. A change
    word before the first (``上调1000亿元至6000亿元人民币``) makes it the change and the level
    reached, as the number pattern reads it (``_by_then_to``)."""
    return a.kind == "money" and a.per is None and _ENDS_JOINER.fullmatch(t, a.end, b.start) is not None \
        and _YUAN_NAMED_AFTER.search(t, b.start, b.end) is not None \
        and _BY_TO_CHANGE.search(t, max(0, a.start - 8), a.start) is None


def _ends_joined(t: str, a: Quantity, b: Quantity) -> bool:
    """Two fractions or two shares joined by 至/到 or a tilde, not after 从/由 (a change); two
    amounts each written in full with its currency (``10亿元至12亿元人民币``: the currency named
    after the second end keeps the number pattern from reading the two as its own range)."""
    if a.kind != b.kind or (a.kind not in _ENDED_KINDS and not _money_ends(t, a, b)):
        return False
    tilde = a.end == b.start and t[b.start:b.start + 1] == "~" and b.qualifier == "approx"
    if not tilde and _ENDS_JOINER.fullmatch(t, a.end, b.start) is None:
        return False
    head = t[max(0, a.start - 12):a.start]
    head = head[max(head.rfind(c) for c in "，,。；;：:\n") + 1:]
    return "从" not in head and "由" not in head


# 份额从95%降到0: after 从/由 a percent level, a change verb and 至/到/为 name the level reached; a
# bare number there is a level of the same kind (0%), not a count
_CHANGE_GAP = re.compile(rf"\s?(?:{_WORDS['change_to']})(?:{_WORDS['change_join']})\s?")
_CHANGE_FROM = re.compile(_WORDS["change_from"])
# a bare level ends at a clause mark, a quote or the line's end, not before a measure word or name
_CHANGE_LEVEL_END = re.compile(r"[^0-9A-Za-z.\u3400-\u9fff%]|$")


def _change_end_units(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``份额已从95%降到0``, ``占比由30%提升至45``: the second level of a change from a percent,
    written bare, is a percent as the first (value 0, 0.45), not a count."""
    qs = list(qs)
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if a.kind != "percent" or a.value_high is not None or b.kind != "number" or b.unit != "count" \
                or b.value_high is not None or b.qualifier is not None or not 0 <= b.exact <= 100:
            continue
        if _CHANGE_GAP.fullmatch(t, a.end, b.start) is None or _CHANGE_LEVEL_END.match(t, b.end) is None:
            continue
        head = t[max(0, a.start - 16):a.start]
        head = head[max(head.rfind(c) for c in "，,。；;：:\n") + 1:]
        if _CHANGE_FROM.search(head) is None:
            continue
        qs[i + 1] = _replace(b, exact=b.exact / 100, unit="ratio", kind="percent")
    return qs


# 订单同比增长超过一倍: growth by more than (nearly) once the base is a rise of over 100%, the ratio 1
# (gold reads it so); 翻了近一倍 and 增长超过4倍 stay multiples
_OVER_ONCE = re.compile(rf"(?:{_WORDS['over_double']})\s?[^倍]+倍")
_GROWTH_END = frozenset(_WORDS["growth_end"].split("|"))


def _over_once_growth(t: str, qs: list[Quantity]) -> list[Quantity]:
    """``增长超过一倍``, ``年增逾1倍``, ``上涨近一倍``: a growth word, an over- or near-word and the
    multiple one is a rise of (over) 100%, the ratio 1."""
    out = []
    for q in qs:
        if q.unit == "multiple" and q.exact == 1 and q.value_high is None and q.start \
                and t[q.start - 1] in _GROWTH_END and _OVER_ONCE.fullmatch(t, q.start, q.end) is not None:
            q = _replace(q, unit="ratio", kind="percent")
        out.append(q)
    return out

# An OCR'd scan writes a number with stray single blanks (年增1 6.4%, 约4 0 0亿元, 1.3 9元):
# short digit groups parted by one ASCII blank, the last followed directly by a unit word. Not
# after a letter, digit or blank-and-digit (2025 1 6.4% is a year, then a number); never across
# a column gap (two blanks, a tab or a full-width blank), a size (1 0 0 x 1 0 0 mm), a licence or
# phone number (no unit after them).
# Written to open with its first digit, the lookbehinds then reading the characters before it
# (the same matches): the engine skips to the next digit in its C loop instead of entering the
# lookbehinds at every character of the document.
_OCR_SPLIT = re.compile(
    r"[0-9](?<![0-9A-Za-z.,\-][0-9])(?<![0-9] [0-9])[0-9]{0,2}(?:\.[0-9]{1,3})?(?: [0-9]{1,3}(?:\.[0-9]{1,3})?)+"
    rf"(?=(?:{_WORDS['ocr_split_unit']}))")


# A PDF converter sets a blank beside the thousands comma or the decimal point of a number
# (1, 234 亿元, 12 . 5 %, 3 . 2亿元): the parts are one number when a unit word follows (one blank
# before it allowed). A group after a comma has three digits, the group before a point at most
# three (2025. 30% is a sentence's end, then a number); one ASCII blank only, so columns parted by
# two blanks, a tab or a full-width blank stay apart; ``1. 5%`` opening a line is a list item.
_SEP_SPLIT = re.compile(
    r"[0-9](?<![0-9A-Za-z.,\-][0-9])(?<![0-9] [0-9])[0-9]{0,2}(?: ?, ?[0-9]{3}(?![0-9]))*"
    r"(?:(?P<point> ?\. ?)[0-9]+)?"
    rf"(?= ?(?:{_WORDS['ocr_split_unit']}))")

#: the blank beside a separator that _SEP_SPLIT needs (its cheap pre-check)
_SPLIT_SEP = re.compile(r"[0-9](?: [.,] ?| ?[.,] )[0-9]")

# 淨利(1,234)萬元, 经营亏损为（412.6）百万元: an accounting negative in prose, the bracket closed
# right before the magnitude or currency of the amount. Read as a signed number (the bracket
# becomes the minus, the closing bracket a blank: same length), which a loss word keeps negative.
# A lone digit in brackets is a list marker (（1）万元以下), not an amount.
_PROSE_NEGATIVE = re.compile(
    r"[(（](?P<num>[0-9][0-9,]*\.[0-9]+|[0-9][0-9,]+)[)）]"
    rf"(?=(?:{_WORDS['magnitude']}|百|{_WORDS['currency_after']}))")


def _item_number(t: str, s: int) -> bool:
    """True when the number at ``t[s]`` opens a line or follows 图/表/注/第: ``1. 5%`` is then an
    item's number and a figure, not 1.5%."""
    return _at_line_start(t, s) or t[s - 1:s] in ("图", "表", "注", "第")


def _listed(t: str, s: int) -> bool:
    """True when the number at ``t[s]`` may be one member of a list parted by ``, ``
    (分别为100, 200亿元): its comma then parts two numbers, not the thousands of one."""
    return t[max(0, s - 2):s] == ", " or _DISTRIBUTE_BEFORE.search(t, max(0, s - 12), s) is not None


def _as_signed(m: re.Match) -> str:
    # (1,206.5) (1,478.3)元: after another bracketed figure it is a row of cells, left as written
    if _ACCOUNTING_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return m.group()
    return "-" + m.group("num") + " "


# 1千2百万元, 2千5百台, 1万2千人: single digits each before a magnitude are a Chinese numeral
# written with Arabic digits; read as one (digit for numeral, same length), or 1千 and 2百万 would
# be two numbers. Two pairs at least: 5千万 alone is already read whole.
_DIGIT_MAGNITUDES = re.compile(r"[1-9](?<![0-9.,A-Za-z][1-9])[十百千万亿](?:[0-9][十百千万亿])+")
_AS_CN = str.maketrans("0123456789", "零一二三四五六七八九")


def _as_cn_numeral(m: re.Match) -> str:
    return m.group().translate(_AS_CN)


def _ocr_joined(text: str, t: str) -> list[Quantity] | None:
    """The quantities of ``text`` read with the blanks inside OCR-split numbers removed, their
    offsets and text mapped back to ``text`` (so ``text`` keeps the blanks: ``1 6.4%``); None
    when no split number is well formed (one decimal point at most).

    >>> [(q.value, q.text) for q in find_quantities("营收年增1 6.4%，资本支出约4 0 0亿元")]
    [(0.164, '1 6.4%'), (40000000000.0, '约4 0 0亿元')]
    >>> t = "尺寸1 0 0 x 1 0 0 mm，2024 25%，第 0 8 7 7 号"
    >>> _ocr_joined(t, t) is None
    True
    """
    drop: list[int] = []
    for m in _OCR_SPLIT.finditer(t):
        if m.group().count(".") <= 1:
            drop.extend(i for i in range(m.start(), m.end()) if t[i] == " ")
    for m in _SEP_SPLIT.finditer(t):
        if " " in m.group() and not (m.group("point") == ". " and _item_number(t, m.start())) \
                and not ("," in m.group() and _listed(t, m.start())):
            drop.extend(i for i in range(m.start(), m.end()) if t[i] == " ")
    if not drop:
        return None
    dropped = set(drop)
    keep = [i for i in range(len(text)) if i not in dropped]
    joined = "".join(text[i] for i in keep)
    out = []
    for q in find_quantities(joined):
        s, e = keep[q.start], keep[q.end - 1] + 1
        out.append(dataclasses.replace(q, start=s, end=e, text=text[s:e]))
    return out


# what parts a table row's label cell from its values: a tab, a bar or two blanks (no line end:
# that is _CELL_EDGE's, a value cell's end)
_LABEL_CELL_EDGE = re.compile(r"[ \u3000]?(?:\t|\||[ \u3000]{2})")


def _without_row_label_units(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``PE⇥…⇥47.1⏎PB⇥9.8``: a number ending a table row is no amount of the unit that labels
    the next row (PB is price-to-book there, not petabytes). A unit a line break cut from its
    number (``420亿⏎元``) is read whole only when no cell edge follows it; else the number is
    read alone."""
    out: list[Quantity] = []
    for q in qs:
        cut = t.find("\n", q.start, q.end)
        if cut < 0 or t[q.start:cut].strip() == "":
            out.append(q)
            continue
        lo = t.rfind("\n", 0, q.start) + 1
        # 粤港澳⇥136⇥104⇥1.38⏎成渝⇥83: a number in the last cell of a row (a cell edge before it on
        # its line) is never an amount of the character the next row's label opens with (成, 台, 万)
        if not _LABEL_CELL_EDGE.match(t, q.end) and _CELL_BEFORE.search(t, lo, q.start) is None:
            out.append(q)
            continue
        # read within its line: a number opening a line alone may be a section number
        out.extend(dataclasses.replace(a, start=a.start + lo, end=a.end + lo)
                   for a in find_quantities(text[lo:cut]) if a.start + lo == q.start)
    return out


_SHORT_GROWTH = tuple(_WORDS["short_growth"].split("|"))


def _with_short_growth(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``年增逾五成``: tenths written straight after a short growth word carry that word in their
    text, as ``年减两成`` carries its fall word; the value is unchanged."""
    out = []
    for q in qs:
        if not q.signed and (_tenths_unit(q.text[-2:]) or q.text.endswith("成")) and t.endswith(_SHORT_GROWTH, 0, q.start):
            at = next(q.start - len(w) for w in _SHORT_GROWTH if t.endswith(w, 0, q.start))
            q = dataclasses.replace(q, text=text[at:q.end], start=at)
        out.append(q)
    return out


_FLAT_BEFORE = re.compile(
    rf"(?:{_WORDS['flat_word']})\s?(?:{_WORDS['flat_range_joiner']})\s?(?:{_WORDS['flat_range_rise']})?\s?$")
_FLAT_AFTER = re.compile(rf"\s?(?:{_WORDS['flat_range_joiner']})\s?(?:{_WORDS['flat_word']})")


def _flat_ranges(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``持平至增长2%`` (a guidance band): a range from no change (0) to the rise after it, its
    text from the flat word; ``下降1%至持平`` one from the fall to 0. Only a lone percent change
    (not a range already) is read so; the value of the change is unchanged otherwise."""
    out = []
    for q in qs:
        if q.unit == "ratio" and q.kind == "percent" and q.value_high is None:
            # 持平～+5%: the tilde joining the range was read as "about" the per cent after it
            tilde = len(q.text) - len(q.text.lstrip("~～"))
            m = None if q.signed else _FLAT_BEFORE.search(t, max(0, q.start - 8), q.start + tilde)
            if m is not None:
                q = dataclasses.replace(q, value=0.0, value_high=q.value, exact=Decimal(0),
                                        text=text[m.start():q.end], start=m.start(),
                                        qualifier=None if tilde else q.qualifier)
            elif q.signed and (m := _FLAT_AFTER.match(t, q.end)) is not None:
                q = dataclasses.replace(q, value_high=0.0, text=text[q.start:m.end()], end=m.end())
        out.append(q)
    return out


#: Section magnitudes a compound number is written in, largest first (3兆3,208亿元, 2万亿3,000亿,
#: 3亿2,000万元): each part is read alone by the scanner, then the parts are summed.
_SECTION_MAGS = ((("兆", "万亿"), Decimal(10) ** 12), (("亿",), Decimal(10) ** 8), (("万",), Decimal(10) ** 4))


def _section_magnitude(s: str) -> Decimal | None:
    for words, mag in _SECTION_MAGS:
        if s.endswith(words):
            return mag
    return None


#: Currency words longest first, to cut the one an amount ends in (4,489亿韩圜 -> 4,489亿).
_CURRENCY_WORDS_LONGEST = sorted(_CURRENCY, key=len, reverse=True)


def _without_currency(s: str) -> str:
    s = s.rstrip()
    cut = next((w for w in _CURRENCY_WORDS_LONGEST if s.endswith(w)), "")
    return s[:len(s) - len(cut)].rstrip()


def _is_trailing_part(q: Quantity, mag: Decimal) -> bool:
    """Whether ``q`` can be the smaller part of a compound number led by magnitude ``mag``.

    It carries its own smaller section magnitude (3兆3,208亿元), or, after 万, it is a plain
    number of at most four digits (2万4,000日圆 is 24,000 yen as Hong Kong and Japanese notes
    write a price); after 亿 a bare ``3亿5000`` is spoken 3.5亿, so only 万 joins a plain number."""
    core = _without_currency(fold(q.text))
    if _section_magnitude(core) is not None:
        return True
    return mag == Decimal(10) ** 4 and re.fullmatch(r"[0-9]{1,4}|[0-9],[0-9]{3}", core) is not None


def _join_compounds(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``3兆3,208亿元`` is one number, 3.3208e12: a bare count ending in a section magnitude
    (兆, 万亿, 亿), written straight before a smaller amount with its own magnitude, is its
    leading part. Nothing may stand between the parts (``3兆、3,208亿元`` is a list)."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is None or prev.end != q.start:
            out.append(q)  # parts are written straight together: most neighbours are not
            continue
        mag = _section_magnitude(fold(prev.text).rstrip())
        # 新台币1兆6,420亿元: the leading part may carry the currency written before it
        lead_unit = prev is not None and (prev.kind == "number" and prev.unit == "count"
                                          or prev.kind == "money" and prev.unit in MONEY_UNITS)
        if (prev is not None and mag is not None and prev.end == q.start and lead_unit
                and prev.value_high is None and q.value_high is None
                and not q.signed and q.text[:1].isdigit() and 0 < q.exact < mag
                and _is_trailing_part(q, mag)):
            lead = prev.exact
            total = lead + q.exact if lead >= 0 else lead - q.exact
            unit = prev.unit if prev.kind == "money" and q.unit == "CNY" else q.unit
            out[-1] = _replace(q, exact=total, start=prev.start, text=text[prev.start:q.end], unit=unit,
                               qualifier=prev.qualifier or q.qualifier, signed=prev.signed)
            continue
        out.append(q)
    return out


# ``10.2/13.5/16.8亿元``, ``45/35/28倍``: forecasts for consecutive years written as one list
# The first digit is matched before the test of the character ahead of it (a lookbehind over
# two characters): a pattern that opens with a character class lets the search skip to digits
# in C instead of trying the lookbehind at every character of the text.
_SLASH_LIST = re.compile(r"[0-9](?<![0-9.A-Za-z/\-][0-9])[0-9]*(?:\.[0-9]+)?(?:/[0-9]+(?:\.[0-9]+)?)+(?![0-9./])")
_SLASH_NUM = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: 分别为…/依次为…: the word that lets two members make a list (slash or enumerated)
_DISTRIBUTE_BEFORE = re.compile(r"分别|依次")
#: 输入/输出价格为3/15美元: two slashed labels before a slashed pair give each member its label
_PAIRED_LABELS_BEFORE = re.compile(r"[^\W\d_]{2,}/[^\W\d_]{2,}")
#: 15/75美元, 3/15元: a slashed pair followed by a currency is two amounts, never a fraction
_CURRENCY_AHEAD = re.compile(rf"\s?[万亿千百]*(?:{_CURRENCY_SUFFIX})")


def _slash_lists(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """Split a slash-separated list of numbers into one quantity per number.

    The unit and scale are written once, after the last number (``10.2/13.5/16.8亿元``); three or
    more numbers make a list, two only after 分别 (``1/400`` and ``GPT-3/3.5`` are not lists).
    """
    if "/" not in t:
        return qs
    by_start = {q.start: q for q in qs}
    added: list[Quantity] = []
    for m in _SLASH_LIST.finditer(t):
        nums = list(_SLASH_NUM.finditer(t, m.start(), m.end()))
        if len(nums) < 2 or (len(nums) == 2 and not _DISTRIBUTE_BEFORE.search(t, max(0, m.start() - 20), m.start())
                             and not (_CURRENCY_AHEAD.match(t, m.end())
                                      and _PAIRED_LABELS_BEFORE.search(t, max(0, m.start() - 20), m.start()))):
            continue
        last = nums[-1]
        q_last = by_start.get(last.start()) or next(
            (q for q in qs if q.start <= last.start() < q.end and q.end > last.end()), None)
        if q_last is None or q_last.end <= last.end() or q_last.kind == "fraction":
            continue  # no unit after the last number: a date, a version or a ratio, not a list
        scale = abs(q_last.exact) / Decimal(last.group(0)) if Decimal(last.group(0)) else None
        if scale is None:
            continue
        added += [_in_unit_of(text, n, q_last, scale) for n in nums[:-1] if n.start() not in by_start]
    # a slash fraction read inside the list (``13.5/16.8``) gives way to the list's members
    return _with_members(qs, added)


def _in_unit_of(text: str, n: re.Match, last: Quantity, scale: Decimal) -> Quantity:
    """The bare list member ``n`` read in the unit and scale of the list's ``last`` quantity."""
    exact = Decimal(n.group(0).replace(",", "")) * scale
    return _new_quantity(value=float(exact), value_high=None, unit=last.unit, per=last.per, qualifier=None,
                         text=text[n.start():n.end()], start=n.start(), end=n.end(), exact=exact, signed=False,
                         kind=last.kind)


def _with_members(qs: list[Quantity], added: list[Quantity]) -> list[Quantity]:
    """``qs`` with the list members ``added`` in place of what the scanner read inside them."""
    if not added:
        return qs
    members = [(q.start, q.end) for q in added]
    kept = [q for q in qs if not any(a <= q.start < b for a, b in members)]
    return sorted(kept + added, key=lambda q: q.start)


# ``分别为12.5、18.3、25.1亿元``, ``PE分别为85、58和42倍``: bare numbers joined by the enumeration
# comma (and 和/及/与 before the last) share the unit written once after the last member
_ENUM_NUM = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
_ENUM_LIST = re.compile(rf"[0-9](?<![0-9.,A-Za-z/\-第][0-9])[0-9]*(?:,[0-9]{{3}})*(?:\.[0-9]+)?(?:\s?[、和及与]\s?{_ENUM_NUM})+(?![0-9./])")
_ENUM_MEMBER = re.compile(_ENUM_NUM)


def _enum_lists(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """Read the bare members of an enumerated list of numbers in the unit of its last member.

    ``归母净利润分别为12.5、18.3、25.1亿元`` is three amounts of 亿元: the unit and scale are
    written once, after the last number. Three or more members make a list; two only after
    分别 or 依次 (``5、6亿元`` alone may be a range written loosely). A list of ordinals
    (``第1、2、3名``) or a last member with no unit (``1、2、3``) is none.
    """
    by_start = {q.start: q for q in qs}
    added: list[Quantity] = []
    for m in _ENUM_LIST.finditer(t):
        nums = list(_ENUM_MEMBER.finditer(t, m.start(), m.end()))
        if len(nums) < 2 or (len(nums) == 2 and not _DISTRIBUTE_BEFORE.search(t, max(0, m.start() - 20), m.start())):
            continue
        last = nums[-1]
        q_last = by_start.get(last.start())
        if q_last is None or q_last.end <= last.end() or q_last.kind in ("fraction", "word") \
                or q_last.value_high is not None:
            continue  # no unit after the last number: list markers, dates, codes
        figure = Decimal(last.group(0).replace(",", ""))
        if not figure:
            continue
        scale = abs(q_last.exact) / figure
        for n in nums[:-1]:
            own = by_start.get(n.start())
            if own is not None and (own.end != n.end() or own.kind != "number"):
                continue  # a member with its own unit keeps it
            added.append(_in_unit_of(text, n, q_last, scale))
    # a bare member the scanner read alone (58 of 85、58和42倍) gives way to the member
    return _with_members(qs, added)


def _comma_pairs(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """``七、八百亩``, ``三、四千单``: a lone Chinese digit, the enumeration comma and the next digit
    with a magnitude are a spoken range (700 to 800), like ``七八百``. Only neighbouring digits
    (the second one more) make one, and only before a whole magnitude (``八百``, ``四千万``, not
    ``八百五十``); a digit after another numeral character or 第 (``第七、八百``, ``十七、八百``)
    is a list, and so is a quantity a fall word or qualifier opens; a digit opening a line or the
    text is a heading's number (``三、四千家企业…``).

    >>> [(q.text, q.value, q.value_high) for q in _comma_pairs("约七、八百亩", "约七、八百亩", find_quantities("约七、八百亩"))]
    [('七、八百', 700.0, 800.0)]
    """
    out = []
    for q in qs:
        s = q.start
        if s >= 3 and t[s - 1] == "、" and q.value_high is None and not q.signed and t[s] in CN_DIGITS \
                and t[s - 2] in CN_DIGITS and spoken_digit_pair(t[s - 2], t[s]) \
                and len(t) > s + 1 and t[s + 1] in _CN_MAG \
                and t[s + 2:s + 3] not in _CN_DIGIT and t[s - 3] not in _CN_DIGIT + _CN_MAG + "第\n\r\t 　":
            low = q.exact * CN_DIGITS[t[s - 2]] / CN_DIGITS[t[s]]
            q = _replace(q, text=text[s - 2:q.end], start=s - 2, exact=low, value_high=q.value)
        out.append(q)
    return out


# ---------------------------------------------------------------------------------------------


def _build_word(t: str, text: str, m: re.Match, s: int, e: int) -> tuple[Quantity | None, int | None]:
    """免费, 翻番, 百分之…, 一半, …分之…, a slash fraction."""
    g = m.group
    if g("free") is not None:
        return _finish(t, text, s, e, Decimal(-1), None, "ratio", None, None, "free"), None
    if g("fan") is not None:
        k = g("fan_n")
        value = Decimal(2) ** (CN_DIGITS[k] if k in CN_DIGITS else int(k)) if k else Decimal(2)
        pm = _prefix_before(t, s)
        if pm is not None and pm.start() < s and pm.group("qual"):
            # 几乎翻倍, 超过翻番: the qualifier is read, no fall word makes a doubling negative
            return _finish(t, text, pm.start("qual"), e, value, None, "multiple", None,
                           _QUAL_PREFIX[pm.group("qual")], "multiple"), None
        # 翻了一倍多, 翻倍有余: more than doubled, the multiple as written
        over = "over" if g("fan_over") is not None or g("fan_more") is not None else None
        if g("fan_q") is not None:
            over = _QUAL_PREFIX[g("fan_q")]  # 翻了近两番: nearly quadrupled, the multiple as written
        return _finish(t, text, s, e, value, None, "multiple", None, over, "multiple"), None
    if g("overx") is not None:
        # 季增逾倍: over 2; 年增近倍: nearly 2 (the word before 倍 is the qualifier)
        qualifier = _QUAL_PREFIX[t[s:e - 1]]
        return _finish(t, text, s, e, Decimal(2), None, "multiple", None, qualifier, "multiple"), None
    if g("pctcn") is not None:
        digits = g("pctcn")[3:]
        pair = None if not digits or digits[0] not in CN_DIGITS else parse_approximate_pair(digits)
        if pair is not None:
            e = m.end("pctq") if g("pctq") is not None else m.end("pctcn")
            # 百分之六七十: a spoken range, 0.6 to 0.7
            q = _with_prefix(t, text, s, e, pair[0] / 100, "ratio", "percent")
            high = -pair[1] / 100 if q.signed else pair[1] / 100
            return _replace(q, value_high=float(high)), None
        try:
            value = parse_chinese_numeral(g("pctcn"))
        except ValueError:
            return None, None  # digits that make no numeral (a spoken pair such as 三四 is read above)
        high, restart = None, None
        if g("pcthi") is not None:
            try:
                high = parse_chinese_numeral(g("pcthi"))
            except ValueError:
                high = None  # 百分之三十到三四: no numeral after the joiner, so no range; the low end stands
            if high is None or high <= value * 100:
                # no upward range (百分之四十到三十): the low end alone, the rest read on its own
                high, e = None, m.end("pctq") if g("pctq") is not None else m.end("pctcn")
                restart = e
        q = _with_prefix(t, text, s, e, value, "ratio", "percent")
        if high is not None:
            q = _replace(q, value_high=float(-high / 100 if q.signed else high / 100))
        if g("pctq") is not None and q.qualifier is None:
            q = _replace(q, qualifier="over")
        return q, restart
    if g("half") is not None:
        if g("half") == "半":  # 已过半, 逾半: more than half, the over-word is the qualifier
            return _finish(t, text, s - 1, e, Decimal("0.5"), None, "ratio", None, "over", "fraction"), None
        return _with_prefix(t, text, s, e, Decimal("0.5"), "ratio", "fraction"), None
    if g("halved") is not None:
        if t[max(0, s - _NOT_BEFORE_HALVED_LEN):s].rstrip().endswith(_NOT_BEFORE_HALVED):
            return None, None  # 购置税优惠减半: a relief halved, no fall of what is paid
        # 价格减半: a fall of one half whatever other word stands before it
        return _finish(t, text, s, e, Decimal("-0.5"), None, "ratio", None, None, "fraction", True), None
    if g("cm") is not None:
        move = Decimal(g("cm")) / 100
        down = "跌" in g("cm_move")  # 跌停: a limit-down
        return _finish(t, text, s, e, -move if down else move, None, "ratio", None, None, "percent", down), None
    if g("fracn") is not None:
        try:
            value = parse_chinese_numeral(t[s:e])
        except ValueError:
            return None, None
        return _with_prefix(t, text, s, e, value, "ratio", "fraction"), None
    if g("colon") is not None:
        num, den = re.split("[:：]", g("colon"))
        if Decimal(den) == 0:
            return None, None
        return _with_prefix(t, text, s, e, Decimal(num) / Decimal(den), "ratio", "fraction"), None
    if g("slash") is not None:
        num, den = g("slash").split("/")
        if _CURRENCY_AHEAD.match(t, e):
            return None, s + len(num) + 1  # 15/75美元: the amount after the slash is read on its own
        # a decimal number of parts (1/6.5) is no page of a count nor a day: no such check
        if Decimal(den) == 0 or _before(t, s) in _NOT_BEFORE or _glued_letter(t, s) \
                or "." not in den and _slash_not_fraction(t, s, e):
            return None, None
        value = Decimal(num) / Decimal(den)
        return _with_prefix(t, text, s, e, value, "ratio", "fraction"), None
    return _build_number(t, text, m, s, e)


_G_D, _G_CN, _G_SKIP = _SCAN.groupindex["d"], _SCAN.groupindex["cn"], _SCAN.groupindex["skip"]
_G_HALF = _SCAN.groupindex["half"]
#: 千卡, 万卡, 十万卡: a magnitude alone before 卡 is a count of accelerator cards (a cluster size)
_CARD_MAGNITUDES = frozenset("千万")


def _past_lunar_day(cn: str, unit_word: str | None, mag_any: str | None) -> bool:
    """``年初十亿美元出头``, ``月初五万用户``: after 初 a numeral goes on past a lunar day
    (初一 … 初十) when it holds a magnitude above ten or a unit follows; then 初 ends 年初/月初
    and the numeral is an amount."""
    return bool(unit_word or mag_any) or any(c in "百千万亿" for c in cn)


#: The last characters of the words that pass a mark (破, 过, 超, 逾, 跨越) before a lone 万 or 亿.
_PASS_LAST = frozenset("破过超逾越")


def _passed_mark(t: str, s: int) -> bool:
    """``日活过亿``, ``用户破亿``, ``月活逾亿``, ``销量过万``: a lone 万 or 亿 right after a word of
    passing a mark is the mark (one of it), not a magnitude cut from its number; whether the word
    before is such a word (not 不过, 通过) is settled where the qualifier is read."""
    return t[s] in "万亿" and s > 0 and t[s - 1] in _PASS_LAST


_LONE_MARK_COUNTERS = frozenset(_WORDS["lone_mark_counter"].split("|"))


def _approached_mark(t: str, s: int, e: int) -> bool:
    """``近百家``, ``超百款``, ``逾千人``, ``不下万张``: a lone 十, 百, 千 or 万 (``t[s:e]``) right
    before a counter (``lone_mark_counter``) and after an approximation or bound word is the mark
    approached or passed, one of it, a count as ``上百家`` is; without that word (百家号, 千人千面)
    it is part of a word."""
    if e - s != 1 or t[s] not in "十百千万" or t[e:e + 1] not in _LONE_MARK_COUNTERS:
        return False
    pm = _prefix_before(t, s)
    return pm is not None and pm.group("qual") is not None


def _bare_card_magnitude(t: str, s: int, e: int) -> bool:
    """``从千卡扩展到万卡``: the magnitude ``t[s:e]`` (千, 万, 十万), with no digit, stands right
    before 卡 (and not 卡片/卡车/卡顿: the next character is no word 卡 opens)."""
    return t[e:e + 1] == "卡" and t[s:e] != "" and all(c in _CN_MAG for c in t[s:e]) \
        and t[e - 1] in _CARD_MAGNITUDES and t[e + 1:e + 2] not in _NOT_CARD_NEXT \
        and t[s - 1:s] in _BEFORE_CARD_MAGNITUDE and s > 0


_NOT_CARD_NEXT = frozenset(_WORDS["not_after_card_magnitude"].split("|"))
_BEFORE_CARD_MAGNITUDE = frozenset(_WORDS["before_card_magnitude"].split("|"))
_G_SEP, _G_Q2 = _SCAN.groupindex["sep"], _SCAN.groupindex["q2"]


def _build_number(t: str, text: str, m: re.Match, s: int, e: int) -> tuple[Quantity | None, int | None]:
    """A number, maybe a range."""
    t1 = _read_term(m, "")
    if t1 is None:
        return None, None
    has_sep = m.start(_G_SEP) != -1
    if not has_sep and m.start(_G_Q2) == -1:
        # one number and no qualifier after it, the common case: none of the range rules apply
        return _assemble(t, text, s, e, t1, None, None), None
    g = m.group
    t2 = _read_term(m, "2") if has_sep else None
    q2 = g("q2")
    if t2 is not None and g("sep") in _DASHES and len(g("sp1")) != len(g("sp2")):
        # ``1.85 -2.0%``: a dash spaced on one side only is the sign of the next number, so
        # the two are separate quantities (a range is ``30-40%`` or ``30 - 40%``).
        e = m.end("unit") if m.end("unit") != -1 else t1["end"]
        e = max(e, m.end("per")) if m.start("per") != -1 else e
        return _assemble(t, text, s, e, t1, None, None), m.start("sep")
    if t2 is not None:
        if t1["unit"] is None and t1["mag"] is None:
            compatible = True  # 30-40%, $70-72bn, 三至四成: unit and magnitude written once
        elif t1["unit"] is None:
            compatible = t2["mag"] is not None  # 2亿至3亿元
        else:
            compatible = t2["unit"] == t1["unit"]  # 60%-70%, 2.86亿元至3.82亿元
        if not compatible or _by_then_to(t, m, t1):
            # Not one range: ``下降83%至$2.71bn`` is a fall and then the level reached, and so is
            # ``增加460亿美元至1550亿美元`` (a change word before two amounts, each with its unit).
            e = m.end("unit") if m.end("unit") != -1 else t1["end"]
            e = max(e, m.end("per")) if m.start("per") != -1 else e
            return _assemble(t, text, s, e, t1, None, None), m.start("sep")
    if q2 is not None:
        e = m.end("q2")
    q = _assemble(t, text, s, e, t1, t2, q2)
    return q, (e if e < m.end() else None)


# 环比增加460亿美元至1550亿美元: a change word right before the first of two amounts
_BY_TO_CHANGE = re.compile(rf"(?:{_WORDS['by_to_change']})了?$")


def _by_then_to(t: str, m: re.Match, t1: dict) -> bool:
    """``增加460亿美元至1550亿美元``, ``上调1000亿美元至6000亿美元``: a change word written right
    before an amount joined by 至/到 to another, both ends with their own magnitude and unit, is
    the change and the level reached (a range writes the unit once: ``增加2至3亿美元``).
    Percentages are left as ranges (``增长20%至30%``)."""
    if m.group("sep") not in ("至", "到") or t1["mag"] is None or t1["unit"] in (None, "%", "％"):
        return False
    return _BY_TO_CHANGE.search(t, max(0, t1["start"] - 8), t1["start"]) is not None


#: 三分之一以上, 一半左右: a qualifier written after a fraction word (qualifier_after, as after digits)
_FRACTION_TAIL = re.compile(rf"(?:{_WORDS['qualifier_after']})")


def _with_prefix(t, text, s, e, exact, unit, kind) -> Quantity:
    """A quantity whose only context is a fall or approximation word before it; a fraction
    takes a qualifier written after it (``三分之一以上的受访者``, ``砍了一半以上``) into its text, as
    a number does (``30%以上``), so that what follows the quantity is what it is a share of."""
    pm = _prefix_before(t, s)
    qualifier = None
    if kind == "fraction" and (tail := _FRACTION_TAIL.match(t, e)) is not None:
        qualifier, e = _QUAL_SUFFIX[tail.group(0)], tail.end()
    signed = False
    if pm is not None and pm.start() < s:
        fall_at = _fall_start(t, pm)
        if pm.group("qual"):
            qualifier = _QUAL_PREFIX[pm.group("qual")]
            s = pm.start("qual")
        if fall_at is not None:
            signed = True
            exact = -abs(exact)
            s = fall_at
    return _finish(t, text, s, e, exact, None, unit, None, qualifier, kind, signed)


@functools.lru_cache(maxsize=1)
def _digit_names() -> dict[str, tuple[str, ...]]:
    """Entity-lexicon names that start with digits and go on with a word (36氪, 360智脑).

    Keyed by the leading digits; the values are the rest of each name, folded and lower-cased,
    longest first. Loaded on first use (the lexicon needs pandas), not at import.
    """
    from .lexicon import load_entities

    table = load_entities()
    rests: dict[str, set[str]] = {}
    for column in ("entity", "aliases"):
        for cell in table[column]:
            for name in str(cell).split("|"):
                m = _DIGIT_NAME.fullmatch(fold(name.strip()))
                if m is not None:
                    rests.setdefault(m.group(1), set()).add(m.group(2).lower())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in rests.items()}


def _starts_digit_name(t: str, start: int, digits: str, end: int) -> bool:
    """True when ``t[start:]`` spells a digit-led lexicon name whose digits are ``digits``."""
    rests = _digit_names().get(digits)
    if not rests:
        return False
    return any(t[end:end + len(r)].lower() == r for r in rests)


# A loss is negative whatever follows it, and so is the size of a fall (跌幅为5%); a movement
# word followed by 为/到 names the level reached (``降为0.5元`` is a price of 0.5).
_LOSS_WORD = re.compile(_WORDS["loss"])
#: 减少约40万吨碳排放: a mass cut is the amount avoided (``avoided_fall``), kept positive
_AVOIDED_FALL = re.compile(_WORDS["avoided_fall"])


def _avoided_mass(pm: re.Match, kind: str) -> bool:
    """True when a fall word before a mass in tonnes names an amount avoided or saved.

    ``减少约40万吨二氧化碳排放``, ``节省1.2万吨用水``: the tonnes are what the cut saves, a count
    the gold keeps positive (as it keeps a cut multiple plain); ``产量下降20万吨`` (a level
    falling) keeps its sign, 下降 being no word of saving.
    """
    word = pm.group("fall")
    return kind == "weight" and word is not None and _AVOIDED_FALL.fullmatch(word) is not None

_LEVEL_AFTER = re.compile(r"\s?(?:了)?\s?(?:为|到)")


#: Two blanks: the parsing text's cell edge of a blank-aligned row (full-width blanks folded).
_CELL_GAP = "  "


def _fall_start(t: str, pm: re.Match) -> int | None:
    """Where the fall word of a ``_PREFIX`` match starts, or None when it has none.

    A comparative (低/少) counts only after a comparison word earlier in its clause
    (``比上月少20%``, ``較行業價格低99.3%``); alone (``低5%``) it says nothing about direction.
    One that can only mean "cheaper by" (便宜, the ``comparative_alone`` words) needs none.
    """
    if _CELL_GAP in pm.group() or "\t" in pm.group():
        # 预减⇥1.5~2.0, 预减   1.5~2.0 (a type column before the amount): a tab or a run of blanks
        # between the word and the number is a table's cell edge, and the word is another cell's
        return None
    if pm.group("fall") is not None:
        word = pm.group("fall")
        if not _LOSS_WORD.fullmatch(word) and not word.endswith("幅") and _LEVEL_AFTER.match(t, pm.end("fall")):
            return None
        return pm.start("fall")
    at = pm.start("cmp")
    if at == -1 or (at > 0 and t[at - 1] in _CMP_NOT_AFTER):
        return None  # 至少, 最低, 不少, 多少, 减少: not "less than something"
    if _CMP_ALONE.fullmatch(pm.group("cmp")):
        return at  # 便宜 names its comparison itself: 其价格至少便宜75% is cheaper by 75%
    lo = max(0, at - 30)
    for end in _CLAUSE_END.finditer(t, lo, at):
        lo = end.end()
    return at if _CMP_WORD.search(t, lo, at) is not None else None


#: The group numbers of one term's parts (suffix "" and "2").
_TERM_GROUPS = {n: tuple(_SCAN.groupindex[x + n] for x in
                         ("sign", "d", "cn", "up", "q1", "q1c", "mag", "magc", "unit", "per"))
                for n in ("", "2")}


def _read_term(m: re.Match, n: str) -> dict | None:
    """The parts of one number of the match as a dict, or None when absent."""
    i_sign, i_d, i_cn, i_up, i_q1, i_q1c, i_mag, i_magc, i_unit, i_per = idx = _TERM_GROUPS[n]
    # the ten texts in one call: a term is read for every candidate number
    sign, d, cn, up, q1, q1c, mag, magc, unit, per = m.group(*idx)
    if d is not None:
        i_num = i_d
    elif cn is not None:
        q1, mag, i_num, i_q1, i_mag = q1c, magc, i_cn, i_q1c, i_magc
    else:
        return None
    # the parts stand one after the other, so the term ends where its last part ends
    last = i_per if per is not None else i_unit if unit is not None else i_mag if mag is not None \
        else i_q1 if q1 is not None else i_num
    return {
        "sign": sign,
        "d": d,
        "cn": cn,
        "up": up,
        "q1": q1,
        "mag": mag.strip() if mag else None,
        "unit": unit.strip() if unit else None,
        "per": per,
        # the first non-empty of sign, digits, 上, numeral (d or cn always is)
        "start": m.start(i_sign if sign else i_d if d else i_up if up else i_cn),
        "end": m.end(last),
    }


def _before(t: str, s: int) -> str:
    """The nearest non-space character before ``s`` ('' at the start)."""
    i = s - 1
    while i >= 0 and t[i] in " \t":
        i -= 1
    return t[i] if i >= 0 else ""


# 页码 2/2, 报告页码：1/9: a slash pair after a page label is page N of M
_PAGE_LABEL_END = re.compile(rf"(?:{_WORDS['page_label']})\s*[:：]?\s*$")
# 截至11/28, as of 11/28: a slash pair after an as-of word is the day a figure is taken on
_AS_OF_END = re.compile(rf"(?:{_WORDS['as_of_lead']})\s*$")
# 4/15　英伟达公告…: a slash pair opening a line, a blank after it, dates a timeline's entry
_LINE_HEAD = re.compile(r"[ \t\u3000·•*\-]*")
_ENTRY_AFTER = re.compile(r"[ \t\u3000]+\S")
# 上周（12/15-12/19）: two slash pairs joined by a dash are a span of days
_DATE_DASH = _WORDS["date_range_dash"]
_DATE_DASH_CHARS = frozenset(_DATE_DASH.replace("|", ""))
_SPAN_NEXT = re.compile(rf"\s?(?:{_DATE_DASH})\s?([0-9]{{1,2}})/([0-9]{{1,2}})(?![0-9./])")
_SPAN_PREV = re.compile(rf"(?<![0-9./])([0-9]{{1,2}})/([0-9]{{1,2}})\s?(?:{_DATE_DASH})\s?$")


def _slash_not_fraction(t: str, s: int, e: int) -> bool:
    """True when the slash pair at ``s:e`` is a page number or one end of a span of days.

    A span of fractions runs upward (1/3至1/2); two M/D pairs that would run downward as fractions
    (12/15-12/19: 0.8 to 0.63) or hold one above 1 (11/28-12/5) are days, the first and the last.
    """
    if _PAGE_LABEL_END.search(t, max(0, s - 8), s):
        return True
    if _day_written(t, s, e):
        return True
    # cheap pre-check: a dash word within two characters on either side
    if not (_DATE_DASH_CHARS.intersection(t[e:e + 2]) or _DATE_DASH_CHARS.intersection(t[max(0, s - 2):s])):
        return False
    m = _SPAN_NEXT.match(t, e)
    if m is not None:
        first, last = t[s:e].split("/"), m.groups()
    else:
        m = _SPAN_PREV.search(t, max(0, s - 10), s)
        if m is None:
            return False
        first, last = m.groups(), t[s:e].split("/")
    (m1, d1), (m2, d2) = (tuple(map(int, first)), tuple(map(int, last)))
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
        return False
    return (m1, d1) < (m2, d2) and (m1 * d2 > m2 * d1 or m1 > d1 or m2 > d2)


def _day_written(t: str, s: int, e: int) -> bool:
    """True when the slash pair at ``s:e`` is a month and day by where it stands: after an as-of
    word (``截至11/28``, SCHEMA: dates on their own are no facts) or opening a line with a blank
    after it, as a timeline dates its entries (``4/15　英伟达公告…``). A fraction is read in a
    sentence (``约为o1的1/27``) and a table cell under a header, never as a line's label."""
    month, day = (int(x) for x in t[s:e].split("/"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if _AS_OF_END.search(t, max(0, s - 8), s):
        return True
    line = t.rfind("\n", 0, s) + 1
    return _LINE_HEAD.match(t, line).end() == s and _ENTRY_AFTER.match(t, e) is not None


def _glued_letter(t: str, s: int) -> bool:
    """True when the number is glued to a Latin name before it (``H100``, ``GPT-4``)."""
    if s == 0:
        return False
    p = t[s - 1]
    if p.isascii() and p.isalpha():
        return True
    return p == "-" and s >= 2 and t[s - 2].isascii() and t[s - 2].isalnum()


def _name_before(t: str, s: int) -> bool:
    """True when a model-like token and one space precede ``s`` (``Mistral 7B``, ``Llama 2``)."""
    if s < 2 or t[s - 1] != " ":
        return False
    if t[s - 2] not in _NAME_TOKEN_CHARS and t[s - 2] != "\n":
        return False  # no token ends before the space ($ also matches before a final line break)
    tok = _NAME_TOKEN.search(t, max(0, s - 24), s - 1)
    if tok is None:
        return False
    word = tok.group()
    if word.lower() in _MEASURE_LABELS:
        return False  # Beta 1.20, PUE 1.25: a measure named before its bare value, not a model's size
    return any(c.isupper() or c.isdigit() for c in word)


def _term_value(term: dict) -> Decimal:
    """The number of a term times its magnitude (no unit scaling yet)."""
    return _number_value(term["d"], term["cn"], term["mag"], term["sign"])


def _own_scale_first(v1: Decimal, t2: dict) -> bool:
    """``8,000～1.5万元``: a bare first number larger than the second's digits is already in the
    base unit (a range goes up), so the second's magnitude is its own, not the pair's.

    >>> [(q.value, q.value_high) for q in find_quantities("8,000～1.5万元，1-2万元")]
    [(8000.0, 15000.0), (10000.0, 20000.0)]
    """
    if t2["d"] is None and t2["cn"] is None:
        return False
    try:
        bare = _number_value(t2["d"], t2["cn"], None, t2["sign"])
    except ValueError:
        return False  # a second end no number reads (一二万): the pair keeps its shared magnitude
    return v1 > bare  # -1.8～-1.2亿: a range of losses goes up too, the magnitude is shared


@functools.lru_cache(maxsize=4096)
def _number_value(d: str | None, cn: str | None, mag: str | None, sign: str | None) -> Decimal:
    # keyed by the short texts of one number: the same figures recur within and across notes
    if d is not None:
        # ``d`` is a match of ``_D`` on folded text (ASCII digits, commas, one point), so
        # ``parse_decimal``'s fold, strip and finiteness test have nothing left to do
        value = Decimal(d.replace(",", "") if "," in d else d)
        if mag:
            value *= MAGNITUDES.get(mag) or _sci_power(mag) or MAGNITUDES[mag.lower()]
    else:
        value = parse_chinese_numeral(cn)
        if mag:
            value *= parse_chinese_numeral(mag)
    if sign == "-":
        value = -value
    return value


def _valid_cn(cn: str) -> bool:
    """Reject runs such as 二零二三, 三六零, 三四 (digit strings, not numerals); the digits after
    a decimal point are read one by one (十二点六五亿件).

    >>> _valid_cn("二零二三"), _valid_cn("十二点六五"), _valid_cn("三四点五")
    (False, True, False)
    """
    whole = cn.split("点", 1)[0]
    for a, b in zip(whole, whole[1:]):
        if a in _CN_DIGIT and a != "零" and b in _CN_DIGIT:
            return False
    return True


@functools.lru_cache(maxsize=1024)
def _classify(unit: str | None, per: bool) -> tuple[str, str, Decimal, str | None]:
    """(unit, kind, scale, qualifier) for a unit word; scale divides or multiplies the number.

    ``per``: a rate's denominator follows (money is then a price). Cached by unit word: it is
    asked twice for every number.
    """
    if unit is None:
        return "count", "number", Decimal(1), None
    if unit in ("%",) or _PERCENT_WORDS.fullmatch(unit):
        return "ratio", "percent", Decimal("0.01"), None
    if unit == "‰":
        return "ratio", "percent", Decimal("0.001"), None
    if unit in _PP:
        return "pp", "pp", 1 / _PP[unit], None
    if unit.startswith("倍") or unit in ("x", "X", "×") or unit.endswith("fold"):
        return "multiple", "multiple", Decimal(1), ("over" if unit in ("倍有余", "倍多") else None)
    if unit == "成" or _tenths_unit(unit):
        return "ratio", "percent", Decimal("0.1"), None
    if unit == "折":
        return "ratio", "discount", Decimal("0.1"), None
    if unit in _SHORT_DURATIONS:
        return _SHORT_DURATIONS[unit], "duration", Decimal(1), None
    if unit in _MILLISECONDS:
        return "seconds", "duration", Decimal("0.001"), None
    if unit.endswith("月"):
        return "months", "duration", Decimal(1), ("over" if unit == "个多月" else None)
    if unit.startswith("年"):
        return ("months" if unit.endswith(("个月", "年半")) else "years"), "duration", Decimal(1), None
    if unit.strip() in _EN_YEARS:
        return "years", "duration", Decimal(1), None
    if unit.strip() in _EN_MONTHS:
        return "months", "duration", Decimal(1), None
    if unit in _CURRENCY:
        return _CURRENCY[unit], ("price" if per else "money"), Decimal(1), None
    if unit in _TENTH_YUAN:
        return "CNY", ("price" if per else "money"), Decimal("0.1"), None
    if unit in _CURRENCY_CENTS:
        return _CURRENCY_CENTS[unit], ("price" if per else "money"), Decimal("0.01"), None
    if unit.startswith("块"):
        return "CNY", ("price" if per else "money"), Decimal(1), None  # 两块钱, 三块二
    if unit.startswith("FLOP"):
        return "flops", "flops", Decimal(1), None  # 3.8×10^25 FLOPs: the power of ten carries the size
    if "FLOP" in unit.upper() or _FLOPS_BARE_WORD.fullmatch(unit) or _OPS_WORD.fullmatch(unit):
        # PFLOPS, 25,000 PetaFLOPS, and the letter alone (万P) once its sentence said 算力
        return "flops", "flops", _SI[unit[0].upper()], None
    if unit in _ENERGY:
        return _ENERGY[unit][0], "energy", _ENERGY[unit][1], None  # 415TWh: 4.15e14 watt_hours
    if unit in _WEIGHT:
        return "count", "weight", Decimal(1), None  # 2.04万吨: 20400 tonnes, counted as the gold does
    if unit in _CN_WATTS:
        return "watts", "watts", _CN_WATTS[unit], None
    if unit.endswith("W") and unit[0] in _SI:
        return "watts", "watts", _SI[unit[0]], None
    if unit == "W":
        return "watts", "watts", Decimal(1), None
    if unit.endswith("B"):
        table = _BIBYTES if "i" in unit else _BYTES
        return "bytes", "bytes", table[unit[0]], None
    raise ValueError(f"unknown unit {unit!r}")


def _tenths_unit(unit: str) -> bool:
    """成 with a half or a hundredths digit after it (一成半, 两成五, 两成三): tenths and a part."""
    return len(unit) == 2 and unit[0] == "成" and (unit[1] == "半" or unit[1] in _CHENG_DIGITS)


_CHENG_DIGITS = frozenset(_WORDS["cheng_digit"].split("|") + ["五", "5"])


def _unit_value(value: Decimal, term: dict, unit: str | None) -> Decimal:
    """Apply the scale of ``unit`` to a term's number (year+month and half forms included)."""
    if unit is None:
        return value
    _, kind, scale, _ = _classify(unit, False)
    if kind == "discount":
        paid = value / 10 if value <= 10 else value / 100
        if term["cn"] is not None and len(term["cn"]) == 2 and all(c in _CN_DIGIT for c in term["cn"]):
            paid = Decimal(CN_DIGITS[term["cn"][0]]) / 10 + Decimal(CN_DIGITS[term["cn"][1]]) / 100
        return paid - 1
    if unit == "个半月" or unit == "倍半":
        return value + Decimal("0.5")  # 两个半月 = 2.5 months, 一倍半 = 1.5 times
    if unit == "年半":
        return (value + Decimal("0.5")) * 12  # 一年半 = 18 months, as SCHEMA writes it
    if unit in ("成半", "成五", "成5"):
        return (value + Decimal("0.5")) * scale  # 一成半 = 0.15, 两成半, 两成五 and 2成5 = 0.25
    if _tenths_unit(unit):
        # 两成三 = 0.23, 一成二 = 0.12, 3成2 = 0.32
        return (value + Decimal(CN_DIGITS.get(unit[1], unit[1])) / 10) * scale
    if unit.startswith("块") and unit[1:2] in CN_DIGITS:
        return value + Decimal(CN_DIGITS[unit[1]]) / 10  # 三块二 = 3.2 yuan, 一块五毛 = 1.5
    if unit.startswith("年") and unit.endswith("个月"):
        months = unit[1:-2].strip().lstrip("零").strip()
        return value * 12 + parse_chinese_numeral(months)
    return value * scale


def _assemble(t, text, s, e, t1, t2, q2) -> Quantity | None:
    """Apply the context rules and build the Quantity for a term or a range."""
    unit_word = t1["unit"] or (t2["unit"] if t2 else None)
    mag_any = t1["mag"] or (t2["mag"] if t2 else None)
    per_raw = t1["per"] or (t2["per"] if t2 else None)
    cn = t1["cn"]
    d = t1["d"]
    start_num = t1["start"]
    end_all = e
    if d is not None and unit_word is None and mag_any is None and per_raw is None and _LEADING_ZERO.match(d):
        return None  # 08.04-08.10, 007: a zero-padded date or a code, never a quantity as written

    # --- what the number is not -------------------------------------------------------------
    pair = None
    if cn is not None:
        if not _valid_cn(cn) and unit_word != "折":
            pair = _spoken_pair(t, cn, t1, t2, unit_word, e)
            if pair is None:
                return None
        if t2 is not None and t2["cn"] is not None and not _valid_cn(t2["cn"]):
            return None
        if cn == "半" and (t[s - 1:s] in ("上", "下", "前", "后", "大", "多") or unit_word is None):
            return None
        strong = (unit_word or mag_any or t1["q1"] or t1["up"] or t2 is not None
                  or len(cn) == 1 and (_passed_mark(t, start_num) or _approached_mark(t, start_num, e)))
        card = _bare_card_magnitude(t, s, e)
        if not strong and not card:
            has_mag = any(c in _CN_MAG for c in cn)
            if (len(cn) < 2 or not has_mag) and not _cn_counted(t, cn, s, e):
                return None
            if cn[0] in "万亿" and cn[-1] in _CN_DIGIT:
                return None  # 万一出现问题: "in case", no number opens on a bare 万 with a digit after
            after = t[e:e + 1]
            if all(c in _CN_MAG for c in cn) and after in _NOT_NUMBER_NEXT:
                return None  # 千万不要: "by all means", not ten million
        if t[s - 1:s] in ("数", "几", "第", "星", "周", "初", "之") and cn[0] in _CN_MAG + _CN_DIGIT and not (
                t[s - 1] == "数" and cn[0] in _CN_DIGIT and (unit_word or mag_any or any(c in _CN_MAG for c in cn))
                or t[s - 1] == "初" and _past_lunar_day(cn, unit_word, mag_any)
                # 卫星五十四颗: a measure word after it makes the numeral a count of the noun
                # ending in 星, not a weekday or a name's number
                or t[s - 1] == "星" and not unit_word and t[e:e + 1] in _CN_CLAUSE_COUNTERS):
            # 数千亿 is a vague magnitude, but a digit after 数 is a number said after a noun
            # ending in 数 (参数两千四百亿, 总数一万多张)
            return None
        if not unit_word and t[e:e + 1] in _NOT_AFTER_BARE and not (
                t[e:e + 1] == "级" and cn[0] in _IMPLICIT_ONE and all(c in _CN_MAG for c in cn)):
            return None  # 三十九楼, 北斗三号 (but 千亿级 is an order of magnitude)
    if per_raw is not None and _TOKEN_SHORTHAND.fullmatch(per_raw) and not _money_before(t, s, unit_word):
        # 20亿/M: a letter alone is a token volume only after money ($3/M); elsewhere no rate
        cut = e - len(per_raw)
        if t2 is not None or q2 is not None or unit_word is None and mag_any is None:
            return None
        return _assemble(t, text, s, cut, {**t1, "per": None, "end": cut}, None, None)
    bare = unit_word is None and mag_any is None and per_raw is None
    prev = t[start_num - 1] if start_num > 0 else ""
    nxt = t[e:e + 1]
    if nxt.isascii() and nxt.isalpha() and t[e - 1].isascii() and t[e - 1].isalnum() \
            and not (mag_any == "k" and t.startswith("wpm", e)):  # 80kwpm: thousands of wafers a month
        return None  # 3D, 5G, 4o, 23Q4, 1H22, 2025E: grades, names and periods
    if (_before(t, start_num) if prev in " \t" else prev) in _NOT_BEFORE \
            and not (prev in _CAPTION_HEADS and d is not None and "." in d and mag_any in _SCALE_AFTER_CAPTION):
        # 图3, 表1.2 name a figure or a table; 自动判图84.6万幅, 智慧水表14.6万户 end a noun before a
        # decimal in 万 or 亿, which no caption number takes
        return None
    # _glued_letter(t, start_num), read from the character already at hand
    glued = (prev.isascii() and prev.isalpha()) or (
        prev == "-" and start_num >= 2 and t[start_num - 2].isascii() and t[start_num - 2].isalnum())
    coded = (glued or prev == " ") and _LETTER_CURRENCY_BEFORE.search(t, max(0, start_num - 5), start_num)
    if coded:
        glued = False  # RMB42.5bn, USD 1.2tn: a currency code the prefix reads, not a name
    if glued and t1["sign"] is not None and unit_word in _PP:
        glued = False  # T+98bp, SOFR+150bp: a spread over a benchmark, quoted signed in basis points
    letter_unit = (unit_word is not None and unit_word.isascii() and unit_word not in _DIRECT_UNITS
                   and not unit_word.endswith("B")) or (mag_any is not None and mag_any.isascii())
    if d is not None and (bare or letter_unit):
        if (glued or (prev == " " and not coded and _name_before(t, start_num))) \
                and not (bare and t2 is None and _COUNT_AFTER_NAME.match(t, e)):
            return None  # H100, GPT-4, OPT-175B, Mistral 7B, Llama 2 (but IBM601件 is a count)
        if mag_any and mag_any in ("B", "M", "T", "k", "K", "m") and unit_word is None:
            if not _LETTER_MAG_OK.match(t, e) and e < len(t):
                return None  # 2B与2D: to-business, not two billion
    if d is not None and bare:
        if prev == "/" or nxt == "/":
            return None  # 200/400G, GPT-3/3.5, dates with slashes
        if (prev == ":" and not _label_colon_item(t, start_num, e)) or nxt == ":":
            return None  # 10:30, 1:1 (a time, a ratio)
        if nxt == "-" and t[e + 1:e + 2].isalpha():
            return None  # 1-line
        after = t[e:e + 2].lstrip(" ")[:1]
        if after and after in _NOT_AFTER_BARE:
            return None  # dates, times, addresses, pages
        if prev in _OPEN and nxt in _CLOSE and t2 is None and t1["sign"] is None \
                and _accounting_cell(t, start_num - 1, e + 1, d):
            # (1,230) as a cell of a table row: an accounting negative, -1230 in the table's unit
            exact = -_number_value(d, None, None, None)
            return _new_quantity(float(exact), None, "count", None, None, text[start_num - 1:e + 1],
                                 start_num - 1, e + 1, exact, True, "number")
        if t2 is None and d.endswith(".0") and not (prev in "\t \u3000|" and _in_value_row(t, start_num)):
            return None  # version numbers: 源2.0, 悟道 2.0 (a cell of a value table is a value)
        if nxt in _CLOSE and (prev in _OPEN or _at_line_start(t, start_num)):
            return None  # (1), 1)
        if nxt == "、" and not _named_list_item(t, start_num, e):
            return None  # 1、 list markers
        if _item_reference(t, start_num, e):
            return None  # （注4）, 第3、4节, ；2. 部分数据: a note's, section's or item's number
        if nxt in _CLOSE and len(d) <= 2 and not (prev.isalnum()):
            return None  # 2) list markers
        if _at_line_start(t, start_num) and (not nxt or _LIST_MARK.match(nxt)) \
                and not _NUMBER_ROW.match(t, t.rfind("\n", 0, start_num) + 1):
            return None  # section numbers 1.2. / 1) and lone page numbers (not the first cell of a row of values)
        if prev == "\t" and t1["sign"] is None and d.isdigit() and _at_line_end(t, e) \
                and not _in_value_row(t, start_num):
            return None  # table-of-contents page numbers (a signed or decimal cell is a value)
    if d is not None and unit_word is None and glued and not bare:
        return None

    if (unit_word == "年" and d is not None and t2 is None and len(d) == 2
            and d >= "15" and t[e:e + 1] not in _DURATION_NEXT and not before_term_word(t, e)
            and t[start_num - 1:start_num] not in _YEAR_PREFIX_OK
            and not after_duration_lead(t, start_num)  # 为期17年, 期限20年: years, as periods reads them
            and not in_duration_list(t, start_num)):  # 10年、20年和30年: terms listed
        return None  # 23年发布: a two-digit year, not 23 years

    if (bare and t2 is None and t1["sign"] is None and d is not None and d.isdigit()
            and (nxt.isalpha() or nxt == " ") and _starts_digit_name(t, start_num, d, e)):
        return None  # 36氪, 360智脑, 21世纪经济报道: a name from the entity lexicon

    if unit_word is not None and unit_word.strip() == "W" and not _sentence_has(_WATTS_CONTEXT, t, s, e):
        return None  # 阅读量10W, 粉丝破50W: W for 万 in web Chinese; watts only where power is spoken of

    if unit_word is not None and _FLOPS_BARE_WORD.fullmatch(unit_word) and (
            not _flops_context(t, s, e) or _forecast_year_mark(t, t1, unit_word, e)):
        # 1.5P空调, 20万P without a word of computing capacity: the number without the letter
        cut = t.rindex(unit_word, s, e)
        if t2 is not None or cut + 1 < e:
            return None
        cut = len(t[s:cut].rstrip()) + s
        return _assemble(t, text, s, cut, {**t1, "unit": None, "end": cut}, None, None)

    if unit_word is not None and unit_word.strip() == "pts" and (t2 is not None or d is None or abs(Decimal(d.replace(",", ""))) >= 100):
        # margin down ~2pts: English notes write percentage points as pts; an index's points
        # (Nasdaq fell 350pts) are a level's move, no share, and hundreds of pp never occur
        return None

    # --- value ------------------------------------------------------------------------------
    unit, kind, _, unit_qual = _classify(unit_word, per_raw is not None)
    if d is None and t1["cn"] == "半" and unit_word is None:
        return None
    v1 = _number_value(d, cn, t1["mag"], t1["sign"]) if pair is None else _pair_end(pair[0], t1)
    if unit_word in _SPOKEN_USD and d is None and t1["mag"] is None and not any(c in _CN_MAG for c in cn):
        return None  # 砍一刀: a cut, no dollars; 五百万刀 and 20刀 are amounts
    if t2 is not None and t1["mag"] is None and t1["unit"] is None and t2["mag"] is not None \
            and not _own_scale_first(v1, t2):
        # 1-2万, $70-72bn: the magnitude is written once, after the second number
        v1 *= _term_value({**t2, "d": "1", "cn": None, "sign": None}) if t2["d"] is not None \
            else parse_chinese_numeral(t2["mag"])
    exact = v1 if unit_word is None else _unit_value(v1, t1, unit_word)
    high = None
    if t2 is not None:
        high = _unit_value(_term_value(t2), t2, t2["unit"] or unit_word)
    elif pair is not None:
        high = _unit_value(_pair_end(pair[1], t1), t1, unit_word)

    if unit_word == "元" and unit == "CNY":
        # 美金220,000,000元: a currency glued to the digits rules over their bare 元; 美元 followed
        # by anything else (2万美元一片) names the amount before it, so it is no general prefix
        unit = next((c for w, c in _CURRENCY_BEFORE_YUAN.items() if t.startswith(w, start_num - len(w))
                     and start_num >= len(w)), unit)

    # --- prefix: fall word, qualifier, currency ----------------------------------------------
    pm = _prefix_before(t, s)
    qualifier = None
    signed = False
    if pm is not None:  # a prefix that starts before s
        cur = pm.group("cur")
        if cur and cur not in _CURRENCY:
            return None  # a currency sign _CURRENCY does not map: an amount in a currency the facts table has no unit for (S$ is SGD now)
        if pm.group("csign") == "±" and not opens_band(t, pm.start("csign")):
            return None  # 540亿美元±2%, ±US$2bn, 误差±3%: a tolerance band, no fact
        if cur:
            if unit in ("count",) or kind == "number" or (unit_word == "元" and _CURRENCY[cur] != unit):
                # 新台币37.2兆元: a currency named before the number rules over a bare 元
                unit, kind = _CURRENCY[cur], ("price" if per_raw else "money")
            elif unit not in MONEY_UNITS:
                cur = None
        if pm.group("qual"):
            qualifier = _QUAL_PREFIX[pm.group("qual")]
        fall_at = _fall_start(t, pm)
        # 降幅超过280倍, 成本下降了10倍: a multiple is a plain number as written (SCHEMA), the fall
        # word names a reduction but does not make it negative (as 缩小了3倍)
        if fall_at is not None and kind not in ("free", "discount", "multiple") and not _avoided_mass(pm, kind):
            signed = True
            exact = -abs(exact)
            high = -abs(high) if high is not None else None
        if fall_at is not None:
            s = fall_at
        elif pm.group("qual"):
            s = pm.start("qual")
        elif cur:
            s = pm.start("cur")
        if cur and pm.group("csign") in ("-", "−") and fall_at is None and t1["sign"] is None:
            signed = True
            exact = -abs(exact)
            high = -abs(high) if high is not None else None
            s = pm.start("csign")
    if t1["up"]:
        qualifier = qualifier or "over"
    if t1["q1"] or (t2 is not None and t2["q1"]) or (cn is not None and "个多亿" in t[s:e]):
        qualifier = qualifier or "over"  # 二十多亿, 十几个亿, 九个多亿: more than the number
    if unit_qual:
        qualifier = qualifier or unit_qual
    if q2 is not None:
        word = q2.strip()
        if word in ("多", "余") and kind in ("percent", "money", "pp", "price"):
            end_all = e - len(q2)  # 30%多模态: the 多 belongs to the next word
        else:
            qualifier = qualifier or _QUAL_SUFFIX[word]
    if (qualifier is None and t2 is None and cn is not None and cn[0] in _IMPLICIT_ONE and not card
            and all(c in _CN_MAG for c in cn) and not (unit_word or "").startswith("倍")
            and not _ORDER_WORD.match(t, end_all)):
        if (passed := _EXCEED_BEFORE.search(t, max(0, s - _EXCEED_REACH), s)) is not None:
            # 突破千亿元: the mark passed, as 超千亿元; 跌破千亿 passes it going down
            qualifier = "under" if t[passed.start() - 1:passed.start()] == "跌" else "over"
        else:
            # A magnitude with no digit and no quantifier is a unit label (（亿元）, 单位：百万美元),
            # not "one hundred million yuan"; 超过万亿, 上亿元, 千万量级 and 百倍 stay quantities.
            return None
    if unit == "months" and unit_word and unit_word.startswith("年"):
        kind = "duration"
    if (kind == "percent" and unit_word == "%" and prev == "(" and t[end_all:end_all + 1] == ")"
            and t2 is None and pair is None and t1["sign"] is None and pm is None and d is not None
            and _accounting_cell(t, start_num - 1, end_all + 1, d)):
        # (7.2%) as a cell of a table row: an accounting negative as (1,230) is, the brackets
        # are the cell's characters
        exact, signed, s, end_all = -abs(exact), True, start_num - 1, end_all + 1
    per = _normalise_per(per_raw) if per_raw else None
    if per and kind == "money":
        kind = "price"
    return _new_quantity(float(exact), float(high) if high is not None else None, unit, per, qualifier,
                         text[s:end_all], s, end_all, exact, signed, kind)


_CN_COUNTERS = frozenset(_WORDS["cn_count_measure"].split("|"))
_BEFORE_CN_COUNT = frozenset(_WORDS["before_cn_count"].split("|"))
# 至少八家, 不下八家: the words of two characters or more, read as a suffix of the text before
_BEFORE_CN_COUNT_WORDS = tuple(w for w in _BEFORE_CN_COUNT if len(w) > 1)
_BEFORE_CN_COUNT_LEN = max(map(len, _BEFORE_CN_COUNT))
# 融资九起，, 增加五个；: a small numeral whose measure word closes the clause (two to ten)
_CN_CLAUSE_COUNTERS = frozenset(_WORDS["cn_count_clause_end"].split("|"))
_CN_CLAUSE_COUNT_DIGITS = frozenset("二两三四五六七八九十")
_CLAUSE_AFTER_COUNT = re.compile(r"[，,。；;、！？!?）)\n]|\Z")


def _money_before(t: str, s: int, unit_word: str | None) -> bool:
    """A currency is the number's unit word or stands before it ($3/M, 输入¥2/M)."""
    if unit_word is not None:
        return unit_word in _CURRENCY
    pm = _prefix_before(t, s)
    return pm is not None and pm.group("cur") is not None


def counter_closes_clause(text: str, end: int) -> bool:
    """True when a measure word of ``cn_count_clause_end`` stands at ``text[end]`` and closes its
    clause (``融资九起，``, ``增加五个；``): the number before it counts things, it names no list's
    members (``新增两家客户：`` opens one).

    >>> counter_closes_clause("增加五个；", 3), counter_closes_clause("两个方面", 1), counter_closes_clause("两家：", 1)
    (True, False, False)
    """
    return text[end:end + 1] in _CN_CLAUSE_COUNTERS and _CLAUSE_AFTER_COUNT.match(text, end + 1) is not None


def _cn_counted(t: str, cn: str, s: int, e: int) -> bool:
    """``兩家美系雲端大廠``, ``三只转债``: a small Chinese numeral (two to nine) right before a
    measure word of ``cn_count_measure``, after a word that introduces a count (``before_cn_count``:
    已有, 共, 新增), is a count. 一家 is an article (一家公司); 而兩家巨頭, 这两家 and 前三家 point
    back at members already named; 三位听众 is left out (位 is no such measure word).

    A numeral from two to ten whose measure word (``cn_count_clause_end``) closes the clause is a
    count whatever stands before it (``融资九起，``, ``增加五个；``, ``发射十颗。``).

    >>> _cn_counted("较上年末增加五个；", "五", 6, 7), _cn_counted("分为两个方面", "两", 2, 3)
    (True, False)
    """
    if len(cn) == 1 and cn in _CN_CLAUSE_COUNT_DIGITS and counter_closes_clause(t, e):
        return True
    if t[e:e + 1] not in _CN_COUNTERS or len(cn) != 1 or cn not in _CN_DIGIT or cn in "一零":
        return False
    return t[s - 1:s] in _BEFORE_CN_COUNT or t[max(0, s - _BEFORE_CN_COUNT_LEN):s].endswith(_BEFORE_CN_COUNT_WORDS)


_SPOKEN_USD = frozenset(_WORDS["spoken_usd"].split("|"))
#: What after a spoken duration makes it a time, not a measure (一两个月前, 两三年后).
_TIME_AGO = frozenset("前后内来")


def _spoken_pair(t: str, cn: str, t1: dict, t2: dict | None, unit_word: str | None,
                 e: int) -> tuple[Decimal, Decimal] | None:
    """The ends of a spoken approximate numeral (``三四成``, ``两三千万美金``, ``六七十``), or None.

    Only a numeral that is a measure by its unit or magnitude (``一二线城市``, ``十之八九`` and
    ``七八个人`` name none) and is no time (``一两个月前``) is read; a written range after it
    (``三四至五六``) is too tangled to read.
    """
    if t2 is not None or not (unit_word or t1["mag"] or any(c in _CN_MAG for c in cn)):
        return None
    if unit_word and (unit_word.endswith("月") or unit_word.startswith("年")) and t[e:e + 1] in _TIME_AGO:
        return None
    return parse_approximate_pair(cn)


def _pair_end(end: Decimal, term: dict) -> Decimal:
    """One end of a spoken pair times the term's magnitude and sign (``一两千亿`` has none after)."""
    value = end * parse_chinese_numeral(term["mag"]) if term["mag"] else end
    return -value if term["sign"] == "-" else value


_FLOPS_CONTEXT = re.compile(_WORDS["flops_context"])
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _sentence_has(pattern: re.Pattern, t: str, s: int, e: int) -> bool:
    """True when the sentence holding ``t[s:e]`` (at most 60 characters either side) matches
    ``pattern``."""
    lo = max(0, s - 60)
    for stop in _SENTENCE_END.finditer(t, lo, s):
        lo = stop.end()
    hi = _SENTENCE_END.search(t, e, min(len(t), e + 60))
    return pattern.search(t, lo, hi.start() if hi else min(len(t), e + 60)) is not None


def _flops_context(t: str, s: int, e: int) -> bool:
    """True when the sentence holding ``t[s:e]`` speaks of computing capacity (算力, 智算), so a
    bare P or E after its number is PFLOPS or EFLOPS (``智算规模达3.2万P``, ``新增算力1.5E``)."""
    return _sentence_has(_FLOPS_CONTEXT, t, s, e)


_WATTS_CONTEXT = re.compile(_WORDS["watts_context"])


_FLOPS_BARE_AFTER_YEAR = re.compile(_WORDS["flops_bare_after_year"])
_CLAUSE_CLOSE = re.compile(r"[\s，,。；;、：:）)]|\Z")


def _forecast_year_mark(t: str, t1: dict, unit_word: str, e: int) -> bool:
    """True when a bare E after two digits is a forecast year (``25E营收``), not 25 EFLOPS: the
    number is a plain two-digit integer and a word goes on right after the letter (a capacity
    closes its clause: ``新增算力25E，``)."""
    d = t1["d"]
    return (d is not None and len(d) == 2 and d.isdigit() and t1["mag"] is None and t1["sign"] is None
            and not _FLOPS_BARE_AFTER_YEAR.fullmatch(unit_word) and not _CLAUSE_CLOSE.match(t, e))


# 第3、4节, 第2、5章: the later members of a list of ordinals the first one's 第 opens
_ORDINAL_LIST_BEFORE = re.compile(rf"(?:{_WORDS['ordinal_mark']})\s?[0-9]+(?:\s?(?:{_WORDS['ordinal_list_joiner']})\s?[0-9]+)*"
                                  rf"\s?(?:{_WORDS['ordinal_list_joiner']})\s?$")
# a note mark in brackets before the number: （注4）
_NOTE_MARK_BEFORE = re.compile(rf"[(（](?:{_WORDS['note_mark']})$")
# a clause's end, then blanks: where a mid-line item's number opens (注：1. …；2. …)
_CLAUSE_END_BEFORE = re.compile(r"[；;。：:][ \u3000]*$")
# after an item number's point: its text, a word or a blank before one (not 1. 5%, a split decimal)
_ITEM_TEXT_AFTER = re.compile(r"[ \u3000]?[\u3400-\u9fff]")


def _item_reference(t: str, s: int, e: int) -> bool:
    """True when the bare integer ``t[s:e]`` numbers a note, a section or an item rather than
    counting anything: a note mark in brackets (``（注4）``), a later member of a list of
    ordinals (the 4 of ``第3、4节``, 第 standing before the first only) and an item's number
    opening a clause mid-line (``注：1. 口径…；2. 部分数据…``: a point, then a blank or a word),
    as ``1. `` opening a line is."""
    if not t[s:e].isdigit():
        return False
    if t[e:e + 1] in _CLOSE and _NOTE_MARK_BEFORE.search(t, max(0, s - 4), s):
        return True
    if _ORDINAL_LIST_BEFORE.search(t, max(0, s - 24), s):
        return True
    if t[e:e + 1] == "." and _ITEM_TEXT_AFTER.match(t, e + 1):
        return _CLAUSE_END_BEFORE.search(t, max(0, s - 8), s) is not None
    return False


def _at_line_start(t: str, s: int) -> bool:
    if s and t[s - 1] not in _LEAD_OR_BREAK:
        return False  # the character before is neither lead filler nor a line break: mid-line
    i = t.rfind("\n", max(0, s - 12), s)
    lead_from = i + 1 if i != -1 else (0 if s <= 12 else -1)
    if lead_from == -1:
        return False
    return _LINE_LEAD.match(t, lead_from, s) is not None and \
        all(c in " \t-*•▶►▌#>·" for c in t[lead_from:s])


_LEAD_OR_BREAK = frozenset(" \t-*•▶►▌#>·\n")
_NUMBER_CELL = re.compile(r"[+\-]?[0-9][0-9,]*(?:\.[0-9]+)?%?")
# 单机柜功率（kW）⇥20-30⇥40-60: a range cell beside it makes a row's last cell a value too
_RANGE_CELL = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?\s?[-~～—–]\s?[0-9][0-9,]*(?:\.[0-9]+)?%?")


def _in_value_row(t: str, s: int) -> bool:
    """True when the tab row holding ``s`` has another number cell, or the tab line above it
    is a header whose cells give a unit (``2026E PE（倍）``): a value column, not a page number."""
    line_start = t.rfind("\n", 0, s) + 1
    before = t[line_start:s]
    line_end = t.find("\n", s)
    after = t[s:line_end if line_end >= 0 else len(t)]
    if "\t" in before:
        cells = before.split("\t")[1:-1]
        later = after.split("\t")[1:] if not before.split("\t")[-1].strip(_BLANK_CHARS) else []
    elif before.lstrip().startswith("|"):
        cells = before.split("|")[2:-1]  # | 示例科技 | 45.6 | 38.0 |: a markdown row
        later = after.split("|")[1:] if not before.split("|")[-1].strip(_BLANK_CHARS) else []
    elif _COLUMN_GAP.search(before[-2:] if before.strip() else ""):
        # a space-aligned row (示例科技    1.40    42.0): runs of blanks separate its cells
        cells = _COLUMN_GAP.split(before.strip(_BLANK_CHARS) + "  ")[1:-1]
        later = _COLUMN_GAP.split(after.strip(_BLANK_CHARS))[1:]
    else:
        return False
    # 600001.SH    乙通信    12.0    -5.5: the row's first value cell has its numbers after it
    if any(_NUMBER_CELL.fullmatch(c.strip()) or _ACCOUNTING_CELL.fullmatch(c.strip())
           or _RANGE_CELL.fullmatch(c.strip()) for c in [*cells, *later]):
        return True
    if line_start == 0:
        return False
    above_start = t.rfind("\n", 0, line_start - 1) + 1
    above = t[above_start:line_start - 1]
    if ("\t" in above or "|" in above or _COLUMN_GAP.search(above.strip()) is not None) \
            and bool(find_unit_labels(above)):
        return True
    return _under_unit_caption(t, line_start)


#: How many tab rows above a cell :func:`_under_unit_caption` walks up to find the table's caption.
_CAPTION_REACH = 40


def _under_unit_caption(t: str, line_start: int) -> bool:
    """True when the rows above the line at ``line_start`` (tab, markdown or blank-aligned) run up to a
    caption line giving a unit (``表3　产能（单位：万片/月）`` over ``厂商⇥产能`` / ``三星⇥65``),
    or to a header row giving one (``投资者　　认购金额（百万美元）``): a two-column table of
    values, not a table of contents. The header row right under the caption is no such row:
    its cells (``2030``) are labels."""
    for walked in range(_CAPTION_REACH):
        if line_start == 0:
            return False
        above_start = t.rfind("\n", 0, line_start - 1) + 1
        above = t[above_start:line_start - 1]
        if "\t" not in above and "|" not in above and _COLUMN_GAP.search(above.strip(_BLANK_CHARS)) is None:
            return walked > 0 and bool(above.strip()) and bool(find_unit_labels(above))
        if walked > 0 and _unit_header_row(above):
            # 投资者　　认购金额（百万美元） / 甲资本　　60.0 / 乙基金　　50.0: the header
            # a few rows up gives the value column its unit, for every row under it
            return True
        line_start = above_start
    return False


def _unit_header_row(line: str) -> bool:
    """A table's header row giving a unit: no value cell, a unit label in a cell."""
    cells = [c.strip(_BLANK_CHARS) for c in _CELL_SPLIT.split(line.strip(_BLANK_CHARS + "|"))]
    return not any(_NUMBER_CELL.fullmatch(c) or _ACCOUNTING_CELL.fullmatch(c) or _RANGE_CELL.fullmatch(c)
                   for c in cells) and bool(find_unit_labels(line))


_COLUMN_GAP = re.compile("[ \u3000]{2,}")
#: A cell delimiter of a table row: a tab, a markdown pipe or a run of blanks aligning columns.
_CELL_EDGE = re.compile(r"[ \u3000]*(?:[\t|]|[ \u3000]{2,}|\n|\Z)")
_CELL_BEFORE = re.compile(r"(?:[\t|]|[ \u3000]{2,})[ \u3000]*$")
_CELL_SPLIT = re.compile(r"[ \u3000]*[\t|][ \u3000]*|[ \u3000]{2,}")
# (7.2%) under 同比 or 变动: a percent written the accounting way is a (negative) value cell too
_ACCOUNTING_CELL = re.compile(r"[(][0-9][0-9,]*(?:\.[0-9]+)?%?[)]")
# (845.0)　(1,206.5) (1,478.3): a wide bracketed figure fills its fixed-width column, so one blank
# parts it from the bracketed cell beside it
_ACCOUNTING_BEFORE = re.compile(r"[(][0-9][0-9,]*(?:\.[0-9]+)?[)] $")
_ACCOUNTING_NEXT = re.compile(r" [(][0-9]")
#: the one blank between two bracketed figures of a fixed-width row (segment parts cells on it too)
ACCOUNTING_PAIR_GAP = r"(?<=[0-9][)]) (?=[(][0-9])"
_ACCOUNTING_PAIR = re.compile(ACCOUNTING_PAIR_GAP)
_YEAR_LIKE = re.compile(r"(?:19|20)[0-9]{2}")


def _accounting_cell(t: str, a: int, b: int, d: str) -> bool:
    """True when ``t[a:b]`` (``(1,230)``) is a whole cell of a table row, the accounting way of
    writing a negative: a row label, then two or more value cells, plain or bracketed.

    A bracketed year (``(2025)``) or a bracket in prose (``(注1)``, ``（3）``) is no such cell:
    accounting figures of four digits carry a thousands comma.
    """
    if _YEAR_LIKE.fullmatch(d):
        return False
    line_start = t.rfind("\n", 0, a) + 1
    before = t[line_start:a].rstrip(" \u3000")
    if len(before) == len(t[line_start:a]) and before and before[-1] not in "\t|":
        return False  # glued to the word before it: 营收(1,230) is a note, not a cell
    if before and before[-1] not in "\t|" and not _COLUMN_GAP.search(t[line_start:a][-2:]) \
            and not _ACCOUNTING_BEFORE.search(t, line_start, a):
        return False
    if not _CELL_EDGE.match(t, b) and not _ACCOUNTING_NEXT.match(t, b):
        return False
    line_end = t.find("\n", b)
    row = t[line_start:line_end if line_end >= 0 else len(t)].strip(" \u3000|")
    cells = [c for c in _CELL_SPLIT.split(_ACCOUNTING_PAIR.sub("\t", row)) if c]
    values = [c for c in cells if _NUMBER_CELL.fullmatch(c) or _ACCOUNTING_CELL.fullmatch(c)]
    return len(values) >= 2 and len(cells) > len(values)
_BLANK_CHARS = " \u3000"


def _at_line_end(t: str, e: int) -> bool:
    j = e
    while j < len(t) and t[j] in " \t\r":
        j += 1
    return j == len(t) or t[j] == "\n"


_GPU_HOUR = re.compile(_WORDS["gpu_hour"], re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _normalise_per(per_raw: str) -> str:
    """``/百万tokens`` -> ``1m tokens``; ``/千tokens`` -> ``1k tokens``; others as written."""
    body = re.sub(r"^\s?(?:/|每|per\s)\s?", "", per_raw)
    if _GPU_HOUR.fullmatch(body.strip()):
        return "gpu hour"
    if _TOKEN_SHORTHAND.fullmatch(per_raw):
        body = re.sub(r"(?i)tok$", "", body) + " tokens"  # /M, /MTok: the letter's volume of tokens
    body = _TOKEN_SIDE.sub("", body)  # 百万输入tokens: the side is no part of the volume
    tokens = parse_token_volume(body)
    return per_tokens(tokens) if tokens is not None else body.strip()


def _finish(t, text, s, e, exact, high, unit, per, qualifier, kind, signed=False) -> Quantity:
    return _new_quantity(float(exact), float(high) if high is not None else None, unit, per, qualifier,
                         text[s:e], s, e, exact, signed, kind)


_object_new, _object_setattr = object.__new__, object.__setattr__


def _new_quantity(value, value_high, unit, per, qualifier, text, start, end, exact, signed, kind) -> Quantity:
    """``Quantity(...)`` with the same fields, built about three times faster.

    The ``__init__`` of a frozen dataclass sets each of the eleven fields through
    ``object.__setattr__``; the parser makes a Quantity for most numbers of a text, so the
    instance dict is set whole instead (equality, hashing and ``repr`` read the same fields).
    """
    q = _object_new(Quantity)
    _object_setattr(q, "__dict__", {
        "value": value, "value_high": value_high, "unit": unit, "per": per, "qualifier": qualifier,
        "text": text, "start": start, "end": end, "exact": exact, "signed": signed, "kind": kind})
    return q


_LIST_GAP = re.compile(rf"\s?(?:{_WORDS['list_joiner']})\s?")


def _link_lists(t: str, text: str, qs: list[Quantity]) -> list[Quantity]:
    """Share one fall word or one currency across a short list (``预亏1.86亿元和4400万元``,
    ``分别达到2亿和10亿美元``)."""
    if len(qs) < 2:
        return qs
    out = list(qs)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        # the cheap field tests first: the gap is read for a signed item only
        if a.signed and not b.signed and b.unit == a.unit and b.exact > 0 \
                and _LIST_GAP.fullmatch(t, a.end, b.start):
            out[i] = _replace(b, exact=-b.exact, signed=True)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.kind == "number" and b.kind == "money" and _LIST_GAP.fullmatch(t, a.end, b.start) \
                and any(c in a.text for c in "万亿") and a.text[-1] in "万亿":
            out[i] = _replace(a, unit=b.unit, kind="money")
    return _carry_currency(t, out)


_CONVERSION = re.compile(_WORDS["currency_conversion"])
_CNY_WORDS = re.compile(_WORDS["cny_marker"])
_CARRIED = frozenset(_WORDS["carried_currency"].split("|"))
#: Currencies a bare 元 after them keeps (新台币), and the words that make a 元 yuan (人民币).
CARRIED_CURRENCIES, CNY_NAMED = _CARRIED, _CNY_WORDS


def _carry_currency(t: str, qs: list[Quantity]) -> list[Quantity]:
    """``新台币1,000亿元，其中设备600亿元；累计2.5兆元``: a bare 元 after a currency named
    earlier in the same sentence is that currency, unless a conversion word (约合) stands between.

    Only the currencies of ``pattern_words.csv`` ``carried_currency`` carry."""
    out = list(qs)
    current: str | None = None
    last_end = 0
    for i, q in enumerate(out):
        if current is not None and _SENTENCE_END.search(t, last_end, q.start):
            current = None
        if q.kind not in ("money", "price"):
            continue
        bare_yuan = q.unit == "CNY" and t[q.start:q.end].rstrip().endswith("元") \
            and not _CNY_WORDS.search(t, max(0, q.start - 3), min(len(t), q.end + 3))
        if bare_yuan and current is not None and not _CONVERSION.search(t, last_end, q.start):
            out[i] = _replace(q, unit=current)
        elif not bare_yuan:
            # only currencies whose own writers call them 元 (新台币): after 亿美元 a bare 元 is yuan
            current = q.unit if q.unit in _CARRIED else None
        last_end = q.end
    return out


def _replace(q: Quantity, **changes) -> Quantity:
    fields = dict(q.__dict__)
    fields.update(changes)
    if "exact" in changes:
        fields["value"] = float(changes["exact"])
        if q.value_high is not None and changes["exact"] < 0 < q.value_high:
            fields["value_high"] = -q.value_high
    return _new_quantity(**fields)


# ---------------------------------------------------------------------------------------------
# Unit labels: the unit of a table's bare numbers, written once in a caption or header.

_LABEL_MAG_CN = _WORDS["label_magnitude"]
_LABEL_MAG_EN = r"'000|000s|trillion|billion|million|thousand|tn|bn|mn|lakh[ ]cr(?:ore)?|crore|cr|[kKmMbBT]"
# （单位：亿澳元）: the currency words of currency_words.csv ``after`` head a Chinese label too
_LABEL_CURRENCY_AFTER = "".join(re.escape(w) + "|" for w in sorted(_CURRENCY_AFTER_NUMBER, key=len, reverse=True)
                                if not w.isascii())
# (KRW bn), (JPY m), (INR lakh cr): every three-letter ISO code of ``_CURRENCY`` heads an English label
_LABEL_ISO = "|".join(sorted(w for w in _CURRENCY if len(w) == 3 and w.isascii() and w.isupper()))
_LABEL_CURRENCY_AFTER_YUAN = "|".join(re.escape(w[1:]) for w in sorted(_CURRENCY_AFTER_YUAN, key=len, reverse=True)
                                      if w.startswith("元") and len(w) > 1)
_LABEL_COUNTERS = "人户家个台部件张颗片块辆套次条篇项股只枚座柜架" + _WORDS["label_counter_more"].replace("|", "")
_LABEL = re.compile(
    rf"(?P<ratio>%|‰|个百分点|百分点|pct|ppt|pp|bps|bp|倍|[xX])"
    rf"|(?P<cn_pre>{_WORDS['label_currency_before']})?(?P<cn_mag>{_LABEL_MAG_CN})?"
    rf"(?P<cn_cur>{_LABEL_CURRENCY_AFTER}{_WORDS['label_currency']})"
    # 元/百万Tokens, 元/每百万tokens: the token word in any case, 每 repeating the slash
    # 亿元新台币, 亿元人民币: a currency named after 元 rules over it in a label as in prose
    # (currency_words.csv suffix rows)
    rf"(?P<cn_post>{_LABEL_CURRENCY_AFTER_YUAN})?(?P<cn_per>\s?/\s?(?:{_WORDS['label_every']})?\s?(?:1\s?)?(?:{_WORDS['label_token_scale']}|[kKmM])?\s?(?i:tokens?|词元))?"
    rf"(?:\s?/\s?(?:{_WORDS['label_per_payer']}))?"
    # 万元/台, 元/kWh, 美元/片: a price per good or per unit of energy is an amount in the currency,
    # and so is an amount per period (亿元/年, 美元/天)
    # 元/PFlops/月, 元/kW/月: a price per measure may close with the period it is paid for
    # 美元/每GPU小时, 元/每人: 每 may repeat the slash before the good as before the token volume
    rf"(?:\s?/\s?(?:{_WORDS['label_every']})?\s?(?:{_WORDS['label_per_good']}|{_WORDS['label_per_time']})(?![\u4e00-\u9fffA-Za-z])"
    # 元/卡·月: a middle dot joins the good and its period as a slash does
    rf"(?:\s?[/·]\s?(?:{_WORDS['label_per_time']})(?![\u4e00-\u9fffA-Za-z]))?)?"
    rf"|(?P<flops>[KMGTPEZ]FLOP[sS]?|[KMGTPEZ]OP[sS](?![A-Za-z]|\s?/\s?W))"
    # （亿千瓦时）, 万kWh: a magnitude may scale an energy label as it does money
    rf"|(?P<energy_mag>{_LABEL_MAG_CN})?(?P<energy>{_WORDS['energy']})(?![A-Za-z])"
    # （单位：亿度）: 度 is a kWh in a label as in prose only straight after 万 or 亿 (energy_du)
    rf"|(?P<du_mag>[万亿]+)(?P<du>{_WORDS['energy_du']})"
    # 功耗（W）: a bare W alone in a header's bracket is watts, as 瓦 is
    rf"|(?P<watts>[kKMGT]?W|{_WORDS['label_watts']})"
    rf"|(?P<tok_mag>{_LABEL_MAG_CN})\s?(?P<tok>tokens?|Tokens?)"
    # (T tokens), (B tokens): an English magnitude before the token word, as 万亿tokens
    rf"|(?P<tok_mag_en>T|B|M|trillion|billion|million)\s?(?:tokens?|Tokens?)"
    rf"|(?P<en_cur>US\$|HK\$|{_LABEL_ISO}|\$|¥)\s?(?P<en_mag>{_LABEL_MAG_EN})?"
    # USD/1M tokens, $ per million tokens: an English price label of an overseas table
    rf"(?P<en_per>\s?(?:/|per\s)\s?(?i:{volume_pattern()}))?"
    # US$/kW/month, USD/GB: an English price per measure, as 元/kW/月
    rf"(?:\s?/\s?(?:{_WORDS['label_per_good']})(?:\s?[/·]\s?(?:{_WORDS['label_per_time']}))?(?![A-Za-z]))?"
    rf"|(?P<en_mag2>trillion|billion|million|thousand|tn|bn|mn)\s?(?P<en_cur2>{_LABEL_ISO})"
    rf"|(?P<bytes>[KMGTP]i?B)"
    # （单位：kwpm）: thousands of wafers a month, as 80kwpm in prose
    rf"|(?P<wpm>[kK]?)\s?wpm(?![A-Za-z])"
    # 万片/月: a count per period (a capacity) is a count with its magnitude
    # 累计里程（万公里）: a magnitude of a measure word of more letters counts as one of one letter
    rf"|(?P<cnt_mag>{_LABEL_MAG_CN})(?P<cnt>[{_LABEL_COUNTERS}]|{_WORDS['label_counter_words']})?(?:\s?/\s?(?:{_WORDS['label_per_time']})(?![\u4e00-\u9fff]))?"
    # （单位：B，十亿）: an English magnitude alone counts in billions or millions where 单位 says so
    rf"|(?P<en_cnt>B|bn|billion|mn|million)(?:\s?units)?"  # (mn units): a count in millions
    # 回收期（月）, 交付周期（个月）: a column of durations in months (bracketed only: a bare 月
    # cell heads month numbers)
    rf"|(?P<dur_months>个月|月)"
    # 最长期限（年）, 回收期（年）: a column of durations in years, bracketed only as 月 (a bare 年
    # cell heads year numbers)
    rf"|(?P<dur_years>年)"
    # 人均单日时长（分钟）, 训练时长（小时）: a column of short durations, bracketed only as 月
    rf"|(?P<dur_short>{_WORDS['short_durations']}|{_WORDS['weeks']})"
)
#: 单位：, 单位为, 单位是: the head of a unit label, in a bracket or on a caption line
_UNIT_HEAD = r"单位\s?(?:[:：]|为|是)"
_LABEL_FRAME = re.compile(
    # （人民币百万元；截至12月31日止年度）: a label, then after a semicolon a note on what the
    # figures cover, however long
    # (post-money, US$ bn unless noted), (US$ million, except per share data): an English label,
    # then its unless or except note, however long
    # （以港币千元计）: a label framed as what the figures are reckoned in (label_as_lead/_tail)
    rf"[(（]\s?(?:单位\s?[:：]?\s?|(?:{_WORDS['label_as_lead']})\s?(?=[^()（）\n\t]{{1,30}}?(?:{_WORDS['label_as_tail']})\s?[)）]))?"
    r"(?P<inner>[^()（）\n\t]{1,30}?|[^()（）\n\t;；]{1,30}?\s?[;；][^()（）\n\t]{1,80}?"
    r"|[^()（）\n\t]{1,30}?[\s,;](?:unless|except)\s[^()（）\n\t]{1,30}?)\s?"
    rf"(?:(?<=[^\s;；,，])(?:{_WORDS['label_as_tail']}))?\s?[)）]"
    rf"|{_UNIT_HEAD}\s?(?P<after>[^\s,，;；。、()（）]{{1,12}})"
)
# a bracket of units scoped to columns may go on with notes (股价截至2025年8月29日): its items
# must each read ``X单位：label`` to count, so a longer bracket is no risk of prose
_SCOPED_FRAME = re.compile(r"[(（]\s?(?P<inner>[^()（）\n\t]{1,80}?)\s?[)）]")
# a slash before a token volume is part of a price label (元/百万tokens), not a list, and so
# is one before the payer or period closing the label (元/人, 元/人/月)
_LABEL_SPLIT = re.compile(rf"\s?(?:[,，、;；]|/(?!\s?(?:{_WORDS['label_every']})?\s?(?:(?:1\s?)?(?:{_WORDS['label_token_scale']}|[kKmM])?\s?tokens?"
                          rf"|(?i:{volume_pattern()})|(?:{_WORDS['label_per_payer']})(?![\u4e00-\u9fff])"
                          rf"|(?:{_WORDS['label_per_good']}|{_WORDS['label_per_time']})(?![\u4e00-\u9fffA-Za-z]))))\s?")
_LABEL_PER = re.compile(rf"(?:/|per\s)\s?(?:{_WORDS['label_every']})?\s?((?:1\s?)?(?:{_WORDS['label_token_scale']}|[kKmM])?\s?tokens?"
                        rf"|(?i:{volume_pattern()}))")
_LABEL_PER_ALONE = re.compile(rf"(?:{_WORDS['label_every']})\s?((?:1\s?)?(?:{_WORDS['label_token_scale']}|[kKmM])?\s?tokens?)",
                             re.IGNORECASE)
# 成交价（元/卡·时）, 单价（美元/GPU·小时）: a rental price label per GPU-hour
_LABEL_PER_GPU_HOUR = re.compile(rf"/\s?({_WORDS['gpu_hour']})(?![\u4e00-\u9fffA-Za-z])", re.IGNORECASE)
_EN_MAG = {"'000": Decimal(1000), "000s": Decimal(1000), "b": Decimal(10) ** 9}


def parse_unit_label(text: str) -> tuple[Decimal, str] | None:
    """The multiplier and unit of a unit label (``亿元``, ``百万美元``, ``万人``, ``%``).

    A label is a unit written without a number, as in a table caption ``（亿元）``. Brackets
    around it and a leading ``单位：`` are allowed. Traditional and full-width forms work.

    Parameters
    ----------
    text : str
        The label.

    Returns
    -------
    tuple of (decimal.Decimal, str) or None
        ``(multiplier, unit)``: a bare number ``n`` under the label is ``n * multiplier`` in
        ``unit`` (one of ``paths.UNITS``). None when ``text`` is not a unit label.

    Examples
    --------
    >>> parse_unit_label("亿元")
    (Decimal('100000000'), 'CNY')
    >>> parse_unit_label("（百万美元）")
    (Decimal('1000000'), 'USD')
    >>> parse_unit_label("%"), parse_unit_label("预计")
    ((Decimal('0.01'), 'ratio'), None)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_unit_label expects str, got {type(text).__name__}")
    t = fold(text).strip()
    stated = "单位" in t
    framed = _LABEL_FRAME.fullmatch(t)
    if framed is not None:
        t = (framed.group("inner") or framed.group("after")).strip()
    m = _LABEL.fullmatch(t)
    if m is None and "或" in t:
        return _alternative_labels(t)
    if m is not None and m.group("en_cnt") == "B" and not stated:
        return None  # a letter alone is a unit only where 单位 says so (（B） may be a panel letter)
    if m is not None and (m.group("dur_months") or m.group("dur_years") or m.group("dur_short")) is not None \
            and framed is None:
        return None  # 月 alone is a month, 年 a year, 天 a day, not a unit
    return _label_value(m) if m is not None else None


def _alternative_labels(t: str) -> tuple[Decimal, str] | None:
    """``元/条或元/帧``: a label offering alternatives (a price per item or per frame) is one unit
    when every alternative reads as the same multiplier and unit, the cells being in one currency
    whatever good each row is priced by; None otherwise (``亿元或%`` is no single unit)."""
    alts = {_label_value(m) if m is not None else None
            for m in (_LABEL.fullmatch(x.strip()) for x in t.split("或"))}
    return alts.pop() if len(alts) == 1 and None not in alts else None


_COUNTER_FRAME = re.compile(rf"[(（]\s?[{_LABEL_COUNTERS}]\s?[)）]\s*$")


def counter_label(text: str) -> bool:
    """True for a header that ends in a counter alone in brackets (``服务器（台）``,
    ``项目数（个）``): its cells are plain counts, whatever money unit a caption gives the table.

    Examples
    --------
    >>> counter_label("服务器（台）"), counter_label("单价（万元/台）"), counter_label("台")
    (True, False, False)
    """
    return _COUNTER_FRAME.search(fold(text)) is not None


def join_wrapped_ranges(quantities: list[Quantity], text: str, raw: str) -> list[Quantity]:
    """Ranges a PDF line break cut after their first number, read whole again.

    ``310⏎-330亿元`` is parsed from a text whose wrapped line breaks are blanks (``310 -330亿元``),
    where a dash spaced on one side is the sign of the next number. When the blank before the
    dash is a line break of ``raw`` and the first number stands bare, the two are one range.

    Parameters
    ----------
    quantities : list of Quantity
        ``find_quantities(text)``.
    text : str
        The parsing text, wrapped line breaks blanked.
    raw : str
        The text as written, of the same length.

    Returns
    -------
    list of Quantity
        ``quantities`` with each such pair replaced by one range spanning both.

    Examples
    --------
    >>> raw = "营收预计为310\\n-330亿元"
    >>> t = raw.replace("\\n", " ")
    >>> [(q.value, q.value_high, q.text) for q in join_wrapped_ranges(find_quantities(t), t, raw)]
    [(31000000000.0, 33000000000.0, '310 -330亿元')]
    """
    if len(raw) != len(text):
        return quantities
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if prev is not None and q.start == prev.end + 1 and raw[prev.end] == "\n" and text[prev.end] == " " \
                and text[q.start] in _DASHES and not q.signed and prev.kind == "number" \
                and _D_BARE.fullmatch(prev.text):
            joined = find_quantities(prev.text + text[q.start:q.end])
            if len(joined) == 1 and joined[0].value_high is not None:
                j = joined[0]
                out[-1] = dataclasses.replace(j, text=text[prev.start:q.end], start=prev.start, end=q.end)
                continue
        out.append(q)
    return out


_D_BARE = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")

# how far before a number its window starts (its fall word), how many characters of a unit's head
# may stand between a number and a wrapped line break, and how many of the next line are read
_UNIT_WRAP_BEFORE, _UNIT_WRAP_HEAD, _UNIT_WRAP_AFTER = 16, 3, 12


def join_wrapped_units(quantities: list[Quantity], text: str, raw: str) -> list[Quantity]:
    """Quantities whose unit word a PDF line break cut in two, read with the whole unit.

    ``4,800亿美⏎元`` is parsed from a text whose wrapped line breaks (and any page furniture
    bridged with them) are blanks (``4,800亿美 元``), and no unit holds a blank: the number alone
    is found; so is ``420亿`` alone when page furniture between it and ``元`` was blanked. When
    a blanked line break of ``raw`` follows a number or up to three letters of a unit's head after
    it, and a letter or a percent sign opens the next text, the number is parsed again with the
    blanks left out; a reading that runs past the break replaces it, spanning the break (its
    ``text`` holds the blanks).

    Parameters
    ----------
    quantities : list of Quantity
        ``find_quantities(text)``.
    text : str
        The parsing text, wrapped line breaks blanked.
    raw : str
        The text as written, of the same length.

    Returns
    -------
    list of Quantity
        ``quantities`` with each such number read with its unit.

    Examples
    --------
    >>> raw = "跑赢基准约52个百\\n分点，"
    >>> t = raw.replace("\\n", " ")
    >>> [(q.value, q.unit, q.text) for q in join_wrapped_units(find_quantities(t), t, raw)]
    [(0.52, 'pp', '约52个百 分点')]
    """
    if len(raw) != len(text) or "\n" not in raw:
        return quantities
    out: list[Quantity] = []
    prev_end = 0
    for q in quantities:
        if q.start < prev_end:
            continue  # a piece of a unit an earlier number took in
        brk = raw.find("\n", q.end, q.end + _UNIT_WRAP_HEAD + 1)
        if brk == -1 or text[brk] != " " or not (brk == q.end or text[q.end:brk].isalpha()):
            out.append(q)
            prev_end = q.end
            continue
        nxt = brk
        while nxt < len(text) and text[nxt] == " ":
            nxt += 1
        if nxt == len(text) or not (text[nxt].isalpha() or text[nxt] in "%‰"):
            # a digit below is another number (a range's dash is join_wrapped_ranges' part)
            out.append(q)
            prev_end = q.end
            continue
        lo = max(q.start - _UNIT_WRAP_BEFORE, prev_end)
        cut = brk - lo
        window = text[lo:brk] + text[nxt:nxt + _UNIT_WRAP_AFTER]
        joined = [j for j in find_quantities(window) if j.start == q.start - lo and j.end > cut]
        if not joined:
            out.append(q)
            prev_end = q.end
            continue
        j = joined[0]
        end = nxt + (j.end - cut)
        out.append(dataclasses.replace(j, text=text[q.start:end], start=q.start, end=end))
        prev_end = end
    return out


def find_unit_labels(text: str) -> list[tuple[int, int, Decimal, str]]:
    """Every unit label in ``text`` written as a caption: ``（亿元）``, ``(单位：亿元)``,
    ``单位：百万美元``, ``(%)``, ``（亿元，%）``.

    Parameters
    ----------
    text : str
        A caption, a header row or any text.

    Returns
    -------
    list of (start, end, multiplier, unit)
        In order; ``text[start:end]`` is the label itself (``亿元``, without the brackets or
        ``单位：``), ``multiplier`` a ``Decimal`` and ``unit`` as in ``parse_unit_label``. A
        bracket holding several labels (``（亿元，%）``) gives one entry per label; a bracket
        holding anything else (``（预计）``, ``(2024年)``) gives none.

    Examples
    --------
    >>> find_unit_labels("表1：营业收入（亿元）")
    [(8, 10, Decimal('100000000'), 'CNY')]
    >>> find_unit_labels("表2（收盘价日期：3月27日；EPS单位：元/股）")  # one column's unit only
    []
    >>> [u for *_, u in find_unit_labels("表一（单位：新台币亿元；年增率单位：%）")]
    ['TWD']
    >>> find_unit_labels("表一 收益表（以港币千元计）")  # what the figures are reckoned in
    [(8, 12, Decimal('1000'), 'HKD')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_unit_labels expects str, got {type(text).__name__}")
    return list(_unit_labels(text))


# 智算规模（P）: a bare P in brackets after a computing word is PFLOPS (pattern_words.csv
# pflops_letter_head); (P) after a year or P/E is no unit
_PFLOPS_LETTER = re.compile(rf"(?:{_WORDS['pflops_letter_head']})[^()（）\n\t]{{0,8}}[(（]\s?(P)\s?[)）]")


# 总参数(B), Params (B): the parameter word right before a bracket holding a bare B (pattern_words.csv
# billion_letter_head); the B then counts billions, not a panel
_BILLION_LETTER_HEAD = re.compile(rf"(?:{_WORDS['billion_letter_head']})\s?$")


def _billion_letter(t: str, opening: int) -> bool:
    """True when the bracket opening at ``opening`` follows a parameter word (``激活参数(B)``)."""
    return _BILLION_LETTER_HEAD.search(t, max(0, opening - 12), opening) is not None


# capex_usd_bn, CAPEX_USDbn, yoy_pct, CAPEX_YOY_%: the header cell of a machine export (a CSV
# block, a terminal table) is a field name that ends in its unit after an underscore, where a
# report would bracket it; an ISO currency then an English magnitude, or a percent
_FIELD_NAME = re.compile(r"\s*[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9%]+)+\s*")
_FIELD_UNIT = re.compile(rf"(?<=[A-Za-z0-9])_(?:(?P<pct>pct|%)|(?P<cur>{_LABEL_ISO})_?(?P<mag>{_LABEL_MAG_EN}))\s*$",
                         re.IGNORECASE)


def _field_unit(t: str) -> tuple[tuple[int, int, Decimal, str], ...]:
    """The unit a machine field name closes with (``capex_usd_bn``: 1e9 USD; ``yoy_pct``: 0.01
    ratio), as ``_unit_labels`` gives it; () for any other text."""
    if _FIELD_NAME.fullmatch(t) is None:
        return ()
    m = _FIELD_UNIT.search(t)
    if m is None:
        return ()
    label = "%" if m.group("pct") else f"{m.group('cur').upper()} {m.group('mag')}"
    read = _LABEL.fullmatch(label)
    if read is None:
        return ()
    start = m.start("pct") if m.group("pct") else m.start("cur")
    return ((start, m.end(), *_label_value(read)),)


@functools.lru_cache(maxsize=4096)
def _unit_labels(text: str) -> tuple[tuple[int, int, Decimal, str], ...]:
    # a table's header and caption cells are asked once per number of every row: cached
    t = fold(text)
    if "(" not in t and "（" not in t and "单位" not in t:
        return _field_unit(t)  # no bracket and no 单位: no frame, so no label but a field name's
    if "P" in t:
        m = _PFLOPS_LETTER.search(t)
        if m is not None:
            return ((m.start(1), m.end(1), Decimal(10) ** 15, "flops"),)  # 智算规模（P）: PFLOPS
    out: list[tuple[int, int, Decimal, str]] = []
    label_end = -1  # where the last label read after 单位 ends
    for frame in _LABEL_FRAME.finditer(t):
        group = "inner" if frame.group("inner") is not None else "after"
        lo, hi = frame.span(group)
        if group == "inner" and _EXCEPT_NOTE_HINT.search(t, lo, hi):
            # (US$ bn unless stated), （人民币千元，百分比除外）: the label, then its note
            hi = _before_except_note(t, lo, hi)
        if group == "inner" and frame.start() == label_end:
            continue  # 单位：亿元（人民币）, 单位：元/百万tokens（输入≤32K）: a note on the label before it
        parts: list[tuple[int, int, tuple[Decimal, str]]] = []
        pos = lo
        inner_unit = re.search(r"单位\s?[:：]\s?", t[lo:hi])
        if inner_unit is not None and group == "inner":
            items = re.split(r"[,，、;；]", t[lo:lo + inner_unit.start()])
            if len(items) > 1 and items[-1].strip():
                # （单位：亿元；年增率单位：%）, （收盘价日期：…；EPS单位：元/股）: units scoped to a
                # column (scoped_unit_labels) and plain ones, item by item
                out.extend(label for qualifier, label in _items_of(t, lo, hi) if not qualifier)
                continue
            lo += inner_unit.end()  # （PE，单位：倍）: the label follows 单位
            pos = lo
        elif group == "inner" and "单位" in t[frame.start():lo]:
            inner_unit = frame
        noted = False  # the last item ended on a semicolon
        counters = 0  # bare counters read from a list after 单位 (_listed_counter)
        alternatives = _alternative_labels(t[lo:hi]) if "或" in t[lo:hi] else None
        if alternatives is not None:
            out.append((lo, hi, *alternatives))  # （元/条或元/帧）: one label, however written
            continue
        for sep in [*_LABEL_SPLIT.finditer(t, lo, hi), None]:
            end = sep.start() if sep is not None else hi
            m = _LABEL.fullmatch(t, pos, end)
            if m is not None and m.group("en_cnt") == "B" and "单位" not in t[frame.start():pos] \
                    and not _billion_letter(t, frame.start()):
                m = None  # （B）: a panel letter; 单位：B, 总参数(B): billions
            if m is None and _listed_counter(t, pos, end, hi, inner_unit is not None, bool(parts)):
                # （单位：台、万元）, （单位：亿元，个，%）: a bare counter listed among the units
                # after 单位 is the unit of the table's count columns, not prose
                parts.append((pos, end, (Decimal(1), "count")))
                counters += 1
                pos = sep.end() if sep is not None else hi
                noted = False
                continue
            if m is None:
                if (inner_unit is None or group != "inner") and not (
                        group == "inner" and (_rate_label_then_note(t, parts) or parts and noted
                                              or _sample_size_note(t, parts, hi) or _as_of_note(t, parts, hi)
                                              or _word_note(t, parts, hi))):
                    parts = []  # one part is not a label: the bracket is prose, not a unit caption
                # （单位：%，截至8月29日）: what follows 单位 is the label, then a note; so does
                # what follows the semicolon of （人民币百万元；截至12月31日止年度）
                break
            parts.append((pos, end, _label_value(m)))
            pos = sep.end() if sep is not None else hi
            noted = sep is not None and sep.group().strip() in (";", "；")
        if counters and counters == len(parts):
            parts = []  # （单位：台，按季）: counters with no unit beside them are no unit list
        if not parts and group == "inner" and inner_unit is None:
            parts = _measure_then_unit(t, lo, hi) or _month_then_unit(t, lo, hi) or _plain_beside_scoped(t, lo, hi)
        if group == "inner" and len(parts) == 1:
            parts = _currency_before_frame(t, frame.start(), parts)
        out.extend((s, e, mult, unit) for s, e, (mult, unit) in parts)
        if group == "after" and parts:
            label_end = hi
    return tuple(out)


def _listed_counter(t: str, pos: int, end: int, hi: int, after_unit: bool, read_before: bool) -> bool:
    """Whether ``t[pos:end]`` is a bare counter (``台``, ``个``) in a list of units after 单位
    (``单位：台、万元``, ``单位：亿元，个，%``): the unit of the list's count columns. A list
    needs another item: a lone ``（单位：台）`` stays for the counter-caption rules, which name
    what is counted."""
    if not after_unit or not re.fullmatch(rf"\s?[{_LABEL_COUNTERS}]\s?", t[pos:end]):
        return False
    return read_before or end < hi


# 约合美元（亿）, 折合人民币(百万): a currency word (not the bare 元) right before the bracket
_CURRENCY_BEFORE_FRAME = re.compile(
    "(" + "|".join(w for w in _WORDS["label_currency"].split("|") if w != "元") + r")\s?$")


def _currency_before_frame(t: str, opening: int, parts: list) -> list:
    """``约合美元（亿）``: a bracket holding only a magnitude, right after a currency word, counts
    that money (the header names the currency, the bracket its scale), not things; the label
    then spans the currency word too. Any other single label is kept."""
    (s, e, (mult, unit)), = parts
    if unit != "count" or t[s:e].strip() not in MAGNITUDES:
        return parts
    m = _CURRENCY_BEFORE_FRAME.search(t, max(0, opening - 4), opening)
    return parts if m is None else [(m.start(1), e, (mult, _CURRENCY[m.group(1)]))]


# a caption's note after its unit naming the figures it does not scale (US$ bn unless stated,
# US$ million, except per share data, （人民币千元，百分比除外）: pattern_words.csv label_except_note)
_EXCEPT_NOTE = re.compile(rf"[\s,;，；]+(?:{_WORDS['label_except_note']})[^()（）]*$", re.IGNORECASE)
# cheap pre-check: a bracket without one of these holds no such note (asked for every table cell)
_EXCEPT_NOTE_HINT = re.compile(_WORDS["label_except_hint"], re.IGNORECASE)


def _before_except_note(t: str, lo: int, hi: int) -> int:
    """Where the label of the bracket ``t[lo:hi]`` ends when a note on the figures it does not
    scale follows it (``unless stated``, ``百分比除外``); ``hi`` when none does."""
    m = _EXCEPT_NOTE.search(t, lo, hi)
    return m.start() if m is not None and m.start() > lo else hi


_NOTED_LABEL_UNITS = frozenset({"flops", "watts", "bytes"})


def _rate_label_then_note(t: str, parts: list[tuple[int, int, tuple[Decimal, str]]]) -> bool:
    """``（元/百万tokens，输入长度≤32K档）``: a bracket that opens with a rate label (an amount
    per something: a token volume, a share, a user) and goes on with a note on what the figures
    cover. A rate written bare is never prose, so the label holds though the note is none; a
    bracket opening with a plain amount word (``（万，…）``) still needs every item a label."""
    if len(parts) != 1:
        return False
    start, end, (_, unit) = parts[0]
    # （EFLOPS，FP16）, （MW，IT负载口径）: a compute, power or byte unit no prose writes bare
    # opening a bracket is the table's unit, and what follows notes its basis; a plain amount,
    # money or count word (万, 亿元, 个) or a % still needs every item a label (（亿元，2025年）)
    if "/" in t[start:end]:
        return True
    # （亿元/台式机）: a slash goes on with the label's own words, so it is not a note
    return unit in _NOTED_LABEL_UNITS and t[end:end + 2].lstrip()[:1] in ("，", ",", "；", ";")


# （%，N=412）, (%, n=1,024): a survey's sample size after the label, noting whom the shares are of
_SAMPLE_SIZE_NOTE = re.compile(rf"\s?[,，;；]\s?(?:{_WORDS['sample_size_head']})\s?[=＝:：]?\s?\d[\d,]*\s?")


def _sample_size_note(t: str, parts: list[tuple[int, int, tuple[Decimal, str]]], hi: int) -> bool:
    """``（%，N=412）``: a bracket holding one label and then only the sample size of a survey is
    the table's unit caption, as no prose bracket is written so (``（亿元，2025年）`` stays prose)."""
    return len(parts) == 1 and _SAMPLE_SIZE_NOTE.fullmatch(t, parts[0][1], hi) is not None


# （%，截至10月23日）, (US$ bn, as of Sep 30): the day the figures run to after the label; no
# bracket of its own inside it (the note ends the bracket), short and of one clause (a day, not a sentence)
_AS_OF_NOTE = re.compile(rf"\s?[,，;；]\s?(?:{_WORDS['as_of_note_head']})[^()（）\n，,。；;]{{1,14}}")


# 参考价格（美元，2025年6月）, （亿元，2025-06-30）: the month or day the figures are for after the
# label; a year alone is not enough (（亿元，2025年） stays prose)
# (US$，2025年初), （亿元，2024年末）: a year's start or end is a point in time too, as a month is
_MONTH_OR_DAY = r"(?:(?:20\d{2}年\d{1,2}月(?:\d{1,2}日)?|20\d{2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?)[末底初中]?|20\d{2}年[初末底])"
_MONTH_NOTE = re.compile(rf"\s?[,，;；]\s?{_MONTH_OR_DAY}\s?")
# 典型电价（2025年5月，元/千瓦时）, 参考价（2025年3月，万美元/颗）: the same month written before
# the label; still a month or day, never a year alone (（2025年，亿元） stays prose)
_MONTH_LEAD = re.compile(rf"\s?{_MONTH_OR_DAY}\s?[,，;；]\s?")
# 价格汇总（截至2025-09-30，元/百万tokens）, (as of 2025-06-30, US$ bn): the day the figures run to,
# opened by its as-of word (as_of_note_head), written before the label as _AS_OF_NOTE reads it after
_AS_OF_LEAD = re.compile(rf"\s?(?:{_WORDS['as_of_note_head']})\s?{_MONTH_OR_DAY}\s?[,，;；]\s?")


# 经重列, StatCounter, 另有注明除外: a short note of words after a caption's one unit label
_WORD_NOTE = re.compile(r"\s?[,，]\s?(?:[\u4e00-\u9fff]{2,6}|[A-Za-z][A-Za-z .&-]{1,19})\s*")

_PROSE_NOTE = re.compile(_WORDS["label_note_prose"])


def _word_note(t: str, parts: list[tuple[int, int, tuple[Decimal, str]]], hi: int) -> bool:
    """``（人民币百万元，经重列）``, ``（%，StatCounter）``: one label of money or per cent and then
    a short note of words only (a restatement, a source) is the table's unit caption, as a
    dated note is. A digit keeps the bracket prose (``（亿元，2025年）``), as does a second
    note or a longer clause."""
    if len(parts) != 1 or parts[0][2][1] not in (*MONEY_UNITS, "ratio"):
        return False
    # （亿元，预计）, （%，下同）: a flag on the figure, not a note on the table's unit
    return _WORD_NOTE.fullmatch(t, parts[0][1], hi) is not None \
        and _PROSE_NOTE.search(t, parts[0][1], hi) is None


def _as_of_note(t: str, parts: list[tuple[int, int, tuple[Decimal, str]]], hi: int) -> bool:
    """``（%，截至10月23日）``, ``（美元，2025年6月）``: a bracket holding one label and then only
    the day or month its figures run to is the table's unit caption, as a dated note is no prose
    (``（亿元，2025年）`` stays prose); a cheap 截/as/digit test first, the bracket asked for every
    cell of a table."""
    if len(parts) != 1:
        return False
    note = t[parts[0][1]:hi]
    if "截" not in note and "as of" not in note.lower():
        return any(c.isdigit() for c in note) and _MONTH_NOTE.fullmatch(t, parts[0][1], hi) is not None
    return _AS_OF_NOTE.fullmatch(t, parts[0][1], hi) is not None


def _month_then_unit(t: str, lo: int, hi: int) -> list[tuple[int, int, tuple[Decimal, str]]]:
    """``（2025年5月，元/千瓦时）``: a bracket opening with the month or day its figures are for
    and closing with one label is the table's unit caption, as ``_as_of_note`` reads the label
    written first; so is one opening with its as-of word (``（截至2025-09-30，元/百万tokens）``).
    A cheap digit test first, the bracket asked for every cell of a table."""
    if not t[lo:lo + 1].isdigit() and not any(c.isdigit() for c in t[lo:lo + 8]):
        return []
    lead = _MONTH_LEAD.match(t, lo, hi) or _AS_OF_LEAD.match(t, lo, hi)
    if lead is None:
        return []
    m = _LABEL.fullmatch(t, lead.end(), hi)
    if m is None or m.group("en_cnt"):
        return []
    return [(lead.end(), hi, _label_value(m))]


#: The longest measure word a caption bracket may name before its unit (``（PE，倍）``, ``(YoY, %)``);
#: an English one in letters may run longer (``(post-money, US$ bn)``).
_MEASURE_MAX = 8
_MEASURE_MAX_LATIN = 16
_LATIN_MEASURE = re.compile(r"[A-Za-z][A-Za-z \-]*")


def _measure_then_unit(t: str, lo: int, hi: int) -> list[tuple[int, int, tuple[Decimal, str]]]:
    """``(YoY, %)``, ``（PE，倍）``: a bracket naming the measure, then its unit last. The words
    before hold no digit (``（同比+35%）`` is prose), so only the last item is a label."""
    seps = list(_LABEL_SPLIT.finditer(t, lo, hi))
    if not seps:
        return []
    start = seps[-1].end()
    m = _LABEL.fullmatch(t, start, hi)
    if m is None or m.group("en_cnt"):
        return []
    words = [t[a:b].strip() for a, b in zip([lo] + [x.end() for x in seps[:-1]], [x.start() for x in seps])]
    if not all(w and not any(c.isdigit() for c in w) and (
            len(w) <= _MEASURE_MAX or len(w) <= _MEASURE_MAX_LATIN and _LATIN_MEASURE.fullmatch(w)) for w in words):
        return []
    return [(start, hi, _label_value(m))]


_ITEM_SPLIT = re.compile(r"[,，;；]")
# a qualifier may hold single blanks between words (年增、AI PC比重单位：%), never start or end with one
# 月增、年增单位为% as well as 年增率单位：%
_SCOPED = re.compile(rf"\s?(?P<q>[^\s:：](?:[^\s:：]| (?=[^\s:：]))*?)\s?{_UNIT_HEAD}\s?")
# EPS为美元, EPS：元, EPS in USD: a unit given one row or column without 单位 (a qualifier
# holds no digit and never starts with 单位, so 单位为亿元 and 截至：8月 are no scope)
_SCOPED_DURATION = re.compile(rf"\s?(?:(?P<months>{_WORDS['label_months']})|{_WORDS['label_years']})\s?")
# (inventory/under construction in MW): an English qualifier may hold single blanks between words
_SCOPED_BARE = re.compile(rf"\s?(?P<q>(?!单位)[^\s:：\d](?:[^\s:：\d]| (?=[^\s:：\d]))*?)(?:{_WORDS['scoped_unit_joiner']})")


# 引荐访问单位为次, 员工单位：人: a bare counter scoped to one column (pattern_words.csv counters)
_SCOPED_COUNTER = re.compile(rf"\s?(?:[{_LABEL_COUNTERS}]|{_WORDS['label_counter_words']})\s?")
#: quotes a caption may put around the column it scopes a unit to (“引荐访问”单位为次)
_SCOPE_QUOTES = "“”\"'‘’「」『』 "


def _items_of(t: str, lo: int, hi: int):
    """(qualifier, label) of each item of a bracket holding several (``亿元``, ``年增率单位：%``,
    ``收盘价日期：3月27日``): a plain label has no qualifier, a note is skipped."""
    pos = lo
    for sep in [*_ITEM_SPLIT.finditer(t, lo, hi), None]:
        end = sep.start() if sep is not None else hi
        qualifier = ""
        start = pos
        m = _SCOPED.match(t, pos, end) or _SCOPED_BARE.match(t, pos, end)
        if m is not None:
            qualifier, start = m.group("q"), m.end()
        elif t.startswith("单位", pos):
            start = re.compile(r"单位\s?[:：]?\s?").match(t, pos).end()
        label = _LABEL.fullmatch(t, start, end)
        if label is not None and label.group("en_cnt") == "B" and "单位" not in t[lo:start]:
            label = None
        if label is not None:
            yield qualifier, (start, end, *_label_value(label))
        elif qualifier:
            # 回收期单位：月: a column in months or years, so never in the caption's 万元
            duration = _SCOPED_DURATION.fullmatch(t, start, end) if m.re is _SCOPED else None
            if duration is not None:
                yield qualifier, (start, end, Decimal(1), "months" if duration.group("months") else "years")
            elif _SCOPED_COUNTER.fullmatch(t, start, end) is not None:
                # （金额：亿美元；数量：台）: a counter scoped without 单位 counts that column too
                # 请求量单位为万次；“引荐访问”单位为次: a column counted one by one, never in the
                # caption's 万次 (the quotes around the column's name are no part of it)
                yield qualifier.strip(_SCOPE_QUOTES), (start, end, Decimal(1), "count")
        pos = sep.end() if sep is not None else hi


def _plain_beside_scoped(t: str, lo: int, hi: int) -> list[tuple[int, int, tuple[Decimal, str]]]:
    """``（百万美元，EPS为美元）``, ``(USD mn, EPS in USD)``: a bracket whose every item is a
    unit label, some scoped to a row or column without 单位: its plain labels are the table's
    unit (the scoped ones are read by ``scoped_unit_labels``). A bracket with any other item
    stays prose."""
    items = [x for x in _ITEM_SPLIT.split(t[lo:hi]) if x.strip()]
    found = list(_items_of(t, lo, hi))
    if len(found) < 2 or len(found) != len(items) or all(q for q, _ in found) or not any(q for q, _ in found):
        return []
    return [(start, end, (mult, unit)) for q, (start, end, mult, unit) in found if not q]


def scoped_unit_labels(text: str) -> list[tuple[str, int, int, Decimal, str]]:
    """Units a caption gives one column only: ``年增率单位：%`` in ``（单位：新台币亿元；年增率单位：%）``
    is the unit of the 年增率 column, ``(qualifier, start, end, multiplier, unit)``.

    Examples
    --------
    >>> [(q, u) for q, _, _, _, u in scoped_unit_labels("表一（单位：亿元；年增率单位：%）")]
    [('年增率', 'ratio')]
    """
    t = fold(text)
    out = []
    for frame in _SCOPED_FRAME.finditer(t):
        lo, hi = frame.span("inner")
        out.extend((q, *label) for q, label in _items_of(t, lo, hi) if q)
    return out or _unit_line_scoped(t)


#: The head of a caption line of units written without a bracket (``单位：亿元；…``).
_UNIT_LINE_HEAD = re.compile(_UNIT_HEAD)


def _unit_line_scoped(t: str) -> list[tuple[str, int, int, Decimal, str]]:
    """``单位：美元/GPU小时；月变动单位：%`` on a line of its own above a table: the items after
    the line's first (the table's unit) that scope a unit to columns, read as in a bracket. Only
    the items after a separator count, so the line's own head (``图表3：出货量单位：万台``) never
    scopes the table's unit to a column."""
    head = _UNIT_LINE_HEAD.search(t)
    if head is None:
        return []
    sep = _ITEM_SPLIT.search(t, head.end())
    if sep is None:
        return []
    return [(q, *label) for q, label in _items_of(t, sep.end(), len(t)) if q]


def _label_value(m: re.Match) -> tuple[Decimal, str]:
    """(multiplier, unit) of one ``_LABEL`` match."""
    g = m.group
    if g("ratio") is not None:
        word = g("ratio")
        if word in _PP:
            return 1 / _PP[word], "pp"
        if word in ("倍", "x", "X"):
            return Decimal(1), "multiple"
        return (Decimal("0.001") if word == "‰" else Decimal("0.01")), "ratio"
    if g("cn_cur") is not None:
        mult = MAGNITUDES[g("cn_mag")] if g("cn_mag") else Decimal(1)
        # 新台币亿元: a currency named before the magnitude rules over the bare 元 after it
        cur = g("cn_pre") if g("cn_pre") and g("cn_cur") == "元" else g("cn_cur")
        if g("cn_post") and g("cn_cur") == "元":
            cur = "元" + g("cn_post")  # 亿元新台币: the currency after 元 rules over it
        return mult, _CURRENCY[cur]
    if g("en_cur") is not None:
        return _label_mag(g("en_mag")), _CURRENCY[g("en_cur")]
    if g("en_cur2") is not None:
        return _label_mag(g("en_mag2")), _CURRENCY[g("en_cur2")]
    if g("bytes") is not None:
        unit = g("bytes")
        return (_BIBYTES if "i" in unit else _BYTES)[unit[0]], "bytes"
    if g("flops") is not None:
        return _SI[g("flops")[0]], "flops"
    if g("wpm") is not None:
        return (Decimal(1000) if g("wpm") else Decimal(1)), "count"
    if g("energy") is not None:
        unit, mult = _ENERGY[g("energy")]
        return mult * (MAGNITUDES[g("energy_mag")] if g("energy_mag") else 1), unit  # （单位：TWh）: watt-hours, （单位：千瓦时）: kWh
    if g("du") is not None:
        return MAGNITUDES[g("du_mag")], "kWh"
    if g("watts") is not None:
        w = g("watts")
        if w in ("万千瓦", "万瓩"):
            return Decimal(10) ** 7, "watts"
        return (_CN_WATTS.get(w) or (_SI[w[0]] if len(w) > 1 else Decimal(1))), "watts"
    if g("tok_mag") is not None:
        return MAGNITUDES[g("tok_mag")], "count"
    if g("tok_mag_en") is not None:
        return _label_mag(g("tok_mag_en")), "count"
    if g("en_cnt") is not None:
        return _label_mag(g("en_cnt")), "count"
    if g("dur_months") is not None:
        return Decimal(1), "months"
    if g("dur_years") is not None:
        return Decimal(1), "years"
    if g("dur_short") is not None:
        return Decimal(1), _SHORT_DURATIONS[g("dur_short")]
    return MAGNITUDES[g("cnt_mag")], "count"


def unit_label_per(text: str) -> str | None:
    """The token volume of a price label (``元/百万tokens`` -> ``1m tokens``), else None.

    Examples
    --------
    >>> unit_label_per("（美元/百万tokens）"), unit_label_per("（亿元）")
    ('1m tokens', None)
    >>> unit_label_per("2025年12月成交价（元/卡·时）")  # a rental price per GPU-hour
    'gpu hour'
    """
    for frame in _LABEL_FRAME.finditer(fold(text)):
        inner = frame.group("inner") or frame.group("after") or ""
        # 单位：每百万tokens: the volume alone after 单位 (the currency given elsewhere, as per row group)
        m = _LABEL_PER.search(inner) or (
            "单位" in frame.group(0) or frame.group("after") is not None) and _LABEL_PER_ALONE.match(inner) or None
        if m is not None and m.re is _LABEL_PER_ALONE and inner[m.end():m.end() + 1] not in ("", ";", "；", ",", "，"):
            m = None  # 每百万tokens计: the volume must close its item
        if m is not None:
            return _normalise_per(m.group(1))  # the volume alone: /每百万tokens is 百万tokens
        if "/" in inner and _LABEL_PER_GPU_HOUR.search(inner) is not None:
            return "gpu hour"  # 元/卡·时, 美元/GPU·小时: one GPU for one hour
    return None


def _label_mag(word: str | None) -> Decimal:
    if word is None:
        return Decimal(1)
    if word in _EN_MAG:
        return _EN_MAG[word]
    return MAGNITUDES.get(word) or MAGNITUDES[word.lower()]
