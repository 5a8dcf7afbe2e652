"""Write the fixture report as report.txt, .pdf, .html and .docx into a folder.

    .venv/bin/python scripts/make_format_fixtures.py /tmp/mixed
    .venv/bin/aigc-analysis extract /tmp/mixed --out /tmp/mixed-out   # the same facts four times

The writers live in tests/format_fixtures.py (the tests use them); the PDF needs fpdf2 (dev extra).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import format_fixtures as ff  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--formats", default="txt,pdf,html,docx", help="comma-separated (default: all four)")
    args = parser.parse_args()
    paths = ff.write_report(args.folder, tuple(f.strip() for f in args.formats.split(",") if f.strip()))
    for path in paths.values():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
