"""Find a term in the tokens table, across token boundaries (高质量发展 = 高质量 + 发展).

The tokens of each record are joined back into its text, so a term is found whether or not
the dictionary holds it as one word. Two rules: any occurrence (改革 inside 体制改革 and
改革开放 too), or whole tokens only (the match starts at a token's start and ends at a token's
end: 人民 in 人民 / 群众, not inside the single token 人民币). Records are joined in table order
with a separator no term contains, so a match never spans two records.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import numpy as np
import pandas as pd

RECORD_KEYS = ["page_id", "para_id"]
_SEPARATOR = "\x00"


class TokenIndex(NamedTuple):
    """The tokens of a table joined into one text, with each row's start and end in it."""

    text: str
    starts: np.ndarray
    ends: np.ndarray
    rows: np.ndarray  # positional row of the tokens table for each joined token


def token_index(tokens: pd.DataFrame) -> TokenIndex:
    """Return the joined text of `tokens` (records in text order) and every token's offsets."""
    missing = [c for c in (*RECORD_KEYS, "position", "token") if c not in tokens.columns]
    if missing:
        raise ValueError(
            f"the tokens table lacks column(s) {missing}; pass the table lib.words.segment returns"
        )
    order = np.lexsort(
        (tokens["position"].to_numpy(), tokens["para_id"].to_numpy(), tokens["page_id"].to_numpy())
    )
    ordered = tokens.iloc[order]
    texts = ordered["token"].astype("str").to_numpy(dtype=object)
    new_record = np.ones(len(ordered), dtype=bool)
    if len(ordered):
        same_page = ordered["page_id"].to_numpy()[1:] == ordered["page_id"].to_numpy()[:-1]
        same_para = ordered["para_id"].to_numpy()[1:] == ordered["para_id"].to_numpy()[:-1]
        new_record[1:] = ~(same_page & same_para)
    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    # One separator character before each record's first token.
    widths = lengths + new_record
    ends = np.cumsum(widths)
    starts = ends - lengths
    pieces = [(_SEPARATOR + t) if first else t for t, first in zip(texts, new_record, strict=True)]
    return TokenIndex("".join(pieces), starts, ends, order)


def find_term(index: TokenIndex, term: str, whole_tokens: bool = True) -> list[tuple[int, int]]:
    """Return (first, last) joined-token positions of each match of `term`, in text order.

    With whole_tokens=True a match must start at a token's start and end at a token's end;
    with False any occurrence counts, and first and last are the tokens holding its first
    and last character.
    """
    if not term or _SEPARATOR in term or term != term.strip():
        raise ValueError(f"term {term!r}: give a non-empty term without leading/trailing spaces")
    found = []
    for match in re.finditer(re.escape(term), index.text):
        first = int(np.searchsorted(index.starts, match.start(), side="right")) - 1
        last = int(np.searchsorted(index.ends, match.end(), side="left"))
        if whole_tokens and (
            index.starts[first] != match.start() or index.ends[last] != match.end()
        ):
            continue
        found.append((first, last))
    return found


def term_rows(index: TokenIndex, term: str, whole_tokens: bool = True) -> list[np.ndarray]:
    """Return, for each match of `term`, the positional rows of the tokens it covers."""
    return [index.rows[first : last + 1] for first, last in find_term(index, term, whole_tokens)]
