"""Keyness: Monroe et al.'s log-odds with a Dirichlet prior, between groups of records."""

import math

import pandas as pd
import pytest

from lib.words.keyness import (
    group_keyness,
    keyness_each_vs_rest,
    log_odds_keyness,
)


def test_log_odds_matches_a_hand_computed_example():
    table = log_odds_keyness({"x": 2, "y": 1}, {"x": 1, "y": 2}).set_index("word")
    # n_a = n_b = 3; pooled prior with scale 1: a_x = a_y = 3, a_0 = 6.
    # delta_x = log((2+3)/(3+6-2-3)) - log((1+3)/(3+6-1-3)) = log(5/4) - log(4/5)
    # variance_x = 1/(2+3) + 1/(1+3) = 0.45
    delta_x = math.log(5 / 4) - math.log(4 / 5)
    assert table.loc["x", "prior"] == pytest.approx(3.0)
    assert table.loc["x", "delta"] == pytest.approx(delta_x)
    assert table.loc["x", "variance"] == pytest.approx(0.45)
    assert table.loc["x", "z"] == pytest.approx(delta_x / math.sqrt(0.45))
    assert table.loc["y", "z"] == pytest.approx(-delta_x / math.sqrt(0.45))


def test_swapping_the_groups_negates_delta_and_z():
    a = {"德国": 9, "合作": 4, "客厅": 2, "热线": 1}
    b = {"热线": 7, "合作": 5, "疫情": 3}
    forward = log_odds_keyness(a, b).set_index("word").sort_index()
    backward = log_odds_keyness(b, a).set_index("word").sort_index()
    assert (forward["z"] == -backward["z"]).all()
    assert (forward["delta"] == -backward["delta"]).all()
    assert (forward["variance"] == backward["variance"]).all()


def test_the_table_is_sorted_by_z_then_word():
    table = log_odds_keyness({"乙": 3, "甲": 3, "丙": 1}, {"丙": 5, "丁": 1})
    assert table["word"].tolist() == ["乙", "甲", "丁", "丙"]
    assert table["z"].is_monotonic_decreasing


def test_a_smaller_prior_scale_shrinks_less():
    strong = log_odds_keyness({"x": 8, "y": 2}, {"x": 2, "y": 8}, prior_scale=1.0)
    weak = log_odds_keyness({"x": 8, "y": 2}, {"x": 2, "y": 8}, prior_scale=0.1)
    assert (
        weak.loc[weak["word"] == "x", "delta"].item()
        > strong.loc[strong["word"] == "x", "delta"].item()
    )


def test_a_background_prior_must_cover_every_word():
    with pytest.raises(ValueError, match=r"no positive count for 1 word\(s\), e.g. \['y'\]"):
        log_odds_keyness({"x": 1, "y": 1}, {"x": 2}, prior={"x": 10})


def test_an_empty_group_is_refused():
    with pytest.raises(ValueError, match="one of them is empty"):
        log_odds_keyness({"x": 1}, {})


def test_group_keyness_compares_a_set_of_values_with_the_rest(tokens):
    table = group_keyness(tokens, "section", {"市外办"})
    assert table["word"].iloc[0] == "德国"
    assert table.set_index("word").loc["德国", ["count_a", "count_b"]].tolist() == [4, 0]
    assert "的" not in set(table["word"]) and "2020" not in set(table["word"])


def test_group_keyness_refuses_values_that_match_nothing(tokens):
    with pytest.raises(ValueError, match="no word token has section in"):
        group_keyness(tokens, "section", "市外事办")


def test_each_group_against_the_rest(tokens):
    table = keyness_each_vs_rest(tokens, "section", top_n=1)
    assert table[["section", "word"]].values.tolist() == [
        ["市外办", "德国"],
        ["市政府办公厅", "热线"],
        ["市海洋发展局", "浒苔"],
    ]


def test_stacked_comparisons_are_named_in_a_first_column():
    from lib.words.keyness import stack_comparisons

    a = log_odds_keyness({"实现": 3}, {"发放": 2})
    stacked = stack_comparisons({"first": a, "second": a})
    assert stacked.columns[0] == "comparison"
    assert stacked["comparison"].tolist() == ["first"] * len(a) + ["second"] * len(a)


def test_group_values_match_as_text_so_years_can_be_given_as_numbers():
    tokens = pd.DataFrame(
        {
            "token": ["增长", "下降", "增长"],
            "year": ["2024", "1990", "2025"],
            "is_stopword": False,
            "is_number": False,
            "is_punct": False,
        }
    )
    assert group_keyness(tokens, "year", [2024, 2025]).set_index("word").loc["增长", "count_a"] == 2
