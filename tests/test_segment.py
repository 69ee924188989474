"""Segmentation: the domain dictionary holds, both engines agree, numbers are set aside."""

import json
import subprocess
import sys

import pandas as pd
import pytest

from lib.paths import project_root
from lib.words.dictionary import load_user_dictionary
from lib.words.segment import (
    ENGINES,
    SET_ASIDE_REASONS,
    TOKEN_SCHEMA,
    segment,
    word_tokens,
)


def paragraphs_table(texts, kind="paragraph", section="全文"):
    """A minimal paragraphs table (the lib.load.corpus contract) with one record per text."""
    return pd.DataFrame(
        {
            "page_id": "p1",
            "article_id": "p1-a1",
            "section": section,
            "heading": "",
            "para_id": range(len(texts)),
            "kind": kind,
            "text": list(texts),
        }
    )


@pytest.fixture(scope="module")
def seed_paragraphs(seed_text):
    return paragraphs_table([block.strip() for block in seed_text.split("\n\n") if block.strip()])


def tokens_of(text, engine="jieba"):
    return segment(paragraphs_table([text]), engine=engine)["token"].tolist()


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("word", load_user_dictionary()["word"].tolist())
def test_every_dictionary_entry_is_kept_whole_in_a_sentence(word, engine):
    assert word in tokens_of(f"报道说，今年{word}的成效很明显。", engine)


def test_the_tokens_table_has_the_contract_columns_and_dtypes(seed_paragraphs):
    tokens = segment(seed_paragraphs)
    assert list(tokens.columns) == list(TOKEN_SCHEMA)
    assert {c: str(t) for c, t in tokens.dtypes.items()} == TOKEN_SCHEMA
    first = tokens.loc[tokens["para_id"] == 0]
    assert first["position"].tolist() == list(range(len(first)))


def test_jieba_and_rjieba_give_identical_token_tables_on_the_seed_page(seed_paragraphs):
    by_jieba = segment(seed_paragraphs, engine="jieba")
    by_rjieba = segment(seed_paragraphs, engine="rjieba")
    pd.testing.assert_frame_equal(by_jieba, by_rjieba)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_latin_digit_identifier_stays_one_token_in_both_engines(engine):
    tokens = tokens_of("共享航次“NORC2020-581”的科考船，增长3.9%，PM2.5下降", engine)
    assert "NORC2020-581" in tokens and "3.9%" in tokens and "PM2.5" in tokens


def test_numbers_and_measure_phrases_are_flagged_not_counted():
    text = "12345 全年受理量超400万件，同比增长3.9%，在两个多月里完成7架包机，出台15条措施。"
    tokens = segment(paragraphs_table([text]))
    flagged = set(tokens.loc[tokens["is_number"], "token"])
    assert {"12345", "400", "万件", "3.9%", "两个", "多月", "7", "架", "15", "条"} <= flagged
    assert not {"全年", "受理", "措施", "包机"} & flagged
    words, _ = word_tokens(tokens)
    assert not set(words["token"]) & flagged


def test_a_hotline_named_by_its_number_is_a_word_not_a_number():
    tokens = segment(paragraphs_table(["把12345政务服务热线打造成直通车"]))
    row = tokens.loc[tokens["token"] == "12345政务服务热线"].iloc[0]
    assert not row["is_number"] and row["pos"] == "nt"


def test_punctuation_is_flagged_and_words_are_not():
    tokens = segment(paragraphs_table(["“空中走廊”……搭建起来！"]))
    punct = tokens.loc[tokens["is_punct"], "token"].tolist()
    assert punct == ["“", "”", "……", "！"]
    assert not tokens.loc[tokens["token"] == "空中走廊", "is_punct"].any()


def test_stopwords_are_flagged_but_the_rhetoric_of_achievement_is_kept():
    tokens = segment(paragraphs_table(["记者了解到，市外办坚持打造并实现了新作为"]))
    flags = dict(zip(tokens["token"], tokens["is_stopword"], strict=True))
    assert flags["记者"] and flags["了"]
    assert not flags["坚持"] and not flags["打造"] and not flags["实现"]


def test_pos_tags_allow_restricting_tables_to_nouns_and_verbs():
    tokens = segment(paragraphs_table(["市外办搭建空中走廊"]))
    pairs = dict(zip(tokens["token"], tokens["pos"], strict=True))
    assert pairs == {"市外办": "nt", "搭建": "v", "空中走廊": "nz"}


def test_word_tokens_say_how_many_tokens_were_set_aside_and_why(seed_paragraphs):
    tokens = segment(seed_paragraphs)
    words, set_aside = word_tokens(tokens)
    assert set_aside["reason"].tolist() == list(SET_ASIDE_REASONS)
    assert set_aside["tokens"].sum() + len(words) == len(tokens)
    by_reason = dict(zip(set_aside["reason"], set_aside["tokens"], strict=True))
    assert by_reason["punctuation"] > 0 and by_reason["number"] > 0 and by_reason["stopword"] > 0
    assert not (words["is_stopword"] | words["is_number"] | words["is_punct"]).any()


def test_a_single_latin_letter_is_set_aside():
    _, set_aside = word_tokens(segment(paragraphs_table(["A 类企业"])))
    assert set_aside.set_index("reason").loc["single Latin letter", "tokens"] == 1


def test_empty_input_gives_an_empty_table_with_the_contract_dtypes():
    tokens = segment(paragraphs_table([]))
    assert tokens.empty
    assert {c: str(t) for c, t in tokens.dtypes.items()} == TOKEN_SCHEMA
    words, set_aside = word_tokens(tokens)
    assert words.empty and set_aside["tokens"].eq(0).all()


def test_a_record_without_chinese_gives_tokens_but_no_words():
    tokens = segment(paragraphs_table(["2020 — 3.9% (12345)"]))
    assert len(tokens) > 0
    words, _ = word_tokens(tokens)
    assert words.empty and list(words.columns) == list(TOKEN_SCHEMA)


def test_a_missing_text_is_an_empty_record():
    table = paragraphs_table(["市外办", "x"])
    table["text"] = pd.Series(["市外办", None], dtype="str")
    tokens = segment(table)
    assert tokens["para_id"].unique().tolist() == [0]


def test_only_the_requested_kinds_are_segmented():
    table = pd.concat(
        [paragraphs_table(["记者 李晓哲"], kind="byline"), paragraphs_table(["浒苔"])]
    )
    assert segment(table)["token"].tolist() == ["浒苔"]
    assert "李晓哲" in segment(table, kinds=["byline"])["token"].tolist()


def test_bad_arguments_are_refused_with_what_to_do():
    with pytest.raises(ValueError, match="unknown segmentation engine 'pkuseg'"):
        segment(paragraphs_table(["浒苔"]), engine="pkuseg")
    with pytest.raises(ValueError, match=r"unknown record kind\(s\) \['paragraphs'\]"):
        segment(paragraphs_table(["浒苔"]), kinds=["paragraphs"])
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['kind'\]"):
        segment(paragraphs_table(["浒苔"]).drop(columns="kind"))


def test_the_project_dictionary_does_not_leak_into_the_global_jieba():
    code = (
        "import logging, jieba, pandas as pd; from lib.words.segment import segment;"
        "segment(pd.DataFrame({'page_id':['p'],'article_id':['a'],'section':['s'],"
        "'para_id':[0],'kind':['paragraph'],'text':['国际客厅']}));"
        "jieba.setLogLevel(logging.WARNING); print(jieba.lcut('国际客厅', HMM=False))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=project_root()
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "['国际', '客厅']"


def test_segmentation_prints_nothing_to_stderr():
    code = (
        "import pandas as pd; from lib.words.segment import segment;"
        "t = pd.DataFrame({'page_id':['p'],'article_id':['a'],'section':['s'],"
        "'para_id':[0],'kind':['paragraph'],'text':['市外办搭建空中走廊']});"
        "segment(t); segment(t, engine='rjieba')"
    )
    run = subprocess.run(
        [sys.executable, "-W", "always", "-c", code],
        capture_output=True,
        text=True,
        cwd=project_root(),
    )
    assert run.returncode == 0 and run.stderr == ""


def test_both_engines_agree_on_a_national_work_report(national_corpus_path):
    with national_corpus_path.open(encoding="utf-8") as lines:
        report = json.loads(next(lines))["content"]
    table = paragraphs_table([p for p in report.split("\n") if p.strip()][:150])
    pd.testing.assert_frame_equal(segment(table), segment(table, engine="rjieba"))


def test_every_kind_the_layout_produces_is_in_the_one_list_and_can_be_segmented():
    from lib.load.inventory import BODY_KINDS
    from lib.load.layout import RECORD_KINDS, split_page
    from lib.quantities.quantification import TABLE_KINDS
    from lib.words.segment import DEFAULT_KINDS

    page = "\n".join(
        [
            "海洋经济",
            "——2024年3月5日在全市人民代表大会第二次会议上",
            "新增就业5万人。",
            "本作品是公有领域",
        ]
    )
    produced = {record["kind"] for record in split_page(page, find_articles=False)[0]}
    assert {"dateline", "boilerplate"} <= produced <= set(RECORD_KINDS)
    for selection in (DEFAULT_KINDS, BODY_KINDS, TABLE_KINDS):
        assert set(selection) <= set(RECORD_KINDS)
    table = paragraphs_table(["——2024年3月5日在全市人民代表大会第二次会议上"], kind="dateline")
    assert "会议" in segment(table, kinds=["dateline"])["token"].tolist()


def test_the_engine_builder_names_its_parts_and_rjieba_gets_jiebas_frequencies():
    from lib.words.segment import jieba_engine, raw_cutter, rjieba_cutter

    engine = jieba_engine()
    word, freq, _ = engine.entries[0]
    assert engine.tokenizer.FREQ[word] == freq and word in engine.pos_tokenizer.word_tag_tab
    text = "浒苔处置和营商环境建设取得新进展"
    assert rjieba_cutter(engine.entries)(text) == raw_cutter("jieba")(text)


def test_a_lone_latin_letter_is_a_word_only_when_asked_for():
    from lib.words.segment import is_word

    tokens = segment(paragraphs_table(["A 类企业"]))
    assert "A" not in tokens.loc[is_word(tokens), "token"].tolist()
    assert "A" in tokens.loc[is_word(tokens, keep_single_letters=True), "token"].tolist()


def test_tokens_judged_alone_follow_the_word_rule_of_the_tokens_table():
    from lib.words.segment import are_words_alone, is_word

    tokens = segment(paragraphs_table(["全年新增400万件，完成15项改革，两个市场和A类企业。"]))
    alone = dict(zip(tokens["token"], are_words_alone(tokens["token"].tolist()), strict=True))
    in_text = dict(zip(tokens["token"], is_word(tokens), strict=True))
    # Only the measure word after a number differs: set aside in the text, a word alone.
    assert {t for t in alone if alone[t] != in_text[t]} == {"项"}
