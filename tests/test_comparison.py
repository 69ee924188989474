"""lib.load.comparison: a comparison that fits any corpus when the user names none."""

import pandas as pd
import pytest

from lib.load.comparison import PROJECT_COMPARISON, choose_comparison, is_project_corpus
from lib.load.corpus import RECORD_COLUMNS
from lib.paths import corpus_dir


def paragraphs(rows: list[dict]) -> pd.DataFrame:
    """Return a paragraphs table of the given records (other record columns empty)."""
    table = pd.DataFrame(rows)
    for column in RECORD_COLUMNS:
        if column not in table:
            table[column] = 0 if column in ("para_id", "line") else ""
    return table


def documents(**metadata) -> pd.DataFrame:
    """Return one paragraph per document, with the metadata columns given as lists."""
    count = len(next(iter(metadata.values())))
    return paragraphs(
        [
            {"article_id": f"d{i}-a01", "title": f"报告{i}", "kind": "paragraph", "para_id": 0}
            | {k: v[i] for k, v in metadata.items()}
            for i in range(count)
        ]
    )


def test_the_project_corpus_compares_its_achievement_reports_with_the_news():
    chosen = choose_comparison(documents(city=["青岛"]), corpus=None)
    assert (chosen.column, chosen.group_a) == PROJECT_COMPARISON[:2]
    assert chosen.names == ("Achievement reports", "ordinary news")
    assert chosen.note == ""
    assert is_project_corpus(corpus_dir())


def test_another_corpus_compares_the_most_frequent_value_of_a_metadata_column():
    table = documents(id=["a", "b", "c", "d"], region=["华北", "华南", "华北", "华中"])
    chosen = choose_comparison(table, corpus="reports.jsonl")
    assert (chosen.column, chosen.group_a) == ("region", ["华北"])
    assert chosen.names == ("region = 华北 (2 of 4 documents)", "the rest")
    assert "set COMPARE_COLUMN, GROUP_A and GROUP_NAMES" in chosen.note


def test_without_a_grouping_column_the_first_document_is_compared_with_the_others():
    table = documents(url=["u1", "u2", "u3"])  # every value its own: not a grouping
    chosen = choose_comparison(table, corpus="reports.jsonl")
    assert (chosen.column, chosen.group_a) == ("article_id", ["d0-a01"])
    assert chosen.names == ("报告0", "the other documents")


def test_one_document_without_sections_compares_the_halves_of_its_text():
    table = paragraphs(
        [{"article_id": "d-a01", "kind": "paragraph", "para_id": i} for i in range(5)]
    )
    chosen = choose_comparison(table, corpus="report.txt")
    assert (chosen.column, chosen.group_a) == ("para_id", ["0", "1", "2"])


def test_the_users_groups_and_names_win():
    table = documents(year=["2024", "2025"])
    chosen = choose_comparison(table, "year", [2025], ["recent", "earlier"], "reports.jsonl")
    assert chosen == ("year", ["2025"], ("recent", "earlier"), "")


def test_a_compare_column_the_corpus_lacks_is_refused_naming_the_columns():
    with pytest.raises(ValueError, match="no such column"):
        choose_comparison(documents(year=["2024", "2025"]), "province", corpus="x.jsonl")
