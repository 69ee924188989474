"""What a sentence is: the one splitter of the project, and the rules that use it."""

import pytest

from lib.load.layout import is_finished
from lib.load.sentences import (
    ends_sentence,
    is_sentence_end,
    sentence_at,
    sentence_ends_between,
    sentence_spans,
    sentences_at,
    split_sentences,
)
from lib.quantities.quantification import extract_indicators_table

MIXED = "增长3.9%!新增400万件……完成5项。"


def test_an_ascii_exclamation_ends_a_sentence_but_an_ellipsis_does_not():
    assert split_sentences(MIXED) == ["增长3.9%!", "新增400万件……完成5项。"]


def test_a_semicolon_ends_a_claim_and_a_comma_or_colon_does_not():
    text = "城镇新增就业1244万人；居民收入增长5.1%，物价总体平稳：这是成绩。"
    assert split_sentences(text) == [
        "城镇新增就业1244万人；",
        "居民收入增长5.1%，物价总体平稳：这是成绩。",
    ]


def test_closing_quotes_belong_to_the_sentence_they_close():
    text = "他说：“要稳中求进。”接着部署工作"
    assert split_sentences(text) == ["他说：“要稳中求进。”", "接着部署工作"]


def test_a_run_of_marks_and_a_line_break_end_one_sentence_each():
    assert split_sentences("真的吗？！是的\n 好 ") == ["真的吗？！", "是的", "好"]
    assert split_sentences("  ") == []


def test_spans_point_at_the_trimmed_sentences():
    text = " 甲。 乙！"
    assert [text[a:b] for a, b in sentence_spans(text)] == ["甲。", "乙！"]


@pytest.mark.parametrize(
    ("position", "sentence"),
    [(0, "增长3.9%!"), (8, "新增400万件……完成5项。"), (16, "新增400万件……完成5项。")],
)
def test_the_sentence_at_a_position_is_the_one_that_holds_it(position, sentence):
    assert sentence_at(MIXED, position) == sentence


def test_sentences_at_many_positions_equal_one_lookup_each_including_gaps_and_the_end():
    text = " 甲乙。  丙丁！戊"
    positions = list(range(len(text) + 1))
    expected = []
    for position in positions:  # the definition, written out: the span that holds it
        held = [text[a:b] for a, b in sentence_spans(text) if a <= position < b]
        expected.append(held[0] if held else "")
    assert sentences_at(text, positions) == expected
    assert expected[0] == "" and expected[4] == "" and expected[-1] == ""


def test_a_sentence_end_between_two_positions_is_seen_whatever_the_mark():
    assert sentence_ends_between(MIXED, 0, 9)
    assert not sentence_ends_between(MIXED, 9, len(MIXED) - 1)


def test_token_level_and_line_level_checks_agree_with_the_splitter():
    assert is_sentence_end("。") and is_sentence_end("!") and is_sentence_end("；")
    assert not is_sentence_end("……") and not is_sentence_end("，") and not is_sentence_end("：")
    assert ends_sentence("完成5项。”") and not ends_sentence("新增400万件……")
    assert not ends_sentence("完成5项，")


def test_a_line_is_finished_at_a_sentence_end_or_an_ellipsis_or_a_colon():
    assert is_finished("完成5项。”") and is_finished("主要做了以下工作：")
    assert is_finished("等等……") and not is_finished("新增就业1244万人，")


def test_indicators_carry_the_sentence_the_splitter_gives():
    import pandas as pd

    paragraphs = pd.DataFrame(
        {
            "page_id": ["p"],
            "article_id": ["p-a01"],
            "section": ["全文"],
            "para_id": [0],
            "kind": ["paragraph"],
            "text": [MIXED],
        }
    )
    table = extract_indicators_table(paragraphs)
    assert table["sentence"].tolist() == ["增长3.9%!"] + ["新增400万件……完成5项。"] * 2
