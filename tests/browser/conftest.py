"""Fixtures of the browser tests (marker ``browser``); helpers live in ``browser_helpers``."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser_helpers import (
    INSTALL_HINT,
    NODE_MODULES,
    browser_env,
    build_report,
    find_chromium,
)

from aigc_analysis.paths import SEEDS_DIR


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: drives headless chromium (skipped when chromium is not installed)")


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of the chromium binary; skips (visibly) when it or playwright-core is missing."""
    path = find_chromium()
    if not path or not shutil.which("node") or not (NODE_MODULES / "playwright-core").is_dir():
        pytest.skip(INSTALL_HINT)
    return path


@pytest.fixture(scope="session")
def chromium_env(tmp_path_factory) -> dict[str, str]:
    """Environment of the drivers: private font folder holding the CJK font."""
    return browser_env(tmp_path_factory.mktemp("chromium-env"))


@pytest.fixture(scope="session")
def report_env(tmp_path_factory) -> dict[str, str]:
    """Environment of the report checks: a private font folder WITHOUT the CJK font.

    The report must carry its own font (a reader's machine may have none); linking the font
    into the browser's fontconfig would hide a page that does not.
    """
    return browser_env(tmp_path_factory.mktemp("report-env"), with_cjk_font=False)


@pytest.fixture(scope="session")
def seed_report(chromium, tmp_path_factory) -> Path:
    """The HTML report of the seeds, built once per session into a temporary folder.

    Asks for ``chromium`` first: without a browser nothing is built, the tests skip at once.
    """
    base = tmp_path_factory.mktemp("seed-build")
    corpus = base / "seeds"
    shutil.copytree(SEEDS_DIR, corpus)
    return build_report(corpus, base / "out")
