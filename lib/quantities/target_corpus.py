"""Targets and results of every document of a corpus: the paragraphs table in, tidy tables out.

A document is a page (page_id) of the paragraphs table with a year; records without one (the
resolutions of the national archive) are not reports and are left out. Rows carry the
document's page_id and the metadata columns asked for (province, title ...).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.quantities.outcomes import extract_outcomes
from lib.quantities.targets import extract_targets

# What a committed table keeps: numbers and labels, never the text of the reports.
PUBLIC_TARGET_COLUMNS = ["indicator", "kind", "year", "low", "high", "unit", "qualifier", "bound"]
PUBLIC_OUTCOME_COLUMNS = ["indicator", "year", "value", "unit", "versus_target", "stated_target"]


def report_texts(paragraphs: pd.DataFrame, metadata: list[str] | tuple = ()) -> pd.DataFrame:
    """Return one row per dated document: page_id, report_year, the metadata columns, text."""
    if "year" not in paragraphs.columns:
        raise ValueError(
            "the corpus has no `year` column: targets are read per report year; "
            "give each document a year (a .jsonl field or a manifest column)"
        )
    years = pd.to_numeric(paragraphs["year"], errors="coerce")
    dated = paragraphs[years.notna()].assign(report_year=years[years.notna()].astype(int))
    keys = ["page_id", "report_year", *metadata]
    texts = dated.groupby(keys, sort=True)["text"].agg("\n".join).reset_index()
    return texts.sort_values(["report_year", "page_id"], kind="stable").reset_index(drop=True)


def _per_document(texts: pd.DataFrame, extract, metadata) -> pd.DataFrame:
    tables = []
    for _, document in texts.iterrows():
        table = extract(document["text"], int(document["report_year"]))
        for column in ["page_id", "report_year", *metadata][::-1]:
            table.insert(0, column, document[column])
        tables.append(table)
    return pd.concat(tables, ignore_index=True) if tables else pd.DataFrame()


def corpus_targets(texts: pd.DataFrame, metadata: list[str] | tuple = ()) -> pd.DataFrame:
    """Return the targets of every document of `report_texts`, with its page_id and metadata."""
    return _per_document(texts, extract_targets, list(metadata))


def corpus_outcomes(texts: pd.DataFrame, metadata: list[str] | tuple = ()) -> pd.DataFrame:
    """Return the results of every document of `report_texts`, with its page_id and metadata.

    Where two reports state a result for the same indicator and year, the earlier report's
    statement (the one closest to the year) is kept.
    """
    table = _per_document(texts, extract_outcomes, list(metadata))
    if table.empty:
        return table
    keys = [*metadata, "indicator", "year"]
    return table.drop_duplicates(keys).reset_index(drop=True)


def public(
    table: pd.DataFrame, columns: list[str], metadata: list[str] | tuple = ()
) -> pd.DataFrame:
    """Return the committed form of a table: metadata and number columns, no text of reports."""
    keep = [c for c in ["report_year", *metadata, *columns] if c in table.columns]
    return table[keep].reset_index(drop=True)


def plain_numbers(table: pd.DataFrame, columns: list[str] | tuple = ()) -> pd.DataFrame:
    """Return `table` with the numbers of `columns` as plain text (11000000, 5.5; never 1.1e+07).

    Rounded to 6 decimals so that the last bits of a float cannot change a committed file.
    """
    table = table.copy()
    for column in columns:
        if column in table.columns:
            table[column] = [
                "" if pd.isna(v) else np.format_float_positional(round(float(v), 6), trim="-")
                for v in table[column]
            ]
    return table
