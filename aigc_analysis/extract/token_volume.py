"""Token volumes of prices: ``元/百万tokens``, ``每千tokens``, ``$/1M tokens``, ``per_1k_tokens``.

The one parser of how many tokens a price refers to. The words and what they stand for are
data (``data/token_volumes.csv``); the extractor writes a volume as a canonical ``per`` text
(``1m tokens``, :func:`per_tokens`) and into price metric names (``input_price_per_1m_tokens``);
views and plausibility read either back as a number of tokens.
"""
from __future__ import annotations

import csv
import functools
import re

from ..paths import DATA_DIR

#: Path of the token-volume words.
TOKEN_VOLUMES_PATH = DATA_DIR / "token_volumes.csv"

# The token noun: ``tokens`` in any case, or 词元, the Chinese standard term (元/百万词元).
_TOKEN_NOUN = r"(?:tokens?|词元)"
# Canonical suffixes of a token count in ``per`` texts and metric names, largest first.
_SUFFIXES = ((10**9, "b"), (10**6, "m"), (10**3, "k"))


@functools.lru_cache(maxsize=1)
def volume_words() -> dict[str, int]:
    """Word (lower case) -> number of tokens it stands for (``百万`` -> 1000000)."""
    with open(TOKEN_VOLUMES_PATH, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    words: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        word, tokens = (row.get("word") or "").strip().lower(), (row.get("tokens") or "").strip()
        if not word or not tokens.isdigit():
            raise ValueError(f"{TOKEN_VOLUMES_PATH}:{line}: needs a word and a whole number of tokens")
        words[word] = int(tokens)
    return words


@functools.lru_cache(maxsize=1)
def volume_pattern() -> str:
    """Regex (no groups) of a token volume: an optional count and word, then ``token(s)``.

    Compile with ``re.IGNORECASE``; ``1M tokens``, ``百万tokens``, ``千 Tokens``, ``tokens``.
    """
    words = "|".join(re.escape(w) for w in sorted(volume_words(), key=len, reverse=True))
    return rf"(?:\d+(?:\.\d+)?\s*)?(?:{words})?\s*{_TOKEN_NOUN}"


@functools.lru_cache(maxsize=1)
def _volume_re() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(volume_words(), key=len, reverse=True))
    return re.compile(rf"\s*(?P<n>\d+(?:\.\d+)?)?\s*(?P<word>{words})?\s*{_TOKEN_NOUN}", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _metric_re() -> re.Pattern:
    ascii_words = "|".join(sorted((w for w in volume_words() if w.isascii()), key=len, reverse=True))
    return re.compile(rf"_?per_(?P<n>\d+(?:\.\d+)?)?(?P<word>{ascii_words})?_?tokens?")


def _count(n: str | None, word: str | None) -> float:
    return (float(n) if n else 1.0) * (volume_words()[word.lower()] if word else 1)


def parse_token_volume(text: str, *, whole: bool = True) -> float | None:
    """Number of tokens a volume text stands for; None if it is not a token volume.

    Parameters
    ----------
    text : str
        ``百万tokens``, ``1M tokens``, ``10k tokens``; a leading ``/``, ``每`` or ``per`` is
        part of the rate, not of the volume, and is not accepted here.
    whole : bool
        The volume must be all of ``text``; otherwise it need only start it.

    Examples
    --------
    >>> parse_token_volume("百万tokens"), parse_token_volume("1K Tokens"), parse_token_volume("百万词元")
    (1000000.0, 1000.0, 1000000.0)
    >>> parse_token_volume("GB") is None
    True
    """
    if not isinstance(text, str):
        return None
    hit = (_volume_re().fullmatch if whole else _volume_re().match)(text.strip() if whole else text)
    return None if hit is None else _count(hit["n"], hit["word"])


def volume_label(tokens: float) -> str:
    """Short label of a token count: 1000000 -> ``1m``, 10000 -> ``10k``, 100 -> ``100``.

    >>> volume_label(1e6), volume_label(1e4), volume_label(100), volume_label(1)
    ('1m', '10k', '100', '1')
    """
    for size, suffix in _SUFFIXES:
        if tokens >= size and tokens % size == 0:
            return f"{tokens / size:g}{suffix}"
    return f"{tokens:g}"


def per_tokens(tokens: float) -> str:
    """Canonical ``per`` text of a price per ``tokens`` tokens (``1m tokens``).

    >>> per_tokens(parse_token_volume("千tokens"))
    '1k tokens'
    """
    return f"{volume_label(tokens)} tokens"


def metric_token_volume(metric: str, *, whole: bool = False) -> tuple[str, float] | None:
    """Split a price metric into its base and the tokens of its ``per_<volume>_tokens`` part.

    Parameters
    ----------
    metric : str
        A metric name such as ``input_price_per_1k_tokens``.
    whole : bool
        The volume must end the name (``x_per_1k_tokens_before_cut`` is then no match).

    Returns
    -------
    tuple of (str, float) or None
        ``("input_price", 1000.0)``; None if the name has no token volume.

    Examples
    --------
    >>> metric_token_volume("input_price_per_1k_tokens")
    ('input_price', 1000.0)
    >>> metric_token_volume("output_price_per_1m_tokens_before_cut")
    ('output_price', 1000000.0)
    >>> metric_token_volume("output_price_per_1m_tokens_before_cut", whole=True) is None
    True
    """
    name = str(metric).strip().lower()
    hit = _metric_re().search(name)
    if hit is None or (whole and hit.end() != len(name)):
        return None
    return name[: hit.start()], _count(hit["n"], hit["word"])


__all__ = ["TOKEN_VOLUMES_PATH", "metric_token_volume", "parse_token_volume", "per_tokens",
           "volume_label", "volume_pattern", "volume_words"]
