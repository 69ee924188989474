"""Specifications for lib.topics.coherence: NPMI coherence, Hungarian topic matching, stability."""

import math

import numpy as np
import pytest
from scipy import sparse

from lib.topics.coherence import choose_k_table, match_topics, npmi_coherence, topic_stability


def test_npmi_of_a_hand_made_corpus_matches_bouma_formula():
    # Four documents over terms a, b, c: a and b together in two, a alone in one, c in one.
    # p(a) = 3/4, p(b) = 2/4, p(a, b) = 2/4, so NPMI = ln((1/2) / (3/8)) / -ln(1/2) = ln(4/3)/ln 2.
    dtm = sparse.csr_matrix(np.array([[1, 2, 0], [3, 1, 0], [1, 0, 0], [0, 0, 5]]))
    coherence = npmi_coherence(dtm, np.array([[0, 1]]))
    assert coherence[0] == pytest.approx(math.log(4 / 3) / math.log(2))
    assert coherence[0] == pytest.approx(0.415037, abs=1e-6)


def test_topic_npmi_is_the_mean_over_all_pairs_of_its_top_terms():
    dtm = sparse.csr_matrix(np.array([[1, 2, 0], [3, 1, 0], [1, 0, 0], [0, 0, 5]]))
    # pairs (a, b) = 0.415, (a, c) and (b, c) never co-occur = -1 each.
    expected = (math.log(4 / 3) / math.log(2) - 1 - 1) / 3
    assert npmi_coherence(dtm, np.array([[0, 1, 2]]))[0] == pytest.approx(expected)


def test_npmi_is_minus_one_for_terms_never_together_and_one_for_terms_in_every_document():
    dtm = sparse.csr_matrix(np.array([[1, 1, 1, 0], [1, 1, 0, 1]]))
    assert npmi_coherence(dtm, np.array([[2, 3]]))[0] == -1.0
    assert npmi_coherence(dtm, np.array([[0, 1]]))[0] == 1.0


def test_hungarian_matching_maximises_total_overlap_where_greedy_would_not():
    # The largest single overlap is A0-B0 (Jaccard 3/5); taking it leaves A1-B1 (0): total 0.6.
    # The best pairing is A0-B1 (2/4) with A1-B0 (2/5): total 0.9.
    run_a = [{"x1", "x2", "x3", "x4"}, {"x1", "x5", "x7"}]
    run_b = [{"x1", "x2", "x3", "x5"}, {"x3", "x4"}]
    matching = match_topics(run_a, run_b)
    assert list(zip(matching["topic_a"], matching["topic_b"], strict=True)) == [(0, 1), (1, 0)]
    assert matching["jaccard"].tolist() == pytest.approx([2 / 4, 2 / 5])


def test_matching_recovers_a_permutation_of_identical_topics():
    run_a = [{"疫情", "核酸"}, {"海洋", "渔业"}, {"消费", "商品"}]
    run_b = [run_a[2], run_a[0], run_a[1]]
    matching = match_topics(run_a, run_b)
    assert matching["topic_b"].tolist() == [1, 2, 0]
    assert matching["jaccard"].tolist() == [1.0, 1.0, 1.0]


def test_stability_is_one_for_identical_runs_even_when_topics_come_in_another_order():
    run = [{"疫情", "核酸", "防控"}, {"海洋", "渔业", "浒苔"}]
    assert topic_stability([run, run, list(reversed(run))]) == 1.0


def test_stability_is_below_one_when_top_terms_are_shuffled_between_topics():
    run = [{"疫情", "核酸", "防控"}, {"海洋", "渔业", "浒苔"}]
    shuffled = [{"疫情", "渔业", "防控"}, {"海洋", "核酸", "浒苔"}]
    score = topic_stability([run, shuffled])
    assert score == pytest.approx(0.5)  # each matched pair shares 2 of 4 distinct terms


def test_stability_needs_at_least_two_runs():
    with pytest.raises(ValueError, match="at least two seeds"):
        topic_stability([[{"a"}]])


def test_matching_runs_with_different_numbers_of_topics_is_refused():
    with pytest.raises(ValueError, match="same k"):
        match_topics([{"a"}, {"b"}], [{"a"}])


def two_theme_matrix() -> sparse.csr_matrix:
    """Return 30 paragraphs x 12 terms: even rows use only terms 0-5, odd rows only 6-11."""
    rng = np.random.default_rng(3)
    counts = np.zeros((30, 12), dtype=np.int64)
    for row in range(30):
        theme = np.arange(6) if row % 2 == 0 else np.arange(6, 12)
        np.add.at(counts[row], rng.choice(theme, size=6), 1)
    return sparse.csr_matrix(counts)


@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_choose_k_table_prefers_two_topics_for_two_separated_themes(method):
    # top_n=6 is a whole theme: every theme word is equally likely, so a shorter top list would
    # be a random pick among them and could not be stable.
    table = choose_k_table(two_theme_matrix(), ks=[5, 2, 4], method=method, top_n=6)
    assert table["k"].tolist() == [2, 4, 5]
    assert list(table.columns) == [
        "k",
        "method",
        "coherence_npmi",
        "stability",
        "n_seeds",
        "top_n",
        "converged",
    ]
    two, over_split = table.iloc[0], table.iloc[1:]
    assert two["stability"] == 1.0
    assert (over_split["stability"] < 1.0).all()
    assert (over_split["coherence_npmi"] < two["coherence_npmi"]).all()


def test_choose_k_table_refuses_a_sample_fraction_outside_zero_to_one():
    with pytest.raises(ValueError, match="sample_fraction"):
        choose_k_table(two_theme_matrix(), ks=[2], sample_fraction=1.5)


def test_choose_k_table_reports_nmf_convergence_and_leaves_it_open_for_lda():
    nmf = choose_k_table(two_theme_matrix(), ks=[2], seeds=(0, 1), top_n=3)
    lda = choose_k_table(two_theme_matrix(), ks=[2], seeds=(0, 1), method="lda", top_n=3)
    assert nmf["converged"].tolist() == [True]
    assert lda["converged"].isna().all()
