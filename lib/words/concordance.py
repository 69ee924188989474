"""Keyword in context (KWIC, 语境中的关键词): every occurrence of a term with the text around it.

`kwic` reads the paragraphs table, not the tokens: a concordance is for reading, and the
characters around a term are what a reader needs. It finds the term as a string, so it also
lists occurrences inside longer words (人民 in 人民币), which the term counts of
lib.words.trends leave out; the two numbers can differ for that reason.
"""

from __future__ import annotations

import re

import pandas as pd

from lib.tables import in_group
from lib.words.segment import DEFAULT_KINDS

KWIC_COLUMNS = ["document", "year", "left", "term", "right"]


def _selected(paragraphs: pd.DataFrame, filters: dict) -> pd.DataFrame:
    """Return the records whose columns hold the filter values (one value or a list)."""
    chosen = paragraphs
    for column, wanted in filters.items():
        if column not in paragraphs.columns:
            raise ValueError(
                f"kwic filter {column}=...: the paragraphs table has no column {column!r}; "
                f"the columns are {list(paragraphs.columns)}"
            )
        chosen = chosen[in_group(chosen[column], wanted)]
    return chosen


def kwic(
    paragraphs: pd.DataFrame,
    term: str,
    window: int = 20,
    kinds=DEFAULT_KINDS,
    **filters,
) -> pd.DataFrame:
    """Return one row per occurrence of `term`: document, year, left, term, right.

    `left` and `right` hold up to `window` characters of the same record on each side, line
    breaks shown as spaces. `filters` keep records by column value (year=2025,
    article_id=[...]); `kinds` the record kinds read (boilerplate never, by default). Rows
    follow the text: by document, record, then position.
    """
    if not term:
        raise ValueError("kwic needs a non-empty term")
    if window < 0:
        raise ValueError(f"window must be zero or more characters, got {window}")
    missing = [c for c in ("article_id", "para_id", "kind", "text") if c not in paragraphs.columns]
    if missing:
        raise ValueError(
            f"the paragraphs table lacks column(s) {missing}; pass lib.load.corpus.load_corpus's"
        )
    records = _selected(paragraphs[paragraphs["kind"].isin(tuple(kinds))], filters)
    records = records.sort_values(["article_id", "para_id"], kind="stable")
    years = records["year"] if "year" in records.columns else pd.Series("", index=records.index)
    pattern = re.compile(re.escape(term))
    rows = []
    for document, year, text in zip(records["article_id"], years, records["text"], strict=True):
        if not isinstance(text, str):
            continue
        for match in pattern.finditer(text):
            left = text[max(0, match.start() - window) : match.start()]
            right = text[match.end() : match.end() + window]
            rows.append((document, "" if pd.isna(year) else str(year), left, term, right))
    table = pd.DataFrame(rows, columns=KWIC_COLUMNS).astype("str")
    for side in ("left", "right"):
        table[side] = table[side].str.replace(r"\s", " ", regex=True)
    return table
