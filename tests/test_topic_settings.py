"""Topic settings that fit the corpus: sentences on the page, paragraphs on a real corpus."""

import pandas as pd

from lib.topics.settings import PROJECT_TOPIC_LABELS, topic_settings


def _paragraphs(n: int) -> pd.DataFrame:
    return pd.DataFrame({"kind": ["title"] + ["paragraph"] * n, "text": ["题"] + ["文"] * n})


def test_the_project_page_keeps_sentences_the_full_k_range_and_its_hand_labels():
    fit = topic_settings(_paragraphs(24), None)
    assert (fit.unit, fit.ks, fit.seeds, fit.minibatch) == (
        "sentence",
        [2, 3, 4, 5, 6, 7, 8],
        [0, 1, 2, 3, 4],
        False,
    )
    assert fit.labels == PROJECT_TOPIC_LABELS and fit.note == ""


def test_a_large_corpus_gets_paragraphs_minibatch_fewer_refits_and_automatic_labels(tmp_path):
    fit = topic_settings(_paragraphs(5000), tmp_path / "reports.jsonl")
    assert (fit.unit, fit.ks, fit.seeds, fit.minibatch) == (
        "para",
        [4, 6, 8, 10, 12],
        [0, 1, 2],
        True,
    )
    assert fit.labels is None
    assert "5,000 paragraphs" in fit.note and "UNIT='para'" in fit.note


def test_a_middle_sized_corpus_uses_paragraphs_but_full_batch(tmp_path):
    fit = topic_settings(_paragraphs(300), tmp_path / "pages")
    assert (fit.unit, fit.minibatch, fit.ks) == ("para", False, [2, 3, 4, 5, 6, 7, 8])


def test_every_value_the_user_sets_is_kept_and_not_named_as_chosen(tmp_path):
    fit = topic_settings(
        _paragraphs(5000), tmp_path / "r.jsonl", "sentence", range(3, 5), (7,), False, {0: "a"}
    )
    assert (fit.unit, fit.ks, fit.seeds, fit.minibatch, fit.labels) == (
        "sentence",
        [3, 4],
        [7],
        False,
        {0: "a"},
    )
    assert fit.note == ""
