"""Command-line interface: ``aigc-analysis corpus|extract|build|query|export|lab``.

Each subcommand lives in a small ``_cmd_*`` function; heavy modules are imported inside them so
``aigc-analysis --help`` stays fast.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Imports of the stages below stay inside the functions that use them, measured with
# ``python -X importtime -c "import aigc_analysis.pipeline.cli"``: about 0.1-0.2 s as it is,
# against 3.6 s for pipeline.extraction (pandas, pandera) and 5.3 s for present.report
# (nbconvert, matplotlib) imported here. ``--help``, an up-to-date build and each engine worker's
# start-up must not pay for what they do not run.
from .. import __version__, files


class UsageError(Exception):
    """Bad command-line usage (exit code 2)."""


def _load(args: argparse.Namespace):
    """Load the corpus named on the command line; print each problem once; None if empty."""
    import warnings

    from ..load.corpus import CorpusWarning, load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)  # problems are printed once below
        docs = load_corpus(args.paths if len(args.paths) > 1 else args.paths[0], strict=args.strict)
    for problem in docs.attrs.get("problems", []):
        print(problem, file=sys.stderr)
    if docs.empty:
        print("error: no document could be loaded", file=sys.stderr)
        return None
    return docs


def _cmd_corpus(args: argparse.Namespace) -> int:
    docs = _load(args)
    if docs is None:
        return 1
    cols = ["doc_id", "format", "publisher", "published", "script", "encoding", "n_chars"]
    table = docs[cols].rename(columns={"n_chars": "chars"})
    table["encoding"] = table["encoding"].fillna("-")  # PDF and Word files have no text encoding
    # a month-precision date prints as 2024-06, not as the first of the month
    table["published"] = [
        "" if d is None or d != d else (d.strftime("%Y-%m") if p == "month" else d.isoformat())
        for d, p in zip(docs["published"], docs.get("published_precision", ["day"] * len(docs)))
    ]
    print(table.to_string(index=False))
    return 0


def _progress(items, total: int, quiet: bool, desc: str):
    """A tqdm progress bar on a terminal for large inputs; plain iteration otherwise."""
    if not files.show_progress(quiet, total, minimum=20):
        return items
    return files.progress_bar(total, desc=desc, unit="doc", iterable=items)


def _extract_streaming(args: argparse.Namespace) -> int:
    """``extract --jobs N`` / ``--engine dask``: stream documents through worker processes to Parquet."""
    from .engine import extract_paths

    engine = "dask" if args.scheduler else (args.engine or "local")
    summary = extract_paths(args.paths, args.out, jobs=args.jobs or 0, engine=engine,
                            scheduler=args.scheduler, strict=args.strict,
                            progress=not args.quiet and sys.stderr.isatty())
    for problem in summary.problems:
        print(problem, file=sys.stderr)
    if not args.quiet:
        print(summary)
    if summary.n_documents == 0:
        print("error: no document could be loaded", file=sys.stderr)
        return 1
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from ..pathcheck import output_dir_problem, report

    code = report("extract", [output_dir_problem(args.out, "output folder")])
    if code:
        return code
    if args.engine or args.scheduler or args.jobs is not None:
        return _extract_streaming(args)
    from ..tables.store import write_tables
    from .extraction import extract

    # in memory, on every core when the corpus is large enough to pay for worker processes
    # (extraction.pool_size); the tables are the same as in one process
    found = extract(args.paths if len(args.paths) > 1 else args.paths[0], strict=args.strict,
                    on_problem=lambda p: print(p, file=sys.stderr),
                    progress=lambda recs: _progress(recs, len(recs), args.quiet, "extract"),
                    jobs=0)
    docs, facts = found.documents, found.facts
    if docs.empty:
        print("error: no document could be loaded", file=sys.stderr)
        return 1
    for problem in found.no_facts:
        print(problem, file=sys.stderr)
    paths = write_tables(facts, docs, args.out)
    if not args.quiet:
        counts = facts["theme"].value_counts()
        for theme, n in sorted(counts.items()):
            n_docs = facts.loc[facts["theme"] == theme, "doc_id"].nunique()
            print(f"{theme:<11} {n:>6} facts in {n_docs} documents")
        print(f"{len(facts)} facts from {len(docs)} documents -> {paths['facts_csv'].parent}")
    if facts.empty:
        print("error: no fact was extracted", file=sys.stderr)
        return 1
    return 0


def _export_fail(message: str) -> int:
    print(f"error: cannot export: {message}", file=sys.stderr)
    return 2


def run_export(xlsx: str | os.PathLike, paths=(), db: str | os.PathLike | None = None,
               strict: bool = False, quiet: bool = False) -> int:
    """CLI entry of ``aigc-analysis export``: the exit code.

    With ``paths`` the corpus is loaded and extracted now; otherwise the tables stored in
    ``db`` (default: the build folder) are read. Path problems (a missing input, a target that
    cannot be written) print one line ``error: cannot export: PATH: problem`` and give 2,
    before any work.
    """
    from ..paths import DEFAULT_BUILD_DIR
    from ..tables.excel import ExportError, target_problem, read_stored_tables, to_excel
    from .extraction import extract

    if paths and db is not None:
        return _export_fail("give a corpus or --db DIR, not both")
    target = Path(xlsx)
    problem = target_problem(target)
    if problem:
        return _export_fail(problem)
    if paths:
        for p in paths:
            if not os.path.lexists(p):
                return _export_fail(f"{p}: no such file or folder")
        found = extract(list(paths) if len(paths) > 1 else paths[0], strict=strict,
                        on_problem=lambda line: print(line, file=sys.stderr))
        if found.documents.empty:
            print("error: no document could be loaded", file=sys.stderr)
            return 1
        facts, documents = found.facts, found.documents
        for line in found.no_facts:
            print(line, file=sys.stderr)
    else:
        try:
            facts, documents = read_stored_tables(DEFAULT_BUILD_DIR if db is None else db)
        except ExportError as exc:
            return _export_fail(str(exc))
    try:
        written = to_excel(facts, target, documents=documents)
    except ExportError as exc:
        return _export_fail(str(exc))
    if not quiet:
        n_docs = facts["doc_id"].nunique() if documents is None else len(documents)
        print(f"{len(facts)} facts from {n_docs} documents -> {written}")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import run_build

    return run_build(corpus=args.corpus, out=args.out, lang=args.lang, jobs=args.jobs,
                     figures_dir=args.figures, quiet=args.quiet)


def _cmd_query(args: argparse.Namespace) -> int:
    from ..tables.store import run_query

    return run_query(args.sql, args.db, csv=args.csv)


def _cmd_export(args: argparse.Namespace) -> int:
    return run_export(args.xlsx, args.paths, db=args.db, strict=args.strict, quiet=args.quiet)


def _cmd_lab(args: argparse.Namespace) -> int:
    from .lab import run_lab

    return run_lab(args.lab_args)


def _split_lab(argv: list[str]) -> tuple[list[str], list[str] | None]:
    """(arguments for this parser, arguments for ``jupyter lab`` or None if not ``lab``).

    Everything after ``lab`` belongs to Jupyter (``--port 8899 --no-browser``...): argparse
    would reject the flags it does not know, so they never reach it. ``lab -h`` stays ours.
    """
    for i, arg in enumerate(argv):
        if arg == "lab":
            rest = argv[i + 1:]
            return (argv, None) if rest in (["-h"], ["--help"]) else (argv[:i + 1], rest)
        if not arg.startswith("-"):  # another command (global options take no values)
            break
    return argv, None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aigc-analysis",
        description="Facts, charts and narrative from Chinese sell-side AI research notes.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    parser.add_argument("-v", "--verbose", action="store_true", help="show tracebacks and details")
    # -q/-v are accepted before or after the subcommand
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="print only errors")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="show tracebacks and details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("corpus", parents=[common], help="load reports and print a table of the documents")
    p.add_argument("paths", nargs="+", help="folders, files or both")
    p.add_argument("--strict", action="store_true", help="fail on the first bad file")
    p.set_defaults(func=_cmd_corpus)

    p = sub.add_parser(
        "extract", parents=[common], help="extract the facts table (CSV, Parquet, SQL views)",
        description="Load the reports and extract the facts table into CSV and Parquet, with "
                    "facts.sql (DuckDB views over the Parquet files). "
                    "A corpus of several reports is loaded and extracted on every core (worker "
                    "processes; the tables are the same as in one process). With --jobs or "
                    "--engine the facts stream to Parquet instead, in bounded memory.")
    p.add_argument("paths", nargs="+", help="folders, files or both")
    p.add_argument("--out", required=True, help="output folder for facts.csv, facts.parquet, ...")
    p.add_argument("--strict", action="store_true", help="fail on the first bad file")
    p.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="stream to Parquet with N worker processes (0 = all cores)")
    p.add_argument("--engine", choices=["local", "dask"], default=None,
                   help="stream to Parquet on this machine (local) or with Dask (needs the scale extra)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (implies --engine dask)")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("build", parents=[common], help="extract, run every notebook, write figures and the HTML report")
    # Defaults are the project's folders, whatever the current folder is.
    p.add_argument("--corpus", default=None, help="folder of reports (default: the project's seeds/)")
    p.add_argument("--out", default=None, help="output folder (default: the project's build/)")
    p.add_argument("--lang", default="zh", choices=["zh", "en"], help="language of charts and narrative")
    p.add_argument("--jobs", type=int, default=0, help="notebooks run at once (default: number of cores)")
    p.add_argument("--figures", default=None,
                   help="figures folder (default: the committed figures/ for the seeds in zh, "
                        "figures/LANG/ in another language, OUT/figures for another corpus)")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser(
        "query", parents=[common], help="run SQL on the stored tables and print the result",
        description="Run SQL with DuckDB on the tables `extract --out DIR` or `build --out DIR` "
                    "stored: the views facts and documents read DIR/facts.parquet and "
                    "DIR/documents.parquet, and one view per theme (capex, pricing, ...) holds "
                    "that theme's facts.")
    p.add_argument("sql", help='e.g. "SELECT entity, value FROM capex"')
    p.add_argument("--db", default=None, metavar="DIR",
                   help="folder of the stored tables, or its facts.parquet (default: the "
                        "project's build/); a facts.duckdb of an earlier version still opens")
    p.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    p.set_defaults(func=_cmd_query)

    p = sub.add_parser(
        "export", parents=[common],
        help="write the facts, theme views, ledger and documents to an Excel workbook",
        description="Write an Excel workbook: all facts, one sheet per theme view, the ledger "
                    "and the documents, with typed cells, unit-bearing headers, filters and a "
                    "source column (publisher, date, quoted sentence). Reads a corpus (loaded "
                    "and extracted now) or, without one, the tables a previous `extract --out "
                    "DIR` or `build --out DIR` stored (DIR/facts.parquet, DIR/documents.csv).")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="corpus folders or files to load and extract (instead of --db)")
    p.add_argument("--xlsx", required=True, metavar="FILE", help="the .xlsx file to write")
    p.add_argument("--db", default=None, metavar="DIR",
                   help="folder of stored tables (facts.parquet, documents.csv); default when "
                        "no PATH is given: the build folder, as for `query`")
    p.add_argument("--strict", action="store_true", help="fail on the first bad file")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("lab", parents=[common], help="start JupyterLab on the project's notebooks",
                       usage="%(prog)s [JUPYTER LAB OPTIONS]",
                       description="Start JupyterLab on the project (notebooks/, figures/, seeds/) "
                                   "and print its address with the token. Every argument goes to "
                                   "`jupyter lab` (e.g. --port 8899 --no-browser); as root "
                                   "--allow-root is added.")
    p.set_defaults(func=_cmd_lab, lab_args=[])
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    own, lab_args = _split_lab(sys.argv[1:] if argv is None else [str(a) for a in argv])
    args = parser.parse_args(own)
    if lab_args is not None:
        args.lab_args = lab_args
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except BrokenPipeError:  # `aigc-analysis corpus seeds | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a path that failed mid-command: `error: cannot build: PATH: why`
        from ..pathcheck import from_os_error, report

        if args.verbose:
            raise
        problem = from_os_error(exc)
        if problem is None:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return report({"corpus": "read the corpus"}.get(args.command, args.command), [problem])
    except Exception as exc:  # one line for users; the traceback with --verbose
        if args.verbose:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
