"""A module constant is bound once: a second ``_NAME = ...`` further down a module silently
replaces the first for every function that reads it, including those written against the first
(round 37's ``_CLAUSE_MARK`` in ``facts.py`` had changed four older callers' clause marks)."""
from __future__ import annotations

import ast
import collections

from aigc_analysis.paths import PACKAGE_DIR

#: names bound twice before this test existed, each left to be untangled by its own measured mend
#: (renaming one side changes which text the older callers read); never add to this list. Round 38
#: untangled the last eight (fixconst38), so it is empty
KNOWN_REBOUND: dict[str, set[str]] = {}


def _rebound(source: str) -> set[str]:
    """Upper-case module-level names (``_CLAUSE_MARK``) assigned more than once in ``source``."""
    counts: collections.Counter[str] = collections.Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        counts.update(t.id for t in targets if isinstance(t, ast.Name) and t.id.lstrip("_").isupper())
    return {name for name, n in counts.items() if n > 1}


def test_the_check_finds_a_rebound_constant():
    assert _rebound("_MARK = 1\ndef f():\n    return _MARK\n_MARK = 2\n") == {"_MARK"}
    assert _rebound("_MARK = 1\n_OTHER = 2\n") == set()


def test_no_module_binds_a_constant_twice():
    found: dict[str, set[str]] = collections.defaultdict(set)
    for p in PACKAGE_DIR.rglob("*.py"):
        found[p.name] |= _rebound(p.read_text(encoding="utf-8"))
    new = {name: sorted(names - KNOWN_REBOUND.get(name, set())) for name, names in found.items()}
    assert not {k: v for k, v in new.items() if v}, new
    # the allow-list only shrinks: a name mended away must leave it
    stale = {k: sorted(v - found.get(k, set())) for k, v in KNOWN_REBOUND.items()}
    assert not {k: v for k, v in stale.items() if v}, stale
