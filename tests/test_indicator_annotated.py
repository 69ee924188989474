"""Two labelled sets written by annotators who never ran the reader: scores on sentences the
rules were not written from.

tests/data/indicator_sentences_annotator_a.tsv (163 sentences) and _b.tsv (120 sentences) were
written here, in the style of municipal report cards, target paragraphs, older national reports
and sentences that only look numeric, by two annotators who read the labelling conventions but
not the reader's code and did not run it. Set A was then used to improve the rules; set B was
scored once before it was looked at (subject 0.908), then its misses were worked on too. Both
stay above the issue's targets here, so a change that breaks a form they hold fails.
"""

from pathlib import Path

import pytest

from lib.quantities.evaluation import compare, read_labels, scores

DATA = Path(__file__).parent / "data"
SETS = ["indicator_sentences_annotator_a.tsv", "indicator_sentences_annotator_b.tsv"]


@pytest.fixture(scope="module", params=SETS)
def labelled(request):
    labels = read_labels(DATA / request.param)
    return labels, scores(compare(labels))


def test_each_annotated_set_is_large_and_holds_sentences_without_figures(labelled):
    labels, _ = labelled
    assert labels["sentence"].nunique() >= 100
    assert (labels["form"] == "not").sum() >= 15


def test_the_reader_meets_the_targets_on_sentences_it_was_not_written_from(labelled):
    _, measured = labelled
    assert measured["value_recall"] >= 0.98, measured
    assert measured["subject_accuracy"] >= 0.95, measured
    assert measured["qualifier_accuracy"] >= 0.9, measured
    assert measured["extra_in_no_figure_sentences"] == 0, measured


def test_no_annotated_sentence_is_a_long_passage_of_a_shared_corpus(national_corpus_path):
    shared = "".join(
        p.read_text(encoding="utf-8") for p in sorted(national_corpus_path.parent.glob("*.jsonl"))
    )
    for name in SETS:
        for sentence in read_labels(DATA / name)["sentence"].unique():
            for start in range(0, len(sentence) - 23):  # 24 characters or more
                assert sentence[start : start + 24] not in shared, (name, sentence)
