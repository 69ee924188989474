"""Label the lines of an article body: headings, paragraphs, captions, and the page around them.

A line continues the paragraph before it when that paragraph's sentence is unfinished; a short
line without sentence punctuation is a heading; a numbered line (一、…, （一）…) is a heading even
with commas in it. Web-page chrome, source lines, page-jump markers and the speaker's name are
set apart (lib.load.boilerplate).
"""

from __future__ import annotations

import re

from lib.load.boilerplate import (
    FRONT_MATTER_MAX_LINES,
    WIKI_PLACEHOLDERS,
    front_matter_end,
    is_chrome,
    is_credited_caption,
    is_name_only,
    is_page_jump,
    is_report_caption,
    is_source_line,
    is_speaker,
)
from lib.load.normalize import join_fragments
from lib.load.sentences import CLOSING_MARKS, ends_sentence

# Besides a sentence end, an ellipsis or a colon closes a line: the next line starts anew
# (a list item, a quotation), though the sentence may go on.
_LINE_CLOSED_RE = re.compile(rf"[…：:][{re.escape(CLOSING_MARKS)}]*$")
# Sentence punctuation that a headline or section heading does not contain.
_SENTENCE_PUNCT_RE = re.compile(r"[，。；！？,;!?：:]")
# A line that starts with one of these cannot start a sentence: it continues the line before.
_CONTINUATION_RE = re.compile(r"^[，。、；：！？,.;:!?）)」』”’】〕]")
# Photo captions end with a credit in brackets: (科考队供图), （记者 王某 摄）.
_CAPTION_RE = re.compile(
    r"[（(][^（）()]{0,30}(?:供图|供圖|摄影?|攝影?|图片来源[^（）()]*|圖片來源[^（）()]*)[)）]\s*$"
)
# Bylines: □半岛全媒体记者 徐杰 通讯员 奚洪杰; 本报记者 王某.
_BYLINE_RE = re.compile(r"^(?:□|■\s*(?=\S*记者)|(?:本报|本台)?(?:记者|通讯员)[\s：:])")
# A headline does not end with an enumeration comma, an opening mark or a particle that needs a
# continuation ("第八、", "一是", "认真实施《", "已经缔结了"): such a line is a broken fragment.
_FRAGMENT_END_RE = re.compile(
    r"(?:[、，《“‘（(—的了和与及或对把被从向为将在于之]|^[一二三四五六七八九十]+[是要])$"
)
# Datelines of speeches and resolutions: "——2017年3月5日在第十二届全国人民代表大会第五次会议上".
_DATELINE_RE = re.compile(
    r"^[（(—]*\d{4}年\d{1,2}月\d{1,2}日.{0,40}(?:会议|会議|會議|大会|大會)(?:上|通过|通過)[）)]?$"
)
# Numbered headings: 一、… and 第一、… open a section, （一）… a subsection. They may hold commas
# (一、坚持稳中求进，推动高质量发展) and, as a lead sentence on its own line, one full stop.
_NUMBERED_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[、章部篇]|[（(][一二三四五六七八九十]+[）)])"
    r"(?![一二三四五六七八九十]、)"
)
NUMBERED_HEADING_MAX_CHARS = 60
# Licence notices that a web source appends to every document (zh.wikisource): from such a line
# to the end of the document, lines are kept as one record of kind "boilerplate".
BOILERPLATE_STARTS = (re.compile(r"^本作品(?:是|在|来自|原文)"), re.compile(r"^Public domain$"))
HEADLINE_MAX_CHARS = 40
_WORD_RE = re.compile(r"\w")
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")


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
        and bool(_WORD_RE.search(line))
        and not _SENTENCE_PUNCT_RE.search(line)
        and not _FRAGMENT_END_RE.search(line)
        and not is_caption(line)
        and not is_byline(line)
    )


def is_numbered_heading(line: str) -> bool:
    """Return whether `line` is a numbered heading on its own line (一、…, （一）…, 第一、…)."""
    match = _NUMBERED_RE.match(line)
    if not match or len(line) > NUMBERED_HEADING_MAX_CHARS or len(line) - match.end() < 2:
        return False
    stops = len(_SENTENCE_END_RE.findall(line))
    return not _FRAGMENT_END_RE.search(line) and (
        stops == 0 or (stops == 1 and is_finished(line) and line.rstrip()[-1] in "。.")
    )


def _kind_of_furniture(
    lines: list[tuple[int, str]], position: int, in_sentence: bool, front_end: int, title: str
) -> str | None:
    """Return the kind of a line that is not body text (chrome, source line ...), else None."""
    line = lines[position][1]
    if title and position < FRONT_MATTER_MAX_LINES and "".join(line.split()) == title:
        return "title"
    if line in WIKI_PLACEHOLDERS:
        return "boilerplate"
    if is_page_jump(line):
        return "page_jump"
    if _DATELINE_RE.match(line):
        return "dateline"
    if is_caption(line) or is_credited_caption(line):
        return "caption"
    if in_sentence:  # a short line inside an unfinished sentence is a broken piece of it
        return None
    neighbours = [lines[p][1] for p in (position - 1, position + 1) if 0 <= p < len(lines)]
    neighboured = any(is_chrome(n) for n in neighbours)
    if is_chrome(line, neighboured=neighboured):
        return "chrome"
    if is_source_line(line):
        return "source_line"
    if is_speaker(line, front_matter=position < front_end):
        return "speaker"
    if position < front_end:
        if is_name_only(line):
            return "speaker"
        if is_report_caption(line):
            return "caption"
    return None


def _is_blank_line_paragraphed(lines: list[tuple[int, str]]) -> bool:
    """Return whether most lines are separated by blank lines (a line break alone is soft)."""
    gaps = [b[0] - a[0] > 1 for a, b in zip(lines, lines[1:], strict=False)]
    return bool(gaps) and sum(gaps) * 2 >= len(gaps)


def _stands_alone(lines: list[tuple[int, str]], position: int) -> bool:
    """Return whether a blank line (or the start or end) lies on both sides of the line."""
    number = lines[position][0]
    before = position == 0 or lines[position - 1][0] < number - 1
    after = position + 1 == len(lines) or lines[position + 1][0] > number + 1
    return before and after


def split_body(lines: list[tuple[int, str]], title: str = "") -> tuple[list[dict], list[dict]]:
    """Return (records, repairs) for an article body: headings, paragraphs, captions, chrome ...

    A line continues the paragraph before it when that paragraph's sentence is unfinished or
    when the line starts with punctuation that cannot open a sentence. A caption is taken out
    of the sentence it interrupts, which is then joined. Web-page chrome, source lines,
    page-jump markers and the speaker's name are set apart as records of their own kind;
    before the salutation (各位代表：) the first plain line is the title. `title` is the
    document's title from its metadata: a line that repeats it is a title record.
    """
    records: list[dict] = []
    repairs: list[dict] = []
    last_para: dict | None = None  # the last paragraph since the last heading
    texts = [text for _, text in lines]
    front_end = front_matter_end(texts)
    blank_paragraphed = _is_blank_line_paragraphed(lines)
    title = "".join(title.split())
    front_title: dict | None = None

    for position, (number, line) in enumerate(lines):
        following = lines[position + 1][1] if position + 1 < len(lines) else ""
        if any(pattern.match(line) for pattern in BOILERPLATE_STARTS):
            rest = " ".join(text for _, text in lines[position:])
            records.append({"kind": "boilerplate", "text": rest, "line": number})
            repairs.append(_repair(number, "boilerplate_set_apart", rest[:20], ""))
            break
        in_sentence = last_para is not None and not is_finished(last_para["text"])
        kind = _kind_of_furniture(lines, position, in_sentence, front_end, title)
        if kind is not None:
            records.append({"kind": kind, "text": line, "line": number})
            if kind == "caption" and in_sentence:
                repairs.append(_repair(number, "caption_taken_out_of_sentence", line, ""))
            elif kind not in ("caption", "dateline", "title"):
                repairs.append(_repair(number, f"{kind}_set_apart", line, ""))
            continue
        if position < front_end and last_para is None:
            # Front matter: the title (a word broken off it joins it), then subtitles.
            if front_title is not None and len(line) <= 3 and not is_finished(front_title["text"]):
                seam = f"{front_title['text'][-10:]}↵{line}"
                front_title["text"] += line
                repairs.append(_repair(number, "broken_line_joined", seam, seam.replace("↵", "")))
                continue
            if len(line) <= HEADLINE_MAX_CHARS and not is_finished(line):
                front_title = {
                    "kind": "title" if front_title is None else "subtitle",
                    "text": line,
                    "line": number,
                }
                records.append(front_title)
                continue
        if is_numbered_heading(line):
            records.append({"kind": "heading", "text": line, "line": number})
            last_para = None
            continue
        if last_para is not None and (in_sentence or _CONTINUATION_RE.match(line)):
            before = last_para["text"]
            last_para["text"] = join_fragments(before, line)
            seam = f"{before[-10:]}↵{line[:10]}"
            repairs.append(_repair(number, "broken_line_joined", seam, seam.replace("↵", "")))
            continue
        if (
            is_headline_like(line)
            and not _CONTINUATION_RE.match(following)
            and (not blank_paragraphed or _stands_alone(lines, position))
        ):
            records.append({"kind": "heading", "text": line, "line": number})
            last_para = None
            continue
        last_para = {"kind": "paragraph", "text": line, "line": number}
        records.append(last_para)
    return records, repairs


def _repair(line: int, repair: str, before: str, after: str) -> dict:
    return {"line": line, "repair": repair, "before": before, "after": after, "count": 1}
