"""Character-level repairs: full-width digits and letters, stray spaces, Traditional characters.

Each function returns the repaired text and the list of repairs it made, so that no character
of the corpus changes without being accounted for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
# Full-width digits and Latin letters become ASCII; Chinese punctuation is kept.
_FULLWIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
}
_FULLWIDTH_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
# A full-width point between digits, or percent sign after one, is part of the number.
_NUMBER_MARKS = (
    (re.compile(r"(?<=[0-9])\uff0e(?=[0-9])"), "."),
    (re.compile(r"(?<=[0-9])\uff05"), "%"),
)
# Invisible characters that PDF extraction leaves behind; they carry no text.
_INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLES}]")
# Spaces that extraction put between Chinese and digits or Latin ("超 400 万件").
_SPACE_RE = re.compile(
    rf"(?<=[{CJK}])[ \t\u3000\u00a0]+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])[ \t\u3000\u00a0]+(?=[{CJK}])"
)


def _substitute(pattern: re.Pattern, after: str, text: str, repair: str, repairs: list) -> str:
    """Replace every match of `pattern` by `after`, logging one repair per distinct match."""
    for found in sorted(set(pattern.findall(text))):
        repairs.append(
            {"repair": repair, "before": found, "after": after, "count": text.count(found)}
        )
    return pattern.sub(after, text)


def normalize_characters(text: str) -> tuple[str, list[dict]]:
    """Return `text` with full-width digits, letters and number marks in ASCII, invisibles dropped.

    The repairs are dicts (repair, before, after, count) for the corpus repairs table.
    """
    repairs: list[dict] = []
    for found in sorted(set(_FULLWIDTH_RE.findall(text))):
        after = found.translate(_FULLWIDTH)
        repairs.append(
            {
                "repair": "fullwidth_to_ascii",
                "before": found,
                "after": after,
                "count": text.count(found),
            }
        )
    text = text.translate(_FULLWIDTH)
    for pattern, after in _NUMBER_MARKS:
        text = _substitute(pattern, after, text, "fullwidth_to_ascii", repairs)
    return _substitute(_INVISIBLE_RE, "", text, "invisible_removed", repairs), repairs


# Digits typeset one by one with spaces between them ("1 9 9 8 年").
_SPACED_DIGITS_RE = re.compile(r"(?<![0-9])[0-9](?: [0-9])+(?![0-9])")


def drop_cjk_digit_spaces(line: str) -> str:
    """Return `line` without spaces between Chinese and digits or Latin, or inside spaced digits."""
    line = _SPACED_DIGITS_RE.sub(lambda m: m.group().replace(" ", ""), line)
    return _SPACE_RE.sub("", line)


def join_fragments(left: str, right: str) -> str:
    """Return two pieces of a broken line joined: no space unless both sides are Latin words."""
    if (
        left
        and right
        and left[-1].isascii()
        and left[-1].isalnum()
        and right[0].isascii()
        and (right[0].isalnum())
    ):
        return f"{left} {right}"
    return left + right


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> tuple[str, int]:
    """Return `text` in Simplified characters (OpenCC t2s) and the number of characters changed."""
    converted = _t2s().convert(text)
    # Phrase-level conversions may change the length; count the difference as changes too.
    changed = sum(a != b for a, b in zip(text, converted, strict=False))
    return converted, changed + abs(len(text) - len(converted))


# Every character that lib.load.normalize.normalize_characters changes or drops.
_NORMALIZED_AWAY = re.compile(
    "[\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u200b-\u200d\u2060\ufeff]"
)


def normalized_texts(texts: Iterable[str]) -> Iterable[str]:
    """Yield the non-empty texts after normalize_characters, skipping it when it would do nothing.

    normalize_characters costs as much as rjieba's cut; most texts hold none of the characters
    it changes, and a regex search finds that out ten times faster.
    """
    for text in texts:
        if text:
            yield normalized_text(text)


def normalized_text(text: str) -> str:
    """Return normalize_characters(text)[0], fast when the text has nothing to normalise."""
    return _normalize(text) if _NORMALIZED_AWAY.search(text) else text


# The same steps as normalize_characters, each in a form that costs little on long texts:
# pairs for str.replace (a `in` test skips the absent ones at memchr speed), and the number
# marks' patterns led by the mark itself, so that the regex engine jumps from mark to mark
# instead of trying the lookbehind at every character.
_FULLWIDTH_PAIRS = tuple((chr(wide), chr(narrow)) for wide, narrow in _FULLWIDTH.items())
_FAST_NUMBER_MARKS = (
    ("\uff0e", re.compile(r"\uff0e(?<=[0-9]\uff0e)(?=[0-9])"), "."),
    ("\uff05", re.compile(r"\uff05(?<=[0-9]\uff05)"), "%"),
)


def _normalize(text: str) -> str:
    """Return normalize_characters(text)[0], without its repairs log and its slow translate.

    Same steps in the same order; each skipped when its characters are absent. Replacing
    the few full-width characters present, not translating every character, makes it
    several times faster. A test holds it equal to normalize_characters.
    """
    for wide, narrow in _FULLWIDTH_PAIRS:
        if wide in text:
            text = text.replace(wide, narrow)
    for mark, pattern, after in _FAST_NUMBER_MARKS:
        if mark in text:
            text = pattern.sub(after, text)
    for invisible in _INVISIBLES:
        if invisible in text:
            text = text.replace(invisible, "")
    return text
