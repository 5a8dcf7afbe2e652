"""Path problems of the commands, found before any work and reported as one line each.

Every command that reads or writes files (``extract``, ``build``, ``query``, ``export``) states
a path problem the same way, on stderr, with exit code 2::

    error: cannot build: /proc/nope: output folder cannot be created (No such file or directory)

The checks touch nothing the command would not touch anyway: an output folder is probed by
creating and removing a hidden temporary folder in it (or in its nearest existing ancestor),
because permission bits lie for root and for pseudo file systems such as ``/proc``. This module
imports only the standard library (it runs on the build's fast path).
"""
from __future__ import annotations

import errno
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: Exit code of a command stopped by a usage or path problem.
EXIT_USAGE = 2


@dataclass(frozen=True)
class PathProblem:
    """Why a path cannot be used: ``str()`` is ``PATH: problem``."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def _strerror(exc: OSError) -> str:
    return exc.strerror or os.strerror(exc.errno or 0) or type(exc).__name__


def _nearest_existing(path: Path) -> Path:
    probe = path
    while not os.path.lexists(probe) and probe.parent != probe:
        probe = probe.parent
    return probe


def input_problem(path: str | os.PathLike, role: str = "input") -> PathProblem | None:
    """Why ``path`` cannot be read as a file or folder, or None when it can.

    Examples
    --------
    >>> str(input_problem("/no/such/corpus", "corpus"))
    '/no/such/corpus: corpus does not exist'
    """
    p = Path(path).expanduser()
    if os.path.islink(p) and not p.exists():
        return PathProblem(str(p), f"{role} is a broken symbolic link")
    if not p.exists():
        return PathProblem(str(p), f"{role} does not exist")
    if not os.access(p, os.R_OK | (os.X_OK if p.is_dir() else 0)):
        return PathProblem(str(p), f"{role} cannot be read (permission denied)")
    return None


def unusable_dir_reason(p: Path) -> tuple[str, str] | None:
    """(``created``/``written``, reason) when folder ``p`` cannot be used, else None."""
    if p.exists() and not p.is_dir():
        return "is", "a file, not a folder"
    if os.path.islink(p) and not p.exists():
        return "is", "a broken symbolic link"
    ancestor = _nearest_existing(p)
    action = "written" if ancestor == p else "created"
    if not ancestor.is_dir():
        return action, f"{ancestor} is a file"
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".aigc-probe-", dir=ancestor))
    except OSError as exc:
        if action == "created" and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return action, f"{_strerror(exc)} in {ancestor}"
        return action, _strerror(exc)
    return None


def output_dir_problem(path: str | os.PathLike, role: str = "output folder") -> PathProblem | None:
    """Why ``path`` cannot be used (created if need be) as an output folder, or None.

    Nothing is left behind: the folder itself is not created here.

    Examples
    --------
    >>> str(output_dir_problem("/proc/nope"))
    '/proc/nope: output folder cannot be created (No such file or directory)'
    """
    p = Path(path).expanduser()
    found = unusable_dir_reason(p)
    if found is None:
        return None
    action, reason = found
    if action == "is":
        return PathProblem(str(p), f"{role} is {reason}")
    return PathProblem(str(p), f"{role} cannot be {action} ({reason})")


def output_file_problem(path: str | os.PathLike, role: str = "output file") -> PathProblem | None:
    """Why a file cannot be written at ``path`` (its folder created if need be), or None.

    For commands that write one named file (``export``).

    Examples
    --------
    >>> str(output_file_problem("/proc/nope/facts.xlsx"))
    '/proc/nope/facts.xlsx: output file cannot be written (No such file or directory)'
    """
    p = Path(path).expanduser()
    if p.is_dir():
        return PathProblem(str(p), f"{role} is a folder, not a file")
    if p.exists() and not os.access(p, os.W_OK):
        return PathProblem(str(p), f"{role} cannot be written (permission denied)")
    found = unusable_dir_reason(p.parent)
    if found is None:
        return None
    action, reason = found
    if action == "is":
        reason = f"{p.parent} is {reason}"
    return PathProblem(str(p), f"{role} cannot be written ({reason})")


def from_os_error(exc: OSError) -> PathProblem | None:
    """The path problem behind an ``OSError`` raised mid-command, or None without a path."""
    if exc.filename is None:
        return None
    return PathProblem(os.fsdecode(exc.filename), _strerror(exc))


def report(action: str, problems: Iterable[PathProblem | str | None], stream=None) -> int:
    """Print ``error: cannot ACTION: PROBLEM`` per problem; return the exit code (0: none).

    Parameters
    ----------
    action : str
        The command's verb, e.g. ``"build"`` or ``"export"``.
    problems : iterable
        Path problems (or one-line messages); None entries are skipped.
    stream : file, optional
        Where to print; default ``sys.stderr``.

    Returns
    -------
    int
        :data:`EXIT_USAGE` when any problem was printed, else 0.
    """
    stream = stream if stream is not None else sys.stderr
    found = [p for p in problems if p]
    for problem in found:
        stream.write(f"error: cannot {action}: {problem}\n")
    stream.flush()
    return EXIT_USAGE if found else 0
