"""Recover the structure of a page: articles, title blocks, bylines, section headings, paragraphs.

A page's text arrives as lines, as PDF or web extraction left them. This module repairs the
layout (joins sentences broken across lines, takes out photo captions that interrupt them) and
labels every line as one record: title, subtitle, byline, heading, paragraph or caption.
Every non-whitespace character of the input lands in exactly one record (see `check_nothing_lost`).
"""

from __future__ import annotations

import re
from collections import Counter

from lib.load.normalize import drop_cjk_digit_spaces, join_fragments
from lib.load.sentences import CLOSING_MARKS, ends_sentence

# Every kind of record a page is split into (corpus.py adds the "title" of a document's
# metadata); other modules select from this list, they do not keep their own.
RECORD_KINDS = (
    "title",
    "subtitle",
    "byline",
    "heading",
    "paragraph",
    "caption",
    "dateline",
    "boilerplate",
)
# Besides a sentence end, an ellipsis or a colon closes a line: the next line starts anew
# (a list item, a quotation), though the sentence may go on.
_LINE_CLOSED_RE = re.compile(rf"[…：:][{re.escape(CLOSING_MARKS)}]*$")
# Sentence punctuation that a headline or section heading does not contain.
_SENTENCE_PUNCT_RE = re.compile(r"[，。；！？,;!?：:]")
# A line that starts with one of these cannot start a sentence: it continues the line before.
_CONTINUATION_RE = re.compile(r"^[，。、；：！？,.;:!?）)」』”’】〕]")
# Photo captions end with a credit in brackets: (科考队供图), （记者 王某 摄）.
_CAPTION_RE = re.compile(r"[（(][^（）()]{0,30}(?:供图|摄影?|图片来源[^（）()]*)[)）]\s*$")
# Bylines: □半岛全媒体记者 徐杰 通讯员 奚洪杰; 本报记者 王某.
_BYLINE_RE = re.compile(r"^(?:□|■\s*(?=\S*记者)|(?:本报|本台)?(?:记者|通讯员)[\s：:])")
_ROLE_RE = re.compile(r"^(?P<outlet>\S*?)(?P<role>记者|通讯员|实习生)(?P<rest>\S*)$")
# A headline does not end with an enumeration comma, an opening mark or a particle that needs a
# continuation ("第八、", "一是", "认真实施《", "已经缔结了"): such a line is a broken fragment.
_FRAGMENT_END_RE = re.compile(
    r"(?:[、，《“‘（(—的了和与及或对把被从向为将在于之]|^[一二三四五六七八九十]+是)$"
)
# Datelines of speeches and resolutions: "——2017年3月5日在第十二届全国人民代表大会第五次会议上".
_DATELINE_RE = re.compile(
    r"^[（(—]*\d{4}年\d{1,2}月\d{1,2}日.{0,40}(?:会议|会議|大会)(?:上|通过)[）)]?$"
)
# Subsection headings (（一）, 1.) sit inside the section opened by the heading above them.
_SUBHEADING_RE = re.compile(r"^(?:[（(][一二三四五六七八九十]+[）)]|\d+[.、．])")
# Licence notices that a web source appends to every document (zh.wikisource): from such a line
# to the end of the document, lines are kept as one record of kind "boilerplate".
BOILERPLATE_STARTS = (re.compile(r"^本作品(?:是|在|原文)"), re.compile(r"^Public domain$"))
HEADLINE_MAX_CHARS = 40
# The section of an article's headline block (title, subtitle, byline).
HEADLINE_SECTION = "标题"
TITLE_BLOCK_MAX_LINES = 3


def is_finished(line: str) -> bool:
    """Return whether `line` is finished: it ends a sentence, or with an ellipsis or a colon."""
    return ends_sentence(line) or bool(_LINE_CLOSED_RE.search(line))


def is_caption(line: str) -> bool:
    """Return whether `line` is a photo caption (it ends with a bracketed photo credit)."""
    return bool(_CAPTION_RE.search(line))


def is_byline(line: str) -> bool:
    """Return whether `line` is a byline naming reporters or correspondents."""
    return bool(_BYLINE_RE.match(line))


def is_headline_like(line: str) -> bool:
    """Return whether `line` looks like a headline: short, no sentence punctuation, unfinished."""
    return (
        len(line) <= HEADLINE_MAX_CHARS
        and not _SENTENCE_PUNCT_RE.search(line)
        and not _FRAGMENT_END_RE.search(line)
        and not is_caption(line)
        and not is_byline(line)
    )


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


def _lines(text: str) -> tuple[list[tuple[int, str]], list[dict]]:
    """Return the non-blank lines (1-based numbers) with stray spaces removed, and the repairs."""
    out, repairs = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        repaired = drop_cjk_digit_spaces(line)
        if repaired != line:
            repairs.append(_repair(number, "space_removed", line, repaired))
        if repaired:
            out.append((number, repaired))
    return out, repairs


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


def split_body(lines: list[tuple[int, str]]) -> tuple[list[dict], list[dict]]:
    """Return (records, repairs) for an article body: headings, paragraphs and captions.

    A line continues the paragraph before it when that paragraph's sentence is unfinished or
    when the line starts with punctuation that cannot open a sentence. A caption is taken out
    of the sentence it interrupts, which is then joined.
    """
    records: list[dict] = []
    repairs: list[dict] = []
    last_para: dict | None = None  # the last paragraph since the last heading

    for position, (number, line) in enumerate(lines):
        following = lines[position + 1][1] if position + 1 < len(lines) else ""
        if any(pattern.match(line) for pattern in BOILERPLATE_STARTS):
            rest = " ".join(text for _, text in lines[position:])
            records.append({"kind": "boilerplate", "text": rest, "line": number})
            repairs.append(_repair(number, "boilerplate_set_apart", rest[:20], ""))
            break
        if _DATELINE_RE.match(line):
            records.append({"kind": "dateline", "text": line, "line": number})
            continue
        if is_caption(line):
            records.append({"kind": "caption", "text": line, "line": number})
            if last_para is not None and not is_finished(last_para["text"]):
                repairs.append(_repair(number, "caption_taken_out_of_sentence", line, ""))
            continue
        if last_para is not None and (
            not is_finished(last_para["text"]) or _CONTINUATION_RE.match(line)
        ):
            before = last_para["text"]
            last_para["text"] = join_fragments(before, line)
            seam = f"{before[-10:]}↵{line[:10]}"
            repairs.append(_repair(number, "broken_line_joined", seam, seam.replace("↵", "")))
            continue
        if is_headline_like(line) and not _CONTINUATION_RE.match(following):
            records.append({"kind": "heading", "text": line, "line": number})
            last_para = None
            continue
        last_para = {"kind": "paragraph", "text": line, "line": number}
        records.append(last_para)
    return records, repairs


def _repair(line: int, repair: str, before: str, after: str) -> dict:
    return {"line": line, "repair": repair, "before": before, "after": after, "count": 1}


def _assign_sections(records: list[dict]) -> None:
    """Give every record its section and heading, from the section headings above it."""
    has_headings = any(r["kind"] == "heading" for r in records)
    section, heading = ("导语" if has_headings else "全文"), ""
    for record in records:
        if record["kind"] == "heading" and _SUBHEADING_RE.match(record["text"]):
            heading = record["text"]
        elif record["kind"] == "heading":
            section, heading = split_heading(record["text"])
        record["section"], record["heading"] = section, heading


def split_page(text: str, *, find_articles: bool = True) -> tuple[list[dict], list[dict]]:
    """Return (records, repairs) for one page of already character-normalized text.

    Each record: article (1-based), kind, text, line, section, heading, and for articles found
    by their title block: title, subtitle, byline, outlet_in_byline, reporters, correspondents.
    With `find_articles=False` (a document from a JSONL/CSV corpus) the text is one article body.
    """
    lines, space_repairs = _lines(text)
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
        body, body_repairs = split_body(lines[body_start:body_end])
        _assign_sections(body)
        for record in head:
            record["section"], record["heading"] = HEADLINE_SECTION, ""
        for record in head + body:
            records.append({"article": article, **record, **meta})
        repairs += [{"article": article, **r} for r in body_repairs]
    for repair in space_repairs:
        repair["article"] = next(r["article"] for r in records if r["line"] >= repair["line"])
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
