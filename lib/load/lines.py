"""Cut a page's text into numbered lines: the units that lib.load.layout labels as records.

Besides line breaks, a line is cut where a text without line breaks separates its paragraphs
(runs of spaces, U+3000 or U+2003) and around newspaper page-jump markers; extraction spaces
between Chinese and digits are removed. Every cut and removal is a repair.
"""

from __future__ import annotations

import re

from lib.load.boilerplate import split_page_jumps
from lib.load.normalize import drop_cjk_digit_spaces

# A line this long holds several paragraphs if it has paragraph separators; no paragraph of the
# national reports 1954-2025 or of the provincial 2026 sample is this long and has one.
LONG_LINE = 500
# Paragraph separators of text saved without line breaks: two or more spaces (ASCII, ideographic
# or em spaces, as used for indenting), or one space after the end of a sentence. One space
# elsewhere is a typing slip inside a paragraph (“四人帮” 的人) and stays.
_SPACES = "[ \t\u00a0\u3000\u2002\u2003]"
_PARAGRAPH_SEPARATOR_RE = re.compile(
    rf"{_SPACES}{{2,}}|(?<=[。！？；：!?;:]){_SPACES}|(?<=[。！？；：!?;:][”’」』）)]){_SPACES}"
)


def repair(line: int, kind: str, before: str, after: str, count: int = 1) -> dict:
    """Return one row of the repairs table for `line`."""
    return {"line": line, "repair": kind, "before": before, "after": after, "count": count}


def split_long_line(line: str) -> list[str]:
    """Return the paragraphs of a long line at its paragraph separators (one piece if none)."""
    if len(line) <= LONG_LINE:
        return [line]
    return [piece for piece in _PARAGRAPH_SEPARATOR_RE.split(line) if piece.strip()]


def page_lines(text: str) -> tuple[list[tuple[int, str]], list[dict]]:
    """Return the non-blank lines (1-based numbers; pieces of one line share its number), repairs.

    A gap in the numbers means a blank line between two lines.
    """
    out, repairs = [], []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        paragraphs = split_long_line(line)
        if len(paragraphs) > 1:
            repairs.append(
                repair(
                    number,
                    "paragraphs_split_at_spaces",
                    line[:20],
                    paragraphs[0][:20],
                    len(paragraphs) - 1,
                )
            )
        for paragraph in paragraphs:
            pieces = split_page_jumps(paragraph)
            if len(pieces) > 1:
                repairs.append(
                    repair(number, "page_jump_split_off", paragraph[:20], " | ".join(pieces)[:40])
                )
            for piece in pieces:
                repaired = drop_cjk_digit_spaces(piece)
                if repaired != piece:
                    repairs.append(repair(number, "space_removed", piece, repaired))
                if repaired:
                    out.append((number, repaired))
    return out, repairs
