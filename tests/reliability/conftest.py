"""Fixtures of the reliability matrix: the CLI run in-process, a corpus holding a good seed.

Every bad-input case runs the real command (``aigc-analysis extract`` in-process through
``cli.main``, or the build's extraction step) on a folder holding the bad file *and* a good
seed, so a case checks three things at once: one clear line naming the file and the problem,
exit code 0, and the good document's facts still present.
"""
from __future__ import annotations

import shutil

import pytest
from reliability_helpers import GOOD_SEED, CliRun

from aigc_analysis.paths import SEEDS_DIR


@pytest.fixture
def run_cli(capsys):
    """Run ``aigc-analysis ARGS`` in-process; return exit code, stdout and stderr."""
    from aigc_analysis.pipeline.cli import main

    def run(*args) -> CliRun:
        capsys.readouterr()
        code = main([str(a) for a in args])
        cap = capsys.readouterr()
        return CliRun(code, cap.out, cap.err)

    return run


@pytest.fixture
def corpus_with_seed(tmp_path):
    """A fresh corpus folder holding one good seed report."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copyfile(SEEDS_DIR / GOOD_SEED, folder / GOOD_SEED)
    return folder
