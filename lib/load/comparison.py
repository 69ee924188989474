"""Which records a notebook compares (group A against the rest) when the user names none.

The project's own corpus has a comparison worth making (its two achievement reports against
the ordinary news on the page); any other corpus gets one chosen from its metadata, so that a
first run with no parameters works on any corpus and says in one line what it compared.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pandas as pd

from lib.load.corpus import RECORD_COLUMNS
from lib.paths import corpus_dir

# The comparison of the project's corpus: the departments' report card and the 平度 service
# report against the coupon and research-cruise news on the same page.
PROJECT_COMPARISON = (
    "article_id",
    ["000_358ae6c12643bf3e-a01", "000_358ae6c12643bf3e-a02"],
    ("Achievement reports", "ordinary news"),
)
# Columns the loader adds that say how a page was read, not what it is.
_NOT_METADATA = {"encoding", "converted_chars"}


class Comparison(NamedTuple):
    """Group A (the records whose `column` holds a value of `group_a`) against the rest."""

    column: str
    group_a: list[str]
    names: tuple[str, str]
    note: str  # "" when the user or the project chose; else what was chosen and how to choose


def is_project_corpus(corpus: str | Path | None) -> bool:
    """Return whether `corpus` (a CORPUS parameter) is the project's own corpus/ folder."""
    return corpus is None or Path(corpus).resolve() == corpus_dir().resolve()


def metadata_columns(paragraphs: pd.DataFrame) -> list[str]:
    """Return the metadata columns of the paragraphs table (manifest or document fields)."""
    return [
        c
        for c in paragraphs.columns
        if c not in RECORD_COLUMNS and c not in _NOT_METADATA and not c.endswith("_evidence")
    ]


def choose_comparison(
    paragraphs: pd.DataFrame,
    column: str | None = None,
    group_a=None,
    names=None,
    corpus: str | Path | None = None,
) -> Comparison:
    """Return the comparison to make: the user's, the project's, or one chosen from the corpus.

    With `group_a` None: on the project's corpus, its achievement reports against the news;
    elsewhere, the most frequent value of `column` (default: the first metadata column that
    splits the documents into groups) against the rest; failing that, the first document
    against the others, the first section against the rest, or the first half of the text
    against the second.
    """
    if group_a is not None:
        values = [group_a] if isinstance(group_a, (str, int)) else list(group_a)
        column = column or "article_id"
        label = f"{column} {', '.join(map(str, values))}"
        return Comparison(column, [str(v) for v in values], _names(names, label), "")
    if is_project_corpus(corpus) and column in (None, PROJECT_COMPARISON[0]):
        column, values, default_names = PROJECT_COMPARISON
        return Comparison(column, values, _names(names, default_names[0], default_names[1]), "")
    chosen = _chosen(paragraphs, column)
    note = (
        f"GROUP_A is not set: comparing {chosen.names[0]} with {chosen.names[1]}; "
        "set COMPARE_COLUMN, GROUP_A and GROUP_NAMES to choose the groups"
    )
    return chosen._replace(names=_names(names, *chosen.names), note=note)


def _names(names, first: str, rest: str = "the rest") -> tuple[str, str]:
    """Return the user's two names if given, else (first, rest)."""
    return (str(names[0]), str(names[1])) if names else (first, rest)


def _chosen(paragraphs: pd.DataFrame, column: str | None) -> Comparison:
    """Return a comparison that fits the corpus (see choose_comparison)."""
    documents = paragraphs.drop_duplicates("article_id")
    candidates = [column] if column else metadata_columns(paragraphs)
    for name in candidates:
        if name not in documents.columns:
            raise ValueError(
                f"COMPARE_COLUMN={name!r}: the corpus has no such column; its columns are "
                f"{list(paragraphs.columns)}"
            )
        values = documents[name].dropna().astype("str")
        values = values[values != ""]
        counts = values.value_counts(sort=False)
        if 2 <= len(counts) < len(documents) or (column and len(counts) >= 2):
            # the most frequent value, ties to the first in corpus order
            value = max(counts.index, key=lambda v: (counts[v], -list(counts.index).index(v)))
            described = f"{name} = {value} ({counts[value]} of {len(documents)} documents)"
            return Comparison(name, [value], (described, "the rest"), "")
    if len(documents) >= 2:
        first = documents.iloc[0]
        label = first["title"] or first["article_id"]
        return Comparison("article_id", [first["article_id"]], (label, "the other documents"), "")
    sections = list(dict.fromkeys(paragraphs.loc[paragraphs["kind"] == "heading", "section"]))
    if len(sections) >= 2:
        return Comparison("section", [sections[0]], (f"section {sections[0]}", "the rest"), "")
    ids = sorted(paragraphs.loc[paragraphs["kind"] == "paragraph", "para_id"].astype(int))
    half = [str(i) for i in ids[: max(1, (len(ids) + 1) // 2)]]
    return Comparison("para_id", half, ("the first half of the text", "the second half"), "")
