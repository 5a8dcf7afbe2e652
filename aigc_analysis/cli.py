"""Command-line interface: ``aigc-analysis corpus|extract|build|query|lab``.

Each subcommand lives in a small ``_cmd_*`` function; heavy modules are imported inside them so
``aigc-analysis --help`` stays fast.
"""
from __future__ import annotations

import argparse
import sys

from . import __version__


class UsageError(Exception):
    """Bad command-line usage (exit code 2)."""


def _cmd_corpus(args: argparse.Namespace) -> int:
    from .load import load_corpus

    docs = load_corpus(args.paths if len(args.paths) > 1 else args.paths[0], strict=args.strict)
    for problem in docs.attrs.get("problems", []):
        print(problem, file=sys.stderr)
    if docs.empty:
        print("error: no document could be loaded", file=sys.stderr)
        return 1
    cols = ["doc_id", "publisher", "published", "script", "encoding", "n_chars"]
    table = docs[cols].rename(columns={"n_chars": "chars"})
    print(table.to_string(index=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aigc-analysis",
        description="Facts, charts and narrative from Chinese sell-side AI research notes.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    parser.add_argument("-v", "--verbose", action="store_true", help="show tracebacks and details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("corpus", help="load reports and print a table of the documents")
    p.add_argument("paths", nargs="+", help="folders, files or both")
    p.add_argument("--strict", action="store_true", help="fail on the first bad file")
    p.set_defaults(func=_cmd_corpus)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # one line for users; the traceback with --verbose
        if args.verbose:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
