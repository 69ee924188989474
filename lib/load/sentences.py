"""Split Chinese text into sentences at sentence-final punctuation."""

from __future__ import annotations

import re

# A sentence ends at 。！？；(or ASCII forms) or an ellipsis, with any closing quotes after it.
_SENTENCE_RE = re.compile(r"[^。！？!?；;…]*(?:[。！？!?；;]|…+)[”’」』）)]*|[^。！？!?；;…]+$")


def split_sentences(text: str) -> list[str]:
    """Return the sentences of `text`, in order, whitespace-trimmed, none empty."""
    return [s.strip() for s in _SENTENCE_RE.findall(text) if s.strip()]
