"""Validation of notebook and build parameters, before any heavy work.

papermill injects unknown parameters with only a warning and never checks types, so every
notebook validates its own parameters first (papermill #818, #396): the declared parameters are
the annotated assignments of the cell tagged ``parameters`` (``lang: str = "zh"  # help``), and
the values papermill injected are read back from the kernel's input history.

A few parameter names carry a meaning shared by all notebooks and the build, so they get checks
beyond their type: ``lang``, ``theme``/``themes``, ``corpus``, ``facts_path``, ``figures_dir``
and ``top_n``. ``corpus=""`` and ``figures_dir="auto"`` mean the project's folders
(:func:`project_defaults`), resolved against the project and not the current folder, so a
notebook runs the same from JupyterLab and from papermill in any folder. This module imports
only the standard library (it runs on the build's fast path).
"""
from __future__ import annotations

import ast
import os
import types
import typing
from collections.abc import Iterable, Mapping
from pathlib import Path

from .pathcheck import unusable_dir_reason
from .paths import DEFAULT_LANG, FIGURES_DIR, SEEDS_DIR, THEMES, default_figures_dir

#: Languages of titles, labels and narrative.
LANGS = ("zh", "en")

#: ``figures_dir`` value meaning "the project's default figures folder" (see project_defaults).
AUTO = "auto"

#: The header papermill writes at the top of the cell it injects (PythonTranslator).
INJECTED_HEADER = "# Parameters"


class ParameterError(ValueError):
    """Invalid parameters; the message lists every problem on one line."""

    def _render_traceback_(self) -> list[str]:
        # IPython shows this instead of a traceback: one clear line in the notebook and in
        # papermill's error report, not a stack of frames from this module.
        return [f"ParameterError: {self}"]


def _type_name(expected) -> str:
    if isinstance(expected, type):
        return expected.__name__
    return str(expected).replace("typing.", "")


def _matches(value, expected) -> bool:
    """True when ``value`` is of the annotated type ``expected`` (simple types and unions)."""
    if expected is typing.Any:
        return True
    if isinstance(expected, str):
        # Annotations kept as strings (``from __future__ import annotations``): resolve builtins.
        resolved = {"int": int, "float": float, "str": str, "bool": bool, "list": list,
                    "dict": dict, "tuple": tuple, "None": type(None)}.get(expected.strip())
        return True if resolved is None else _matches(value, resolved)
    origin = typing.get_origin(expected)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, arg) for arg in typing.get_args(expected))
    if expected is None or expected is type(None):
        return value is None
    if origin is not None:
        if not isinstance(value, origin):
            return False
        args = typing.get_args(expected)
        if origin in (list, set, frozenset) and args:
            return all(_matches(item, args[0]) for item in value)
        if origin is tuple and args and args[-1] is not Ellipsis:
            return len(value) == len(args) and all(map(_matches, value, args))
        if origin is tuple and args:
            return all(_matches(item, args[0]) for item in value)
        return True
    if expected is float:
        # papermill turns ``-p x 3`` into an int; an int is a fine float.
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def _resolve(path: str | os.PathLike, base: Path | None) -> Path:
    p = Path(path).expanduser()
    if not p.is_absolute() and base is not None:
        p = base / p
    return p.resolve()


def writable_dir_problem(path: str | os.PathLike, name: str = "folder") -> str | None:
    """Why ``path`` cannot be used as an output folder, or None when it can.

    The folder need not exist yet: it must be creatable (probed, not created; permission bits
    alone would pass root everywhere, ``/proc`` included).
    """
    found = unusable_dir_reason(Path(path))
    if found is None:
        return None
    action, reason = found
    if action == "is":
        return f"{name} {str(path)!r} is {reason}"
    return f"{name} {str(path)!r} cannot be written ({reason})"


def seed_figures_problem(corpus, figures_dir, base: Path | None = None) -> str | None:
    """Refuse to write another corpus's figures over the committed seed figures."""
    if not figures_dir or not corpus:
        return None
    if _resolve(figures_dir, base) == FIGURES_DIR and _resolve(corpus, base) != SEEDS_DIR:
        return (f"figures_dir {str(figures_dir)!r} holds the committed seed figures; "
                f"pass another figures folder for corpus {str(corpus)!r}")
    return None


def _value_problems(name: str, value, base: Path | None) -> list[str]:
    """Checks tied to a parameter's name (shared meaning across notebooks and the build)."""
    problems = []
    if name == "lang" and value not in LANGS:
        problems.append(f"lang={value!r} is not one of {', '.join(LANGS)}")
    elif name == "theme" and value not in THEMES:
        problems.append(f"theme={value!r} is not one of {', '.join(THEMES)}")
    elif name == "themes" and isinstance(value, (list, tuple)):
        unknown = [t for t in value if t not in THEMES]
        if unknown:
            problems.append(f"themes has unknown {unknown!r} (known: {', '.join(THEMES)})")
    elif name in ("corpus", "facts_path") and value:
        if not _resolve(value, base).exists():
            problems.append(f"{name} {str(value)!r} does not exist")
    elif name == "figures_dir" and value:
        problem = writable_dir_problem(_resolve(value, base), "figures_dir")
        if problem:
            problems.append(problem)
    elif name == "top_n" and isinstance(value, int) and value < 1:
        problems.append(f"top_n={value!r} must be at least 1")
    return problems


def validate_params(values: Mapping[str, object], spec: Mapping[str, object], *,
                    injected: Iterable[str] | None = None,
                    base: str | os.PathLike | None = None) -> dict[str, object]:
    """Check parameter values against their declared types; raise one clear error.

    Parameters
    ----------
    values : mapping
        A notebook's ``globals()`` or an explicit ``{name: value}`` mapping.
    spec : mapping
        Declared parameters: name -> type, e.g. the notebook's ``__annotations__``.
    injected : iterable of str, optional
        Names set from outside (papermill's injected cell). Any of them not in ``spec`` is an
        unknown parameter. When omitted and ``values`` is an explicit mapping (not a module
        namespace), every key of ``values`` is checked against ``spec``.
    base : path, optional
        Folder that relative paths are resolved against (default: the current folder).

    Returns
    -------
    dict
        ``{name: value}`` of the declared parameters, ``corpus`` and ``figures_dir`` left at
        their defaults replaced by the project's folders (:func:`project_defaults`).

    Raises
    ------
    ParameterError
        Naming every unknown, missing or mistyped parameter and every bad value.

    Examples
    --------
    >>> validate_params({"lang": "en"}, {"lang": str})
    {'lang': 'en'}
    >>> validate_params({"lang": "fr"}, {"lang": str})
    Traceback (most recent call last):
    ...
    aigc_analysis.params.ParameterError: invalid parameters: lang='fr' is not one of zh, en
    """
    base_dir = Path(base) if base is not None else Path.cwd()
    if injected is None and "__name__" not in values:
        injected = list(values)
    problems = []
    unknown = sorted(set(injected or ()) - set(spec))
    for name in unknown:
        problems.append(f"unknown parameter {name!r} (declared: {', '.join(sorted(spec))})")
    checked = {}
    for name, expected in spec.items():
        if name not in values:
            problems.append(f"parameter {name!r} is missing")
            continue
        value = values[name]
        if not _matches(value, expected):
            problems.append(f"{name}={value!r} should be {_type_name(expected)}, "
                            f"not {type(value).__name__}")
            continue
        checked[name] = value
    checked = project_defaults(checked, base_dir)
    for name, value in checked.items():
        problems.extend(_value_problems(name, value, base_dir))
    if "corpus" in checked and "figures_dir" in checked:
        problem = seed_figures_problem(checked["corpus"], checked["figures_dir"], base_dir)
        if problem:
            problems.append(problem)
    if problems:
        raise ParameterError("invalid parameters: " + "; ".join(problems))
    return checked


def project_defaults(params: Mapping[str, object],
                     base: str | os.PathLike | None = None) -> dict[str, object]:
    """``params`` with the project's folders for ``corpus`` and ``figures_dir`` left at default.

    ``corpus=""`` (or None) is the seeds; ``figures_dir="auto"`` (or None) is
    :func:`paths.default_figures_dir` of the corpus and ``lang``: the committed ``figures/``
    only for the seeds in the default language. Both become absolute paths (as ``str``), so
    the current folder does not matter. ``figures_dir=""`` stays: no files.

    Examples
    --------
    >>> p = project_defaults({"corpus": "", "figures_dir": "auto", "lang": "en"})
    >>> p["corpus"] == str(SEEDS_DIR), p["figures_dir"] == str(FIGURES_DIR / "en")
    (True, True)
    """
    resolved = dict(params)
    if "corpus" in resolved and resolved["corpus"] in (None, ""):
        resolved["corpus"] = str(SEEDS_DIR)
    if "figures_dir" in resolved and resolved["figures_dir"] in (None, AUTO):
        lang = resolved.get("lang", DEFAULT_LANG)
        corpus = resolved.get("corpus") or SEEDS_DIR
        base_dir = Path(base) if base is not None else Path.cwd()
        # An invalid lang is reported by the checks; it never names a folder.
        resolved["figures_dir"] = str(default_figures_dir(
            _resolve(corpus, base_dir), lang if lang in LANGS else DEFAULT_LANG))
    return resolved


def injected_names(history: Iterable[str] | None) -> list[str]:
    """Names assigned by the most recent papermill-injected cell in a kernel's input history.

    ``history`` is IPython's ``In`` list. papermill starts the cell it injects with
    ``# Parameters``; a notebook run by hand has no such cell and this returns ``[]``.
    """
    for source in reversed(list(history or ())):
        if isinstance(source, str) and source.lstrip().startswith(INJECTED_HEADER):
            names = []
            for node in ast.parse(source).body:
                targets = node.targets if isinstance(node, ast.Assign) else (
                    [node.target] if isinstance(node, ast.AnnAssign) else [])
                names.extend(t.id for t in targets if isinstance(t, ast.Name))
            return names
    return []


def validate_namespace(namespace: Mapping[str, object], *,
                       base: str | os.PathLike | None = None) -> dict[str, object]:
    """Validate a notebook's parameters from its ``globals()``.

    The declared parameters are the notebook's annotated assignments (``__annotations__``),
    the injected ones are read from the kernel's input history (``In``).
    """
    spec = dict(namespace.get("__annotations__", {}))
    if not spec:
        raise ParameterError("the notebook declares no typed parameters "
                             "(write them as `name: type = default  # help`)")
    return validate_params(namespace, spec, injected=injected_names(namespace.get("In")),
                           base=base)
