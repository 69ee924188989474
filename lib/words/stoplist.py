"""The stoplist: place names and a report's address formulae, kept out of word rankings.

`stoplist(shipped, user)` returns the entries: the shipped list (lib/words/data/stoplist.txt,
each group with its reason) and/or a user's words (a list, or a file with one a line).
`mark_stoplist(tokens, entries)` flags as stopwords the tokens that are an entry, or that lie
inside a multi-token entry (各位代表 -> 各位, 代表), matched as a run of whole tokens
(lib.words.terms). Every analysis that ranks words drops stopwords, so one call before them
applies the stoplist to frequencies, keyness, topics and trends alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from lib.words.dictionary import DATA_DIR, _entries_with_reasons, _read_lines
from lib.words.terms import term_rows, token_index

SHIPPED_STOPLIST = DATA_DIR / "stoplist.txt"


def load_stoplist(path: str | Path | None = None) -> pd.DataFrame:
    """Return the stoplist file as a table (entry, reason, line), refusing duplicates."""
    path = Path(path) if path is not None else SHIPPED_STOPLIST
    rows, seen = [], {}
    for line_number, fields, reason in _entries_with_reasons(path):
        entry = " ".join(fields)
        if len(fields) != 1:
            raise ValueError(
                f"{path}, line {line_number}: {entry!r} holds a space; write an entry as it "
                "is written in the text, without spaces, one a line"
            )
        if entry in seen:
            raise ValueError(
                f"{path}, line {line_number}: {entry!r} is already listed on line "
                f"{seen[entry]}; keep one entry"
            )
        seen[entry] = line_number
        rows.append((entry, reason, line_number))
    table = pd.DataFrame(rows, columns=["entry", "reason", "line"])
    return table.astype({"entry": "str", "reason": "str", "line": "int64"})


def _user_entries(user: str | Path | Iterable[str] | None) -> list[str]:
    """Return a user's entries: a list of words, or a file's lines (blank and # lines skipped)."""
    if user is None:
        return []
    if isinstance(user, (str, Path)):
        path = Path(user).expanduser()
        if not path.is_file():
            raise ValueError(
                f"USER_STOPLIST {str(user)!r} is not a file; give a list of words "
                "(e.g. ['某某', '某市']) or the path of a UTF-8 file with one word a line"
            )
        lines = [line.strip() for line in _read_lines(path)]
        return [line for line in lines if line and not line.startswith("#")]
    entries = [str(word).strip() for word in user]
    return [word for word in entries if word]


def stoplist(shipped: bool = True, user: str | Path | Iterable[str] | None = None) -> tuple:
    """Return the stoplist entries, sorted: the shipped list if `shipped`, plus the user's."""
    entries = set(load_stoplist()["entry"]) if shipped else set()
    return tuple(sorted(entries | set(_user_entries(user))))


def mark_stoplist(tokens: pd.DataFrame, entries: Iterable[str]) -> pd.DataFrame:
    """Return `tokens` with is_stopword also set on every token an entry of `entries` covers."""
    entries = list(entries)
    if "is_stopword" not in tokens.columns:
        raise ValueError("the tokens table has no is_stopword column; build it with segment")
    marked = tokens.copy()
    if not entries or tokens.empty:
        return marked
    single = marked["token"].astype("str").isin(entries).to_numpy()
    flags = marked["is_stopword"].to_numpy(dtype=bool) | single
    # Entries of one token are caught above; only the others need the joined text.
    index = token_index(marked)
    for entry in entries:
        for rows in term_rows(index, entry, whole_tokens=True):
            if len(rows) > 1:
                flags[rows] = True
    marked["is_stopword"] = np.asarray(flags, dtype=bool)
    return marked
