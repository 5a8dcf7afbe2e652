"""Keep committed notebooks clean: no outputs, counts or volatile metadata.

The only outputs kept are those of cells marked ``# NBVAL_CHECK_OUTPUT`` (plain-text key
tables): they are nbval's expectations, and carry an execution count (their position among the
code cells) because nbval ignores outputs of cells that look unrun. Those cells also carry ``keep_output: true`` metadata,
so ``nbstripout`` leaves them alone too.

Usage::

    python scripts/strip_notebooks.py            # strip notebooks/*.ipynb in place
    python scripts/strip_notebooks.py --check    # exit 1 naming notebooks that are not clean
    python scripts/strip_notebooks.py --fill     # run each notebook on the seeds, store the
                                                 # fresh outputs of the checked cells, strip
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"
CHECK_MARK = "# NBVAL_CHECK_OUTPUT"
CELL_METADATA_KEPT = ("tags", "keep_output")


def is_checked(cell) -> bool:
    """A code cell whose output nbval compares (and which therefore keeps its output)."""
    return cell.cell_type == "code" and CHECK_MARK in cell.source


def strip(nb):
    """The clean form of ``nb`` (a new object; ``nb`` is not modified)."""
    import copy

    clean = nbformat.v4.new_notebook(cells=copy.deepcopy(list(nb.cells)))
    seen = set()
    n_code = 0
    for i, cell in enumerate(clean.cells):
        # Keep an author's (or JupyterLab's) id; give a positional one where it is missing.
        if not cell.get("id") or cell["id"] in seen:
            cell["id"] = f"cell-{i:02d}"
        seen.add(cell["id"])
        cell.metadata = {k: v for k, v in cell.metadata.items() if k in CELL_METADATA_KEPT}
        if cell.cell_type != "code":
            continue
        n_code += 1
        cell.execution_count = None
        if is_checked(cell):
            # nbval skips a cell with output but no count ("unrun reference"): give it its
            # position among the code cells, a number that changes only with the source.
            cell.execution_count = n_code
            cell.metadata["keep_output"] = True
            # stdout and displayed tables (build runs show printed tables as HTML too);
            # stderr carries warnings with paths and timings.
            kept = []
            for o in cell.get("outputs", []):
                if o.output_type == "stream" and o.get("name") == "stdout":
                    kept.append(nbformat.v4.new_output("stream", name="stdout", text=o.text))
                elif o.output_type == "display_data":
                    kept.append(nbformat.v4.new_output(
                        "display_data", data=dict(o.get("data", {})),
                        metadata=dict(o.get("metadata", {}))))
            cell.outputs = kept
        else:
            cell.metadata.pop("keep_output", None)
            cell.outputs = []
    clean.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    clean.nbformat, clean.nbformat_minor = 4, 5
    return clean


def dumps(nb) -> str:
    """Notebook JSON as nbformat writes it (sorted keys, indent 1, trailing newline)."""
    text = nbformat.writes(nb, version=4)
    return text if text.endswith("\n") else text + "\n"


def fill(path: Path):
    """Run ``path`` on the seeds and copy the checked cells' fresh outputs into its source."""
    import papermill as pm

    nb = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / path.name
        pm.execute_notebook(str(path), str(out), parameters={"figures_dir": str(Path(tmp))},
                            kernel_name="python3", cwd=str(path.parent), progress_bar=False)
        executed = [c for c in nbformat.read(out, as_version=4).cells
                    if c.get("metadata", {}).get("tags") != ["injected-parameters"]
                    and "papermill-error-cell-tag" not in c.get("metadata", {}).get("tags", [])]
    sources = [c for c in nb.cells]
    if len(executed) != len(sources):
        raise SystemExit(f"{path}: executed copy has {len(executed)} cells, source "
                         f"{len(sources)}")
    for src, ran in zip(sources, executed):
        if is_checked(src):
            src.outputs = ran.outputs
    return nb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="notebooks (default notebooks/)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="report unclean notebooks, exit 1")
    mode.add_argument("--fill", action="store_true",
                      help="re-run on the seeds to refresh the checked outputs, then strip")
    args = parser.parse_args(argv)
    paths = args.paths or sorted(NOTEBOOKS.glob("*.ipynb"))
    dirty = []
    for path in paths:
        nb = fill(path) if args.fill else nbformat.read(path, as_version=4)
        text = dumps(strip(nb))
        if path.read_text(encoding="utf-8") != text:
            if args.check:
                dirty.append(path)
            else:
                path.write_text(text, encoding="utf-8")
                print(f"stripped {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    if dirty:
        for path in dirty:
            print(f"{path}: not clean (run python scripts/strip_notebooks.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
