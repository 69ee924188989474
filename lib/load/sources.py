"""Find the pages of a corpus and their metadata: a folder and manifest, a page, a .jsonl or .csv.

Each page is a dict: page_id, source (file, and line for a document), text, encoding,
metadata, title (documents only) and find_articles (newspaper pages only). Bad input raises
`CorpusError` naming the file and line and saying what to do.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from lib.errors import CorpusError
from lib.load.encoding import decode_bytes, read_text
from lib.load.readers import csv_records, csv_rows, jsonl_rows

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
    elif not path.is_file():
        raise CorpusError(
            f"{path}: no such file or folder; give a corpus folder, a page file, "
            "or a .jsonl/.csv/.json file of documents"
        )
    elif path.suffix.lower() == ".jsonl":
        encoding = _sniff_encoding(path)
        yield from _document_pages(path, jsonl_rows(path, encoding), encoding)
    elif path.suffix.lower() == ".csv":
        encoding = _sniff_encoding(path)
        yield from _document_pages(path, csv_rows(path, encoding), encoding)
    elif path.suffix.lower() == ".json":
        yield from _json_array_pages(path)
    else:
        yield from _single_page(path)


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
        files = _text_files(folder)
        if not files:
            raise CorpusError(f"{folder}: no .txt pages and no {MANIFEST}; add pages to the folder")
        yield from (_page(f, f.stem, {}) for f in files)
        return
    rows = read_manifest(folder)
    listed = {(folder / row["file"]).resolve() for row in rows}
    unlisted = [f.name for f in _text_files(folder) if f.resolve() not in listed]
    if unlisted:
        raise CorpusError(
            f"{folder / MANIFEST}: the pages {unlisted} are not listed; add a row "
            "for each (page_id, file and what the text says of its metadata)"
        )
    yield from (_page(folder / row["file"], row["page_id"], _metadata(row)) for row in rows)


def _text_files(folder: Path) -> list[Path]:
    """Return the page files of a folder: .txt in any case (.TXT, .Txt), sorted by name."""
    return sorted(f for f in folder.iterdir() if f.suffix.lower() == ".txt" and f.is_file())


def read_manifest(folder: Path) -> list[dict]:
    """Return the manifest rows, refusing missing columns, files, duplicates and escapes."""
    manifest = folder / MANIFEST
    text, _ = read_text(manifest)
    header, records = csv_records(iter(text.splitlines(keepends=True)), manifest)
    missing = [c for c in MANIFEST_REQUIRED if c not in header]
    if missing:
        raise CorpusError(
            f"{manifest}: missing column(s) {missing}; the header must have "
            f"{', '.join(MANIFEST_REQUIRED)} and metadata columns"
        )
    rows, seen = [], {}
    for line, row in records:
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
    """Return the encoding of a document file, decided on its first megabyte."""
    with path.open("rb") as file:
        head = file.read(_SNIFF_BYTES)
    return decode_bytes(head, path, partial=len(head) == _SNIFF_BYTES)[1]


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


def _document_pages(
    path: Path, rows: Iterator[tuple[int, dict]], encoding: str, unit: str = "line"
) -> Iterator[dict]:
    """Yield one page per document row of a .jsonl/.csv/.json file, refusing rows without text."""
    columns = None
    for line, row in rows:
        columns = columns or _columns(path, row)
        text_column, id_column = columns
        where = f"{path}, {unit} {line}"
        text = row.get(text_column)
        if not isinstance(text, str) or not text.strip():
            raise CorpusError(
                f"{where}: the document has no text in {text_column!r}; "
                f"fill it or remove the {unit}"
            )
        yield {
            "page_id": _document_id(row, id_column, where) or f"{path.stem}-{line:05d}",
            "source": f"{path.name}, {unit} {line}",
            "text": text,
            "encoding": encoding,
            "metadata": {
                k: _scalar(v) for k, v in row.items() if k not in (text_column, id_column, "title")
            },
            "title": _title(row.get("title"), where),
            "find_articles": False,
        }
    if columns is None:
        raise CorpusError(f"{path}: no documents in the file; add at least one")


def _document_id(row: dict, id_column: str | None, where: str) -> str:
    """Return the document's id as text, refusing a missing, empty, null or composite one."""
    if id_column is None:
        return ""
    value = row.get(id_column)
    if (
        isinstance(value, bool)
        or not isinstance(value, (str, int, float))
        or not str(value).strip()
    ):
        raise CorpusError(
            f"{where}: {id_column!r} is {json.dumps(value, ensure_ascii=False)}; give every "
            f"document an id (text or a number), or drop the {id_column!r} field from every "
            "document to number them"
        )
    return str(value)


def _title(value, where: str) -> str:
    """Return a document's title as text ("" if none), refusing a list or an object."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise CorpusError(
            f"{where}: the title is {json.dumps(value, ensure_ascii=False)[:60]}, not text; "
            "give the title as one string"
        )
    return str(value)


def _scalar(value):
    """Return a metadata value as a table cell: lists and objects as their JSON text."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _json_array_pages(path: Path) -> Iterator[dict]:
    """Yield the documents of a .json file holding an array of objects, refusing anything else."""
    text, encoding = read_text(path)
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as error:
        raise CorpusError(
            f"{path}, line {error.lineno}: not valid JSON ({error.msg} at column {error.colno}); "
            "a .json corpus is one array of document objects"
        ) from None
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise CorpusError(
            f'{path}: a .json corpus must be one array of document objects ([{{"text": …}}, …]);'
            " for one object a line, name the file .jsonl"
        )
    yield from _document_pages(path, enumerate(rows, start=1), encoding, unit="item")


def _check_unique_ids(pages: list[dict], path: Path) -> None:
    seen: dict[str, str] = {}
    for page in pages:
        if page["page_id"] in seen:
            raise CorpusError(
                f"{path}: duplicate id {page['page_id']!r} ({seen[page['page_id']]} "
                f"and {page['source']}); give every document its own id"
            )
        seen[page["page_id"]] = page["source"]
