"""Write tables and figures under results/, always the same way, so reruns are byte-identical."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from lib.paths import results_dir


def _target(out_dir: str | Path | None, folder: str, filename: str) -> Path:
    """Return <out_dir or results>/<folder>/<filename>, creating the folder."""
    path = Path(out_dir or results_dir()) / folder / filename
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write_table(table: pd.DataFrame, name: str, out_dir: str | Path | None = None) -> Path:
    """Write `table` to <results>/tables/<name>.csv (UTF-8, no index, LF) and return the path.

    The caller sorts the table; floats are written with 6 significant digits so that the
    last bits of a floating-point sum cannot change the file.
    """
    path = _target(out_dir, "tables", f"{name}.csv")
    table.to_csv(path, index=False, encoding="utf-8", lineterminator="\n", float_format="%.6g")
    return path


def write_figure(figure, name: str, out_dir: str | Path | None = None) -> Path:
    """Save a figure to <results>/figures/<name>.png, without timestamps; return the path."""
    path = _target(out_dir, "figures", f"{name}.png")
    figure.savefig(path, dpi=150, bbox_inches="tight", metadata={"Software": None})
    return path


def write_image(image, name: str, out_dir: str | Path | None = None) -> Path:
    """Save a PIL image (a word cloud) to <results>/figures/<name>.png and return the path."""
    path = _target(out_dir, "figures", f"{name}.png")
    image.save(path, format="PNG", optimize=False)
    return path
