"""Word frequencies, rank-frequency and PMI collocations count words only, deterministically."""

import math

import pandas as pd
import pytest

from lib.words.frequency import pmi_collocations, rank_frequency, word_frequencies


@pytest.fixture
def tokens(make_tokens):
    return make_tokens(
        {
            ("a1", "市外办"): "空中走廊 的 搭建 空中走廊 ， 搭建 客厅 400 。",
            ("a2", "市海洋发展局"): "浒苔 清理 浒苔 浒苔 了 搭建 。",
        },
        pos={"搭建": "v", "清理": "v"},
    )


def test_counts_shares_and_ranks_with_ties_broken_by_word(tokens):
    table = word_frequencies(tokens)
    assert table["word"].tolist() == ["搭建", "浒苔", "空中走廊", "客厅", "清理"]
    assert table["count"].tolist() == [3, 3, 2, 1, 1]
    assert table["rank"].tolist() == [1, 2, 3, 4, 5]
    assert table["share"].tolist() == pytest.approx([0.3, 0.3, 0.2, 0.1, 0.1])


def test_stopwords_numbers_and_punctuation_are_not_counted(tokens):
    words = set(word_frequencies(tokens)["word"])
    assert not words & {"的", "了", "400", "，", "。"}


def test_shares_are_within_each_group(tokens):
    table = word_frequencies(tokens, by="section")
    assert table.groupby("section")["share"].sum().tolist() == pytest.approx([1.0, 1.0])
    ocean = table.loc[table["section"] == "市海洋发展局"]
    assert ocean["word"].tolist() == ["浒苔", "搭建", "清理"]
    assert ocean["rank"].tolist() == [1, 2, 3]


def test_pos_prefix_restricts_the_table(tokens):
    assert word_frequencies(tokens, pos="v")["word"].tolist() == ["搭建", "清理"]
    assert "搭建" not in set(word_frequencies(tokens, pos="n")["word"])


def test_the_pos_column_is_the_most_frequent_tag_of_the_word(make_tokens):
    tokens = make_tokens({("a", "s"): "发展 发展 发展"})
    tokens["pos"] = ["vn", "v", "vn"]
    assert word_frequencies(tokens)["pos"].tolist() == ["vn"]


def test_top_n_keeps_the_first_ranks_of_each_group(tokens):
    table = word_frequencies(tokens, by="article_id", top_n=1)
    assert table[["article_id", "word"]].values.tolist() == [["a1", "搭建"], ["a2", "浒苔"]]


def test_the_result_does_not_depend_on_row_order(tokens):
    shuffled = tokens.sample(frac=1.0, random_state=3).reset_index(drop=True)
    pd.testing.assert_frame_equal(word_frequencies(tokens), word_frequencies(shuffled))
    pd.testing.assert_frame_equal(pmi_collocations(tokens), pmi_collocations(shuffled))


def test_an_empty_table_gives_an_empty_frequency_table_with_columns(make_tokens):
    empty = make_tokens({})
    assert list(word_frequencies(empty).columns) == ["word", "count", "share", "rank", "pos"]
    assert word_frequencies(empty, by="section").empty
    assert list(pmi_collocations(empty).columns) == ["w1", "w2", "count", "pmi"]


def test_grouping_by_an_unknown_column_is_refused(tokens):
    with pytest.raises(ValueError, match=r"cannot group by \['department'\]"):
        word_frequencies(tokens, by="department")


def test_rank_frequency_lists_every_word_by_rank(tokens):
    table = rank_frequency(tokens)
    assert list(table.columns) == ["rank", "count", "word"]
    assert table["rank"].tolist() == list(range(1, 6))
    assert table["count"].is_monotonic_decreasing


def test_pmi_matches_a_hand_computed_value(tokens):
    table = pmi_collocations(tokens, min_count=1)
    # 10 word tokens; adjacent word pairs (never across 的, ，, 400 or 。):
    # 搭建-空中走廊, 搭建-客厅, 浒苔-清理, 清理-浒苔, 浒苔-浒苔 -> 5 pairs.
    row = table.set_index(["w1", "w2"]).loc[("浒苔", "清理")]
    assert row["count"] == 1
    assert row["pmi"] == pytest.approx(math.log2((1 / 5) / ((3 / 10) * (1 / 10))))
    assert len(table) == 5


def test_pairs_never_bridge_a_removed_token(tokens):
    pairs = set(zip(*pmi_collocations(tokens, min_count=1)[["w1", "w2"]].T.values, strict=True))
    assert ("空中走廊", "搭建") not in pairs  # separated by 的
    assert ("客厅", "浒苔") not in pairs  # different records


def test_min_count_filters_rare_pairs_and_output_is_sorted(make_tokens):
    tokens = make_tokens({("a", "s"): "营商 环境 营商 环境 闭环 管理 闭环"})
    table = pmi_collocations(tokens, min_count=2)
    assert table[["w1", "w2", "count"]].values.tolist() == [["营商", "环境", 2]]


def test_an_unsupported_window_is_refused(tokens):
    with pytest.raises(ValueError, match="window='sentence' is not supported"):
        pmi_collocations(tokens, window="sentence")


def test_side_by_side_puts_groups_in_columns_and_renames_them():
    from lib.words.frequency import side_by_side

    freq = pd.DataFrame(
        {
            "g": ["a", "a", "b"],
            "word": ["德国", "青岛", "海底"],
            "count": [3, 1, 2],
            "share": [0.75, 0.25, 1.0],
            "rank": [1, 2, 1],
            "pos": ["ns", "ns", "s"],
        }
    )
    wide = side_by_side(freq, "g", top_n=2, labels={"a": "甲"})
    assert list(wide.columns) == ["甲", "b"]
    assert wide.loc[1, "甲"] == "德国 (3)" and wide.loc[2, "b"] == ""


def test_a_section_with_no_words_left_after_filtering_has_no_rows_not_an_error(make_tokens):
    table = make_tokens({("a1", "市外办"): "德国 合作 。", ("a1", "空"): "的 ， 2020 。"})
    by_section = word_frequencies(table, by="section")
    assert set(by_section["section"]) == {"市外办"}
    empty = word_frequencies(table[table["section"] == "空"])
    assert empty.empty and list(empty.columns) == ["word", "count", "share", "rank", "pos"]
