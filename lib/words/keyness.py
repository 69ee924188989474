"""Keyness (关键性): which words distinguish one group of texts from another.

- `log_odds_keyness`: the log-odds ratio with an informative Dirichlet prior of Monroe,
  Colaresi and Quinn (2008), "Fightin' Words: Lexical Feature Selection and Evaluation for
  Identifying the Content of Political Conflict", Political Analysis 16(4), 372-403.
- `tfidf_keywords`: TF-IDF top words per document (scikit-learn), on our own tokens.
- `jieba_analyse_keywords`: jieba's built-in TF-IDF / TextRank keywords, for comparison.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from functools import lru_cache

import numpy as np
import pandas as pd

from lib.tables import empty_table, group_values, in_group
from lib.words.dictionary import stopword_set
from lib.words.segment import DEFAULT_KINDS, is_word, jieba_engine

KEYNESS_COLUMNS = ["word", "count_a", "count_b", "prior", "delta", "variance", "z"]
_KEYNESS_SCHEMA = {"word": "str", "count_a": "int64", "count_b": "int64"} | {
    c: "float64" for c in ("prior", "delta", "variance", "z")
}


def _counts(counts: Mapping[str, int] | pd.Series) -> pd.Series:
    series = pd.Series(counts, dtype="float64") if not isinstance(counts, pd.Series) else counts
    if (series < 0).any():
        raise ValueError("word counts must not be negative")
    return series.astype("float64")


def log_odds_keyness(
    counts_a: Mapping[str, int] | pd.Series,
    counts_b: Mapping[str, int] | pd.Series,
    prior: Mapping[str, float] | pd.Series | None = None,
    prior_scale: float = 1.0,
) -> pd.DataFrame:
    """Return per word (word, count_a, count_b, prior, delta, variance, z), by z desc, word.

    Monroe et al. (2008), eqs. 16-22. With y the counts, n the group totals and alpha the
    prior pseudo-counts (alpha_0 their sum):
        delta_w = log[(y_aw + a_w) / (n_a + a_0 - y_aw - a_w)]
                - log[(y_bw + a_w) / (n_b + a_0 - y_bw - a_w)]
        variance_w ~= 1 / (y_aw + a_w) + 1 / (y_bw + a_w),   z_w = delta_w / sqrt(variance_w)
    The prior is a word distribution (by default the pooled counts of both groups) scaled
    to prior_scale x (n_a + n_b) pseudo-counts: prior_scale = 1 gives the prior as much
    weight as the data (a_w is then the pooled count of w); smaller values shrink less.
    A positive z means the word is more typical of group A. Swapping A and B negates delta
    and z exactly.
    """
    a, b = _counts(counts_a), _counts(counts_b)
    if prior_scale <= 0:
        raise ValueError(f"prior_scale must be positive, got {prior_scale}")
    vocabulary = a.index.union(b.index).sort_values()
    y_a = a.reindex(vocabulary, fill_value=0.0).to_numpy()
    y_b = b.reindex(vocabulary, fill_value=0.0).to_numpy()
    n_a, n_b = y_a.sum(), y_b.sum()
    if n_a == 0 or n_b == 0:
        raise ValueError("both groups need at least one word; one of them is empty")
    if prior is None:
        background = y_a + y_b
    else:
        background_series = _counts(prior).reindex(vocabulary)
        lacking = background_series.index[background_series.isna() | (background_series <= 0)]
        if len(lacking):
            raise ValueError(
                f"the prior has no positive count for {len(lacking)} word(s), e.g. "
                f"{list(lacking[:5])}; use a background corpus that includes both groups "
                "(for instance background counts + counts_a + counts_b)"
            )
        background = background_series.to_numpy()
    alpha = prior_scale * (n_a + n_b) * background / background.sum()
    alpha_0 = alpha.sum()
    delta = np.log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha)) - np.log(
        (y_b + alpha) / (n_b + alpha_0 - y_b - alpha)
    )
    variance = 1.0 / (y_a + alpha) + 1.0 / (y_b + alpha)
    table = pd.DataFrame(
        {
            "word": vocabulary,
            "count_a": y_a,
            "count_b": y_b,
            "prior": alpha,
            "delta": delta,
            "variance": variance,
            "z": delta / np.sqrt(variance),
        }
    ).astype(_KEYNESS_SCHEMA)
    table = table.sort_values(["z", "word"], ascending=[False, True])
    return table.reset_index(drop=True)


def _word_counts(words: pd.DataFrame) -> pd.Series:
    return words["token"].astype("str").value_counts()


def group_keyness(
    tokens: pd.DataFrame,
    column: str,
    group_a: Iterable[str] | str,
    prior_scale: float = 1.0,
) -> pd.DataFrame:
    """Return log-odds keyness of the records whose `column` is in `group_a` vs all others."""
    if column not in tokens.columns:
        raise ValueError(f"the tokens table has no column {column!r} to group by")
    words = tokens.loc[is_word(tokens)]
    in_a = in_group(words[column], group_a)
    if not in_a.any():
        raise ValueError(
            f"no word token has {column} in {sorted(group_values(group_a))}; check the values "
            f"(some present: {sorted(words[column].astype('str').unique())[:5]})"
        )
    return log_odds_keyness(
        _word_counts(words.loc[in_a]), _word_counts(words.loc[~in_a]), prior_scale=prior_scale
    )


def keyness_each_vs_rest(
    tokens: pd.DataFrame,
    column: str,
    top_n: int | None = None,
    prior_scale: float = 1.0,
) -> pd.DataFrame:
    """Return keyness of each value of `column` against all other records (column + keyness)."""
    if column not in tokens.columns:
        raise ValueError(f"the tokens table has no column {column!r} to group by")
    words = tokens.loc[is_word(tokens)]
    groups = sorted(words[column].astype("str").unique())
    tables = []
    for group in groups:
        if len(groups) < 2:
            break
        table = group_keyness(words, column, [group], prior_scale=prior_scale)
        if top_n is not None:
            table = table.head(top_n)
        tables.append(table.assign(**{column: group})[[column, *KEYNESS_COLUMNS]])
    if not tables:
        schema = {column: "str", **_KEYNESS_SCHEMA}
        return empty_table(schema)
    return pd.concat(tables, ignore_index=True)


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


def stack_comparisons(comparisons: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Return keyness tables stacked into one, with a first column naming each comparison."""
    tables = [t.assign(comparison=name) for name, t in comparisons.items()]
    table = pd.concat(tables, ignore_index=True)
    return table[["comparison", *[c for c in table.columns if c != "comparison"]]]
