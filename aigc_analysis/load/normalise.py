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

#: OpenCC configuration used for Traditional -> Simplified. ``hk2s`` also converts Hong Kong
#: variants (敍 -> 叙) that ``t2s`` leaves alone, and keeps string length on all seeds
#: (shared/NOTES.md). Phrase-level configurations such as ``tw2sp`` change length: never use them.
T2S_CONFIG = "hk2s"

# Lines are converted one at a time so a length change is repaired locally, not per document.
_LINE = re.compile(r"[^\n]*\n|[^\n]+")


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
    return table


#: ``str.translate`` table of :func:`for_parsing` (one character to one character).
FULLWIDTH_TABLE = _fullwidth_table()
# Runs of characters the table changes: translating only those is about twice as fast as
# looking every character of a Chinese text up in the table.
_FULLWIDTH_RUN = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(FULLWIDTH_TABLE)) + "]+")


def _fullwidth_run(m: re.Match) -> str:
    return m.group().translate(FULLWIDTH_TABLE)


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
    return _FULLWIDTH_RUN.sub(_fullwidth_run, text)
