"""The number of topics is the choose-k table's recommendation; comparisons name their groups."""

import pandas as pd
import pytest

from lib.topics.coherence import fit_note, recommended_k
from lib.words.keyness import comparison_name, file_name


def k_table(coherence, stability):
    return pd.DataFrame(
        {"k": range(2, 2 + len(coherence)), "coherence_npmi": coherence, "stability": stability}
    )


def test_the_recommended_k_balances_coherence_and_stability():
    # k=2 is the most stable, k=5 the most coherent; k=4 is second on both.
    table = k_table([0.00, 0.10, 0.17, 0.18], [0.70, 0.40, 0.60, 0.30])
    assert recommended_k(table) == 4


def test_a_tie_goes_to_the_more_coherent_k():
    # rank sums: k=2: 4+1, k=3: 3+2, k=4: 2+3, k=5: 1+4 -> all 5; k=5 is the most coherent.
    table = k_table([0.00, 0.10, 0.15, 0.18], [0.70, 0.60, 0.50, 0.40])
    assert recommended_k(table) == 5


def test_a_stacked_table_of_two_methods_is_refused():
    table = pd.concat([k_table([0.1, 0.2], [0.5, 0.4])] * 2)
    with pytest.raises(ValueError, match="one method"):
        recommended_k(table)


def test_a_comparison_is_named_by_its_groups_and_so_is_its_file():
    name = comparison_name(("Achievement reports", "ordinary news"))
    assert name == "Achievement reports vs ordinary news"
    assert file_name(f"keyness {name}") == "keyness_achievement_reports_vs_ordinary_news"
    assert file_name("keyness 1954–1978 vs 其余") == "keyness_1954_1978_vs_其余"


def test_two_groups_with_the_same_name_are_refused():
    with pytest.raises(ValueError, match="name both groups"):
        comparison_name(("news", "news"))


def test_the_fit_note_says_when_k_was_overridden_and_when_the_fit_did_not_converge():
    assert fit_note(5, 5, True) == "k = 5 (the recommendation); the fit converged"
    note = fit_note(8, 5, False)
    assert "set by hand; recommended 5" in note and "did NOT converge" in note
