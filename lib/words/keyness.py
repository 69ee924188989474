"""Keyness (关键性): which words distinguish one group of texts from another.

`log_odds_keyness` is the log-odds ratio with an informative Dirichlet prior of Monroe,
Colaresi and Quinn (2008), "Fightin' Words: Lexical Feature Selection and Evaluation for
Identifying the Content of Political Conflict", Political Analysis 16(4), 372-403.
Keywords of a single text (TF-IDF, TextRank) are lib.words.keywords.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from lib.tables import empty_table, group_values, in_group
from lib.words.segment import is_word

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


def stack_comparisons(comparisons: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Return keyness tables stacked into one, with a first column naming each comparison."""
    tables = [t.assign(comparison=name) for name, t in comparisons.items()]
    table = pd.concat(tables, ignore_index=True)
    return table[["comparison", *[c for c in table.columns if c != "comparison"]]]
