"""Keyword in context: every occurrence, its neighbours, and the filters."""

import pandas as pd
import pytest

from lib.words.concordance import KWIC_COLUMNS, kwic


@pytest.fixture
def paragraphs():
    return pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a2", "a2"],
            "para_id": [0, 1, 2, 3],
            "kind": ["paragraph", "paragraph", "paragraph", "boilerplate"],
            "year": ["2024", "2024", "2025", "2025"],
            "text": ["深化改革开放，\n推进改革。", "没有这个词。", "改革", "改革声明"],
        }
    )


def test_each_occurrence_is_a_row_with_its_left_and_right_context(paragraphs):
    table = kwic(paragraphs, "改革", window=3)
    assert list(table.columns) == KWIC_COLUMNS
    assert table.values.tolist() == [
        ["a1", "2024", "深化", "改革", "开放，"],
        ["a1", "2024", " 推进", "改革", "。"],
        ["a2", "2025", "", "改革", ""],
    ]


def test_filters_keep_records_by_column_value(paragraphs):
    assert kwic(paragraphs, "改革", year=2025)["document"].tolist() == ["a2"]
    assert kwic(paragraphs, "改革", article_id=["a1"])["document"].tolist() == ["a1", "a1"]


def test_boilerplate_is_read_only_when_asked(paragraphs):
    assert len(kwic(paragraphs, "改革声明")) == 0
    assert len(kwic(paragraphs, "改革声明", kinds=["boilerplate"])) == 1


def test_a_filter_on_a_missing_column_names_the_columns(paragraphs):
    with pytest.raises(ValueError, match="no column 'province'"):
        kwic(paragraphs, "改革", province="山东")


def test_a_term_that_never_occurs_gives_an_empty_table_with_the_columns(paragraphs):
    table = kwic(paragraphs, "阶级斗争")
    assert table.empty and list(table.columns) == KWIC_COLUMNS


def test_the_archive_s_concordance_goes_to_a_folder_git_ignores(tmp_path):
    from lib.paths import project_root, uncommitted_dir

    assert uncommitted_dir(None).relative_to(project_root()).parts[0] == ".cache"
    assert ".cache/" in (project_root() / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert uncommitted_dir(tmp_path) == tmp_path / "private"
