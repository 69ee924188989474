"""Load a corpus into the paragraphs table: one row per record (title, byline, paragraph ...).

A corpus is a folder of page files (.txt) with a manifest (manifest.csv) holding their
metadata, a single page file, or a .jsonl / .csv file of documents with a text column and
metadata columns. Bad input raises `CorpusError` naming the file, the line and the fix.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pandas as pd

from lib.load.layout import HEADLINE_SECTION, check_nothing_lost, split_page
from lib.load.markup import strip_html
from lib.load.normalize import normalize_characters, to_simplified
from lib.load.sources import find_pages
from lib.paths import corpus_dir
from lib.tables import empty_table

RECORD_COLUMNS = [
    "page_id",
    "article_id",
    "title",
    "subtitle",
    "byline",
    "outlet_in_byline",
    "reporters",
    "correspondents",
    "section",
    "heading",
    "para_id",
    "kind",
    "line",
    "text",
]
TEXT_FIELDS = ("title", "subtitle", "section", "heading", "text")


class Corpus(NamedTuple):
    """What `read_corpus` returns: the paragraphs table, the repairs log, the sources read.

    The sources table has a `warning` column ("" when all is well); `warnings` is its rows with
    one, such as a long document that came out as a single paragraph.
    """

    paragraphs: pd.DataFrame
    repairs: pd.DataFrame
    sources: pd.DataFrame

    @property
    def warnings(self) -> pd.DataFrame:
        """Return the sources with a warning: page_id, source, warning."""
        table = self.sources.reindex(columns=["page_id", "source", "warning"]).fillna("")
        return table[table["warning"] != ""].reset_index(drop=True)


def load_corpus(path: str | Path | None = None, *, to_simplified: bool = False) -> pd.DataFrame:
    """Return the paragraphs table of the corpus at `path` (default: the project's corpus/)."""
    return read_corpus(path, to_simplified=to_simplified).paragraphs


def read_corpus(path: str | Path | None = None, *, to_simplified: bool = False) -> Corpus:
    """Return the paragraphs table, the repairs made and the sources read (with their encodings).

    `to_simplified=True` converts Traditional characters to Simplified (OpenCC t2s); the
    number of characters changed is reported per record (column converted_chars) and in repairs.
    """
    pages = find_pages(Path(path) if path is not None else corpus_dir())
    tables, repairs, sources = [], [], []
    for page in pages:
        records, page_repairs = _page_records(page)
        tables.append(records)
        repairs += page_repairs
        sources.append(
            {
                "page_id": page["page_id"],
                "source": page["source"],
                "encoding": page["encoding"],
                "records": len(records),
                "warning": structure_warning(records),
            }
        )
    paragraphs = pd.concat(tables, ignore_index=True) if tables else _empty_paragraphs()
    repairs_df = pd.DataFrame(
        repairs, columns=["page_id", "article_id", "line", "repair", "before", "after", "count"]
    )
    if to_simplified:
        paragraphs, repairs_df = _convert_to_simplified(paragraphs, repairs_df)
    return Corpus(paragraphs, repairs_df, pd.DataFrame(sources))


def _page_records(page: dict) -> tuple[pd.DataFrame, list[dict]]:
    """Return one page's records as a table, and its repairs, proving no character was lost."""
    text, markup_repairs = strip_html(page["text"])
    text, char_repairs = normalize_characters(text)
    char_repairs = markup_repairs + char_repairs
    title = page.get("title") or ""
    records, repairs = split_page(text, find_articles=page["find_articles"], title=title)
    if title:  # a document's title comes from its metadata and is a record of its own
        records.insert(
            0,
            {"article": 1, "kind": "title", "text": title, "line": 0, "section": HEADLINE_SECTION},
        )
    check_nothing_lost(text + title, records, page["source"])
    pid = page["page_id"]
    table = pd.DataFrame(records).reindex(columns=["article", *RECORD_COLUMNS[2:]])
    table.insert(0, "page_id", pid)
    table["article_id"] = [f"{pid}-a{n:02d}" for n in table.pop("article")]
    if title:
        table["title"] = title
    table["para_id"] = range(len(table))
    table = table[RECORD_COLUMNS].fillna(
        {c: "" for c in RECORD_COLUMNS if c not in ("para_id", "line")}
    )
    table["line"] = table["line"].astype(int)
    for key, value in page["metadata"].items():
        table[key] = value
    if "doc_type" not in table.columns:
        table["doc_type"] = doc_type(title or table["title"].iloc[0])
    table["encoding"] = page["encoding"]
    for r in repairs:
        r["article_id"] = f"{pid}-a{r.pop('article'):02d}"
    for r in char_repairs:
        r.update(article_id="", line=0)
    return table, [{"page_id": pid, **r} for r in char_repairs + repairs]


# A document with one paragraph this long has lost its paragraph breaks somewhere.
ONE_PARAGRAPH_WARNING_CHARS = 500
# What a document is, from its title, when its metadata does not say (column doc_type): the
# national archive holds the resolutions on each report beside the reports, without a year.
DOC_TYPES = (("resolution", ("决议", "決議")), ("report", ("报告", "報告")))


def doc_type(title: str) -> str:
    """Return "resolution" or "report" as the title names it, else ""."""
    for name, words in DOC_TYPES:
        if any(word in title for word in words):
            return name
    return ""


def structure_warning(records: pd.DataFrame) -> str:
    """Return a warning when a long document came out as one paragraph, else ""."""
    for article, body in records[records["kind"] == "paragraph"].groupby("article_id", sort=True):
        size = int(body["text"].str.len().sum())
        if len(body) == 1 and size > ONE_PARAGRAPH_WARNING_CHARS:
            return (
                f"{article}: the text came out as one paragraph of {size:,} characters (no line "
                "breaks and no runs of spaces between paragraphs), so its sections and headings "
                "are unknown; save it with a line break after each paragraph"
            )
    return ""


def _empty_paragraphs() -> pd.DataFrame:
    return empty_table({c: int if c in ("para_id", "line") else str for c in RECORD_COLUMNS})


def _convert_to_simplified(paragraphs: pd.DataFrame, repairs: pd.DataFrame):
    """Return both tables with text fields converted to Simplified, and the conversions logged."""
    paragraphs = paragraphs.copy()
    changed = pd.Series(0, index=paragraphs.index)
    for column in TEXT_FIELDS:
        pairs = [to_simplified(value) for value in paragraphs[column]]
        paragraphs[column] = [converted for converted, _ in pairs]
        if column == "text":
            changed = pd.Series([n for _, n in pairs], index=paragraphs.index)
    paragraphs["converted_chars"] = changed
    per_page = paragraphs.groupby("page_id", sort=True)["converted_chars"].sum()
    log = pd.DataFrame(
        {
            "page_id": per_page.index,
            "article_id": "",
            "line": 0,
            "repair": "traditional_to_simplified",
            "before": "",
            "after": "",
            "count": per_page.to_numpy(),
        }
    )
    log = log[log["count"] > 0]
    return paragraphs, pd.concat([repairs, log], ignore_index=True)
