"""Files: writing them atomically, with the mode of a normal new file, and progress bars on
stderr; reading the grouped word lists of the data folder (:func:`read_word_groups`).

Every file the package writes (tables, figures, figure data, notebooks' HTML pages, the
manifest, workbooks) goes through :func:`atomic_path`: the bytes land in a temporary file
beside the target (``.NAME.XXXX.tmp``, a name :func:`aigc_analysis.pipeline.build.remove_leftovers`
knows) and are moved over the target with ``os.replace`` only when complete, so a reader never
sees half a file and a failure mid-write leaves the old file as it was.
"""
from __future__ import annotations

import csv
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path


def _file_mode() -> int:
    # os.umask can only be read by setting it: do it once, at import, not while threads write.
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


#: Mode of a new file under the process umask (``mkstemp`` alone would leave 0600).
FILE_MODE = _file_mode()


@contextmanager
def atomic_path(target: str | os.PathLike, *, replace_folder: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; move it over ``target`` when the block succeeds.

    Parameters
    ----------
    target : str or PathLike
        File to write; its folder is created if missing.
    replace_folder : bool
        Remove a folder standing at ``target`` before moving the file in (an earlier run wrote
        a folder of parts there).

    Yields
    ------
    Path
        An existing empty file in the target's folder, to be written by the caller.

    Notes
    -----
    If the block raises, the temporary file (and a DuckDB ``.wal`` beside it) is removed and
    ``target`` is left untouched.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, FILE_MODE)
        if replace_folder and target.is_dir():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        for leftover in (tmp, Path(f"{tmp}.wal")):
            if leftover.exists():
                leftover.unlink()


def write_text(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` to ``path`` atomically as UTF-8 with ``\\n`` line ends on every system."""
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def copy_into(src: str | os.PathLike, dest_dir: str | os.PathLike) -> Path:
    """Copy ``src`` into ``dest_dir`` under its own name, atomically; return the new path."""
    src = Path(src)
    dest = Path(dest_dir) / src.name
    with atomic_path(dest) as tmp:
        shutil.copyfile(src, tmp)
    return dest


def show_progress(quiet: bool, total: int, minimum: int = 1) -> bool:
    """Whether a progress bar helps: not quiet, at least ``minimum`` items, stderr a terminal.

    CI logs and pipes get no bar (a bar there is a screen of carriage returns).
    """
    return not quiet and total >= minimum and sys.stderr.isatty()


def progress_bar(total: int, *, desc: str, unit: str, enabled: bool = True,
                 iterable: Iterable | None = None, **options):
    """A tqdm progress bar on stderr; a silent one when ``enabled`` is false.

    Parameters
    ----------
    total : int
        Number of items.
    desc, unit : str
        Bar label and item name (``"extract"``, ``"doc"``).
    enabled : bool
        Draw the bar; a disabled bar still counts and iterates.
    iterable : iterable, optional
        Items to wrap (the bar then advances as they are consumed).
    **options
        Passed to ``tqdm`` (``leave``, ``mininterval``, ``smoothing``).
    """
    # tqdm is imported here: importing the package (and every notebook kernel) need not load it
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit=unit, file=sys.stderr,
                disable=not enabled, **options)


__all__ = ["FILE_MODE", "atomic_path", "copy_into", "progress_bar", "show_progress",
           "write_bytes", "write_text"]


def read_word_groups(path: str | os.PathLike, key: str) -> dict[str, list[str]]:
    """The ``word`` column of a data CSV grouped by its ``key`` column, in file order
    (``name_shapes.csv`` by ``role``, ``boilerplate_words.csv`` by ``group``)."""
    out: dict[str, list[str]] = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row[key].strip(), []).append(row["word"].strip())
    return out
