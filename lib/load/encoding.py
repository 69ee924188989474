"""Decode a corpus file's bytes: detect the encoding, refuse empty, binary and undecodable files.

UTF-8 (with or without a mark), UTF-16, GB18030 (GBK, GB2312) and Big5 are read; a decoding that
succeeds but reads as unlikely text (a Latin-1 page read as GB18030) is refused.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from pathlib import Path

from lib.errors import CorpusError

BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Characters a Chinese text file plausibly holds: CJK ideographs and punctuation, full-width
# forms, Latin text and ordinary whitespace. Used to reject decodings that "succeed" on garbage.
_PLAUSIBLE = re.compile(
    r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
    r"\u2000-\u206f\u25a0-\u25ff\x20-\x7e\t\n\r\u00a0-\u00ff\U00020000-\U0002ffff]"
)
_FIX = (
    "re-save it as UTF-8 (any editor's 'Save with encoding' does it) or remove it from the corpus"
)


def plausible_share(text: str) -> float:
    """Return the share of characters in `text` that a Chinese or Latin text plausibly holds."""
    if not text:
        return 0.0
    return len(_PLAUSIBLE.findall(text)) / len(text)


# GB18030 and Big5 decode almost any bytes without error, so a decoding is judged by what it
# reads as: the characters of a Chinese text are mostly common ones (GB2312 level 1, the 3,755
# most used Simplified characters, and Big5's 5,401 frequently used Traditional characters).
LEGACY_ENCODINGS = ("gb18030", "big5hkscs")
MIN_COMMON_SHARE = 0.6
# Chinese characters wedged into Latin words ("Montr閍l") show a Latin-1 text read as GB18030.
MAX_TOUCHING_LATIN_SHARE = 0.25
_IDEOGRAPH_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TOUCHING_LATIN_RE = re.compile(
    r"(?<=[A-Za-z])[\u3400-\u4dbf\u4e00-\u9fff]|[\u3400-\u4dbf\u4e00-\u9fff](?=[A-Za-z])"
)


@lru_cache(maxsize=1)
def common_characters() -> frozenset[str]:
    """Return the common Chinese characters: GB2312 level 1 and Big5's frequently used block."""
    chars = set()
    for codec, leads, trails in (
        ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
        ("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),
    ):
        for lead in leads:
            for trail in trails:
                try:
                    chars.add(bytes([lead, trail]).decode(codec))
                except UnicodeDecodeError:
                    continue
    return frozenset(chars)


def legibility(text: str) -> tuple[float, float]:
    """Return (share of Chinese characters that are common, share wedged into Latin words)."""
    ideographs = _IDEOGRAPH_RE.findall(text)
    if not ideographs:
        return 1.0, 0.0
    common = common_characters()
    share = sum(c in common for c in ideographs) / len(ideographs)
    return share, len(_TOUCHING_LATIN_RE.findall(text)) / len(ideographs)


def _decode(data: bytes, name: str, partial: bool) -> str | None:
    """Return `data` decoded, or None; with `partial`, a character cut at the end is left out."""
    try:
        return codecs.getincrementaldecoder(name)("strict").decode(data, final=not partial)
    except UnicodeDecodeError:
        return None


def decode_bytes(data: bytes, source: str | Path, *, partial: bool = False) -> tuple[str, str]:
    """Return (text, encoding) for a file's bytes, or raise CorpusError naming `source`.

    Order: a byte-order mark decides (UTF-8, UTF-16); then strict UTF-8, accepted whatever it
    holds (emoji too) unless it holds NUL bytes; then UTF-16 without a mark when the bytes hold
    NULs; then GB18030 (a superset of GBK and GB2312) and Big5 (with the Hong Kong set), the one
    that reads as more common characters. A UTF-16 decoding is accepted if 95% of its characters
    are plausible text, a GB18030 or Big5 one if also most of its Chinese characters are common
    ones. `partial=True` says that `data` is the head of a file, possibly cut inside a character.
    """
    if not data.strip():
        raise CorpusError(f"{source}: the file is empty; add its text or remove it from the corpus")
    for bom, name in BOMS:
        if data.startswith(bom):
            text = _decode(data, name, partial)
            if text is None:
                raise CorpusError(
                    f"{source}: the file starts with a {name} mark but is not {name}; {_FIX}"
                )
            return _checked(text.removeprefix("\ufeff"), name, source)
    tried = ["utf-8"]
    text = _decode(data, "utf-8", partial)
    if text is not None and "\x00" not in text:
        return _checked(text, "utf-8", source)
    if b"\x00" in data:
        for name in ("utf-16-le", "utf-16-be"):
            tried.append(name)
            text = _decode(data, name, partial)
            if text is not None and plausible_share(text.removeprefix("\ufeff")) >= 0.95:
                return _checked(text.removeprefix("\ufeff"), name, source)
        raise CorpusError(
            f"{source}: the file looks binary (it holds NUL bytes and is not UTF-16 text); "
            f"a corpus takes plain-text pages: {_FIX}"
        )
    readings = []
    for name in LEGACY_ENCODINGS:
        tried.append(name)
        text = _decode(data, name, partial)
        if text is not None and plausible_share(text) >= 0.95:
            readings.append((legibility(text), name, text))
    # The reading with the most common characters; GB18030 first on a tie.
    readings.sort(key=lambda r: -r[0][0])
    for (common, touching), name, text in readings:
        if common >= MIN_COMMON_SHARE and touching <= MAX_TOUCHING_LATIN_SHARE:
            return _checked(text, name, source)
    unlikely = ""
    if readings:
        (_, _), name, text = readings[0]
        sample = " ".join(text.split())[:30]
        unlikely = f" (read as {name} it gives unlikely text: {sample!r})"
    raise CorpusError(
        f"{source}: the text is in none of the encodings tried ({', '.join(tried)}){unlikely}; "
        f"{_FIX}"
    )


def _checked(text: str, name: str, source: str | Path) -> tuple[str, str]:
    if not text.strip():
        raise CorpusError(f"{source}: the file holds only whitespace; add its text")
    return text, name


def read_text(path: Path) -> tuple[str, str]:
    """Return (text, encoding) of a text file, detecting its encoding."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file; check the path or the manifest") from None
    except IsADirectoryError:
        raise CorpusError(f"{path}: is a folder, not a text file") from None
    return decode_bytes(data, path)
