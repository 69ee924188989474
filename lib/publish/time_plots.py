"""Figures over time: term trends, a per-year series, topic prevalence by year, era keyness.

Years are drawn on a true time axis, so the gaps of an archive (no report in some years)
show as gaps in the markers rather than being closed up.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.figure import Figure

from lib.publish.fonts import use_cjk_font


def _require(table: pd.DataFrame, columns: tuple, figure: str, source: str) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{figure} needs column(s) {missing}; pass the table {source} returns")


def term_trend_panel(trends: pd.DataFrame, title: str, columns: int = 3) -> Figure:
    """Return one small panel per term: its rate per 10,000 word tokens by year."""
    _require(trends, ("year", "term", "per_10k"), "term_trend_panel", "term_trends")
    use_cjk_font()
    terms = list(dict.fromkeys(trends["term"]))
    rows = -(-len(terms) // columns)
    figure = Figure(figsize=(3.6 * columns, 2.4 * rows + 0.6), layout="constrained")
    grid = np.atleast_1d(figure.subplots(rows, columns, sharex=True, squeeze=False).ravel())
    for axes, term in zip(grid, terms, strict=False):
        series = trends[trends["term"] == term].sort_values("year")
        axes.plot(series["year"], series["per_10k"], marker="o", markersize=2.5, linewidth=1)
        axes.set_title(term)
        axes.set_ylim(bottom=0)
        axes.set_ylabel("per 10,000 words")
    for axes in grid[len(terms) :]:
        axes.set_axis_off()
    figure.suptitle(title)
    return figure


def yearly_series(table: pd.DataFrame, value: str, title: str, ylabel: str) -> Figure:
    """Return a line of `value` by year, one marker per year present."""
    _require(table, ("year", value), "yearly_series", "the per-year function")
    use_cjk_font()
    ordered = table.sort_values("year")
    figure = Figure(figsize=(8, 3.4), layout="constrained")
    axes = figure.subplots()
    axes.plot(ordered["year"], ordered[value], marker="o", markersize=3, linewidth=1)
    axes.set_ylim(bottom=0)
    axes.set_title(title)
    axes.set_xlabel("Year of the report")
    axes.set_ylabel(ylabel)
    return figure


def topic_prevalence(shares: pd.DataFrame, labels: Mapping[int, str], title: str) -> Figure:
    """Return stacked areas of each topic's mean share of the paragraphs of each year."""
    _require(shares, ("year", "topic", "share"), "topic_prevalence", "topic_shares(by='year')")
    use_cjk_font()
    wide = shares.pivot(index="year", columns="topic", values="share").fillna(0).sort_index()
    figure = Figure(figsize=(9, 4.2), layout="constrained")
    axes = figure.subplots()
    # tab20 rather than the default cycle, whose ten colours would repeat past ten topics.
    palette = colormaps["tab20"]
    colors = [palette(i % 20) for i in range(wide.shape[1])]
    names = [labels.get(int(t), str(t)) for t in wide.columns]
    axes.stackplot(wide.index, wide.to_numpy().T, labels=names, colors=colors, alpha=0.85)
    axes.set_xlim(wide.index.min(), wide.index.max())
    axes.set_ylim(0, 1)
    axes.set_title(title)
    axes.set_xlabel("Year of the report")
    axes.set_ylabel("mean topic share of its paragraphs")
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    return figure


def era_keyness_panel(keyness: pd.DataFrame, column: str, title: str, top_n: int = 10) -> Figure:
    """Return one bar panel per era: its `top_n` most distinctive words by z-score."""
    _require(keyness, (column, "word", "z"), "era_keyness_panel", "keyness_each_vs_rest")
    use_cjk_font()
    groups = list(dict.fromkeys(keyness[column]))
    figure = Figure(figsize=(3.1 * len(groups), 0.28 * top_n + 1.4), layout="constrained")
    grid = np.atleast_1d(figure.subplots(1, len(groups), squeeze=False).ravel())
    for axes, group in zip(grid, groups, strict=True):
        top = keyness[keyness[column] == group].sort_values(["z", "word"], ascending=[False, True])
        top = top.head(top_n)
        axes.barh(range(len(top)), top["z"].to_numpy(), color="#c44e52")
        axes.set_yticks(range(len(top)), top["word"].tolist())
        axes.invert_yaxis()
        axes.set_title(str(group))
        axes.set_xlabel("z vs the other eras")
    figure.suptitle(title)
    return figure
