"""Refresh the README screenshots (docs/img/) from a built report, in headless chromium.

Usage: .venv/bin/python scripts/report_screenshots.py build/report
Writes docs/img/index.png and docs/img/report.png (desktop, 1200 px wide, first screen and a
half) and docs/img/phone.png (the capex page at 375 px). Needs scripts/install_browser.sh.
The browser gets no CJK font: what the pictures show is what the report embeds.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "browser"))

from browser_helpers import browser_env, find_chromium, run_driver  # noqa: E402

SHOTS = (("index.html", "index.png", 1200, 1400), ("10_capex.html", "report.png", 1200, 1400),
         ("10_capex.html", "phone.png", 375, 812))


def main(report: Path) -> int:
    chromium = find_chromium()
    if not chromium:
        print("report_screenshots: chromium not installed (scripts/install_browser.sh)",
              file=sys.stderr)
        return 1
    out = REPO / "docs" / "img"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = browser_env(work / "env", with_cjk_font=False)
        for page, name, width, height in SHOTS:
            shots = work / name
            shots.mkdir()
            run_driver("report_check.mjs", {
                "chromium": chromium, "pages": [str(report / page)],
                "screenshot_dir": str(shots), "width": width, "height": height,
                "full_page": False}, env, work)
            shutil.copy(next(shots.glob("*.png")), out / name)
            print(f"docs/img/{name}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]).resolve()))
