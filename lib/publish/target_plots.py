"""Figures of targets and results (notebook 07): drawn in the project's CJK font, never saved here.

Targets are drawn by form: a band for a range, a triangle pointing up for a floor (以上, 不低于),
down for a ceiling (以内, 控制在), a bar for a point; the result reported the next year is a line.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from lib.publish.fonts import use_cjk_font
from lib.tables import require_columns

TARGET_COLOR = "#4c72b0"
OUTCOME_COLOR = "#c44e52"
FORM_MARKERS = {"floor": "^", "ceiling": "v", "point": "_"}
FORMS = ["point", "floor", "ceiling", "range", "none"]


def _draw_targets(axes, rows: pd.DataFrame, x: str, scale: float, horizontal: bool = False):
    """Draw each target at position `x` by its form; return whether any was drawn."""
    for form, group in rows.groupby("bound", sort=True):
        where = group[x].to_numpy()
        low, high = group["low"].to_numpy() / scale, group["high"].to_numpy() / scale
        if form == "range":
            if horizontal:
                axes.barh(where, high - low, left=low, height=0.5, color=TARGET_COLOR, alpha=0.35)
            else:
                axes.bar(where, high - low, bottom=low, width=0.6, color=TARGET_COLOR, alpha=0.35)
            continue
        marker = FORM_MARKERS.get(form, "_")
        marker = {"^": ">", "v": "<", "_": "|"}[marker] if horizontal else marker
        points = (low, where) if horizontal else (where, low if form != "ceiling" else high)
        axes.scatter(*points, marker=marker, s=120, color=TARGET_COLOR, linewidths=2.5, zorder=3)
    return not rows.empty


def target_vs_outcome(
    linked: pd.DataFrame, indicator: str, title: str, ylabel: str, scale: float = 1.0
) -> Figure:
    """Return the targets of `indicator` by year (by form) against the results reported."""
    require_columns(
        linked,
        ("indicator", "year", "low", "high", "bound", "outcome"),
        "the table given to target_vs_outcome",
        "lib.quantities.target_link.link",
    )
    use_cjk_font()
    rows = linked[linked["indicator"] == indicator].sort_values("year")
    figure = Figure(figsize=(9, 4), layout="constrained")
    axes = figure.subplots()
    targets = rows[rows["low"].notna()].astype({"year": int})
    _draw_targets(axes, targets, "year", scale)
    results = rows[rows["outcome"].notna()].astype({"year": int}).set_index("year")["outcome"]
    style = "o-"
    if not results.empty and results.index.is_unique:
        # a year without a result breaks the line instead of bridging it
        results = results.reindex(range(results.index.min(), results.index.max() + 1))
    elif not results.empty:
        style = "o"  # several reports a year (provinces): points, no line
    axes.plot(results.index, results.to_numpy() / scale, style, color=OUTCOME_COLOR, markersize=4)
    handles = [
        axes.scatter([], [], marker="s", color=TARGET_COLOR, alpha=0.35, label="target: range"),
        axes.scatter([], [], marker="^", color=TARGET_COLOR, label="target: floor (以上)"),
        axes.scatter([], [], marker="v", color=TARGET_COLOR, label="target: ceiling (以内)"),
        axes.scatter([], [], marker="_", color=TARGET_COLOR, s=120, label="target: point (左右)"),
        axes.plot([], [], "o-", color=OUTCOME_COLOR, label="result reported next year")[0],
    ]
    axes.legend(handles=handles, fontsize=8, loc="best")
    axes.set_title(title)
    axes.set_xlabel("year the target is for")
    axes.set_ylabel(ylabel)
    axes.grid(axis="y", alpha=0.3)
    return figure


def target_forms(forms: pd.DataFrame, title: str) -> Figure:
    """Return one mark per report year on the row of its target's form (point ... none)."""
    require_columns(
        forms, ("year", "form"), "the table given to target_forms", "target_link.target_forms"
    )
    use_cjk_font()
    figure = Figure(figsize=(9, 2.6), layout="constrained")
    axes = figure.subplots()
    rows = [FORMS.index(form) for form in forms["form"]]
    axes.scatter(forms["year"], rows, marker="s", s=40, color=TARGET_COLOR)
    axes.set_yticks(range(len(FORMS)), FORMS)
    axes.set_ylim(len(FORMS) - 0.5, -0.5)
    axes.set_title(title)
    axes.set_xlabel("report year")
    axes.set_ylabel("form of the target")
    axes.grid(axis="x", alpha=0.3)
    return figure


def targets_by_document(targets: pd.DataFrame, by: str, title: str, xlabel: str) -> Figure:
    """Return one row per document: its target (band, triangle or bar) for one indicator."""
    require_columns(
        targets,
        (by, "low", "high", "bound"),
        "the table given to targets_by_document",
        "main_targets",
    )
    use_cjk_font()
    rows = targets.sort_values(["low", by], kind="stable").reset_index(drop=True)
    rows = rows.assign(position=range(len(rows)))
    figure = Figure(figsize=(7, max(2.5, 0.45 * len(rows) + 1)), layout="constrained")
    axes = figure.subplots()
    _draw_targets(axes, rows, "position", 1.0, horizontal=True)
    axes.set_yticks(rows["position"], rows[by])
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.set_title(title)
    axes.set_xlabel(xlabel)
    axes.grid(axis="x", alpha=0.3)
    return figure
