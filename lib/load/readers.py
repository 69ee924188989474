"""Read the rows of a document file: .jsonl lines and .csv rows, decoded line by line.

A byte that does not decode, a line that is not JSON and a CSV row with the wrong number of
fields each raise `CorpusError` naming the file and the line as an editor numbers it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

from lib.errors import CorpusError


def text_lines(path: Path, encoding: str) -> Iterator[str]:
    """Yield the lines of a document file decoded, naming the line of a byte that does not decode.

    Byte encodings are decoded line by line, so the line of a bad byte is exact; UTF-16 (where a
    line break is two bytes) is decoded as a stream.
    """
    if encoding.startswith("utf-16"):
        line = 0
        try:
            with path.open(encoding=encoding, newline="") as file:
                for line, text in enumerate(file, start=1):  # noqa: B007 (used after the loop)
                    yield text
        except UnicodeDecodeError as error:
            raise _undecodable(path, f"after line {line}", encoding, error) from None
        return
    with path.open("rb") as file:
        for line, raw in enumerate(file, start=1):
            try:
                yield raw.decode("utf-8-sig" if line == 1 and encoding == "utf-8" else encoding)
            except UnicodeDecodeError as error:
                raise _undecodable(path, f"line {line}", encoding, error) from None


def _undecodable(path: Path, where: str, encoding: str, error: UnicodeDecodeError) -> CorpusError:
    bad = error.object[error.start : error.start + 4]
    return CorpusError(
        f"{path}, {where}: a byte that is not {encoding} ({bad!r} at byte {error.start} of the "
        f"line), although the file starts as {encoding}; "
        "re-save the whole file in one encoding (UTF-8) or fix that line"
    )


def jsonl_rows(path: Path, encoding: str) -> Iterator[tuple[int, dict]]:
    """Yield (line number, object) for each non-blank line of a .jsonl file, read line by line."""
    for line, raw in enumerate(text_lines(path, encoding), start=1):
        raw = raw.removeprefix("\ufeff") if line == 1 else raw
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as error:
            raise CorpusError(
                f"{path}, line {line}: not valid JSON ({error.msg} at column "
                f"{error.colno}); each line must be one JSON object"
            ) from None
        if not isinstance(row, dict):
            raise CorpusError(
                f"{path}, line {line}: a JSON {type(row).__name__}, not an object "
                "with a text field and metadata fields"
            )
        yield line, row


def csv_records(lines: Iterator[str], path: Path) -> tuple[list[str], Iterator[tuple[int, dict]]]:
    """Return the header of CSV `lines` and an iterator of (first line number, row).

    Line numbers are those of the file, after blank lines and quoted line breaks; a row with more
    or fewer fields than the header is refused naming its line.
    """
    reader = csv.reader(lines)
    header = next((row for row in reader if row), [])
    if header:
        header[0] = header[0].removeprefix("\ufeff")

    def records() -> Iterator[tuple[int, dict]]:
        while True:
            line = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                return
            if not row:
                continue
            if len(row) != len(header):
                raise CorpusError(
                    f"{path}, line {line}: the row has {len(row)} fields where the header has "
                    f"{len(header)}; check the commas and quotes (a field with a comma is quoted)"
                )
            yield line, dict(zip(header, row, strict=True))

    return header, records()


def csv_rows(path: Path, encoding: str) -> Iterator[tuple[int, dict]]:
    """Yield (line number, row) for each row of a .csv file (the header is line 1)."""
    _, records = csv_records(text_lines(path, encoding), path)
    yield from records
