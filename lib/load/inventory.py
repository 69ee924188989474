"""Table 1, the corpus inventory: how much text each article and section holds, and who wrote it."""

from __future__ import annotations

import pandas as pd

from lib.load.sentences import split_sentences

BODY_KINDS = ("paragraph",)  # chosen from lib.load.layout.RECORD_KINDS


def count_characters(text: str) -> int:
    """Return the number of non-whitespace characters in `text`."""
    return sum(not ch.isspace() for ch in text)


def corpus_inventory(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Return one row per article and section: paragraphs, sentences, characters, reporters.

    Only body paragraphs are counted (titles, bylines, headings and captions are not); the
    rows keep the order in which articles and sections appear on the page.
    """
    body = paragraphs[paragraphs["kind"].isin(BODY_KINDS)].copy()
    body["sentences"] = body["text"].map(lambda t: len(split_sentences(t)))
    body["characters"] = body["text"].map(count_characters)
    table = (
        body.groupby(["page_id", "article_id", "section"], sort=False)
        .agg(
            title=("title", "first"),
            first_para=("para_id", "min"),
            paragraphs=("para_id", "size"),
            sentences=("sentences", "sum"),
            characters=("characters", "sum"),
            reporters=("reporters", "first"),
            correspondents=("correspondents", "first"),
        )
        .reset_index()
        .sort_values(["page_id", "first_para"], kind="stable")
        .drop(columns="first_para")
        .reset_index(drop=True)
    )
    return table[
        [
            "page_id",
            "article_id",
            "title",
            "section",
            "paragraphs",
            "sentences",
            "characters",
            "reporters",
            "correspondents",
        ]
    ]


def record_kinds(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Return records and characters per kind (title, byline, paragraph ...), largest first."""
    counts = paragraphs.assign(characters=paragraphs["text"].map(count_characters))
    table = counts.groupby("kind").agg(records=("text", "size"), characters=("characters", "sum"))
    return table.reset_index().sort_values(
        ["characters", "kind"], ascending=[False, True], ignore_index=True
    )


def article_table(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Return one row per article: title, subtitle, reporters, correspondents, records, sections."""
    table = (
        paragraphs.groupby(["page_id", "article_id"], sort=False)
        .agg(
            title=("title", "first"),
            subtitle=("subtitle", "first"),
            reporters=("reporters", "first"),
            correspondents=("correspondents", "first"),
            records=("para_id", "size"),
            sections=("section", lambda s: " / ".join(dict.fromkeys(v for v in s if v))),
        )
        .reset_index()
    )
    return table


def article_titles(paragraphs: pd.DataFrame, width: int = 12) -> dict[str, str]:
    """Return {article_id: label}, short labels for table columns and figure legends.

    The articles of a newspaper page are "a01 title…"; the documents of a corpus (one article
    a page) are named by `document_labels` (北京市, 2024, or their title), not "a01 2026年…".
    """
    firsts = paragraphs.drop_duplicates("article_id")
    if firsts["page_id"].is_unique:
        return document_labels(paragraphs, width)
    return {
        a: f"{a.rsplit('-', 1)[-1]} {t[:width]}{'…' if len(t) > width else ''}"
        for a, t in zip(firsts["article_id"], firsts["title"], strict=True)
    }


# Metadata columns that name a document, most specific first; a year tells reports of one
# place apart.
NAMING_COLUMNS = ("city", "county", "district", "province", "region_name", "outlet")
YEAR_COLUMNS = ("year", "date", "publish_date")


def _text(value) -> str:
    """Return a metadata value as text: "" for missing, 2026 for 2026.0."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def document_labels(paragraphs: pd.DataFrame, width: int = 16) -> dict[str, str]:
    """Return {article_id: label} for figures: the metadata that names it, else its title.

    The label is the first naming column (city, province ...) that tells all documents apart,
    with the year when that is needed ("北京市 2026"); otherwise the title, cut at `width`
    characters, with the year or the article number added where titles repeat. Every label is
    different.
    """
    firsts = paragraphs.drop_duplicates("article_id").set_index("article_id")
    ids = list(firsts.index)

    def values(column: str) -> list[str]:
        if column not in firsts.columns:
            return [""] * len(ids)
        return [_text(v) for v in firsts[column]]

    year = next((values(c) for c in YEAR_COLUMNS if any(values(c))), [""] * len(ids))
    for column in NAMING_COLUMNS:
        names = values(column)
        if not all(names):
            continue
        for labels in (names, [f"{n} {y}".strip() for n, y in zip(names, year, strict=True)]):
            if len(set(labels)) == len(labels):
                return dict(zip(ids, labels, strict=True))
    # A series of reports, one a year (the national archive): the year names each; documents
    # without a year (resolutions on a report) keep their title.
    dated = [y for y in year if y]
    unique_years = len(dated) > 1 and len(set(dated)) == len(dated)
    titles = [
        y if y and unique_years else t[:width] + ("…" if len(t) > width else "") if t else a
        for a, t, y in zip(ids, values("title"), year, strict=True)
    ]
    counts = pd.Series(titles).value_counts()
    labels = [
        (f"{t} {y}" if y else f"{t} {a.rsplit('-', 1)[-1]}") if counts[t] > 1 else t
        for a, t, y in zip(ids, titles, year, strict=True)
    ]
    # Still equal (same title, same year): number them by article.
    counts = pd.Series(labels).value_counts()
    return {
        a: f"{label} ({a})" if counts[label] > 1 else label
        for a, label in zip(ids, labels, strict=True)
    }


def named_sections(paragraphs: pd.DataFrame, limit: int | None = None) -> list[str]:
    """Return the sections opened by a section heading (the departments), in page order.

    With `limit`, only the `limit` sections with the most body characters are kept (ties by
    name), still in page order: a long report has hundreds of headings.
    """
    headings = list(dict.fromkeys(paragraphs.loc[paragraphs["kind"] == "heading", "section"]))
    if limit is None or len(headings) <= limit:
        return headings
    body = paragraphs[paragraphs["kind"].isin(BODY_KINDS) & paragraphs["section"].isin(headings)]
    sizes = body.groupby("section")["text"].agg(lambda t: sum(map(count_characters, t)))
    ranked = sorted(headings, key=lambda s: (-sizes.get(s, 0), s))[:limit]
    return [s for s in headings if s in ranked]
