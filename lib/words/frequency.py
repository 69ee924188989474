"""Word frequencies (词频), rank-frequency tables and PMI collocations over the tokens table.

Every function counts word tokens only: tokens that lib.words.segment sets aside (whitespace,
punctuation, numbers and measure phrases, single Latin letters, stopwords) are dropped
first, so passing the full tokens table or the output of `word_tokens` gives the same result.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import pandas as pd

from lib.tables import empty_table, require_columns
from lib.words.segment import is_word

FREQUENCY_COLUMNS = ["word", "count", "share", "rank", "pos"]
RECORD_KEYS = ["page_id", "article_id", "section", "para_id"]


def _words(tokens: pd.DataFrame, pos: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Return the word tokens, optionally only those whose POS tag starts with a given prefix."""
    words = tokens.loc[is_word(tokens)] if len(tokens) else tokens
    if pos is not None:
        prefixes = (pos,) if isinstance(pos, str) else tuple(pos)
        words = words.loc[words["pos"].astype("str").str.startswith(prefixes)]
    return words


def _as_list(by: str | Iterable[str] | None) -> list[str]:
    if by is None:
        return []
    return [by] if isinstance(by, str) else list(by)


def word_frequencies(
    tokens: pd.DataFrame,
    by: str | Iterable[str] | None = None,
    pos: str | Iterable[str] | None = None,
    top_n: int | None = None,
) -> pd.DataFrame:
    """Return word counts (word, count, share, rank, pos), overall or per group of `by`.

    `pos` keeps tokens whose tag starts with the prefix(es): "n" keeps n, nr, ns, nt, nz...;
    ("v", "a") keeps verbs and adjectives. `share` is within the group; `rank` is 1, 2, ...
    by count, ties broken by word, so it is unique. The `pos` column is the word's most
    frequent tag (ties: by code point). `top_n` keeps the first n ranks of each group.
    """
    keys = _as_list(by)
    missing = [c for c in keys if c not in tokens.columns]
    if missing:
        raise ValueError(f"cannot group by {missing}: the tokens table has no such column")
    words = _words(tokens, pos)
    schema = {**{k: tokens[k].dtype for k in keys}, "word": "str", "count": "int64"}
    schema.update({"share": "float64", "rank": "int64", "pos": "str"})
    if words.empty:
        return empty_table(schema)
    words = words.rename(columns={"token": "word"})
    counts = words.groupby([*keys, "word", "pos"], sort=True).size().reset_index(name="n")
    counts = counts.sort_values(
        [*keys, "word", "n", "pos"], ascending=[True] * len(keys) + [True, False, True]
    )
    main_pos = counts.drop_duplicates([*keys, "word"])[[*keys, "word", "pos"]]
    table = counts.groupby([*keys, "word"], sort=True)["n"].sum().reset_index(name="count")
    table = table.merge(main_pos, on=[*keys, "word"], how="left")
    totals = table.groupby(keys)["count"].transform("sum") if keys else table["count"].sum()
    table["share"] = table["count"] / totals
    table = table.sort_values(
        [*keys, "count", "word"], ascending=[True] * len(keys) + [False, True]
    )
    table["rank"] = table.groupby(keys).cumcount() + 1 if keys else range(1, len(table) + 1)
    if top_n is not None:
        table = table.loc[table["rank"] <= top_n]
    return table[[*keys, *FREQUENCY_COLUMNS]].reset_index(drop=True).astype(schema)


def rank_frequency(tokens: pd.DataFrame) -> pd.DataFrame:
    """Return the rank-frequency table (rank, count, word) of all word tokens, for a Zipf plot."""
    return word_frequencies(tokens)[["rank", "count", "word"]]


def pmi_collocations(
    tokens: pd.DataFrame, min_count: int = 2, window: str = "adjacent"
) -> pd.DataFrame:
    """Return adjacent word pairs (w1, w2, count, pmi) seen at least `min_count` times.

    A pair is two word tokens at neighbouring positions of the same record: a pair never
    spans a removed token (punctuation, a number, a stopword), so collocations are phrases
    that really occur contiguously, and never bridge a clause or a figure.
    PMI = log2(p(w1 w2) / (p(w1) p(w2))) (Church and Hanks 1990, "Word association norms,
    mutual information, and lexicography", Computational Linguistics 16(1)), with pair
    probabilities over all such pairs and word probabilities over all word tokens.
    Sorted by pmi (desc), then count (desc), then w1, w2.
    """
    if window != "adjacent":
        raise ValueError(f"window={window!r} is not supported; use window='adjacent'")
    if min_count < 1:
        raise ValueError(f"min_count must be at least 1, got {min_count}")
    schema = {"w1": "str", "w2": "str", "count": "int64", "pmi": "float64"}
    empty = empty_table(schema)
    if tokens.empty:
        return empty
    ordered = tokens.sort_values([*RECORD_KEYS, "position"], kind="stable")
    word_mask = is_word(ordered)
    following = ordered.groupby(RECORD_KEYS, sort=False)
    next_token = following["token"].shift(-1)
    next_is_word = word_mask.groupby([ordered[k] for k in RECORD_KEYS], sort=False).shift(-1)
    next_position = following["position"].shift(-1)
    is_pair = word_mask & next_is_word.fillna(False).astype(bool)
    is_pair &= next_position.eq(ordered["position"] + 1)
    pairs = pd.DataFrame(
        {"w1": ordered.loc[is_pair, "token"], "w2": next_token.loc[is_pair]}
    ).astype("str")
    if pairs.empty:
        return empty
    unigrams = ordered.loc[word_mask, "token"].value_counts()
    n_words, n_pairs = int(unigrams.sum()), len(pairs)
    table = pairs.groupby(["w1", "w2"], sort=True).size().reset_index(name="count")
    table = table.loc[table["count"] >= min_count]
    table["pmi"] = [
        math.log2((c / n_pairs) / ((unigrams[a] / n_words) * (unigrams[b] / n_words)))
        for a, b, c in zip(table["w1"], table["w2"], table["count"], strict=True)
    ]
    table = table.sort_values(["pmi", "count", "w1", "w2"], ascending=[False, False, True, True])
    return table.reset_index(drop=True).astype(schema)


def cloud_words(freq: pd.DataFrame, min_chars: int = 2) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split a word-frequency table into the words for a cloud and those set aside.

    Single characters (qualifiers such as 近 and 超, measure words such as 号, fragments
    such as 前 and 总) carry no subject on their own: in a cloud they would stand as large
    as a department's name. They are set aside, as numbers are, and returned for display.
    """
    require_columns(
        freq, ["word"], "the table given to cloud_words", "lib.words.frequency.word_frequencies"
    )
    short = freq["word"].astype("str").str.len() < min_chars
    return freq.loc[~short].reset_index(drop=True), freq.loc[short].reset_index(drop=True)


def side_by_side(
    freq: pd.DataFrame, by: str, top_n: int = 10, labels: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Return a wide table of grouped word counts: a row per rank, a column per group.

    Cells read "word (count)"; `labels` renames the group columns (e.g. article ids to titles).
    """
    if by not in freq.columns:
        raise ValueError(f"the frequency table has no column {by!r}; pass word_frequencies(by=...)")
    top = freq.loc[freq["rank"] <= top_n]
    cells = top["word"] + " (" + top["count"].astype("str") + ")"
    wide = top.assign(cell=cells).pivot(index="rank", columns=by, values="cell").fillna("")
    wide.columns.name = by
    return wide.rename(columns=dict(labels or {}))
