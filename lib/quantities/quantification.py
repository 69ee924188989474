"""The figures of a corpus: indicators per record with their sentence, and quantification density.

`extract_indicators_table` runs lib.quantities.indicators over the paragraphs table (titles,
headings and paragraphs) and attributes each figure to its article, section and sentence, with
every column of its document (title, outlet, city, year, province ...; the *_evidence notes
are left out); `quantification_density` measures indicators per 1,000 characters;
`report_card` lays out one section's figures as the department's 成绩单; `plain_numbers` and
`readable_numbers` write values for files and for people (158700000000, 158,700,000,000).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from lib.load.sentences import sentences_at
from lib.quantities.indicators import COLUMNS, extract_indicators
from lib.tables import add_record_columns, in_group, require_columns

TABLE_KEYS = ["page_id", "article_id", "section", "para_id", "sentence"]
TABLE_KINDS = ("paragraph", "heading", "title", "subtitle")  # of layout.RECORD_KINDS
REPORT_CARD_COLUMNS = ["subject", "change", "qualifier", "value", "unit", "kind", "raw"]
# Columns of a record, not of its document: left out of the document columns of a figure.
_RECORD_ONLY = {"para_id", "kind", "line", "text", "encoding", "converted_chars"}
BODY_KINDS = ("paragraph", "heading")  # what density counts: headline rows (title ...) apart
NUMBER_COLUMNS = ("value", "low", "high")


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
        found.insert(0, "sentence", sentences_at(record.text, found["start"]))
        frames.append(found.assign(**keys)[TABLE_KEYS + COLUMNS])
    if not frames:
        empty = paragraphs.iloc[:0][TABLE_KEYS[:-1]].assign(sentence="")
        table = empty.join(extract_indicators(""), how="cross")[TABLE_KEYS + COLUMNS]
    else:
        table = pd.concat(frames, ignore_index=True)
    table = table.sort_values(
        ["page_id", "para_id", "start", "end"], kind="stable", ignore_index=True
    )
    return _with_document_columns(table, records)


def document_columns(paragraphs: pd.DataFrame) -> list[str]:
    """Return the columns of `paragraphs` that describe a figure's document and section."""
    taken = set(TABLE_KEYS) | set(COLUMNS) | _RECORD_ONLY
    return [c for c in paragraphs.columns if c not in taken and not c.endswith("_evidence")]


def _with_document_columns(table: pd.DataFrame, records: pd.DataFrame) -> pd.DataFrame:
    """Return `table` with its record's kind (record_kind) and its document's columns added."""
    keys = ["page_id", "para_id"]
    extra = records[keys + document_columns(records)].assign(record_kind=records["kind"])
    extra = extra.drop_duplicates(keys)
    return table.merge(extra, on=keys, how="left", validate="many_to_one")


def quantification_density(
    paragraphs: pd.DataFrame,
    indicators: pd.DataFrame,
    by: Sequence[str] = ("article_id", "section"),
    kinds: Sequence[str] = TABLE_KINDS,
    page_order: bool = False,
) -> pd.DataFrame:
    """Return indicators per 1,000 non-whitespace characters for each group, densest first.

    Only records of `kinds` count, characters and figures alike (BODY_KINDS leaves the
    headline rows out); with `page_order` the groups come in the order the page opens them.
    """
    by = list(by)
    _require_columns(paragraphs, by + ["kind", "text"], "paragraphs")
    _require_columns(indicators, by, "indicators")
    records = paragraphs[paragraphs["kind"].isin(kinds)]
    if "record_kind" in indicators.columns:
        indicators = indicators[indicators["record_kind"].isin(kinds)]
    characters = records.assign(characters=records["text"].str.count(r"\S"))
    sizes = characters.groupby(by, dropna=False, sort=True)["characters"].sum()
    counts = indicators.groupby(by, dropna=False, sort=True).size().rename("indicators")
    table = sizes.to_frame().join(counts, how="left").fillna({"indicators": 0}).reset_index()
    table = table.astype({"characters": "int64", "indicators": "int64"})
    table["indicators_per_1000_chars"] = (1000 * table["indicators"] / table["characters"]).where(
        table["characters"] > 0, 0.0
    )
    if page_order:
        first = records.reset_index(drop=True).reset_index().groupby(by, dropna=False)["index"]
        position = table.set_index(by).index.map(first.min())
        return table.iloc[position.argsort(kind="stable")].reset_index(drop=True)
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
    kinds: Sequence[str] = TABLE_KINDS,
) -> pd.DataFrame:
    """Return quantification density of the records whose `column` is in `group_a` vs the rest."""
    _require_columns(paragraphs, [column], "paragraphs")
    indicators = add_record_columns(indicators, paragraphs, [column])
    label = {True: names[0], False: names[1]}
    grouped_paragraphs = paragraphs.assign(group=in_group(paragraphs[column], group_a).map(label))
    grouped_indicators = indicators.assign(group=in_group(indicators[column], group_a).map(label))
    return quantification_density(grouped_paragraphs, grouped_indicators, ["group"], kinds)


def group_articles(
    paragraphs: pd.DataFrame, column: str, group_a: Sequence[str] | str
) -> tuple[list[str], list[str]]:
    """Return the article_ids whose `column` is in `group_a`, and the other article_ids."""
    _require_columns(paragraphs, ["article_id", column], "paragraphs")
    chosen = in_group(paragraphs[column], group_a)
    ids_a = sorted(set(paragraphs.loc[chosen, "article_id"]))
    return ids_a, sorted(set(paragraphs["article_id"]) - set(ids_a))


def _plain(value: float) -> str:
    """Return `value` in positional notation without exponent (1.587e11 -> 158700000000)."""
    if pd.isna(value):
        return ""
    return np.format_float_positional(round(value, 6), trim="-")


def _readable(value: float) -> str:
    """Return `value` for people: thousands separators, at most four decimals (67,000; 3.9)."""
    if pd.isna(value):
        return ""
    text = _plain(value)
    sign = "-" if text.startswith("-") else ""
    whole, _, decimals = text.lstrip("-").partition(".")
    return f"{sign}{int(whole):,}" + (f".{decimals[:4]}" if decimals else "")


def plain_numbers(table: pd.DataFrame) -> pd.DataFrame:
    """Return `table` with value, low and high as plain text for CSV (158700000000)."""
    return table.assign(**{c: table[c].map(_plain) for c in NUMBER_COLUMNS if c in table.columns})


def readable_numbers(table: pd.DataFrame) -> pd.DataFrame:
    """Return `table` with value, low and high as text for people (158,700,000,000; 3.9)."""
    return table.assign(
        **{c: table[c].map(_readable) for c in NUMBER_COLUMNS if c in table.columns}
    )
