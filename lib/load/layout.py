"""Recover the structure of a page: articles, title blocks, bylines, section headings, paragraphs.

A page's text arrives as lines, as PDF or web extraction left them. This module repairs the
layout (joins sentences broken across lines, takes out photo captions that interrupt them) and
labels every line as one record of a kind in RECORD_KINDS: lib.load.lines cuts the text into
lines, lib.load.body labels an article's lines (with lib.load.boilerplate for web-page chrome,
source lines, page-jump markers and speaker lines), and this module finds the articles of a
newspaper page by their bylines and gives every record its section. Every non-whitespace
character of the input lands in exactly one record (see `check_nothing_lost`).
"""

from __future__ import annotations

import re
from collections import Counter

from lib.load.body import is_byline, is_caption, is_finished, split_body
from lib.load.lines import page_lines

# Every kind of record a page is cut into (corpus.py adds the "title" of a document's metadata);
# other modules select from this list, they do not keep their own. Analyses read the body kinds
# they choose (titles, headings, paragraphs, captions); the others are the page around the text:
# bylines, datelines of speeches, licence notices (boilerplate), web-page chrome (下载 打印
# 【字号】), source and date lines (来源：… 时间：…), page-jump markers (上接第4版) and the
# speaker's name and office.
RECORD_KINDS = (
    "title",
    "subtitle",
    "byline",
    "heading",
    "paragraph",
    "caption",
    "dateline",
    "boilerplate",
    "chrome",
    "source_line",
    "page_jump",
    "speaker",
)

_ROLE_RE = re.compile(r"^(?P<outlet>\S*?)(?P<role>记者|通讯员|实习生)(?P<rest>\S*)$")
# Subsection headings (（一）, 1.) sit inside the section opened by the heading above them.
_SUBHEADING_RE = re.compile(r"^(?:[（(][一二三四五六七八九十]+[）)]|\d+[.、．])")
_SECTION_NUMBER_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[、章部篇])"
)
# The section of an article's headline block (title, subtitle, byline).
HEADLINE_SECTION = "标题"
TITLE_BLOCK_MAX_LINES = 3


def parse_byline(line: str) -> dict[str, str]:
    """Return outlet, reporters and correspondents named in a byline (names joined by 、)."""
    people: dict[str, list[str]] = {"记者": [], "通讯员": [], "实习生": []}
    outlet, role = "", "记者"
    for word in line.lstrip("□■ ").split():
        match = _ROLE_RE.match(word)
        if match:
            role = match["role"]
            outlet = outlet or match["outlet"].removeprefix("本报")
            if match["rest"]:
                people[role].append(match["rest"])
        else:
            people[role].append(word)
    return {
        "outlet_in_byline": outlet,
        "reporters": "、".join(people["记者"] + people["实习生"]),
        "correspondents": "、".join(people["通讯员"]),
    }


def split_heading(text: str) -> tuple[str, str]:
    """Return (section, heading): "市外办 搭建…" names the department before the first space."""
    first, _, rest = text.partition(" ")
    if rest and len(first) <= 12:
        return first, rest.strip()
    return text, text


def _title_block_starts(lines: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Return (first title line index, byline index) for each article found by its byline."""
    blocks = []
    previous_end = 0
    for index, (_, line) in enumerate(lines):
        if not is_byline(line):
            continue
        start = index
        while (
            start > previous_end
            and index - start < TITLE_BLOCK_MAX_LINES
            and not is_finished(lines[start - 1][1])
            and not is_caption(lines[start - 1][1])
        ):
            start -= 1
        if start < index:  # a byline without a headline above it belongs to the article before
            blocks.append((start, index))
        previous_end = index + 1
    return blocks


def section_of(heading: str) -> tuple[str, str]:
    """Return (section, heading) that a section heading opens.

    A numbered heading (一、…, 第一、…) is the section's name whole; "市外办 搭建…" names the
    department before the first space.
    """
    if _SECTION_NUMBER_RE.match(heading):
        return heading, heading
    return split_heading(heading)


def _assign_sections(records: list[dict]) -> None:
    """Give every record its section and heading, from the section headings above it."""
    has_headings = any(r["kind"] == "heading" for r in records)
    section, heading = ("导语" if has_headings else "全文"), ""
    for record in records:
        if record["kind"] == "heading" and _SUBHEADING_RE.match(record["text"]):
            heading = record["text"]
        elif record["kind"] == "heading":
            section, heading = section_of(record["text"])
        if record["kind"] in ("title", "subtitle"):
            record["section"], record["heading"] = HEADLINE_SECTION, ""
        else:
            record["section"], record["heading"] = section, heading


def split_page(
    text: str, *, find_articles: bool = True, title: str = ""
) -> tuple[list[dict], list[dict]]:
    """Return (records, repairs) for one page of already character-normalized text.

    Each record: article (1-based), kind, text, line, section, heading, and for articles found
    by their title block: title, subtitle, byline, outlet_in_byline, reporters, correspondents.
    With `find_articles=False` (a document from a JSONL/CSV corpus) the text is one article body;
    `title` is its title from the metadata.
    """
    lines, space_repairs = page_lines(text)
    blocks = _title_block_starts(lines) if find_articles else []
    spans = []  # (title start, byline index or None, body start, body end)
    if not blocks or blocks[0][0] > 0:
        first = blocks[0][0] if blocks else len(lines)
        spans.append((0, None, 0, first))
    for n, (start, byline) in enumerate(blocks):
        end = blocks[n + 1][0] if n + 1 < len(blocks) else len(lines)
        spans.append((start, byline, byline + 1, end))

    records: list[dict] = []
    repairs: list[dict] = []
    article_of_line: dict[int, int] = {}
    for article, (start, byline, body_start, body_end) in enumerate(spans, start=1):
        head: list[dict] = []
        meta = {
            "title": "",
            "subtitle": "",
            "byline": "",
            "outlet_in_byline": "",
            "reporters": "",
            "correspondents": "",
        }
        if byline is not None:
            titles = lines[start:byline]
            for k, (number, line) in enumerate(titles):
                head.append(
                    {"kind": "title" if k == 0 else "subtitle", "text": line, "line": number}
                )
            meta["title"] = titles[0][1].lstrip("■□ ")
            meta["subtitle"] = " / ".join(line for _, line in titles[1:])
            meta["byline"] = lines[byline][1]
            meta.update(parse_byline(lines[byline][1]))
            head.append({"kind": "byline", "text": lines[byline][1], "line": lines[byline][0]})
        body, body_repairs = split_body(lines[body_start:body_end], title)
        for number, _ in lines[start:body_end]:
            article_of_line.setdefault(number, article)
        _assign_sections(body)
        for record in head:
            record["section"], record["heading"] = HEADLINE_SECTION, ""
        for record in head + body:
            records.append({"article": article, **record, **meta})
        repairs += [{"article": article, **r} for r in body_repairs]
    for repair in space_repairs:
        repair["article"] = article_of_line.get(repair["line"], 1)
    return records, sorted(space_repairs + repairs, key=lambda r: (r["line"], r["repair"]))


def check_nothing_lost(text: str, records: list[dict], source: str) -> None:
    """Raise AssertionError unless the records hold exactly the non-space characters of `text`."""
    given = Counter(ch for ch in text if not ch.isspace())
    kept = Counter(ch for r in records for ch in r["text"] if not ch.isspace())
    if given != kept:
        lost, added = given - kept, kept - given
        raise AssertionError(
            f"{source}: layout repair lost {dict(lost)} and added {dict(added)}; "
            "this is a bug in lib.load.layout, please report it with the file"
        )
