"""Find the pages of a corpus and their metadata: a folder and manifest, a page, a .jsonl or .csv.

Each page is a dict: page_id, source (file, and line for a document), text, encoding,
metadata, title (documents only) and find_articles (newspaper pages only). Bad input raises
`CorpusError` naming the file and line and saying what to do.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

from lib.errors import CorpusError
from lib.load.encoding import decode_bytes, read_text

MANIFEST = "manifest.csv"
MANIFEST_REQUIRED = ("page_id", "file")
TEXT_COLUMNS = ("text", "content", "body", "正文")
ID_COLUMNS = ("id", "doc_id", "page_id")
# The first bytes of a .jsonl/.csv decide its encoding, as lib.load.encoding decides a whole file's.
_SNIFF_BYTES = 1 << 20


def iter_pages(path: Path) -> Iterator[dict]:
    """Yield the pages at `path` (a folder, a page file, a .jsonl or .csv) one at a time.

    A .jsonl is read line by line and a .csv row by row, so a stream of documents never holds
    more than the current one; ids are not checked here (see `find_pages`).
    """
    if path.is_dir():
        yield from _folder_pages(path)
    elif path.suffix.lower() == ".jsonl":
        encoding = _sniff_encoding(path)
        yield from _document_pages(path, _jsonl_rows(path, encoding), encoding)
    elif path.suffix.lower() == ".csv":
        encoding = _sniff_encoding(path)
        yield from _document_pages(path, _csv_rows(path, encoding), encoding)
    elif path.is_file():
        yield from _single_page(path)
    else:
        raise CorpusError(
            f"{path}: no such file or folder; give a corpus folder, a page file, "
            "or a .jsonl/.csv file of documents"
        )


def find_pages(path: Path) -> list[dict]:
    """Return the pages at `path` as a list, refusing duplicate ids."""
    pages = list(iter_pages(path))
    _check_unique_ids(pages, path)
    return pages


def _page(path: Path, page_id: str, metadata: dict) -> dict:
    text, encoding = read_text(path)
    return {
        "page_id": page_id,
        "source": path.name,
        "text": text,
        "encoding": encoding,
        "metadata": metadata,
        "find_articles": True,
    }


def _single_page(path: Path) -> list[dict]:
    manifest = path.parent / MANIFEST
    if manifest.is_file():
        rows = read_manifest(path.parent)
        for row in rows:
            if (path.parent / row["file"]).resolve() == path.resolve():
                return [_page(path, row["page_id"], _metadata(row))]
    return [_page(path, path.stem, {})]


def _folder_pages(folder: Path) -> Iterator[dict]:
    """Yield the pages of a corpus folder, in manifest order (file order without a manifest)."""
    if not (folder / MANIFEST).is_file():
        files = sorted(folder.glob("*.txt"))
        if not files:
            raise CorpusError(f"{folder}: no .txt pages and no {MANIFEST}; add pages to the folder")
        yield from (_page(f, f.stem, {}) for f in files)
        return
    rows = read_manifest(folder)
    listed = {(folder / row["file"]).resolve() for row in rows}
    unlisted = [f.name for f in sorted(folder.glob("*.txt")) if f.resolve() not in listed]
    if unlisted:
        raise CorpusError(
            f"{folder / MANIFEST}: the pages {unlisted} are not listed; add a row "
            "for each (page_id, file and what the text says of its metadata)"
        )
    yield from (_page(folder / row["file"], row["page_id"], _metadata(row)) for row in rows)


def read_manifest(folder: Path) -> list[dict]:
    """Return the manifest rows, refusing missing columns, files, duplicates and escapes."""
    manifest = folder / MANIFEST
    text, _ = read_text(manifest)
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in MANIFEST_REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise CorpusError(
            f"{manifest}: missing column(s) {missing}; the header must have "
            f"{', '.join(MANIFEST_REQUIRED)} and metadata columns"
        )
    rows, seen = [], {}
    for line, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise CorpusError(
                f"{manifest}, line {line}: the row has {len(row)} fields where the "
                "header has a different number; check the commas and quotes"
            )
        page_id, name = row["page_id"].strip(), row["file"].strip()
        if not page_id or not name:
            raise CorpusError(f"{manifest}, line {line}: page_id and file must not be empty")
        target = (folder / name).resolve()
        if Path(name).is_absolute() or not target.is_relative_to(folder.resolve()):
            raise CorpusError(
                f"{manifest}, line {line}: file {name!r} lies outside the corpus "
                f"folder {folder}; copy the page into the folder and name it there"
            )
        if not target.is_file():
            raise CorpusError(
                f"{manifest}, line {line}: file {name!r} does not exist in "
                f"{folder}; fix the name or add the file"
            )
        for key, value in (("page_id", page_id), ("file", str(target))):
            if (key, value) in seen:
                raise CorpusError(
                    f"{manifest}, line {line}: duplicate {key} {row[key]!r} (also "
                    f"on line {seen[key, value]}); each page is listed once"
                )
            seen[key, value] = line
        rows.append({**row, "page_id": page_id, "file": name})
    return rows


def _metadata(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in ("page_id", "file")}


def _sniff_encoding(path: Path) -> str:
    """Return the encoding of a document file, decided on its first megabyte of whole lines."""
    with path.open("rb") as file:
        head = file.read(_SNIFF_BYTES)
    if len(head) == _SNIFF_BYTES:
        cut = head.rfind(b"\n")
        head = head[: cut + 1] if cut > 0 else head
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) and len(head) % 2:
            head = head + b"\x00" if head.startswith(b"\xff\xfe") else head[:-1]
    return decode_bytes(head, path)[1]


def _columns(path: Path, row: dict) -> tuple[str, str | None]:
    """Return (text column, id column or None), chosen on the first document."""
    names = list(row)
    text_column = next((c for c in TEXT_COLUMNS if c in names), None)
    if text_column is None:
        raise CorpusError(
            f"{path}: no text column; name one of {', '.join(TEXT_COLUMNS)} "
            f"(the columns are {names})"
        )
    return text_column, next((c for c in ID_COLUMNS if c in names), None)


def _document_pages(path: Path, rows: Iterator[tuple[int, dict]], encoding: str) -> Iterator[dict]:
    """Yield one page per document row of a .jsonl/.csv file, refusing rows without text."""
    columns = None
    for line, row in rows:
        columns = columns or _columns(path, row)
        text_column, id_column = columns
        text = row.get(text_column)
        if not isinstance(text, str) or not text.strip():
            raise CorpusError(
                f"{path}, line {line}: the document has no text in {text_column!r}; "
                "fill it or remove the line"
            )
        yield {
            "page_id": str(row[id_column]) if id_column else f"{path.stem}-{line:05d}",
            "source": f"{path.name}, line {line}",
            "text": text,
            "encoding": encoding,
            "metadata": {
                k: v for k, v in row.items() if k not in (text_column, id_column, "title")
            },
            "title": str(row.get("title") or ""),
            "find_articles": False,
        }
    if columns is None:
        raise CorpusError(f"{path}: no documents in the file; add at least one")


def _jsonl_rows(path: Path, encoding: str) -> Iterator[tuple[int, dict]]:
    """Yield (line number, object) for each non-blank line of a .jsonl file, read line by line."""
    with path.open(encoding=encoding) as lines:
        for line, raw in enumerate(lines, start=1):
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


def _csv_rows(path: Path, encoding: str) -> Iterator[tuple[int, dict]]:
    """Yield (line number, row) for each row of a .csv file (the header is line 1)."""
    with path.open(encoding=encoding, newline="") as file:
        reader = csv.DictReader(file)
        if reader.fieldnames and reader.fieldnames[0].startswith("\ufeff"):
            reader.fieldnames[0] = reader.fieldnames[0].removeprefix("\ufeff")
        yield from enumerate(reader, start=2)


def _check_unique_ids(pages: list[dict], path: Path) -> None:
    seen: dict[str, str] = {}
    for page in pages:
        if page["page_id"] in seen:
            raise CorpusError(
                f"{path}: duplicate id {page['page_id']!r} ({seen[page['page_id']]} "
                f"and {page['source']}); give every document its own id"
            )
        seen[page["page_id"]] = page["source"]
