"""Quantification density per year: figures per 1,000 characters of each year's documents.

The same measure as lib.quantities.quantification.quantification_density, computed on each
document's text at once (its records joined by line breaks) instead of record by record:
the extractor's patterns do not cross a line break, so the count is the same, and one call
per document instead of one per paragraph is what makes seventy years of reports take
seconds rather than minutes.
"""

from __future__ import annotations

import pandas as pd

from lib.quantities.indicators import extract_indicators
from lib.quantities.quantification import TABLE_KINDS

DENSITY_COLUMNS = ["year", "documents", "characters", "indicators", "indicators_per_1000_chars"]


def density_by_year(paragraphs: pd.DataFrame, by: str = "year") -> pd.DataFrame:
    """Return per year: documents, non-blank characters, indicators, indicators per 1,000."""
    missing = [c for c in (by, "article_id", "para_id", "kind", "text") if c not in paragraphs]
    if missing:
        raise ValueError(
            f"the paragraphs table lacks column(s) {missing}; pass lib.load.corpus.load_corpus's "
            "table, restricted to dated documents (lib.words.trends.dated_records)"
        )
    records = paragraphs[paragraphs["kind"].isin(TABLE_KINDS)].sort_values(
        ["article_id", "para_id"], kind="stable"
    )
    rows = []
    for (year, _), document in records.groupby([by, "article_id"], sort=True):
        text = "\n".join(document["text"].astype("str"))
        rows.append(
            (year, int(document["text"].str.count(r"\S").sum()), len(extract_indicators(text)))
        )
    table = pd.DataFrame(rows, columns=[by, "characters", "indicators"])
    grouped = table.groupby(by, sort=True)
    table = grouped.agg(
        documents=("characters", "size"),
        characters=("characters", "sum"),
        indicators=("indicators", "sum"),
    ).reset_index()
    table["indicators_per_1000_chars"] = (
        1000 * table["indicators"] / table["characters"].where(table["characters"] > 0)
    ).fillna(0.0)
    return table.rename(columns={by: "year"} if by != "year" else {})[DENSITY_COLUMNS]
