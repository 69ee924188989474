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
    """Return the default results folder, <root>/results (tables/ and figures/ below it)."""
    return Path(os.environ.get("CHENGJIDAN_RESULTS", project_root() / "results")).resolve()
