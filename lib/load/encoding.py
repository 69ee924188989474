"""Decode a corpus file's bytes: detect the encoding, refuse empty, binary and undecodable files."""

from __future__ import annotations

import re
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


def decode_bytes(data: bytes, source: str | Path) -> tuple[str, str]:
    """Return (text, encoding) for a file's bytes, or raise CorpusError naming `source`.

    Order: a byte-order mark decides (UTF-8, UTF-16); then strict UTF-8; then UTF-16 without
    a mark when the bytes hold NULs; then GB18030 (a superset of GBK and GB2312). A decoding
    is accepted only if at least 95% of its characters are plausible text.
    """
    if not data.strip():
        raise CorpusError(f"{source}: the file is empty; add its text or remove it from the corpus")
    candidates: list[str] = []
    for bom, name in BOMS:
        if data.startswith(bom):
            candidates = [name]
            break
    if not candidates:
        candidates = ["utf-8"]
        if b"\x00" in data:
            candidates += ["utf-16-le", "utf-16-be"]
        candidates.append("gb18030")
    for name in candidates:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if name.startswith("utf-16"):
            text = text.removeprefix("\ufeff")
        if plausible_share(text) >= 0.95:
            if not text.strip():
                raise CorpusError(f"{source}: the file holds only whitespace; add its text")
            return text, name
    if b"\x00" in data:
        raise CorpusError(
            f"{source}: the file looks binary (it holds NUL bytes and is not UTF-16 text); "
            f"a corpus takes plain-text pages: {_FIX}"
        )
    raise CorpusError(
        f"{source}: the text is in none of the encodings tried ({', '.join(candidates)}); {_FIX}"
    )


def read_text(path: Path) -> tuple[str, str]:
    """Return (text, encoding) of a text file, detecting its encoding."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"{path}: no such file; check the path or the manifest") from None
    except IsADirectoryError:
        raise CorpusError(f"{path}: is a folder, not a text file") from None
    return decode_bytes(data, path)
