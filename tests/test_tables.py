"""The generic table helpers: column checks, empty typed tables, group selection, record columns."""

import pandas as pd
import pytest

from lib.load.corpus import load_corpus
from lib.tables import add_record_columns, empty_table, group_values, in_group, require_columns


def test_a_missing_column_is_named_with_the_table_and_the_function_that_makes_it():
    table = pd.DataFrame({"word": ["合作"]})
    with pytest.raises(
        ValueError,
        match=r"^the frequency table lacks column\(s\) \['count'\] \(it needs word, count\); "
        r"pass the table that lib.words.frequency.word_frequencies returns$",
    ):
        require_columns(
            table, ["word", "count"], "the frequency table", "lib.words.frequency.word_frequencies"
        )
    require_columns(table, ["word"], "the frequency table", "anything")  # present: no error


def test_an_empty_table_has_the_columns_and_dtypes_of_its_schema():
    table = empty_table({"word": "str", "count": "int64", "share": "float64"})
    assert table.empty and list(table.columns) == ["word", "count", "share"]
    assert [str(t) for t in table.dtypes[1:]] == ["int64", "float64"]


def test_a_group_is_one_value_or_several_compared_as_text():
    assert group_values("市外办") == {"市外办"}  # one id, not its characters
    assert group_values([2024, "2025"]) == {"2024", "2025"}
    years = pd.Series(["2024", "1990", "2025"])
    assert in_group(years, [2024, 2025]).tolist() == [True, False, True]


def test_record_columns_are_added_to_a_token_table_by_page_and_record():
    paragraphs = load_corpus()
    tokens = paragraphs[["page_id", "para_id"]].iloc[[3, 3, 5]].assign(token=["甲", "乙", "丙"])
    added = add_record_columns(tokens, paragraphs, ["section", "city", "page_id"])
    assert added["section"].tolist() == ["导语", "导语", "市政府办公厅"]
    assert added["city"].tolist() == ["青岛"] * 3 and len(added) == 3
    with pytest.raises(ValueError, match=r"no column\(s\) \['year'\]"):
        add_record_columns(tokens, paragraphs, ["year"])
