"""Keywords (关键词) of each document: TF-IDF on our tokens, and jieba's TF-IDF and TextRank.

- `tfidf_keywords`: TF-IDF top words per document (scikit-learn), on our own tokens.
- `jieba_analyse_keywords`: jieba's built-in TF-IDF / TextRank keywords, for comparison.
- `compare_keyword_methods` and `method_agreement` set the three side by side.
Keyness between groups of documents is lib.words.keyness.
"""

from __future__ import annotations

import warnings
from functools import lru_cache

import pandas as pd

from lib.tables import empty_table
from lib.words.dictionary import stopword_set
from lib.words.segment import DEFAULT_KINDS, is_word, jieba_engine


def _identity(document: list[str]) -> list[str]:
    """Return the document unchanged: the documents are already lists of word tokens."""
    return document


def tfidf_keywords(tokens: pd.DataFrame, by: str = "article_id", top_n: int = 10) -> pd.DataFrame:
    """Return the top TF-IDF words per document (by, word, tfidf, rank), rank 1 = highest.

    scikit-learn's TfidfVectorizer with its defaults (smooth idf, l2 norm) on the word
    tokens of each document; ties are broken by word, so the table is deterministic.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    if by not in tokens.columns:
        raise ValueError(f"the tokens table has no column {by!r} to define documents")
    schema = {by: "str", "word": "str", "tfidf": "float64", "rank": "int64"}
    words = tokens.loc[is_word(tokens)]
    if words.empty:
        return empty_table(schema)
    documents = words.groupby(by, sort=True)["token"].agg(list)
    vectorizer = TfidfVectorizer(analyzer=_identity, lowercase=False)
    matrix = vectorizer.fit_transform(documents.tolist()).tocoo()
    vocabulary = vectorizer.get_feature_names_out()
    table = pd.DataFrame(
        {
            by: documents.index.to_numpy()[matrix.row],
            "word": vocabulary[matrix.col],
            "tfidf": matrix.data,
        }
    )
    table = table.sort_values([by, "tfidf", "word"], ascending=[True, False, True])
    table["rank"] = table.groupby(by).cumcount() + 1
    table = table.loc[table["rank"] <= top_n]
    return table.reset_index(drop=True).astype(schema)


@lru_cache(maxsize=2)
def _jieba_extractor(method: str):
    """Return a jieba.analyse extractor bound to the project's private tokenizers."""
    with warnings.catch_warnings():
        # jieba.analyse leaves its idf.txt file open at import and construction.
        warnings.simplefilter("ignore", ResourceWarning)
        import jieba.analyse

        extractor = jieba.analyse.TFIDF() if method == "tfidf" else jieba.analyse.TextRank()
    engine = jieba_engine()
    extractor.tokenizer = engine.tokenizer if method == "tfidf" else engine.pos_tokenizer
    extractor.postokenizer = engine.pos_tokenizer
    # The same stopwords as the word tables, so the comparison is about the method.
    extractor.stop_words = set(extractor.stop_words) | set(stopword_set())
    return extractor


def jieba_analyse_keywords(text: str, method: str = "tfidf", top_n: int = 20) -> pd.DataFrame:
    """Return jieba.analyse's keywords of `text` (word, weight, rank) by "tfidf" or "textrank".

    TF-IDF uses jieba's bundled idf table; TextRank ranks words (POS ns, n, vn, v) over a
    co-occurrence graph of window 5, which jieba iterates in sorted node order, so it is
    deterministic. Weights are rounded to 12 digits and ties broken by word.
    """
    if method not in ("tfidf", "textrank"):
        raise ValueError(f"unknown method {method!r}; choose 'tfidf' or 'textrank'")
    schema = {"word": "str", "weight": "float64", "rank": "int64"}
    extractor = _jieba_extractor(method)
    extract = extractor.extract_tags if method == "tfidf" else extractor.textrank
    pairs = extract(text, topK=None, withWeight=True) if text else []
    table = pd.DataFrame(pairs, columns=["word", "weight"])
    if table.empty:
        return empty_table(schema)
    table["weight"] = table["weight"].round(12)
    table = table.sort_values(["weight", "word"], ascending=[False, True]).head(top_n)
    table["rank"] = range(1, len(table) + 1)
    return table.reset_index(drop=True).astype(schema)


KEYWORD_METHODS = ("tfidf_in_corpus", "jieba_tfidf", "jieba_textrank")


def compare_keyword_methods(
    tokens: pd.DataFrame, paragraphs: pd.DataFrame, by: str = "article_id", top_n: int = 10
) -> pd.DataFrame:
    """Return the top keywords of each group by three methods side by side (by, rank, methods).

    tfidf_in_corpus weighs words against the other groups of this corpus; jieba's TF-IDF
    against the idf table jieba ships (general web text); TextRank by word co-occurrence
    within the group alone. The jieba methods read the group's text, joined record by record.
    """
    ours = tfidf_keywords(tokens, by=by, top_n=top_n)
    rows = []
    for group, records in paragraphs.loc[paragraphs["kind"].isin(DEFAULT_KINDS)].groupby(by):
        text = "\n".join(records.sort_values("para_id")["text"])
        for method in ("tfidf", "textrank"):
            table = jieba_analyse_keywords(text, method=method, top_n=top_n)
            rows += [
                (group, rank, f"jieba_{method}", w)
                for w, rank in zip(table["word"], table["rank"], strict=True)
            ]
    rows += [
        (g, r, "tfidf_in_corpus", w)
        for g, r, w in zip(ours[by], ours["rank"], ours["word"], strict=True)
    ]
    long = pd.DataFrame(rows, columns=[by, "rank", "method", "word"])
    wide = long.pivot(index=[by, "rank"], columns="method", values="word").fillna("")
    return wide.reindex(columns=list(KEYWORD_METHODS)).reset_index().rename_axis(columns=None)


def method_agreement(keywords: pd.DataFrame, by: str = "article_id") -> pd.DataFrame:
    """Return, per group, how many top keywords each pair of methods shares (of the top n)."""
    rows = []
    for group, table in keywords.groupby(by, sort=True):
        sets = {m: set(table[m]) - {""} for m in KEYWORD_METHODS}
        row = {by: group, "top_n": len(table)}
        for i, first in enumerate(KEYWORD_METHODS):
            for second in KEYWORD_METHODS[i + 1 :]:
                row[f"{first} & {second}"] = len(sets[first] & sets[second])
        rows.append(row)
    return pd.DataFrame(rows)
