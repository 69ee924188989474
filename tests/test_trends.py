"""Term trends per year, dated records and eras."""

import pandas as pd
import pytest

from lib.words.segment import segment
from lib.words.stoplist import mark_stoplist, stoplist
from lib.words.trends import (
    TREND_COLUMNS,
    assign_eras,
    dated_records,
    term_trends,
    trends_wide,
    words_side_by_side,
)


def corpus(rows):
    """Paragraphs table from [(page_id, year, text)], one record per row."""
    return pd.DataFrame(
        {
            "page_id": [p for p, _, _ in rows],
            "article_id": [f"{p}-a01" for p, _, _ in rows],
            "section": "",
            "para_id": range(len(rows)),
            "kind": "paragraph",
            "year": [y for _, y, _ in rows],
            "text": [t for _, _, t in rows],
        }
    )


@pytest.fixture
def reports():
    return dated_records(
        corpus(
            [
                ("r1", "2023", "推进改革开放，深化体制改革。人民币汇率稳定。"),
                ("r2", None, "会议决定批准这个报告。"),
                ("r3", "2024", "各位代表：推进高质量发展。代表们说得好，代表提出建议。"),
            ]
        )
    )


def test_records_without_a_year_are_kept_out_and_years_become_numbers(reports):
    assert reports["year"].tolist() == [2023, 2024]
    assert reports["year"].dtype == "int64"


def test_a_document_the_loader_marks_as_a_resolution_is_kept_out_even_with_a_year():
    paragraphs = corpus([("r1", "2023", "推进改革。"), ("d1", "2023", "批准这个报告。")])
    paragraphs["doc_type"] = ["report", "resolution"]
    assert dated_records(paragraphs)["page_id"].tolist() == ["r1"]


def test_a_year_that_is_not_a_number_names_the_record():
    with pytest.raises(ValueError, match="r9-a01 has year '二〇二四'"):
        dated_records(corpus([("r9", "二〇二四", "推进改革。")]))


def test_counts_are_per_year_with_the_year_s_word_tokens_and_zeros(reports):
    tokens = segment(reports)
    table = term_trends(tokens, reports, ["改革", "高质量发展"])
    assert list(table.columns) == TREND_COLUMNS
    counts = trends_wide(table, "count")
    assert counts.loc[2023, "改革"] == 2  # inside 改革开放 and 体制改革 too
    assert counts.loc[2024, "改革"] == 0
    assert counts.loc[2024, "高质量发展"] == 1  # cut into two tokens, found across them
    row = table.set_index(["year", "term"]).loc[(2023, "改革")]
    assert row["per_10k"] == pytest.approx(1e4 * row["count"] / row["tokens"])


def test_whole_tokens_leaves_out_occurrences_inside_longer_words(reports):
    tokens = segment(reports)
    loose = trends_wide(term_trends(tokens, reports, ["人民"]), "count")
    whole = trends_wide(term_trends(tokens, reports, ["人民"], whole_tokens=True), "count")
    assert loose.loc[2023, "人民"] == 1 and whole.loc[2023, "人民"] == 0  # 人民币


def test_a_term_inside_a_stoplisted_formula_is_not_counted(reports):
    tokens = mark_stoplist(segment(reports), stoplist())
    counts = trends_wide(term_trends(tokens, reports, ["代表"]), "count")
    assert counts.loc[2024, "代表"] == 1  # 各位代表 and 代表们 are formulae; one 代表 is left


def test_each_year_falls_in_its_era():
    eras = {"early": (1954, 1978), "late": (1979, 2025)}
    names = assign_eras(pd.Series([1954, 1978, 1979, 2025]), eras)
    assert names.tolist() == ["early", "early", "late", "late"]


def test_a_year_outside_every_era_is_named():
    with pytest.raises(ValueError, match=r"year\(s\) \[2030\] fall in no era"):
        assign_eras(pd.Series([2000, 2030]), {"all": (1954, 2025)})


def test_overlapping_eras_are_refused():
    with pytest.raises(ValueError, match="overlap"):
        assign_eras(pd.Series([2000]), {"a": (1954, 2000), "b": (2000, 2025)})


def test_era_words_side_by_side_rank_by_z_within_each_era():
    table = pd.DataFrame(
        {
            "era": ["late", "late", "early", "early"],
            "word": ["改革", "绿色", "斗争", "人民"],
            "z": [3.0, 5.0, 4.0, 4.0],
        }
    )
    wide = words_side_by_side(table, "era", top_n=2)
    assert list(wide.columns) == ["late", "early"]
    assert wide["late"].tolist() == ["绿色 (5.0)", "改革 (3.0)"]
    assert wide["early"].tolist() == ["人民 (4.0)", "斗争 (4.0)"]  # a tie goes by word
