"""Words over time: term counts per year per 10,000 word tokens, and years grouped into eras.

`dated_records` keeps the records of dated documents (the reports, not the resolutions on
them, which have no year); `term_trends` counts each term per year as a run of whole tokens
(lib.words.terms) against the year's word tokens; `assign_eras` puts each year in a named
span of years, for keyness between eras (lib.words.keyness).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from lib.tables import add_record_columns
from lib.words.segment import is_word
from lib.words.terms import term_rows, token_index

TREND_COLUMNS = ["year", "term", "count", "tokens", "per_10k"]


def dated_records(paragraphs: pd.DataFrame, column: str = "year") -> pd.DataFrame:
    """Return the records of documents with a year (as int64): the reports, not resolutions.

    In the national archive the 20 documents without a year are resolutions on a report, not
    reports; a per-year series leaves them out, and so any document the loader's doc_type
    column marks "resolution". A year that is not a whole number is refused.
    """
    if column not in paragraphs.columns:
        raise ValueError(
            f"the paragraphs table has no column {column!r}; a per-year analysis needs a "
            "corpus whose documents carry a year (e.g. a .jsonl with a 'year' field)"
        )
    years = paragraphs[column].astype("str").str.strip()
    undated = paragraphs[column].isna() | years.isin(["", "None", "nan", "<NA>"])
    if "doc_type" in paragraphs.columns:
        undated |= paragraphs["doc_type"].astype("str").eq("resolution")
    dated = paragraphs.loc[~undated]
    numbers = pd.to_numeric(dated[column], errors="coerce")
    bad = dated.loc[numbers.isna() | (numbers % 1 != 0)]
    if len(bad):
        row = bad.iloc[0]
        raise ValueError(
            f"record {row.get('article_id', '?')} has {column} {row[column]!r}, not a year; "
            "fix the corpus (a four-digit year, or empty for an undated document)"
        )
    return dated.assign(**{column: numbers.astype("int64")}).reset_index(drop=True)


def term_trends(
    tokens: pd.DataFrame,
    paragraphs: pd.DataFrame,
    terms: Iterable[str],
    by: str = "year",
    whole_tokens: bool = False,
) -> pd.DataFrame:
    """Return per year and term: count, tokens (the year's word tokens), per_10k.

    A term counts at each occurrence in a record's text (whole_tokens=True: only where it
    starts and ends at token boundaries, see lib.words.terms), unless every token it covers is
    a stopword (so 代表 inside the stoplisted formula 各位代表 does not count). Every year with
    word tokens gets a row for every term, zeros included; rows sorted by term, then year.
    """
    terms = list(dict.fromkeys(terms))
    tokens = add_record_columns(tokens.reset_index(drop=True), paragraphs, [by])
    tokens = tokens.loc[tokens[by].notna()].reset_index(drop=True)
    if pd.api.types.is_float_dtype(tokens[by]):  # the merge made whole years floats
        tokens[by] = tokens[by].astype("int64")
    totals = tokens.loc[is_word(tokens)].groupby(by, sort=True).size()
    index = token_index(tokens)
    years = tokens[by].to_numpy()
    stop = tokens["is_stopword"].to_numpy(dtype=bool)
    rows = []
    for term in terms:
        found = [years[r[0]] for r in term_rows(index, term, whole_tokens) if not stop[r].all()]
        counted = pd.Series(found, dtype=object).value_counts()
        for year, total in totals.items():
            rows.append((year, term, int(counted.get(year, 0)), int(total)))
    table = pd.DataFrame(rows, columns=TREND_COLUMNS[:-1])
    table["per_10k"] = np.where(table["tokens"] > 0, 1e4 * table["count"] / table["tokens"], 0.0)
    table = table.sort_values(["term", "year"], kind="stable", ignore_index=True)
    return table.astype({"term": "str", "count": "int64", "tokens": "int64", "per_10k": "float64"})


def trends_wide(trends: pd.DataFrame, value: str = "per_10k") -> pd.DataFrame:
    """Return the trends as a table: a row per year, a column per term (in the given order)."""
    order = list(dict.fromkeys(trends["term"]))
    wide = trends.pivot(index="year", columns="term", values=value)
    return wide.reindex(columns=order).rename_axis(columns=None)


def assign_eras(years: pd.Series, eras: Mapping[str, tuple[int, int]]) -> pd.Series:
    """Return the name of the era (first, last year, both included) of each year.

    Eras must not overlap; a year outside every era is an error naming it, so that no report
    silently drops out of a comparison.
    """
    spans = sorted((int(first), int(last), name) for name, (first, last) in eras.items())
    for (_, last, name), (first, _, following) in zip(spans, spans[1:], strict=False):
        if first <= last:
            raise ValueError(f"eras {name!r} and {following!r} overlap; give disjoint spans")
    numbers = pd.to_numeric(years, errors="coerce")
    names = pd.Series(pd.NA, index=years.index, dtype="object")
    for first, last, name in spans:
        names[numbers.between(first, last)] = name
    outside = sorted(set(numbers[names.isna()].dropna().astype(int)))
    if outside:
        raise ValueError(
            f"year(s) {outside} fall in no era of {dict(eras)}; widen an era to include them"
        )
    return names.astype("str")


def era_summary(paragraphs: pd.DataFrame, eras: Mapping[str, tuple[int, int]]) -> pd.DataFrame:
    """Return per era: first, last year, documents and characters of its records."""
    table = paragraphs.assign(era=assign_eras(paragraphs["year"], eras))
    table = table.assign(characters=table["text"].astype("str").str.count(r"\S"))
    grouped = table.groupby("era", sort=False)
    summary = grouped.agg(
        first=("year", "min"),
        last=("year", "max"),
        documents=("article_id", "nunique"),
        characters=("characters", "sum"),
    )
    return summary.sort_values("first").reset_index()


def words_side_by_side(table: pd.DataFrame, column: str, top_n: int = 10) -> pd.DataFrame:
    """Return a keyness table by group as a wide table: a row per rank, a column per group.

    Cells read "word (z)", z rounded to one decimal; groups keep their order in `table`.
    """
    ranked = table.sort_values([column, "z", "word"], ascending=[True, False, True], kind="stable")
    ranked = ranked.assign(rank=ranked.groupby(column, sort=False).cumcount() + 1)
    ranked = ranked[ranked["rank"] <= top_n]
    cells = ranked["word"] + " (" + ranked["z"].map("{:.1f}".format) + ")"
    wide = ranked.assign(cell=cells).pivot(index="rank", columns=column, values="cell")
    return wide.reindex(columns=list(dict.fromkeys(table[column]))).fillna("")
