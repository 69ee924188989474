"""Specifications for lib.topics: documents, document-term matrix, NMF / LDA and their tables."""

import logging

import jieba
import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from lib.topics.documents import build_documents, document_term_matrix
from lib.topics.models import (
    converged,
    document_topics,
    fit_topic_model,
    label_topics,
    top_term_indices,
    topic_shares,
    topic_terms,
)

PANDEMIC = ["疫情", "核酸", "防控", "检测", "隔离", "流调"]
OCEAN = ["海洋", "渔业", "浒苔", "养殖", "港口", "船舶"]
SHARED = ["推进", "全市"]


def two_theme_tokens(make_tokens, n_per_theme: int = 15) -> pd.DataFrame:
    """Paragraphs that each draw six words from one theme, plus shared words and stopwords."""
    rng = np.random.default_rng(7)
    records = []
    for i in range(2 * n_per_theme):
        theme, section = (PANDEMIC, "市卫健委") if i % 2 == 0 else (OCEAN, "市海洋发展局")
        words = list(rng.choice(theme, size=6, replace=True)) + SHARED
        records.append(("a1", section, i, [*words, "的", "。"]))
    return make_tokens(records)


@pytest.fixture(scope="module")
def two_themes(make_tokens):
    docs = build_documents(two_theme_tokens(make_tokens))
    dtm, vocabulary = document_term_matrix(docs, min_df=2)
    return docs, dtm, vocabulary


@pytest.fixture(scope="module")
def tokenizer():
    jieba.setLogLevel(logging.WARNING)  # keeps "Building prefix dict ..." off stderr
    return jieba.Tokenizer()


# --- documents -----------------------------------------------------------------------------


def test_paragraph_documents_keep_word_tokens_in_position_order(make_tokens):
    tokens = make_tokens([("a1", "市外办", 3, ["疫情", "的", "，", "防控", "2022", "。"])])
    docs = build_documents(tokens.iloc[::-1])  # a shuffled table is put back in position order
    assert docs["terms"].tolist() == [("疫情", "防控")]
    assert docs[["doc_id", "article_id", "section", "para_id", "n_terms"]].iloc[0].tolist() == [
        0,
        "a1",
        "市外办",
        3,
        2,
    ]


def test_tokens_flagged_as_punctuation_are_dropped_even_if_they_look_like_words(make_tokens):
    tokens = make_tokens([("a1", "导语", 0, ["疫情", "Ⅰ", "防控"])])
    tokens["is_punct"] = tokens["token"] == "Ⅰ"
    assert build_documents(tokens)["terms"].tolist() == [("疫情", "防控")]


def test_sentence_documents_split_jieba_tokens_after_sentence_final_marks(tokenizer, make_tokens):
    text = "疫情防控取得成效。核酸检测全覆盖；海洋经济加快发展！渔业增收了吗？"
    docs = build_documents(make_tokens([("a1", "全文", 0, tokenizer.lcut(text))]), unit="sentence")
    assert docs["sentence"].tolist() == [0, 1, 2, 3]
    assert docs["terms"].str[0].tolist() == ["疫情", "核酸", "海洋", "渔业"]
    assert all("。" not in terms and "；" not in terms for terms in docs["terms"])


def test_sentence_numbering_restarts_in_each_paragraph(make_tokens):
    tokens = make_tokens(
        [("a1", "全文", 0, ["疫情", "。", "核酸"]), ("a1", "全文", 1, ["海洋", "。", "渔业"])]
    )
    docs = build_documents(tokens, unit="sentence")
    assert list(zip(docs["para_id"], docs["sentence"], strict=True)) == [
        (0, 0),
        (0, 1),
        (1, 0),
        (1, 1),
    ]


def test_documents_without_word_tokens_are_dropped(make_tokens):
    tokens = make_tokens([("a1", "全文", 0, ["的", "。"]), ("a1", "全文", 1, ["海洋"])])
    assert build_documents(tokens)["para_id"].tolist() == [1]


def test_empty_token_table_is_refused_with_advice(make_tokens):
    empty = make_tokens([("a1", "全文", 0, ["海洋"])]).iloc[0:0]
    with pytest.raises(ValueError, match="tokens table is empty"):
        build_documents(empty)


def test_token_table_without_required_columns_is_refused_naming_them():
    with pytest.raises(ValueError, match="is_stopword"):
        build_documents(pd.DataFrame({"page_id": [], "token": []}))


# --- document-term matrix -------------------------------------------------------------------


def test_vocabulary_is_sorted_and_keeps_terms_in_at_least_min_df_documents(make_tokens):
    tokens = make_tokens(
        [
            ("a1", "全文", 0, ["海洋", "渔业", "海洋"]),
            ("a1", "全文", 1, ["渔业", "疫情"]),
            ("a1", "全文", 2, ["海洋", "港口"]),
        ]
    )
    dtm, vocabulary = document_term_matrix(build_documents(tokens), min_df=2)
    assert vocabulary == sorted(["海洋", "渔业"])
    assert dtm.toarray().tolist() == [[2, 1], [0, 1], [1, 0]]


def test_float_min_df_is_a_share_of_documents(make_tokens):
    tokens = make_tokens(
        [("a1", "全文", i, ["海洋"] + (["渔业"] if i < 2 else [])) for i in range(4)]
    )
    _, vocabulary = document_term_matrix(build_documents(tokens), min_df=0.75)
    assert vocabulary == ["海洋"]


def test_vocabulary_empty_after_min_df_is_refused_with_advice(make_tokens):
    tokens = make_tokens([("a1", "全文", 0, ["海洋"]), ("a1", "全文", 1, ["疫情"])])
    with pytest.raises(ValueError, match="lower min_df"):
        document_term_matrix(build_documents(tokens), min_df=2)


# --- fitting --------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["nmf", "lda"])
@pytest.mark.parametrize("minibatch", [False, True])
def test_fitting_twice_gives_byte_identical_topics_and_document_weights(
    two_themes, method, minibatch
):
    docs, dtm, _ = two_themes
    first = fit_topic_model(dtm, 3, method=method, seed=11, minibatch=minibatch)
    second = fit_topic_model(dtm, 3, method=method, seed=11, minibatch=minibatch)
    assert first[-1].components_.tobytes() == second[-1].components_.tobytes()
    topic_columns = ["topic_0", "topic_1", "topic_2"]
    shares_first = document_topics(first, dtm, docs)[topic_columns].to_numpy()
    shares_second = document_topics(second, dtm, docs)[topic_columns].to_numpy()
    assert shares_first.tobytes() == shares_second.tobytes()


@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_two_clearly_separated_themes_are_recovered(two_themes, method):
    _, dtm, vocabulary = two_themes
    terms = topic_terms(fit_topic_model(dtm, 2, method=method, seed=0), vocabulary, top_n=6)
    # Words shared by every paragraph (全市, 推进) may rank anywhere; the theme words may not mix.
    top = [set(group["term"]) - set(SHARED) for _, group in terms.groupby("topic")]
    assert all(len(t) >= 3 for t in top)
    assert sorted(t <= set(PANDEMIC) for t in top) == [False, True]
    assert sorted(t <= set(OCEAN) for t in top) == [False, True]


def test_more_topics_than_documents_is_refused_with_advice(two_themes):
    _, dtm, _ = two_themes
    with pytest.raises(ValueError, match='unit="sentence"'):
        fit_topic_model(dtm[:3], 5)


def test_nmf_on_the_two_theme_corpus_converges(make_tokens):
    docs = build_documents(two_theme_tokens(make_tokens))
    dtm, _ = document_term_matrix(docs)
    assert converged(fit_topic_model(dtm, 2)) is True
    assert converged(fit_topic_model(dtm, 2, max_iter=1)) is False
    assert converged(fit_topic_model(dtm, 2, method="lda")) is None


def test_top_terms_break_weight_ties_by_lower_term_index():
    components = np.array([[0.2, 0.5, 0.5, 0.1], [0.0, 0.0, 0.3, 0.3]])
    assert top_term_indices(components, 3).tolist() == [[1, 2, 0], [2, 3, 0]]


def test_top_n_larger_than_the_vocabulary_is_refused_with_advice():
    with pytest.raises(ValueError, match="lower top_n"):
        top_term_indices(np.ones((2, 3)), 4)


# --- tables ---------------------------------------------------------------------------------


def test_topic_terms_rank_terms_by_weight_with_shares_of_the_topic(two_themes):
    _, dtm, vocabulary = two_themes
    terms = topic_terms(fit_topic_model(dtm, 2), vocabulary, top_n=5)
    assert list(terms.columns) == ["topic", "rank", "term", "weight"]
    for _, group in terms.groupby("topic"):
        assert group["rank"].tolist() == [1, 2, 3, 4, 5]
        assert group["weight"].is_monotonic_decreasing
        assert 0 < group["weight"].sum() <= 1


def test_label_topics_adds_the_human_label_in_output_column_order(two_themes):
    _, dtm, vocabulary = two_themes
    terms = topic_terms(fit_topic_model(dtm, 2), vocabulary, top_n=3)
    labelled = label_topics(terms, {0: "first", 1: "second"})
    assert list(labelled.columns) == ["topic", "label", "rank", "term", "weight"]
    assert labelled.groupby("topic")["label"].first().tolist() == ["first", "second"]


def test_label_topics_refuses_a_missing_or_unknown_topic_label(two_themes):
    _, dtm, vocabulary = two_themes
    terms = topic_terms(fit_topic_model(dtm, 2), vocabulary, top_n=3)
    with pytest.raises(ValueError, match=r"missing labels for topics \[1\]"):
        label_topics(terms, {0: "疫情防控"})
    with pytest.raises(ValueError, match=r"unknown topics \[7\]"):
        label_topics(terms, {0: "疫情防控", 1: "海洋经济", 7: "typo"})


def test_document_topic_shares_sum_to_one_and_follow_each_paragraphs_theme(two_themes):
    docs, dtm, vocabulary = two_themes
    model = fit_topic_model(dtm, 2)
    shares = document_topics(model, dtm, docs)
    weights = shares[["topic_0", "topic_1"]].to_numpy()
    assert np.allclose(weights.sum(axis=1), 1.0)
    terms = topic_terms(model, vocabulary, top_n=1)
    pandemic_topic = int(terms.loc[terms["term"].isin(PANDEMIC), "topic"].iloc[0])
    dominant = weights.argmax(axis=1)
    assert ((dominant == pandemic_topic) == (shares["section"] == "市卫健委")).all()


def test_document_without_vocabulary_terms_gets_no_shares_rather_than_the_prior(
    two_themes, make_tokens
):
    _, dtm, vocabulary = two_themes
    tokens = make_tokens([("a9", "全文", 0, ["海洋", "渔业"]), ("a9", "全文", 1, ["罕见词"])])
    docs = build_documents(tokens)
    counts = np.zeros((2, len(vocabulary)), dtype=np.int64)
    counts[0, vocabulary.index("海洋")] = 1  # 渔业 and 罕见词 are taken as below min_df here
    own_dtm = sparse.csr_matrix(counts)
    shares = document_topics(fit_topic_model(dtm, 2, method="lda"), own_dtm, docs)
    assert shares.loc[0, ["topic_0", "topic_1"]].notna().all()
    assert shares.loc[1, ["topic_0", "topic_1"]].isna().all()
    assert shares["n_terms"].tolist() == [1, 0]


def test_topic_shares_are_mean_shares_per_department(two_themes):
    docs, dtm, _ = two_themes
    shares = document_topics(fit_topic_model(dtm, 2), dtm, docs)
    table = topic_shares(shares, by="section")
    assert list(table.columns) == ["section", "topic", "share", "n_documents"]
    assert table["n_documents"].tolist() == [15, 15, 15, 15]
    ocean = table[table["section"] == "市海洋发展局"]
    expected = shares.loc[shares["section"] == "市海洋发展局", "topic_1"].mean()
    assert ocean.loc[ocean["topic"] == 1, "share"].item() == pytest.approx(expected)
    assert table.groupby("section")["share"].sum().to_numpy() == pytest.approx([1.0, 1.0])


def test_topic_shares_by_an_unknown_column_is_refused(two_themes):
    docs, dtm, _ = two_themes
    shares = document_topics(fit_topic_model(dtm, 2), dtm, docs)
    with pytest.raises(ValueError, match="department"):
        topic_shares(shares, by=["article_id", "department"])


def test_auto_labels_join_the_heaviest_terms_and_side_by_side_keeps_topic_order():
    from lib.topics.models import auto_labels, terms_side_by_side

    terms = pd.DataFrame(
        {
            "topic": [1, 1, 0, 0],
            "rank": [1, 2, 1, 2],
            "term": ["海洋", "渔业", "疫情", "核酸"],
            "weight": [0.5, 0.25, 0.6, 0.1],
        }
    )
    labels = auto_labels(terms, n_terms=2)
    assert labels == {0: "疫情·核酸", 1: "海洋·渔业"}
    wide = terms_side_by_side(label_topics(terms, labels))
    assert list(wide.columns) == ["疫情·核酸", "海洋·渔业"]
    assert wide.loc[1, "海洋·渔业"] == "海洋 (0.500)"


def test_shares_wide_labels_topics_and_spreads_groups():
    from lib.topics.models import shares_wide

    shares = pd.DataFrame(
        {
            "section": ["甲", "甲", "乙", "乙"],
            "topic": [0, 1, 0, 1],
            "share": [0.8, 0.2, 0.333, 0.667],
            "n_documents": [2, 2, 3, 3],
        }
    )
    wide = shares_wide(shares, {0: "疫情", 1: "海洋"})
    assert wide.loc["海洋", "乙"] == 0.67 and wide.loc["疫情", "甲"] == 0.8


@pytest.fixture(scope="module")
def seed_tokens():
    from lib.load.corpus import load_corpus
    from lib.words.segment import segment

    return segment(load_corpus())


@pytest.mark.parametrize("unit", ["para", "sentence"])
@pytest.mark.parametrize("min_df", [1, 2, 3, 0.02, 0.1])
def test_the_matrix_counts_each_documents_terms_over_terms_in_min_df_documents(
    seed_tokens, unit, min_df
):
    from collections import Counter

    docs = build_documents(seed_tokens, unit=unit)
    dtm, vocabulary = document_term_matrix(docs, min_df=min_df)
    document_frequency = Counter(t for terms in docs["terms"] for t in set(terms))
    least = min_df if isinstance(min_df, int) else min_df * len(docs)
    assert vocabulary == sorted(t for t, n in document_frequency.items() if n >= least)
    expected = [[Counter(terms)[t] for t in vocabulary] for terms in docs["terms"]]
    assert dtm.dtype == np.int64 and dtm.has_sorted_indices
    assert dtm.toarray().tolist() == expected


def test_terms_are_the_words_of_the_one_word_rule_so_a_lone_latin_letter_is_not_one(make_tokens):
    tokens = make_tokens([("a1", "全文", 0, ["A", "类", "企业", "了", "，", "15"])])
    assert build_documents(tokens)["terms"].tolist() == [("类", "企业")]
