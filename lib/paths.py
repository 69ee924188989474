"""The one project-root lookup: every default path in lib is relative to it."""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    """Return the project root: $CHENGJIDAN_ROOT if set, else the folder holding lib/.

    lib is installed in editable mode, so its parent folder is the checkout. Nothing in lib
    depends on the current working directory.
    """
    env = os.environ.get("CHENGJIDAN_ROOT")
    if env:
        return Path(env).resolve()
    return Path(__file__).resolve().parent.parent


def corpus_dir() -> Path:
    """Return the default corpus folder, <root>/corpus."""
    return project_root() / "corpus"


def results_dir() -> Path:
    """Return the default results folder, <root>/results (tables/ and figures/ below it).

    There is one way to write elsewhere: a notebook's OUT parameter (`make run OUT=dir`).
    """
    return project_root() / "results"


ARCHIVE_SOURCE = (
    "the public repository aldohemsn/chinese-political-corpora, file government_work_reports.jsonl"
)


def default_archive() -> Path:
    """Return the default archive: ../shared/corpora/national_gwr.jsonl beside the root."""
    return project_root().parent / "shared" / "corpora" / "national_gwr.jsonl"


def archive_path(archive: str | Path | None = None) -> Path:
    """Return the archive a notebook reads: `archive` if given, else `default_archive()`."""
    return Path(archive).expanduser().resolve() if archive else default_archive()


def archive_missing(archive: str | Path | None = None) -> str:
    """Return one line saying how to get the archive if it is absent, else ""."""
    path = archive_path(archive)
    if path.is_file():
        return ""
    return (
        f"the archive {path} is absent: get it from {ARCHIVE_SOURCE} and save it there, "
        "or run on your own .jsonl of reports with "
        "make run CORPUS=... OUT=... PARAMS='ARCHIVE=path'"
    )


def uncommitted_dir(out: str | Path | None = None) -> Path:
    """Return the folder for outputs never committed (text of a corpus the project does not ship).

    <out>/private when a run has its own output folder, else <root>/.cache/private (.cache/ is
    ignored by git).
    """
    return (Path(out) if out else project_root() / ".cache") / "private"
