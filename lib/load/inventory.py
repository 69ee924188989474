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
    """Return {article_id: "a01 title…"}, short labels for table columns and figure legends."""
    firsts = paragraphs.drop_duplicates("article_id")
    return {
        a: f"{a.rsplit('-', 1)[-1]} {t[:width]}{'…' if len(t) > width else ''}"
        for a, t in zip(firsts["article_id"], firsts["title"], strict=True)
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
