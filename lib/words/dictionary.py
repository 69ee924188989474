"""The word lists shipped in lib/words/data: the domain user dictionary and the stopword lists.

Both files share one layout: entries one a line, `#` comment lines, and groups of entries
separated by blank lines, each group opened by a comment saying why its words are there.
jieba.load_userdict would read a comment line as a word, so the files are parsed here and
every malformed line is refused with the file, the line number and the fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pandas as pd

DATA_DIR = Path(__file__).resolve().parent / "data"
USER_DICTIONARY = DATA_DIR / "userdict.txt"
PROJECT_STOPWORDS = DATA_DIR / "stopwords.txt"
STOPWORD_PACKAGE_LANGUAGE = "zh"  # stopwordsiso (stopwords-iso, MIT licence)
KEEP_MARK = "!"  # "!word" in the stopword file: never a stopword

_POS_TAG = re.compile(r"[a-z]+")
_FORMAT_HINT = "an entry is 'word [freq] [tag]', e.g. '营商环境 n' or '市外办 2000 nt'"


def _read_lines(path: Path) -> list[str]:
    """Return the lines of a UTF-8 word-list file, with a clear error for other encodings."""
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as err:
        raise ValueError(f"{path}: not UTF-8 text ({err}); save the word list as UTF-8") from err


def _entries_with_reasons(path: Path) -> Iterator[tuple[int, list[str], str]]:
    """Yield (line number, fields, reason) for each entry line of a word-list file."""
    reason_lines: list[str] = []
    in_comment_block = False
    for line_number, raw in enumerate(_read_lines(path), start=1):
        line = raw.strip()
        if not line:
            reason_lines, in_comment_block = [], False
            continue
        if line.startswith("#"):
            # A comment after entries of the same group starts a new reason for what follows.
            if not in_comment_block:
                reason_lines = []
            reason_lines.append(line.lstrip("#").strip())
            in_comment_block = True
            continue
        in_comment_block = False
        if not reason_lines:
            raise ValueError(
                f"{path}, line {line_number}: entry {line!r} has no reason; start its group "
                "(lines without a blank line between them) with a # comment saying why it is here"
            )
        yield line_number, line.split(), " ".join(part for part in reason_lines if part)


def _refuse_duplicate(path: Path, word: str, line_number: int, seen: dict[str, int]) -> None:
    """Raise ValueError if `word` already appeared in the file; otherwise remember its line."""
    if word in seen:
        raise ValueError(
            f"{path}, line {line_number}: {word!r} is already listed on line {seen[word]}; "
            "keep one entry (and one reason) per word"
        )
    seen[word] = line_number


def _parse_user_entry(path: Path, line_number: int, fields: list[str]) -> tuple[str, int, str]:
    """Return (word, freq or 0 when omitted, tag or '') for one user-dictionary line."""
    where = f"{path}, line {line_number}"
    word, rest = fields[0], fields[1:]
    if len(rest) > 2:
        raise ValueError(
            f"{where}: unknown extra field(s) {rest[2:]} after {word!r}; {_FORMAT_HINT} "
            "(a word cannot contain spaces; put explanations on a # line above)"
        )
    freq, tag = 0, ""
    if len(rest) == 2 or (rest and rest[0][:1].isdigit()):
        text = rest[0]
        if not text.isdecimal() or int(text) <= 0:
            raise ValueError(
                f"{where}: frequency {text!r} of {word!r} is not a positive whole number; "
                f"{_FORMAT_HINT}, or leave the frequency out"
            )
        freq, rest = int(text), rest[1:]
    if rest:
        tag = rest[0]
        if not _POS_TAG.fullmatch(tag):
            raise ValueError(
                f"{where}: {tag!r} after {word!r} is neither a frequency (a whole number) nor "
                f"a part-of-speech tag (lower-case letters such as n, nt, nz, v, l); {_FORMAT_HINT}"
            )
    return word, freq, tag


def load_user_dictionary(path: Path | str | None = None) -> pd.DataFrame:
    """Return the domain dictionary as a table (word, freq [0 = not given], tag, reason, line)."""
    path = Path(path) if path is not None else USER_DICTIONARY
    rows, seen = [], {}
    for line_number, fields, reason in _entries_with_reasons(path):
        word, freq, tag = _parse_user_entry(path, line_number, fields)
        _refuse_duplicate(path, word, line_number, seen)
        rows.append((word, freq, tag, reason, line_number))
    table = pd.DataFrame(rows, columns=["word", "freq", "tag", "reason", "line"])
    return table.astype(
        {"word": "str", "freq": "int64", "tag": "str", "reason": "str", "line": "int64"}
    )


def load_project_stopwords(path: Path | str | None = None) -> pd.DataFrame:
    """Return the project stopword file as a table (word, action ['drop'|'keep'], reason, line)."""
    path = Path(path) if path is not None else PROJECT_STOPWORDS
    rows, seen = [], {}
    for line_number, fields, reason in _entries_with_reasons(path):
        if len(fields) != 1:
            raise ValueError(
                f"{path}, line {line_number}: {' '.join(fields)!r} has more than one field; "
                f"write one word a line ({KEEP_MARK}word to keep it) and put reasons on # lines"
            )
        entry = fields[0]
        action = "keep" if entry.startswith(KEEP_MARK) else "drop"
        word = entry[len(KEEP_MARK) :] if action == "keep" else entry
        if not word:
            raise ValueError(
                f"{path}, line {line_number}: {KEEP_MARK!r} without a word; "
                f"write {KEEP_MARK}word to put a word on the keep-list"
            )
        _refuse_duplicate(path, word, line_number, seen)
        rows.append((word, action, reason, line_number))
    table = pd.DataFrame(rows, columns=["word", "action", "reason", "line"])
    return table.astype({"word": "str", "action": "str", "reason": "str", "line": "int64"})


@lru_cache(maxsize=1)
def package_stopwords() -> frozenset[str]:
    """Return the general Chinese stopword list of the stopwordsiso package."""
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords(STOPWORD_PACKAGE_LANGUAGE))


@lru_cache(maxsize=8)
def _stopword_set(path: Path) -> frozenset[str]:
    project = load_project_stopwords(path)
    dropped = set(project.loc[project["action"] == "drop", "word"])
    kept = set(project.loc[project["action"] == "keep", "word"])
    return frozenset((package_stopwords() | dropped) - kept)


def stopword_set(path: Path | str | None = None) -> frozenset[str]:
    """Return the effective stopwords: package list plus project list, minus the keep-list."""
    return _stopword_set(Path(path).resolve() if path is not None else PROJECT_STOPWORDS)
