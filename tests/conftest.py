"""Shared fixtures: the seed folder, its sidecar and the loaded seed corpus (once per session)."""
from __future__ import annotations

import csv
import warnings

import pytest

from aigc_analysis.paths import SEEDS_DIR, SIDECAR_NAME


@pytest.fixture(scope="session")
def seeds_dir():
    """Folder of the five seed reports (read-only: never write into it)."""
    return SEEDS_DIR


@pytest.fixture(scope="session")
def seed_sidecar(seeds_dir):
    """Rows of ``seeds/seeds.csv`` keyed by doc_id."""
    with open(seeds_dir / SIDECAR_NAME, encoding="utf-8", newline="") as fh:
        return {row["doc_id"]: row for row in csv.DictReader(fh)}


@pytest.fixture(scope="session")
def corpus(seeds_dir):
    """The documents table of the seeds (``load_corpus("seeds")``); do not mutate it."""
    from aigc_analysis.load.corpus import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the seeds must load without a single problem
        return load_corpus(seeds_dir)
