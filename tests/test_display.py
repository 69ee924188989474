"""Numbers for people: separators, percentages, rounding, renumbered rows; the by-hand check."""

import pandas as pd
import pytest

from lib.publish.display import by_hand, readable


@pytest.fixture
def table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "word": ["青岛", "企业"],
            "count": [1686, 12],
            "share": [0.05071, 0.5],
            "z": [-2.3456, 1.0],
        },
        index=[625, 611],
    )


def test_counts_get_thousands_separators_and_shares_read_as_percentages(table):
    shown = readable(table, percent=["share"])
    assert shown["count"].tolist() == ["1,686", "12"]
    assert shown["share"].tolist() == ["5.1%", "50.0%"]
    assert shown["word"].tolist() == ["青岛", "企业"]


def test_decimals_are_rounded_per_column_or_for_all(table):
    assert readable(table, decimals=1)["z"].tolist() == ["-2.3", "1.0"]
    assert readable(table, decimals={"z": 3})["z"].tolist() == ["-2.346", "1.000"]


def test_renumbering_replaces_the_row_numbers_of_the_whole_table(table):
    assert readable(table).index.tolist() == [625, 611]
    assert readable(table, renumber=True).index.tolist() == [1, 2]


def test_a_percentage_column_that_does_not_exist_is_named():
    with pytest.raises(ValueError, match="share"):
        readable(pd.DataFrame({"count": [1]}), percent=["share"])


def test_a_value_by_hand_that_differs_from_the_library_stops_the_notebook():
    assert by_hand({"pmi": (3.5, 3.5)}).loc["pmi", "equal"] == "yes"
    with pytest.raises(AssertionError, match="pmi"):
        by_hand({"pmi": (3.5, 3.6)})


def test_a_unit_by_hand_is_compared_as_text():
    assert by_hand({"unit": ("元", "元")}).loc["unit", "library"] == "元"
    with pytest.raises(AssertionError, match="unit"):
        by_hand({"unit": ("亿元", "元")})
