"""Vocabulary lives in data files: no new Chinese word list may appear inside package code.

A word list is three or more Chinese words joined by ``|`` in a string literal (a regex
alternation). Docstrings and comments are free to quote words. The lists that remain in the
number and period grammars are counted in ``vocabulary_baseline.json``; the count per module
may only go down (move words to ``aigc_analysis/data/`` and lower the baseline).
"""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from aigc_analysis.paths import PACKAGE_DIR

BASELINE = Path(__file__).with_name("vocabulary_baseline.json")
_LIST = re.compile(r"[\u4e00-\u9fff]+(?:\|(?:\(\?[^)]*\))?[\u4e00-\u9fff]+){2,}")


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def word_lists(path: Path) -> int:
    """How many Chinese word lists the string literals of a module hold (docstrings excluded)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstring_nodes(tree)
    n = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            n += len(_LIST.findall(node.value))
    return n


def counts() -> dict[str, int]:
    return {p.name: c for p in sorted(PACKAGE_DIR.rglob("*.py")) if (c := word_lists(p))}


def test_no_new_word_lists_in_code():
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    now = counts()
    grown = {name: (baseline.get(name, 0), c) for name, c in now.items() if c > baseline.get(name, 0)}
    assert not grown, f"word lists added in code (baseline, now): {grown}; put the words in aigc_analysis/data/"


def test_the_detector_sees_a_list_and_ignores_docstrings(tmp_path):
    src = tmp_path / "m.py"
    src.write_text('"""下降|减少|回落 in a docstring."""\nX = r"下降|减少|回落"\n# 上涨|大涨|收涨\n', encoding="utf-8")
    assert word_lists(src) == 1
