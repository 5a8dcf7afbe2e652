"""The package's folders are the pipeline's stages: each module imports only its own stage or
earlier ones, and the import graph between the package's modules has no cycle.

Read with the standard library's ``ast`` (nothing of the package is imported), counting imports
inside functions too: a lazy import is still a dependency.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from aigc_analysis.paths import PACKAGE_DIR

# Stage order; the top-level modules (paths, params, pathcheck, the package itself) are the base.
STAGES = ("", "load", "extract", "tables", "present", "pipeline")


def module_files(root: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` under ``root`` (a package's folder)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imported_modules(path: Path, name: str, modules: dict[str, Path]) -> set[str]:
    """The package modules that the module ``name`` (file ``path``) imports, anywhere in it."""
    is_package = path.name == "__init__.py"
    here = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            # ``from pkg import mod`` names a module; ``from mod import func`` names the module
            targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in modules else source
                       for a in node.names]
        else:
            continue
        for target in targets:
            while target and target not in modules:  # import a.b.c -> deepest known module
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    modules = module_files(root, package)
    return {name: imported_modules(path, name, modules) for name, path in modules.items()}


def stage_of(module: str, package: str) -> int:
    parts = module.split(".")
    stage = parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in STAGES) else ""
    if stage not in STAGES:
        raise AssertionError(f"{module}: a folder that is no stage; name it in STAGES of {__file__}")
    return STAGES.index(stage)


def upward_imports(graph: dict[str, set[str]], package: str) -> list[str]:
    return sorted(f"{src} imports {dst} (stage {STAGES[stage_of(dst, package)] or 'base'} comes after "
                  f"{STAGES[stage_of(src, package)] or 'base'})"
                  for src, dsts in graph.items() for dst in dsts
                  if stage_of(dst, package) > stage_of(src, package))


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as a list of modules (first repeated at the end), or [] when none."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return []


@pytest.fixture(scope="module")
def graph():
    return import_graph(PACKAGE_DIR, "aigc_analysis")


def test_no_module_imports_a_later_stage(graph):
    assert upward_imports(graph, "aigc_analysis") == []


def test_the_import_graph_has_no_cycle(graph):
    cycle = find_cycle(graph)
    assert not cycle, "import cycle: " + " -> ".join(cycle)


def test_every_stage_holds_modules(graph):
    for stage in STAGES[1:]:
        assert any(m.startswith(f"aigc_analysis.{stage}.") for m in graph), stage


def test_graph_sees_relative_lazy_and_package_imports(graph):
    assert "aigc_analysis.paths" in graph["aigc_analysis.extract.facts"]
    assert "aigc_analysis.extract.facts" in graph["aigc_analysis.pipeline.extraction"]
    assert "aigc_analysis.extract.keywords" in graph["aigc_analysis.extract.facts"]  # from . import kw


def _plant(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for rel, text in {"__init__.py": "", "paths.py": "X = 1\n", "load/__init__.py": "",
                      "extract/__init__.py": "", **files}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_a_planted_upward_import_is_found(tmp_path):
    root = _plant(tmp_path, {
        "load/reader.py": "from ..paths import X\n\ndef f():\n    from ..extract import parse  # upward\n",
        "extract/parse.py": "from ..load.reader import f\n",
    })
    graph = import_graph(root, "pkg")
    assert upward_imports(graph, "pkg") == [
        "pkg.load.reader imports pkg.extract.parse (stage extract comes after load)"]
    assert find_cycle(graph) == ["pkg.extract.parse", "pkg.load.reader", "pkg.extract.parse"]


def test_a_planted_cycle_inside_one_stage_is_found(tmp_path):
    root = _plant(tmp_path, {
        "extract/a.py": "import pkg.extract.b\n",
        "extract/b.py": "def g():\n    from .a import h\n",
    })
    graph = import_graph(root, "pkg")
    assert upward_imports(graph, "pkg") == []
    assert find_cycle(graph) == ["pkg.extract.a", "pkg.extract.b", "pkg.extract.a"]


def test_a_clean_planted_package_passes(tmp_path):
    root = _plant(tmp_path, {"load/reader.py": "from .. import paths\n",
                             "extract/parse.py": "from ..load import reader\nfrom pkg.paths import X\n"})
    graph = import_graph(root, "pkg")
    assert graph["pkg.extract.parse"] == {"pkg.load.reader", "pkg.paths"}
    assert upward_imports(graph, "pkg") == [] and find_cycle(graph) == []


# Modules whose imports of the package stay inside functions, and why (see the comment at the
# top of each). Every other module imports the package at its top.
LAZY_IMPORTS_ALLOWED = {
    "aigc_analysis.pipeline.cli": "measured import time: --help",
    "aigc_analysis.pipeline.build": "measured import time: an up-to-date build",
    "aigc_analysis.pipeline.engine": "measured import time: worker start-up",
    "aigc_analysis.present.provenance": "measured import time: notebook kernels (load.formats)",
    # the number parser imports without pandas (test_quantities.py checks it)
    "aigc_analysis.extract.quantities": "the lexicon needs pandas",
}


def imports_inside_functions(path: Path) -> list[int]:
    """Lines of relative (package) imports inside a function body."""
    lines = []
    for func in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines += [n.lineno for n in ast.walk(func) if isinstance(n, ast.ImportFrom) and n.level]
    return sorted(set(lines))


def test_package_imports_sit_at_the_top_of_each_module():
    found = {name: lines for name, path in module_files(PACKAGE_DIR, "aigc_analysis").items()
             if name not in LAZY_IMPORTS_ALLOWED and (lines := imports_inside_functions(path))}
    assert found == {}, f"imports inside functions (module: lines): {found}"


def test_a_planted_import_inside_a_function_is_found(tmp_path):
    path = tmp_path / "m.py"
    path.write_text("from .a import b\n\n\ndef f():\n    import os\n    from ..c import d\n",
                    encoding="utf-8")
    assert imports_inside_functions(path) == [6]


def test_architecture_doc_names_every_module():
    doc = (PACKAGE_DIR.parent / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = [p.relative_to(PACKAGE_DIR).as_posix() for p in sorted(PACKAGE_DIR.rglob("*.py"))
               if p.name != "__init__.py" and f"`{p.relative_to(PACKAGE_DIR).as_posix()}`" not in doc]
    assert missing == [], f"docs/ARCHITECTURE.md does not describe: {missing}"
