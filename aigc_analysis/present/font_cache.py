"""The report font's cuts, kept on disk between builds (issue 18).

A cut of the report face is a pure function of the font file, the fontTools and brotli that
cut it, the subsetter's options and the characters: the build's stage-one cut (4-7 s of CPU)
and each page's WOFF2 subset (0.2-0.6 s each, half of it brotli) come out byte for byte the
same every time they are made from the same inputs. They are stored here under a hash of all
of those inputs, so a cold build of a corpus whose characters were cut before (a rebuild after
a code change, ``./run.sh`` again, a test's seed build) reads them instead of cutting again;
new characters make new keys and are cut as before.

Each file holds the bytes and their sha256: a damaged or half-copied file is not used (it is
cut again and replaced). The folder keeps the :data:`MAX_FILES` most recently used cuts. A
folder that cannot be written (a read-only install) only means every cut is made anew.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from ..files import write_bytes
from ..paths import CACHE_DIR

#: Where the cuts are kept.
FONT_CACHE_DIR = CACHE_DIR / "fonts"
#: Cuts kept (stage one about 0.6 MB, a page's subset about 0.1 MB): a few corpora's worth.
MAX_FILES = 64
#: Bump when what a key covers changes meaning.
FORMAT = "1"
#: A temporary file older than this was left by a killed process.
STALE_TMP_S = 3600
_SUFFIX = ".cut"
_DIGEST_SIZE = 32


def cut_key(*parts: str) -> str:
    """sha256 over ``parts`` (font identity, options, characters...) and :data:`FORMAT`."""
    h = hashlib.sha256(FORMAT.encode())
    for part in parts:
        h.update(b"\0")
        h.update(part.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def file_digest(path: str | os.PathLike) -> str:
    """sha256 of a file's bytes (the font file: 20 MB, about 0.04 s)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _path(key: str) -> Path:
    return FONT_CACHE_DIR / f"{key}{_SUFFIX}"


def read(key: str) -> bytes | None:
    """The cut stored under ``key``, or None (absent, unreadable or damaged)."""
    path = _path(key)
    try:
        stored = path.read_bytes()
    except OSError:
        return None
    if len(stored) <= _DIGEST_SIZE:
        return None
    data, digest = stored[:-_DIGEST_SIZE], stored[-_DIGEST_SIZE:]
    if hashlib.sha256(data).digest() != digest:
        return None
    try:
        os.utime(path)  # recently used: kept longest
    except OSError:
        pass
    return data


def write(key: str, data: bytes) -> None:
    """Store ``data`` under ``key`` (atomically), then drop the least recently used cuts
    beyond :data:`MAX_FILES`. Errors are ignored: the cache only saves time."""
    try:
        write_bytes(_path(key), data + hashlib.sha256(data).digest())
        _evict()
    except OSError:  # an unwritable folder: the next build cuts again, nothing is lost
        return


def _evict() -> None:
    """Remove the cuts beyond :data:`MAX_FILES`, oldest use first, and stale temporary files."""
    entries = []
    now = time.time()
    for path in FONT_CACHE_DIR.iterdir():
        try:
            mtime = path.stat().st_mtime
        except OSError:  # removed meanwhile by another build's eviction
            continue
        if path.name.endswith(_SUFFIX):
            entries.append((mtime, path.name, path))
        elif path.name.endswith(".tmp") and now - mtime > STALE_TMP_S:
            path.unlink(missing_ok=True)
    entries.sort(reverse=True)
    for _, _, path in entries[MAX_FILES:]:
        path.unlink(missing_ok=True)


def cached(key: str, cut: Callable[[], bytes]) -> bytes:
    """The bytes stored under ``key``; else ``cut()``, stored and returned."""
    data = read(key)
    if data is None:
        data = cut()
        write(key, data)
    return data
