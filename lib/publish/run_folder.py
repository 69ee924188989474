"""The output folder of a run: refused if it would overwrite the project, locked while in use.

A run on another corpus writes into OUT (notebooks/, tables/, figures/). OUT may not be, hold or
lie inside a committed folder of the project; it must be a folder (new, empty, or written by an
earlier run) that can be written; one run at a time holds it; and an earlier run's outputs are
removed first, so a figure of the old corpus never sits beside the new ones.
"""

from __future__ import annotations

import fcntl
import tempfile
from pathlib import Path
from typing import IO

from lib.paths import project_root

# The project's committed folders: a run's outputs never go into them (results/ only by the
# default run, which regenerates the committed results on purpose).
COMMITTED = ("results", "notebooks", "corpus", "lib", "tests", "benchmarks", ".ci", ".git")
MARKER = ".chengjidan-run"  # in OUT: written by a run, and the lock a run holds
OUTPUT_FOLDERS = ("notebooks", "tables", "figures")
OUTPUT_FILES = ("*.ipynb", "*.csv", "*.png")  # anywhere in OUT (07 writes OUT/private/tables)


class RunRefused(ValueError):
    """The run cannot start: the output folder is unsafe, unwritable or in use."""


def refuse_committed(out: Path, root: Path | None = None) -> None:
    """Raise RunRefused if `out` is the project, holds it, or is or lies in a committed folder."""
    out, root = Path(out).resolve(), (root or project_root()).resolve()
    if out == root or out in root.parents:
        raise RunRefused(
            f"OUT={out} is or holds the project folder: choose a folder of its own "
            "(e.g. OUT=../my-run); the committed notebooks and results/ must stay untouched"
        )
    for name in COMMITTED:
        folder = root / name
        if out == folder or folder in out.parents:
            raise RunRefused(
                f"OUT={out} is or lies inside the committed folder {name}/: choose a folder of "
                "its own (e.g. OUT=../my-run); the committed files must stay untouched"
            )


def check_writable(folder: Path) -> None:
    """Raise RunRefused (one line) unless `folder` is a folder that can be written, creating it."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise RunRefused(f"{folder} is a file, not a folder: choose a folder for the outputs")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise RunRefused(
            f"cannot write in {folder} ({reason}): make it writable or choose another folder"
        ) from None


def lock(folder: Path) -> IO:
    """Take the run lock of `folder` and return its open file; RunRefused if a run holds it.

    The lock is the operating system's (flock): it ends with the process that holds it, so a
    killed run never leaves a stale lock behind.
    """
    handle = open(Path(folder) / MARKER, "a+", encoding="utf-8")  # noqa: SIM115 (held for the run)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise RunRefused(
            f"another run is writing into {folder}: wait for it to end, or choose another OUT"
        ) from None
    return handle


def open_out(out: Path, corpus: Path) -> IO:
    """Check, lock and empty the output folder of a corpus run; return the held lock.

    OUT must be new, empty, or a folder an earlier run wrote (it holds the marker): a folder of
    other files is refused rather than mixed with outputs.
    """
    out = Path(out).resolve()
    refuse_committed(out)
    earlier = (out / MARKER).is_file()
    if out.is_dir() and not earlier and any(out.iterdir()):
        raise RunRefused(f"OUT={out} holds files that no run wrote: choose a new or empty folder")
    check_writable(out)
    held = lock(out)
    for pattern in OUTPUT_FILES:
        for old in sorted(out.rglob(pattern)):
            old.unlink()  # the earlier run's outputs: never kept beside this corpus's
    for folder in OUTPUT_FOLDERS:
        check_writable(out / folder)
    held.seek(0)
    held.truncate()
    held.write(f"written by `make run` (lib.publish.execute) on the corpus {corpus}\n")
    held.flush()
    return held


def open_project() -> IO:
    """Check that the default run can write the committed results and notebooks; lock it."""
    root = project_root()
    for folder in (root / "results" / "tables", root / "results" / "figures", root / "notebooks"):
        check_writable(folder)
    return lock(root / "results")
