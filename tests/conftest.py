"""Shared fixtures: the seed page, and the optional large corpus in ../shared (skip if absent)."""

from pathlib import Path

import pytest

from lib.paths import archive_missing, corpus_dir, project_root
from lib.publish.parameters import reads_archive

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


# Notebooks that read the national archive (an `ARCHIVE =` parameter) are skipped, with one
# line saying how to get it, when it is absent; the same test decides for `make run`.
_archive_skipped: list[str] = []


def pytest_collection_modifyitems(config, items) -> None:
    """Skip the cells of notebooks that read the archive when the archive is absent."""
    missing = archive_missing()
    if not missing:
        return
    reads = {}
    for item in items:
        path = Path(str(item.path))
        if path.suffix != ".ipynb":
            continue
        if path not in reads:
            reads[path] = reads_archive(path)
        if reads[path]:
            item.add_marker(pytest.mark.skip(reason=missing))
    names = sorted(p.name for p, r in reads.items() if r)
    if names:
        _archive_skipped[:] = [f"skipped {', '.join(names)}: {missing}"]


def pytest_terminal_summary(terminalreporter) -> None:
    """Print the one line saying which notebooks were skipped for want of the archive."""
    for line in _archive_skipped:
        terminalreporter.write_line(line)
