"""Shared fixtures: the seed page, and the optional large corpus in ../shared (skip if absent)."""

from pathlib import Path

import pytest

from lib.paths import corpus_dir, project_root

SEED = corpus_dir() / "000_358ae6c12643bf3e.txt"
NATIONAL = project_root().parent / "shared" / "corpora" / "national_gwr.jsonl"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def national_corpus_path() -> Path:
    if not NATIONAL.is_file():
        pytest.skip(f"{NATIONAL} is absent (it is not part of the project); nothing to check")
    return NATIONAL
