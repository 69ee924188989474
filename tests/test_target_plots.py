"""Figures of notebook 07: built from the linked table, titled, with labelled axes."""

import pandas as pd
import pytest

from lib.publish import target_plots

LINKED = pd.DataFrame(
    {
        "indicator": ["gdp_growth"] * 4,
        "year": [2019, 2020, 2021, 2022],
        "low": [6.0, None, 6.0, 5.5],
        "high": [6.5, None, 6.0, 5.5],
        "bound": ["range", None, "floor", "point"],
        "outcome": [6.1, 2.3, 8.1, 3.0],
    }
)


def test_the_target_figure_draws_a_band_a_floor_and_a_point_against_the_results():
    figure = target_plots.target_vs_outcome(LINKED, "gdp_growth", "GDP growth", "growth (%)")
    axes = figure.axes[0]
    assert axes.get_title() == "GDP growth"
    assert axes.get_xlabel() and axes.get_ylabel() == "growth (%)"
    assert len(axes.patches) == 1  # the band of the 2019 range
    assert list(axes.lines[0].get_ydata()) == [6.1, 2.3, 8.1, 3.0]


def test_a_year_without_a_result_breaks_the_result_line():
    linked = LINKED.assign(outcome=[6.1, None, 8.1, 3.0])
    figure = target_plots.target_vs_outcome(linked, "gdp_growth", "GDP growth", "growth (%)")
    ydata = figure.axes[0].lines[0].get_ydata()
    assert len(ydata) == 4 and ydata[1] != ydata[1]  # NaN in 2020


def test_the_forms_figure_puts_each_year_on_the_row_of_its_form():
    forms = pd.DataFrame({"year": [2019, 2020, 2021], "form": ["range", "none", "floor"]})
    figure = target_plots.target_forms(forms, "Forms")
    offsets = figure.axes[0].collections[0].get_offsets()
    assert [row for _, row in offsets] == [3, 4, 1]


def test_a_table_without_the_needed_columns_is_refused_with_the_table_to_pass():
    with pytest.raises(ValueError, match="target_link"):
        target_plots.target_vs_outcome(LINKED.drop(columns="bound"), "gdp_growth", "t", "y")


def test_several_results_a_year_are_drawn_as_points_without_a_line():
    linked = pd.concat([LINKED.assign(province="甲"), LINKED.assign(province="乙")])
    figure = target_plots.target_vs_outcome(linked, "gdp_growth", "GDP growth", "growth (%)")
    line = figure.axes[0].lines[0]
    assert line.get_linestyle() == "None" and len(line.get_ydata()) == 8
