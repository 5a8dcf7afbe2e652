"""Stage 1, bytes -> text: a report file's bytes decoded as Chinese text.

UTF-8 (with or without a mark), UTF-16/32 with a mark, GB18030 and Big5; binary files are
refused with a one-line reason; undecodable bytes are replaced by U+FFFD and recorded as
``(byte offset, n_bytes)`` so that damage is reported, never silently lost.
"""
from __future__ import annotations

import codecs
import itertools
import re
import threading

#: Share of non-ASCII bytes that may be invalid for a file still to count as damaged UTF-8
#: (GBK or Big5 read as UTF-8 is invalid almost everywhere).
MAX_UTF8_DAMAGE = 0.05
#: Same bound for a GB18030/Big5 file that the detector rejected because of a few bad bytes.
MAX_LEGACY_DAMAGE = 0.01
#: Share of control characters above which decoded "text" is called binary.
MAX_CONTROL_SHARE = 0.05

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"\x7fELF", "executable"), (b"\xd0\xcf\x11\xe0", "MS Office file"),
    (b"Rar!", "RAR archive"), (b"7z\xbc\xaf\x27\x1c", "7z archive"), (b"SQLite format 3\x00", "SQLite database"),
    (b"BZh", "bzip2 archive"), (b"\xfd7zXZ\x00", "xz archive"), (b"RIFF", "RIFF media file"),
)
# UTF-32 marks first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_NAMES = {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16",
              "utf-32-le": "utf-32", "utf-32-be": "utf-32"}
_LEGACY = ("gb18030", "big5", "big5hkscs", "cp950")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


# --- decoding -----------------------------------------------------------------------------------
_local = threading.local()


def _record_damage(exc: UnicodeDecodeError):
    # Per-thread list: the codec registry is global, the damage belongs to one decode call.
    _local.damage.append((exc.start, exc.end - exc.start))
    return "\ufffd", exc.end


codecs.register_error("aigc_analysis.record", _record_damage)


def _decode_recording(data: bytes, codec: str, offset: int = 0) -> tuple[str, list[tuple[int, int]]]:
    """Decode, replacing each invalid sequence by U+FFFD and recording ``(byte offset, n_bytes)``
    (contiguous bad bytes merged; offsets count from the start of the file)."""
    _local.damage = []
    try:
        text = str(memoryview(data)[offset:], codec, "aigc_analysis.record")
        raw = _local.damage
    finally:
        _local.damage = []
    damage: list[tuple[int, int]] = []
    for start, n in raw:
        start += offset
        if damage and damage[-1][0] + damage[-1][1] == start:
            damage[-1] = (damage[-1][0], damage[-1][1] + n)
        else:
            damage.append((start, n))
    return text, damage


def _n_bad(damage: list[tuple[int, int]]) -> int:
    return sum(n for _, n in damage)


def _only_gb18030(data: bytes) -> str | None:
    """The text of ``data`` as GB18030 when it decodes so and as no other encoding of
    :data:`_LEGACY`, else None.

    charset-normalizer keeps only the candidates that decode the whole file (a multi-byte
    encoding is decoded whole before it is weighed), so it can then only choose GB18030 or
    nothing; with nothing, :func:`decode_bytes` tries GB18030 first and takes it, as it decodes
    without damage. Either way the answer is GB18030 and the detector (most of the time of
    loading a GBK report) need not run: Big5 and its variants reject most GBK files at once.
    """
    try:
        text = str(data, "gb18030")
    except UnicodeDecodeError:
        return None
    for codec in _LEGACY:
        if codec == "gb18030":
            continue
        try:
            str(data, codec)
        except UnicodeDecodeError:
            continue
        return None
    return text


#: How many Han characters of a decoding are weighed: enough to tell, cheap on a long report.
_SAMPLE_HAN = 3000
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Lead bytes of Big5's frequent characters (常用字, A440-C67E); the rest (C940-F9D5) are rare.
_BIG5_FREQUENT_LEADS = range(0xA4, 0xC7)


def _common_share(text: str, codec: str) -> float:
    """Share of the first Han characters of ``text`` that are frequent ones of ``codec``'s
    script: in GB2312 for GB18030, among Big5's frequent characters for Big5."""
    han = [m.group() for m in itertools.islice(_HAN.finditer(text), _SAMPLE_HAN)]
    common = 0
    for ch in han:
        if codec == "gb18030":
            try:
                ch.encode("gb2312")
            except UnicodeEncodeError:
                continue
            common += 1
        else:
            try:
                lead = ch.encode("big5")[0]
            except UnicodeEncodeError:
                continue
            common += lead in _BIG5_FREQUENT_LEADS
    return common / len(han) if han else 0.0


def _by_common_characters(data: bytes) -> list[str]:
    """GB18030 and Big5, the one whose reading of ``data`` holds more common characters first.

    Most Big5 files are also valid GB18030 and the reverse, and the detector may decline
    both. Read in the wrong one, a text turns into rare characters: about half of a Big5 report
    read as GB18030 falls outside GB2312, while a GBK report keeps all its characters there.
    """
    shares = []
    for codec in ("gb18030", "big5"):
        try:
            shares.append((_common_share(str(data, codec), codec), codec))
        except UnicodeDecodeError:
            continue
    return [codec for _, codec in sorted(shares, key=lambda sc: -sc[0])]


def decode_bytes(data: bytes) -> tuple[str, str, list[tuple[int, int]]]:
    """Decode a report file's bytes.

    Parameters
    ----------
    data : bytes
        The whole file.

    Returns
    -------
    (str, str, list of (int, int))
        ``(text, encoding, damage)``: ``encoding`` is one of ``utf-8``, ``utf-8-sig``,
        ``utf-16``, ``utf-32``, ``gb18030``, ``big5``, ``big5hkscs``, ``cp950``; ``damage``
        lists ``(byte offset, n_bytes)`` of invalid bytes replaced by U+FFFD.

    Raises
    ------
    ValueError
        With a one-line reason: empty, binary, or not decodable as Chinese text.

    Examples
    --------
    >>> decode_bytes("发布时间".encode("gb18030") * 4)[1]
    'gb18030'
    """
    if not data:
        raise ValueError("empty file (0 bytes)")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ValueError(f"binary file ({what}), not text")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text, damage = _decode_recording(data, codec, len(bom))
            return text, _BOM_NAMES[codec], damage
    if b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    n_high = len(data) - len(data.translate(None, _HIGH_BYTES))
    # Each U+FFFD of a plain "replace" decode stands for at least one bad byte: when even that
    # count is over the bound, the byte-exact record (a Python call per bad sequence, slow on a
    # GBK or Big5 file) would only confirm it.
    if data.decode("utf-8", "replace").count("\ufffd") <= MAX_UTF8_DAMAGE * n_high:
        text, damage = _decode_recording(data, "utf-8")
        if _n_bad(damage) <= MAX_UTF8_DAMAGE * n_high:
            return text, "utf-8", damage
    text = _only_gb18030(data)
    if text is not None:
        return text, "gb18030", []
    # Not UTF-8: let charset-normalizer choose among the Chinese legacy encodings.
    import charset_normalizer  # imported here: only legacy-encoded files pay for it

    best = charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY)).best()
    candidates = [best.encoding] if best is not None else _by_common_characters(data)
    candidates += [c for c in ("gb18030", "big5") if c not in candidates]
    for i, codec in enumerate(candidates):
        text, damage = _decode_recording(data, codec)
        # the detector's choice is trusted as is; our fall-backs only with little damage
        if i == 0 and best is not None or _n_bad(damage) <= MAX_LEGACY_DAMAGE * n_high:
            return text, codec, damage
    raise ValueError("cannot decode: not UTF-8, UTF-16, GB18030 or Big5 text")
