"""Split Chinese text into sentences at sentence-final punctuation."""

from __future__ import annotations

import re

# A sentence ends at 。！？；(or ASCII forms) or an ellipsis, with any closing quotes after it.
_SENTENCE_RE = re.compile(r"[^。！？!?；;…]*(?:[。！？!?；;]|…+)[”’」』）)]*|[^。！？!?；;…]+$")


def split_sentences(text: str) -> list[str]:
    """Return the sentences of `text`, in order, whitespace-trimmed, none empty."""
    return [s.strip() for s in _SENTENCE_RE.findall(text) if s.strip()]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of `text`, whitespace included in none."""
    spans = []
    for match in _SENTENCE_RE.finditer(text):
        if match.group().strip():
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            spans.append((start, match.end() - (len(match.group()) - len(match.group().rstrip()))))
    return spans
