"""Offset-preserving normalisation: Traditional -> Simplified and full-width -> ASCII.

Every function here returns a string of exactly the same length as its input, so a character
offset found in the normalised text is the same offset in the original text (provenance spans
stay exact).

Examples
--------
>>> to_simplified("中信證券認為")
'中信证券认为'
>>> for_parsing("增长４０％，（预计）")
'增长40%,(预计)'
>>> len(for_parsing("２０２４年")) == len("２０２４年")
True
"""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

from ..paths import DATA_DIR

#: OpenCC configuration used for Traditional -> Simplified. ``hk2s`` also converts Hong Kong
#: variants (敍 -> 叙) that ``t2s`` leaves alone, and keeps string length on all seeds
#: (shared/NOTES.md). Phrase-level configurations such as ``tw2sp`` change length: never use them.
T2S_CONFIG = "hk2s"

# Lines are converted one at a time so a length change is repaired locally, not per document.
_LINE = re.compile(r"[^\n]*\n|[^\n]+")

#: Characters without which ``hk2s`` cannot change a line (scripts/opencc_changing_chars.py
#: derives them from OpenCC's dictionaries; tests/test_normalise.py checks them against the
#: installed OpenCC).
CHANGING_CHARS_FILE = DATA_DIR / "opencc_hk2s_chars.txt"


#: Characters that ``s2t`` can change in place (the same script derives them; no ``s2t``
#: dictionary entry changes length, so a character of a text changes only if it is one of these).
S2T_CHANGED_CHARS_FILE = DATA_DIR / "opencc_s2t_chars.txt"
# Where OpenCC may stop reading (NUL) or cannot encode the text (lone surrogates): no bound.
_UNBOUNDED = re.compile("[\x00\ud800-\udfff]")


@lru_cache(maxsize=None)
def _changing_chars(config: str) -> re.Pattern | None:
    """A class of the characters that ``config`` may change, or None when not known."""
    if config != T2S_CONFIG:
        return None
    chars = "".join(CHANGING_CHARS_FILE.read_text(encoding="utf-8").split())
    # Characters beyond the BMP are taken as one range (more lines converted, never fewer): a
    # class that lists them one by one is checked item by item at every character, 100x slower.
    # A NUL (where OpenCC may stop reading) and lone surrogates (which do not encode) are
    # treated as changing too, so such lines meet OpenCC as they always did.
    bmp = "".join(re.escape(ch) for ch in chars if ord(ch) <= 0xFFFF)
    return re.compile("[" + bmp + "\\x00\\ud800-\\udfff\U00010000-\U0010ffff]")


@lru_cache(maxsize=None)
def _converter(config: str) -> opencc.OpenCC:
    """One OpenCC object per configuration, created on first use (loading the tables costs ms)."""
    return opencc.OpenCC(config)


def _convert_chars(span: str, config: str) -> str:
    """Convert ``span`` character by character, keeping any character whose conversion is not
    exactly one character long (so the result has the length of ``span``)."""
    conv = _converter(config)
    table: dict[str, str] = {}
    out = []
    for ch in span:
        new = table.get(ch)
        if new is None:
            converted = conv.convert(ch)
            new = converted if len(converted) == 1 else ch
            table[ch] = new
        out.append(new)
    return "".join(out)


#: Texts longer than this many characters are converted a block of lines at a time: OpenCC
#: holds UTF-8 copies of its whole input and output, 3-4 times a long report's size at once.
_BLOCK_CHARS = 1 << 20


def convert_same_length(text: str, config: str = T2S_CONFIG) -> str:
    """Convert ``text`` with OpenCC ``config``, guaranteeing ``len(result) == len(text)``.

    The whole text is converted at once (phrase-aware); only if that changes the length is it
    redone line by line, and lines whose conversion still changes length fall back to
    character-by-character conversion.

    Parameters
    ----------
    text : str
        Any text.
    config : str
        OpenCC configuration name, e.g. ``"hk2s"``, ``"t2s"``, ``"s2t"``.

    Returns
    -------
    str
        Converted text of the same length.
    """
    if len(text) > _BLOCK_CHARS:
        # No dictionary phrase holds a line break, so blocks of whole lines convert exactly
        # as the whole text does (and the line-by-line repair below is per line anyway).
        blocks, start = [], 0
        while start < len(text):
            end = text.find("\n", start + _BLOCK_CHARS)
            end = len(text) if end < 0 else end + 1
            blocks.append(_convert_block(text[start:end], config))
            start = end
        return "".join(blocks)
    return _convert_block(text, config)


def _convert_block(text: str, config: str) -> str:
    changing = _changing_chars(config)
    if changing is not None:
        return _convert_changing_lines(text, config, changing)
    conv = _converter(config)
    whole = conv.convert(text)
    if len(whole) == len(text):
        return whole
    parts = []
    for match in _LINE.finditer(text):
        line = match.group(0)
        converted = conv.convert(line)
        parts.append(converted if len(converted) == len(line) else _convert_chars(line, config))
    return "".join(parts)


def _convert_changing_lines(text: str, config: str, changing: re.Pattern) -> str:
    """:func:`_convert_block` converting only the lines that hold a character of ``changing``.

    OpenCC converts a text line by line (no dictionary entry holds a line break, so no match
    and no segment boundary depends on another line), and a line without a changing character
    converts to itself. So the lines that hold one, converted together, give exactly the lines
    of the whole text's conversion; and the whole text changes length exactly when they do, in
    which case each of them is converted alone as :func:`_convert_block` does. A Simplified
    report has few such lines; most have none at all.
    """
    spans: list[tuple[int, int]] = []
    n, pos = len(text), 0
    while (m := changing.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = n if end < 0 else end
        spans.append((start, end))
        pos = end + 1
    if not spans:
        return text
    conv = _converter(config)
    chunk = "\n".join(text[a:b] for a, b in spans)
    converted = conv.convert(chunk)
    if converted == chunk:
        # nothing changed (a Simplified report's few candidate lines, as a rule): the text
        # itself, not an equal copy, so its UTF-8 form is made once for both table columns
        return text
    if len(converted) == len(chunk):
        lines = converted.split("\n")
    else:
        lines = []
        for a, b in spans:
            line = text[a:b]
            new = conv.convert(line)
            lines.append(new if len(new) == len(line) else _convert_chars(line, config))
    out, last = [], 0
    for (a, b), line in zip(spans, lines):
        out.append(text[last:a])
        out.append(line)
        last = b
    out.append(text[last:])
    return "".join(out)


def to_simplified(text: str) -> str:
    """Traditional (including Hong Kong variants) -> Simplified Chinese, same length.

    Parameters
    ----------
    text : str
        Text in either script; Simplified text passes through (almost) unchanged.

    Returns
    -------
    str
        Simplified text with ``len(result) == len(text)``.

    Examples
    --------
    >>> to_simplified("市場需關注多模態應用與端側敍事")
    '市场需关注多模态应用与端侧叙事'
    """
    return convert_same_length(text, T2S_CONFIG)


@lru_cache(maxsize=1)
def _s2t_changed() -> re.Pattern:
    """A class of the characters ``s2t`` can change (characters beyond the BMP as one range:
    more of them counted, never fewer)."""
    chars = "".join(S2T_CHANGED_CHARS_FILE.read_text(encoding="utf-8").split())
    bmp = "".join(re.escape(ch) for ch in chars if ord(ch) <= 0xFFFF)
    return re.compile("[" + bmp + "\U00010000-\U0010ffff]")


def _s2t_bound(text: str) -> int:
    """At least as many characters as ``convert_same_length(text, "s2t")`` changes: those that
    ``s2t`` can change in place (``len(text) + 1``, no bound, for a NUL or a lone surrogate)."""
    if _UNBOUNDED.search(text) is not None:
        return len(text) + 1
    return len(_s2t_changed().findall(text))


def count_changed(a: str, b: str) -> int:
    """Number of positions where two same-length strings differ."""
    if a == b:
        return 0
    if len(a) != len(b):
        return sum(map(str.__ne__, a, b))
    import numpy as np  # already loaded with pandas; compares code points in C

    def points(s: str):
        return np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)

    return int(np.count_nonzero(points(a) != points(b)))


def detect_script(text: str, simplified: str | None = None) -> str:
    """``"traditional"`` or ``"simplified"``: which conversion changes fewer characters.

    A Traditional text changes a lot under Traditional->Simplified and little under
    Simplified->Traditional; a Simplified text the other way round. Text without Chinese is
    called ``"simplified"`` (the corpus default).

    Examples
    --------
    >>> detect_script("中信證券認為推理成本下降")
    'traditional'
    >>> detect_script("中信证券认为推理成本下降")
    'simplified'
    """
    # the caller's to_simplified(text) can stand in for the t2s conversion (same length)
    to_s = count_changed(text, simplified if simplified is not None else convert_same_length(text, "t2s"))
    if to_s == 0:
        return "simplified"  # nothing to simplify: never more than the s2t count below
    if to_s > _s2t_bound(text):
        return "traditional"  # more than s2t could change at most: no need to convert
    to_t = count_changed(text, convert_same_length(text, "s2t"))
    return "traditional" if to_s > to_t else "simplified"


def _fullwidth_table() -> dict[int, str]:
    table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}  # ！..～ -> !..~
    table[0x3000] = " "  # ideographic space
    table[0x00A0] = " "  # no-break space (web pages use it in breadcrumbs and stamps)
    # Full-width currency/sign block: ￠￡￢￣￤￥￦
    for cp, ch in zip(range(0xFFE0, 0xFFE7), "¢£¬¯¦¥₩"):
        table[cp] = ch
    table[0x2212] = "-"  # MINUS SIGN: a real minus, parsers expect ASCII
    table[0xFE6A] = "%"  # SMALL PERCENT SIGN
    # Big5-HKSCS decodes Big5's full-width tilde and slash (A1E3, A241) as TILDE OPERATOR and
    # DIVISION SLASH where cp950 gives ～ and ／: both mean a range or a ratio in a report
    table[0x223C] = "~"
    table[0x2215] = "/"
    # SQUARE KW (㎾), the one-glyph kilowatt of typeset tables (批发租金(元/㎾/月)): the
    # one-character kilowatt 瓩 the unit parsers read, so its length is kept
    table[0x33BE] = "瓩"
    return table


#: ``str.translate`` table of :func:`for_parsing` (one character to one character).
FULLWIDTH_TABLE = _fullwidth_table()
# The characters the table changes, and the table by character. No value of the table is a key
# (the values are ASCII and a few signs; tests/test_normalise.py checks it), so replacing one
# character after another is the same as the one-pass ``str.translate`` of the table, and
# several times faster: ``str.replace`` of each character present runs in C, ``translate``
# looks every character of a text up in a dict.
_FULLWIDTH_CHAR = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(FULLWIDTH_TABLE)) + "]")
_FULLWIDTH_BY_CHAR = {chr(cp): new for cp, new in FULLWIDTH_TABLE.items()}


def for_parsing(text: str) -> str:
    """Full-width digits, letters and punctuation -> ASCII; ideographic and no-break spaces -> space.

    One character always maps to one character, so offsets are unchanged. Chinese punctuation
    that has no full-width ASCII twin (、。「」《》—) is left alone.

    Parameters
    ----------
    text : str
        Any text (usually the output of :func:`to_simplified`).

    Returns
    -------
    str
        Text of the same length, ready for number/date regexes.

    Examples
    --------
    >>> for_parsing("ＧＰＴ－４：１，０００亿")
    'GPT-4:1,000亿'
    """
    for ch in set(_FULLWIDTH_CHAR.findall(text)):
        text = text.replace(ch, _FULLWIDTH_BY_CHAR[ch])
    return text
