"""Keywords of each document: TF-IDF on our tokens, jieba's TF-IDF and TextRank, compared."""

import pandas as pd
import pytest

from lib.words.keywords import jieba_analyse_keywords, tfidf_keywords


def test_tfidf_keywords_rank_each_document_deterministically(tokens):
    table = tfidf_keywords(tokens, by="article_id", top_n=2)
    top = table.loc[table["rank"] == 1, ["article_id", "word"]].values.tolist()
    assert top == [["a1", "德国"], ["a2", "德国"], ["a3", "浒苔"], ["a4", "热线"]]
    # a2 has 德国 and 合作 once each; 合作 is in every document, so 德国 outranks it.
    assert table.loc[table["article_id"] == "a2", "word"].tolist() == ["德国", "合作"]
    pd.testing.assert_frame_equal(table, tfidf_keywords(tokens, by="article_id", top_n=2))


@pytest.mark.parametrize("method", ["tfidf", "textrank"])
def test_jieba_keywords_use_the_domain_dictionary_and_repeat_exactly(seed_text, method):
    first = jieba_analyse_keywords(seed_text, method=method, top_n=30)
    second = jieba_analyse_keywords(seed_text, method=method, top_n=30)
    pd.testing.assert_frame_equal(first, second)
    assert len(first) == 30 and first["rank"].tolist() == list(range(1, 31))
    assert {"国际客厅", "电视抓斗"} & set(first["word"])
    assert "记者" not in set(first["word"])


def test_jieba_keywords_of_an_empty_text_is_an_empty_table():
    assert list(jieba_analyse_keywords("", method="textrank").columns) == ["word", "weight", "rank"]


def test_an_unknown_keyword_method_is_refused():
    with pytest.raises(ValueError, match="unknown method 'lda'"):
        jieba_analyse_keywords("市外办", method="lda")


def test_keyword_methods_are_compared_per_article_and_their_overlap_counted():
    from lib.load.corpus import load_corpus
    from lib.words.keywords import KEYWORD_METHODS, compare_keyword_methods, method_agreement
    from lib.words.segment import segment

    paragraphs = load_corpus()
    tokens = segment(paragraphs)
    keywords = compare_keyword_methods(tokens, paragraphs, top_n=5)
    assert list(keywords.columns) == ["article_id", "rank", *KEYWORD_METHODS]
    assert len(keywords) == 4 * 5
    cruise = keywords[keywords["article_id"].str.endswith("a04")]
    assert "电视抓斗" in set(cruise["jieba_textrank"]) | set(cruise["jieba_tfidf"])
    agreement = method_agreement(keywords)
    first = agreement.iloc[0]
    row = keywords[keywords["article_id"] == first["article_id"]]
    assert first["tfidf_in_corpus & jieba_tfidf"] == len(
        set(row["tfidf_in_corpus"]) & set(row["jieba_tfidf"])
    )
