"""Write tables and figures under results/, always the same way, so reruns are byte-identical.

Every write is atomic (a temporary file in the same folder, then a rename), so a full disk or
an interrupted run never leaves a file cut off; and every write lands inside its output folder,
whatever the name: names that come from the data (a section heading, a title, a group, a term)
pass through `safe_name` first.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pandas as pd

from lib.files import atomic_write
from lib.paths import results_dir

# Characters no file name may hold on Linux, macOS or Windows, and control characters.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_MAX_BYTES = 150  # of UTF-8: room for a prefix, the hash and .png under the 255-byte limit


__all__ = ["UnsafeOutputError", "atomic_write", "inside", "safe_name", "write_figure",
           "write_image", "write_table"]  # fmt: skip


class UnsafeOutputError(ValueError):
    """A write that would land outside its output folder: the run stops."""


def safe_name(name: str) -> str:
    """Return `name` made a safe file name: one path component, no separators, `..` or controls.

    A name that is already safe is returned unchanged (so 市外办 stays 市外办); a name that had
    to be changed gets a short hash of the original, so two names never become one file.
    """
    text = str(name)
    cleaned = _UNSAFE.sub("_", text).strip().strip(".")
    cleaned = re.sub(r"\s+", "_", cleaned)
    cleaned = cleaned.encode("utf-8")[:_MAX_BYTES].decode("utf-8", errors="ignore") or "_"
    if cleaned == text:
        return text
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{cleaned}-{digest}"


def inside(path: Path, folder: Path) -> Path:
    """Return `path` resolved, or raise UnsafeOutputError if it does not lie inside `folder`."""
    resolved, root = Path(path).resolve(), Path(folder).resolve()
    if resolved != root and root not in resolved.parents:
        raise UnsafeOutputError(
            f"refusing to write {resolved}: it lies outside the output folder {root} "
            "(a name from the data or a link leads out of it); nothing was written"
        )
    return resolved


def _target(out_dir: str | Path | None, folder: str, filename: str) -> Path:
    """Return <out_dir or results>/<folder>/<filename>, creating the folder, checked inside it."""
    root = Path(out_dir or results_dir())
    path = root / folder / filename
    path.parent.mkdir(parents=True, exist_ok=True)
    return inside(path, root)


def write_table(table: pd.DataFrame, name: str, out_dir: str | Path | None = None) -> Path:
    """Write `table` to <results>/tables/<name>.csv (UTF-8, no index, LF) and return the path.

    The caller sorts the table; floats are written with 6 significant digits so that the
    last bits of a floating-point sum cannot change the file.
    """
    path = _target(out_dir, "tables", f"{safe_name(name)}.csv")
    return atomic_write(
        path,
        lambda part: table.to_csv(
            part, index=False, encoding="utf-8", lineterminator="\n", float_format="%.6g"
        ),
    )


def write_figure(figure, name: str, out_dir: str | Path | None = None) -> Path:
    """Save a figure to <results>/figures/<name>.png, without timestamps; return the path."""
    path = _target(out_dir, "figures", f"{safe_name(name)}.png")
    return atomic_write(
        path,
        lambda part: figure.savefig(
            part, format="png", dpi=150, bbox_inches="tight", metadata={"Software": None}
        ),
    )


def write_image(image, name: str, out_dir: str | Path | None = None) -> Path:
    """Save a PIL image (a word cloud) to <results>/figures/<name>.png and return the path."""
    path = _target(out_dir, "figures", f"{safe_name(name)}.png")
    return atomic_write(path, lambda part: image.save(part, format="PNG", optimize=False))
