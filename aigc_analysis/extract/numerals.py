"""Chinese numerals -> exact ``Decimal``, plus the length-preserving text fold the parsers share.

The number and period parsers run their regexes on ``fold(text)``: full-width digits, letters
and symbols become ASCII and the few Traditional characters that the parsers' lexicons use become Simplified.
Every character maps to exactly one character, so an offset into the folded text is an offset
into the original, and spans can be cut from the original text unchanged.
"""
from __future__ import annotations

import csv
import functools
import re
from decimal import Decimal, InvalidOperation
from ..paths import DATA_DIR
from .regexes import per_document

__all__ = [
    "CN_DIGITS",
    "CN_SMALL_UNITS",
    "CN_BIG_UNITS",
    "CN_BARE_CELL",
    "MAGNITUDES",
    "fold",
    "parse_chinese_numeral",
    "parse_decimal",
    "parse_approximate_pair",
    "pattern_words",
    "spoken_digit_pair",
]


def pattern_words(module: str) -> dict[str, str]:
    """The word lists of one module's regexes, from ``data/pattern_words.csv``.

    Parameters
    ----------
    module : str
        The module whose rows to read (``quantities``, ``segment``).

    Returns
    -------
    dict of str to str
        ``name -> words``: the words of a list joined by ``|`` as written in the file (regex
        alternatives, in the order the regex tries them), ready to be put into a pattern.
    """
    return dict(_pattern_words(module))


@functools.lru_cache(maxsize=None)
def _pattern_words(module: str) -> dict[str, str]:
    # read once per process: the name parser asks for these lists once per candidate name
    with open(DATA_DIR / "pattern_words.csv", newline="", encoding="utf-8") as f:
        return {r["name"]: r["words"] for r in csv.DictReader(f) if r["module"] == module}

#: Chinese digit characters (after ``fold``) and their values.
CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
#: A table cell written wholly in Chinese numerals (贰仟叁佰, 三十四点五): at least two
#: characters with a place (十百千, 拾佰仟) or a point, so a lone 一 or 三 (an item, a rank) is none.
CN_BARE_CELL = re.compile(r"(?=[〇零一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟点點]*"
                          r"[十百千拾佰仟点點])[〇零一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟点點]{2,}")
#: Units that multiply the digit before them inside one section (一千七百五十).
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
#: Section units: everything before them is multiplied (一千七百五十亿, 两万亿).
CN_BIG_UNITS = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "兆": Decimal(10) ** 12}

#: Magnitude words written after Arabic digits (``2.5万亿``, ``405B``, ``1.3 trillion``).
#: Keys are lower-cased except the single capital letters, whose case matters (``m`` vs ``M``
#: are both million; ``B``/``T`` are billion/trillion only in upper case).
MAGNITUDES = {
    "十": Decimal(10),
    "百": Decimal(100),
    "千": Decimal(1000),
    "仟": Decimal(1000),  # 新台幣1,068,452仟元: the formal 千 of Taiwan filings
    "万": Decimal(10) ** 4,
    "十万": Decimal(10) ** 5,
    "百万": Decimal(10) ** 6,
    "千万": Decimal(10) ** 7,
    "亿": Decimal(10) ** 8,
    "十亿": Decimal(10) ** 9,
    "百亿": Decimal(10) ** 10,
    "千亿": Decimal(10) ** 11,
    "万亿": Decimal(10) ** 12,
    "兆": Decimal(10) ** 12,  # Taiwan usage: 1 兆 = 1 万亿
    "k": Decimal(10) ** 3,
    "K": Decimal(10) ** 3,
    "thousand": Decimal(10) ** 3,
    "m": Decimal(10) ** 6,
    "M": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "million": Decimal(10) ** 6,
    "B": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "billion": Decimal(10) ** 9,
    "T": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trillion": Decimal(10) ** 12,
    # 1.3 quadrillion tokens: English notes on token volumes go past the trillion
    "quadrillion": Decimal(10) ** 15,
    # Indian magnitudes (INR 4,250 crore, INR 11.8 lakh cr): a lakh is 1e5, a crore 1e7
    "lakh": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7,
    "cr": Decimal(10) ** 7,
    "lakh crore": Decimal(10) ** 12,
    "lakh cr": Decimal(10) ** 12,
    # Korean magnitudes (₩3.5조, 2,000억): 조 is 1e12, 억 1e8
    "조": Decimal(10) ** 12,
    "억": Decimal(10) ** 8,
}

# Traditional -> Simplified for the characters the parsers' lexicons contain. Only
# one-character-to-one-character pairs, so offsets survive.
_T2S = (
    "萬万 億亿 兩两 個个 點点 減减 損损 虧亏 約约 過过 達达 為为 幣币 餘余 將将 環环 預预 淨净 "
    "縮缩 長长 漲涨 財财 報报 號号 時时 頁页 圖图 級级 與与 費费 開开 價价 內内 來来 後后 際际 "
    "總总 營营 層层 樓楼 單单 數数 幾几 進进 實实 種种 張张 條条 隻只 額额 億亿 週周 計计 兌兑 從从 "
    "較较 "
)
_FOLD = {ord(pair[0]): pair[1] for pair in _T2S.split() if pair[0] != pair[1]}
# Full-width ASCII (０-９, Ａ-ｚ, ％, ．, ＄ ...) -> ASCII, ￥ -> ¥, 〇 -> 零. The common Chinese
# punctuation ，（）：；！？ is left alone (the parsers read it in either width): it is in almost
# every line, and leaving it lets ``fold`` skip simplified text that needs no change.
_KEEP_WIDE = set(map(ord, "，（）：；！？"))
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if c not in _KEEP_WIDE})
# U+2212 MINUS SIGN is written by typeset tables (−5%); it is an ASCII minus to the parsers.
_FOLD.update({0xFFE5: "¥", 0x3007: "零", 0x2212: "-"})
# Written as one character then a repeat (``[..][..]*``, the same runs as ``[..]+``): a pattern that
# opens with a character class lets the engine skip to the next such character in its C loop,
# while one that opens with a repeat is entered at every character of the document.
_FOLD_CLASS = "[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]"
_FOLD_RUN = re.compile(_FOLD_CLASS + _FOLD_CLASS + "*")
# A full-width comma between full-width digits with exactly three after it (１，２００亿元) is a
# thousands separator, as the ASCII comma of 1,200亿元 is; elsewhere it is the clause comma.
_WIDE_THOUSANDS = re.compile("(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


# A report typeset in LaTeX escapes its percent sign (``15\\%``) and may write a percentage with
# siunitx (``\\SI{42.9}{\\percent}``): the backslash, and the macro's braces and name, become
# blanks and ``\\percent`` a ``%`` after the number, so the number and its unit read as ``15 %``
# and ``42.9%`` with every offset kept.
_LATEX_PERCENT = re.compile(r"\\(?=%)|\\SI\{(?P<num>[0-9]+(?:\.[0-9]+)?)\}\{\\percent\}")


def _fold_latex_percent(m: re.Match) -> str:
    """The blanks and ``%`` that stand for a LaTeX percent, one character for one (``fold``)."""
    num = m.group("num")
    if num is None:
        return " "  # the escape of \\%
    return " " * 4 + num + "%" + " " * (len(m.group()) - len(num) - 5)


def _fold_run(m: re.Match) -> str:
    return m.group().translate(_FOLD)


# Formal (大写) numerals of contracts, tenders and invoices (人民币贰拾捌万元, 壹仟捌佰伍拾) ->
# the ordinary numerals the parsers read, one character for one. Only a run of at least two
# formal characters with a formal 拾/佰/仟 among them: a lone 伍 or 陆 is a surname or 大陆, and
# 陆陆续续 no number.
_FORMAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟", "一二二三三四五六六七八九十百千")
_FORMAL_UNITS = "拾佰仟"
_FORMAL_UNIT = re.compile("[" + _FORMAL_UNITS + "]")
_FORMAL_RUN = re.compile("[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟零〇万亿萬億点點]{2,}")


def _fold_formal(m: re.Match) -> str:
    run = m.group()
    if sum(c in "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟" for c in run) < 2 or not _FORMAL_UNIT.search(run):
        return run
    return run.translate(_FORMAL)


@per_document  # the number and period scanners read the fold of the same document
def fold(text: str) -> str:
    """Return ``text`` with full-width ASCII and lexicon Traditional characters folded.

    The result has exactly the same length as ``text`` (one character for one character), so
    offsets into it are offsets into ``text``.

    >>> fold("４４３．５億，")
    '443.5亿，'
    >>> len(fold("兩年五個月")) == len("兩年五個月")
    True
    >>> fold("人民币贰拾捌万元，陆陆续续")
    '人民币二十八万元，陆陆续续'
    """
    # Substituting only the runs that change is several times faster than translating every
    # character of a long simplified text.
    out = _FOLD_RUN.sub(_fold_run, _WIDE_THOUSANDS.sub(",", text))
    if "\\" in out:  # cheap pre-check: LaTeX sources are rare
        out = _LATEX_PERCENT.sub(_fold_latex_percent, out)
    if _FORMAL_UNIT.search(out) is not None:  # cheap pre-check: formal numerals are rare
        out = _FORMAL_RUN.sub(_fold_formal, out)
    return out


def parse_decimal(digits: str) -> Decimal:
    """Parse Arabic digits (ASCII or full-width, optional thousands commas) exactly.

    >>> parse_decimal("1,620.5")
    Decimal('1620.5')
    """
    cleaned = fold(digits).replace(",", "").replace("，", "").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {digits!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a finite decimal number: {digits!r}")
    return value


def _parse_integer(s: str) -> Decimal:
    """Chinese integer numeral with 十/百/千 inside sections and 万/亿/兆 between them."""
    total = Decimal(0)
    section = Decimal(0)
    digit = None  # the digit waiting for its unit
    largest_big = Decimal(0)
    last_unit = Decimal(0)
    for ch in s:
        if ch in CN_DIGITS:
            # 两千零五: a 零 only marks a gap; consecutive digits are not positional here.
            digit = Decimal(CN_DIGITS[ch])
            continue
        if ch in CN_SMALL_UNITS:
            unit = Decimal(CN_SMALL_UNITS[ch])
            section += (digit if digit is not None else Decimal(1)) * unit
            digit = None
            last_unit = unit
            continue
        if ch in CN_BIG_UNITS:
            big = CN_BIG_UNITS[ch]
            section += digit if digit is not None else Decimal(0)
            digit = None
            if total == 0 and section == 0:
                section = Decimal(1)  # a bare 万亿 / 亿 (as in 上亿) is one of them
            if big > largest_big:
                total = (total + section) * big
                largest_big = big
            else:
                total += section * big
            section = Decimal(0)
            last_unit = big
            continue
        raise ValueError(f"not a Chinese numeral character {ch!r} in {s!r}")
    if digit is not None:
        if last_unit >= 100 and s[-2:-1] not in CN_DIGITS and s[-2:-1] != "零":
            # 一千五 = 1500, 两万五 = 25000: a trailing digit is one unit below the last.
            digit *= last_unit / 10
        section += digit
    return total + section


def parse_chinese_numeral(s: str) -> Decimal:
    """Parse a Chinese, Arabic or mixed numeral exactly.

    Handles Chinese integers (``一千七百五十亿``, ``两千``, ``十万``, bare ``万亿``), Traditional
    and full-width forms (``兩萬``, ``４４３.５億``), a decimal point written ``点`` (``三点五``),
    Arabic digits with a Chinese or English magnitude (``2.5万亿``, ``1,620.5亿``), fractions
    (``三分之二``, ``百分之十五``) and halves (``一半``, ``半``).

    Parameters
    ----------
    s : str
        The numeral, without units or currency.

    Returns
    -------
    decimal.Decimal
        The exact value (fractions are rounded to 28 significant digits).

    Raises
    ------
    ValueError
        If ``s`` is empty or contains anything that is not part of a numeral.

    Examples
    --------
    >>> parse_chinese_numeral("一千七百五十亿")
    Decimal('175000000000')
    >>> parse_chinese_numeral("16.4亿")
    Decimal('1640000000.0')
    >>> parse_chinese_numeral("三分之二")
    Decimal('0.6666666666666666666666666667')
    """
    if not isinstance(s, str):
        raise ValueError(f"numeral must be a str, got {type(s).__name__}")
    t = fold(s).strip().replace("〇", "零")
    if not t:
        raise ValueError("empty numeral")
    if t in ("半", "一半", "半数"):
        return Decimal("0.5")
    if t.startswith("百分之"):
        return parse_chinese_numeral(t[3:]) / 100
    if "分之" in t:
        denominator, _, numerator = t.partition("分之")
        if not denominator or not numerator:
            raise ValueError(f"incomplete fraction: {s!r}")
        den = parse_chinese_numeral(denominator)
        if den == 0:
            raise ValueError(f"fraction with zero denominator: {s!r}")
        return parse_chinese_numeral(numerator) / den
    # Arabic digits, possibly followed by a magnitude.
    i = 0
    while i < len(t) and (t[i].isascii() and (t[i].isdigit() or t[i] in ".,")):
        i += 1
    if i:
        value = parse_decimal(t[:i])
        rest = t[i:].strip()
        if not rest:
            return value
        return value * _magnitude(rest, s)
    if "点" in t:
        whole, _, frac = t.partition("点")
        j = 0
        while j < len(frac) and frac[j] in CN_DIGITS:
            j += 1
        if j == 0:
            raise ValueError(f"no digits after 点 in {s!r}")
        digits = "".join(str(CN_DIGITS[c]) for c in frac[:j])
        value = (_parse_integer(whole) if whole else Decimal(0)) + Decimal("0." + digits)
        rest = frac[j:]
        return value * _magnitude(rest, s) if rest else value
    return _parse_integer(t)


def labelled_fraction(x: float) -> float:
    """A fraction's value as the facts table writes it.

    SCHEMA.md writes a fraction that repeats to four decimals (``三分之二`` 0.6667) and one that
    ends as it ends (``1/400`` 0.0025), so a parsed 2/3 would match no labelled row to the
    scorer's 1e-6. Below 0.01, four significant digits keep a small share from rounding away.

    Examples
    --------
    >>> labelled_fraction(2 / 3), labelled_fraction(-1 / 3), labelled_fraction(1 / 400)
    (0.6667, -0.3333, 0.0025)
    >>> labelled_fraction(1 / 32), labelled_fraction(1 / 300)
    (0.03125, 0.003333)
    """
    if x != x or abs(x - round(x, 6)) < 1e-12:
        return x  # NaN (no high end), or a fraction that ends within six places
    if abs(x) >= 0.01:
        return round(x, 4)
    return float(f"{x:.4g}")


def _magnitude(word: str, original: str) -> Decimal:
    """Value of a magnitude word (``万亿``, ``bn``), or of stacked Chinese magnitudes."""
    if word in MAGNITUDES:
        return MAGNITUDES[word]
    if word.lower() in MAGNITUDES and len(word) > 1:
        return MAGNITUDES[word.lower()]
    value = Decimal(1)
    for ch in word:
        if ch in CN_BIG_UNITS:
            value *= CN_BIG_UNITS[ch]
        elif ch in CN_SMALL_UNITS:
            value *= CN_SMALL_UNITS[ch]
        else:
            raise ValueError(f"unknown magnitude {word!r} in {original!r}")
    return value


def small_count(raw: str) -> int | None:
    """A small count written in digits or Chinese numerals (``8``, ``五``, ``十二``); None when
    it is neither.

    >>> small_count("十二"), small_count("8"), small_count("几")
    (12, 8, None)
    """
    try:
        return int(raw) if raw.isdigit() else int(parse_chinese_numeral(raw))
    except (ValueError, TypeError, ArithmeticError):
        return None


def spoken_digit_pair(a: str, b: str) -> bool:
    """Whether two Chinese digits (keys of ``CN_DIGITS``) said in a row make a spoken range:
    the second one more than the first and neither 零 (``七八``, ``两三``; not ``三三``, ``零一``).

    >>> spoken_digit_pair("七", "八"), spoken_digit_pair("三", "三"), spoken_digit_pair("零", "一")
    (True, False, False)
    """
    return "零" not in (a, b) and CN_DIGITS[b] == CN_DIGITS[a] + 1


def parse_approximate_pair(s: str) -> tuple[Decimal, Decimal] | None:
    """The two ends of a spoken approximate numeral (``三四``, ``六七十``, ``两三千万``,
    ``二十七八``), or None when ``s`` is no such numeral.

    Speakers give a range by saying two neighbouring digits in a row: ``两三千万`` is "two or
    three ten-millions", 2e7 to 3e7. Exactly one pair of digits may stand together, the second
    one more than the first (``一两``, ``两三``, ``八九``); the rest must be an ordinary numeral.
    Equal or unrelated digits (``三三``, ``二零二三``, ``三六零``) are digit strings, not ranges.

    >>> parse_approximate_pair("两三千万")
    (Decimal('20000000'), Decimal('30000000'))
    >>> parse_approximate_pair("二十七八")
    (Decimal('27'), Decimal('28'))
    >>> [parse_approximate_pair(x) is None for x in ("三三", "二零二三", "一二")]
    [True, True, True]
    >>> parse_approximate_pair("一二十")
    (Decimal('10'), Decimal('20'))
    """
    t = fold(s).strip()
    pairs = [i for i in range(len(t) - 1) if t[i] in CN_DIGITS and t[i + 1] in CN_DIGITS]
    if len(pairs) != 1:
        return None
    i = pairs[0]
    a, b = t[i], t[i + 1]
    if not spoken_digit_pair(a, b):
        return None
    if a + b == "一二" and t[i + 2:i + 3] not in CN_SMALL_UNITS:
        return None  # 一二 opens a list (一二线城市, 一二级市场); 一二十, 一二百 count tens, hundreds
    try:
        low = parse_chinese_numeral(t[:i] + a + t[i + 2:])
        high = parse_chinese_numeral(t[:i] + b + t[i + 2:])
    except ValueError:
        return None
    return (low, high) if low < high else None
