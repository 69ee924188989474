"""The labelled sentence set: the indicator reader's measured accuracy stays above its targets.

tests/data/indicator_sentences.tsv holds sentences written here in the style of government work
reports (none copied from a corpus), one row per expected figure with its value, unit, subject
and qualifier. `python -m lib.quantities.evaluation` prints the same scores and the misses.
"""

from pathlib import Path

import pandas as pd
import pytest

from lib.quantities.evaluation import compare, read_labels, scores

LABELS = Path(__file__).parent / "data" / "indicator_sentences.tsv"
FORMS = ["level", "comparison", "list", "circumstance", "range", "qualifier", "threshold",
         "unit", "rank", "multiple", "streak", "change", "numeral", "ratio", "not"]  # fmt: skip


@pytest.fixture(scope="module")
def labels() -> pd.DataFrame:
    return read_labels(LABELS)


@pytest.fixture(scope="module")
def measured(labels) -> dict:
    return scores(compare(labels))


def test_the_set_holds_at_least_150_sentences_of_every_form(labels):
    assert labels["sentence"].nunique() >= 150
    assert set(FORMS) <= set(labels["form"])


def test_no_sentence_of_the_set_is_a_long_passage_of_a_shared_corpus(labels, national_corpus_path):
    corpora = national_corpus_path.parent
    shared = "".join(p.read_text(encoding="utf-8") for p in sorted(corpora.glob("*.jsonl")))
    for sentence in labels["sentence"].unique():
        for start in range(0, len(sentence) - 23):  # 24 characters or more
            assert sentence[start : start + 24] not in shared, sentence


def test_value_recall_is_at_least_98_percent(measured):
    assert measured["value_recall"] >= 0.98, measured


def test_subject_accuracy_is_at_least_95_percent(measured):
    assert measured["subject_accuracy"] >= 0.95, measured


def test_qualifier_accuracy_is_at_least_90_percent(measured):
    assert measured["qualifier_accuracy"] >= 0.9, measured


def test_no_plan_period_or_name_is_taken_for_a_figure(measured):
    assert measured["extra_in_no_figure_sentences"] == 0, measured


def test_a_missed_figure_lowers_the_recall():
    columns = ["sentence", "raw", "value", "unit", "subject", "qualifier", "form"]
    labels = pd.DataFrame(
        [
            ["增长5%。", "5%", "5", "%", "", "", "change"],
            ["增长5%。", "7%", "7", "%", "", "", "change"],
        ],
        columns=columns,
    )
    assert scores(compare(labels))["value_recall"] == 0.5


def test_a_labels_file_without_a_column_is_refused(tmp_path):
    path = tmp_path / "labels.tsv"
    path.write_text("sentence\traw\n增长5%。\t5%\n", encoding="utf-8")
    with pytest.raises(ValueError, match="value"):
        read_labels(path)
