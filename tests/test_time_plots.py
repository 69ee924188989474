"""Figures over time: one panel per term or era, a stacked area per topic."""

import pandas as pd
import pytest

from lib.publish.time_plots import (
    era_keyness_panel,
    term_trend_panel,
    topic_prevalence,
    yearly_series,
)


def test_each_term_gets_its_panel_and_spare_panels_are_hidden():
    trends = pd.DataFrame(
        {
            "year": [2000, 2001] * 4,
            "term": ["改革"] * 2 + ["人民"] * 2 + ["绿色"] * 2 + ["增长"] * 2,
            "per_10k": [1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 2.0],
        }
    )
    figure = term_trend_panel(trends, "t", columns=3)
    visible = [axes.get_title() for axes in figure.axes if axes.axison]
    assert visible == ["改革", "人民", "绿色", "增长"]
    assert len(figure.axes) == 6


def test_topic_areas_are_labelled_with_the_topic_labels_and_distinct_colours():
    shares = pd.DataFrame(
        {"year": [2000] * 12 + [2001] * 12, "topic": list(range(12)) * 2, "share": 1 / 12}
    )
    figure = topic_prevalence(shares, {i: f"topic {i}" for i in range(12)}, "t")
    legend = figure.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [f"topic {i}" for i in range(12)]
    colours = [tuple(c.get_facecolor()[0]) for c in figure.axes[0].collections]
    assert len(set(colours)) == 12


def test_era_panels_follow_the_table_order():
    table = pd.DataFrame({"era": ["b", "b", "a"], "word": ["改革", "开放", "革命"], "z": [3, 2, 5]})
    figure = era_keyness_panel(table, "era", "t", top_n=1)
    assert [axes.get_title() for axes in figure.axes] == ["b", "a"]


def test_a_table_without_the_column_is_refused_with_its_source():
    with pytest.raises(ValueError, match="needs column"):
        yearly_series(pd.DataFrame({"year": [2000]}), "density", "t", "y")
