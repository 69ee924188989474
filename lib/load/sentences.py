"""What a sentence (句子) is, once for the whole project: text split at sentence-final marks.

A sentence ends after a run of sentence-final marks: 。！？ and their ASCII forms !?, the
semicolon ；; (achievement reports string self-contained claims together with it, each a
statement of its own), or a line break; closing quotes and brackets after the marks belong
to the sentence that ends (完成5项。” is one sentence). "增长3.9%!新增400万件……完成5项。"
is two sentences: "增长3.9%!" and "新增400万件……完成5项。".

Known limits, kept on purpose because they are rare in reports and cheap to state:
- An ellipsis (…… 省略号) does not end a sentence: in the reports it stands for "and so on"
  after a list, and what follows often goes on with the same statement. When a new
  statement does follow ("缩短了40%以上……自启动“综合柜员制”服务以来"), the two stay one
  sentence.
- A mark inside quotes or brackets ends the sentence there (他说：“好。”然后 …): the split
  does not track nesting.
- The colon ：does not end a sentence, so a list introduced by one stays with its lead.
- ASCII ! and ? end a sentence even inside a Latin run (a URL or "Yahoo!").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

SENTENCE_FINAL = "。！？!?；;\n"
# Closing quotes and brackets: after a sentence end they belong to the sentence that ends.
CLOSING_MARKS = "”’」』）)】〕]\"'"
SENTENCE_END_RE = re.compile(rf"[{SENTENCE_FINAL}]+[{re.escape(CLOSING_MARKS)}]*")
_ENDS_RE = re.compile(rf"{SENTENCE_END_RE.pattern}[ \t]*$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each sentence of `text`, in order, trimmed, none empty."""
    spans = []
    start = 0
    for end in [m.end() for m in SENTENCE_END_RE.finditer(text)] + [len(text)]:
        piece = text[start:end]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            spans.append((left, left + len(piece.strip())))
        start = end
    return spans


def split_sentences(text: str) -> list[str]:
    """Return the sentences of `text`, in order, whitespace-trimmed, none empty."""
    return [text[start:end] for start, end in sentence_spans(text)]


def sentence_at(text: str, position: int) -> str:
    """Return the sentence of `text` that holds the character at `position` ("" if none does)."""
    return sentences_at(text, [position])[0]


def sentences_at(text: str, positions: Iterable[int]) -> list[str]:
    """Return the sentence holding each of `positions` ("" for none), splitting `text` once.

    One split and a binary search per position, so that the figures of a one-line page of
    megabytes cost n log n, not n times the page.
    """
    spans = sentence_spans(text)
    ends = [end for _, end in spans]
    found = []
    for position in positions:
        index = bisect_right(ends, position)
        inside = index < len(spans) and spans[index][0] <= position
        found.append(text[slice(*spans[index])] if inside else "")
    return found


def ends_sentence(text: str) -> bool:
    """Return whether `text` ends with the end of a sentence (marks, then closing quotes)."""
    return _ENDS_RE.search(text) is not None


def sentence_ends_between(text: str, start: int, end: int) -> bool:
    """Return whether a sentence of `text` ends between positions `start` and `end`."""
    return SENTENCE_END_RE.search(text, start, end) is not None


def is_sentence_end(token: str) -> bool:
    """Return whether `token` is only a sentence end (。, ！？, ；...): where token lists split."""
    return SENTENCE_END_RE.fullmatch(token) is not None
