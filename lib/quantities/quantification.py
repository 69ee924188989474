"""The figures of a corpus: indicators per record with their sentence, and quantification density.

`extract_indicators_table` runs lib.quantities.indicators over the paragraphs table (titles,
headings and paragraphs) and attributes each figure to its article, section and sentence;
`quantification_density` measures indicators per 1,000 characters; `report_card` lays out
one section's figures as the department's 成绩单.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from lib.load.sentences import sentence_at
from lib.quantities.indicators import COLUMNS, extract_indicators
from lib.tables import add_record_columns, in_group, require_columns

TABLE_KEYS = ["page_id", "article_id", "section", "para_id", "sentence"]
TABLE_KINDS = ("paragraph", "heading", "title", "subtitle")  # of layout.RECORD_KINDS
REPORT_CARD_COLUMNS = ["subject", "change", "qualifier", "value", "unit", "kind", "raw"]


_MAKERS = {"paragraphs": "lib.load.corpus.load_corpus", "indicators": "extract_indicators_table"}


def _require_columns(table: pd.DataFrame, columns: Sequence[str], name: str) -> None:
    require_columns(table, columns, f"the {name} table", _MAKERS[name])


def extract_indicators_table(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Return one row per indicator in the paragraph, heading and title records of `paragraphs`."""
    _require_columns(paragraphs, ["page_id", "article_id", "section", "para_id", "kind", "text"],
                     "paragraphs")  # fmt: skip
    records = paragraphs[paragraphs["kind"].isin(TABLE_KINDS)]
    frames = []
    for record in records.itertuples(index=False):
        found = extract_indicators(record.text)
        if found.empty:
            continue
        keys = {k: getattr(record, k) for k in TABLE_KEYS[:-1]}
        found.insert(0, "sentence", [sentence_at(record.text, s) for s in found["start"]])
        frames.append(found.assign(**keys)[TABLE_KEYS + COLUMNS])
    if not frames:
        empty = paragraphs.iloc[:0][TABLE_KEYS[:-1]].assign(sentence="")
        return empty.join(extract_indicators(""), how="cross")[TABLE_KEYS + COLUMNS]
    table = pd.concat(frames, ignore_index=True)
    return table.sort_values(
        ["page_id", "para_id", "start", "end"], kind="stable", ignore_index=True
    )


def quantification_density(
    paragraphs: pd.DataFrame,
    indicators: pd.DataFrame,
    by: Sequence[str] = ("article_id", "section"),
) -> pd.DataFrame:
    """Return indicators per 1,000 non-whitespace characters for each group, densest first."""
    by = list(by)
    _require_columns(paragraphs, by + ["kind", "text"], "paragraphs")
    _require_columns(indicators, by, "indicators")
    records = paragraphs[paragraphs["kind"].isin(TABLE_KINDS)]
    characters = records.assign(characters=records["text"].str.count(r"\S"))
    sizes = characters.groupby(by, dropna=False, sort=True)["characters"].sum()
    counts = indicators.groupby(by, dropna=False, sort=True).size().rename("indicators")
    table = sizes.to_frame().join(counts, how="left").fillna({"indicators": 0}).reset_index()
    table = table.astype({"characters": "int64", "indicators": "int64"})
    table["indicators_per_1000_chars"] = (1000 * table["indicators"] / table["characters"]).where(
        table["characters"] > 0, 0.0
    )
    order = ["indicators_per_1000_chars"] + by
    return table.sort_values(order, ascending=[False] + [True] * len(by), ignore_index=True)


def report_card(indicators: pd.DataFrame, section: str) -> pd.DataFrame:
    """Return one section's figures in text order: subject, change, qualifier, value, unit, raw."""
    _require_columns(
        indicators, ["section", "para_id", "start", *REPORT_CARD_COLUMNS], "indicators"
    )
    rows = indicators[indicators["section"] == section].sort_values(["para_id", "start"])
    return rows[REPORT_CARD_COLUMNS].reset_index(drop=True)


def report_cards(indicators: pd.DataFrame, sections: Sequence[str]) -> pd.DataFrame:
    """Return the report cards of several sections, one after the other, with a section column."""
    cards = [report_card(indicators, s).assign(section=s) for s in sections]
    if not cards:
        return pd.DataFrame(columns=["section", *REPORT_CARD_COLUMNS])
    table = pd.concat(cards, ignore_index=True)
    return table[["section", *REPORT_CARD_COLUMNS]]


def indicator_kinds(indicators: pd.DataFrame) -> pd.DataFrame:
    """Return the number of indicators of each kind (count, money, percent ...), most first."""
    _require_columns(indicators, ["kind"], "indicators")
    counts = indicators.groupby("kind").size().reset_index(name="indicators")
    counts["share"] = counts["indicators"] / max(len(indicators), 1)
    return counts.sort_values(["indicators", "kind"], ascending=[False, True], ignore_index=True)


def group_density(
    paragraphs: pd.DataFrame,
    indicators: pd.DataFrame,
    column: str,
    group_a: Sequence[str] | str,
    names: tuple[str, str] = ("group A", "the rest"),
) -> pd.DataFrame:
    """Return quantification density of the records whose `column` is in `group_a` vs the rest."""
    _require_columns(paragraphs, [column], "paragraphs")
    indicators = add_record_columns(indicators, paragraphs, [column])
    label = {True: names[0], False: names[1]}
    grouped_paragraphs = paragraphs.assign(group=in_group(paragraphs[column], group_a).map(label))
    grouped_indicators = indicators.assign(group=in_group(indicators[column], group_a).map(label))
    return quantification_density(grouped_paragraphs, grouped_indicators, by=["group"])
