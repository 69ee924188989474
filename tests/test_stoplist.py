"""The stoplist: place names and address formulae leave the word rankings, nothing else does."""

import pandas as pd
import pytest

from lib.words.frequency import word_frequencies
from lib.words.segment import segment
from lib.words.stoplist import load_stoplist, mark_stoplist, stoplist


def paragraphs(*texts, kinds=None):
    kinds = kinds or ["paragraph"] * len(texts)
    return pd.DataFrame(
        {
            "page_id": "p1",
            "article_id": "p1-a01",
            "section": "",
            "para_id": range(len(texts)),
            "kind": kinds,
            "text": list(texts),
        }
    )


def counts(tokens):
    table = word_frequencies(tokens)
    return dict(zip(table["word"], table["count"], strict=True))


def test_every_shipped_entry_has_a_reason_and_the_list_holds_the_report_formulae():
    table = load_stoplist()
    assert table["reason"].str.len().gt(0).all()
    assert {"各位代表", "请予审议", "现在，我代表国务院", "青岛", "北京"} <= set(table["entry"])


def test_a_place_name_leaves_the_word_table_but_stays_in_the_tokens_table():
    tokens = segment(paragraphs("青岛港口建设取得成绩，北京港口也在建设。"))
    marked = mark_stoplist(tokens, stoplist())
    assert "青岛" in counts(tokens) and "青岛" not in counts(marked)
    assert counts(marked)["港口"] == counts(tokens)["港口"] == 2
    assert len(marked) == len(tokens)


def test_a_formula_sets_aside_its_tokens_there_only():
    tokens = segment(paragraphs("各位代表：过去一年，代表提出建议。"))
    marked = mark_stoplist(tokens, stoplist())
    before, after = counts(tokens), counts(marked)
    assert before["代表"] == 2 and after["代表"] == 1  # the deputies' 代表 stays
    assert "各位" not in after


def test_the_opening_formula_with_its_comma_is_set_aside():
    tokens = segment(paragraphs("现在，我代表国务院，说明今年的安排，请予审议。"))
    after = counts(mark_stoplist(tokens, stoplist()))
    assert not {"国务院", "审议"} & set(after)
    assert {"说明", "安排"} <= set(after)


def test_without_the_shipped_list_only_the_user_words_are_set_aside():
    tokens = segment(paragraphs("青岛港口建设取得成绩。"))
    after = counts(mark_stoplist(tokens, stoplist(shipped=False, user=["港口"])))
    assert "青岛" in after and "港口" not in after


def test_a_user_list_can_be_a_file_of_one_word_a_line(tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text("# my words\n港口\n\n成绩\n", encoding="utf-8")
    assert stoplist(shipped=False, user=path) == ("成绩", "港口")


def test_a_user_list_path_that_does_not_exist_is_refused_with_the_fix(tmp_path):
    with pytest.raises(ValueError, match="not a file; give a list of words"):
        stoplist(user=str(tmp_path / "missing.txt"))


def test_boilerplate_records_never_reach_the_word_tables():
    kinds = ["paragraph", "boilerplate"]
    tokens = segment(paragraphs("港口建设取得成绩。", "本作品是公有领域作品。", kinds=kinds))
    assert "作品" not in counts(tokens)


def test_a_duplicate_entry_in_a_stoplist_file_names_both_lines(tmp_path):
    path = tmp_path / "stoplist.txt"
    path.write_text("# places\n青岛\n北京\n青岛\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 4: '青岛' is already listed on line 2"):
        load_stoplist(path)
