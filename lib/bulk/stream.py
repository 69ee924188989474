"""Stream the documents of a corpus one at a time, for counting corpora too big to load.

The same inputs as lib.load.corpus.load_corpus: a folder of pages (with or without manifest.csv),
a single page file, or a .jsonl / .csv file of documents. Unlike load_corpus, nothing is
held beyond the current document (a .jsonl is read line by line, a .csv row by row), and
the text is passed on as it is in the file: no layout repair, no split into articles and
records, no character normalisation (lib.bulk.counting normalises each text itself). Documents
are checked as load_corpus checks them (valid JSON, a text column, non-empty text); ids are
not checked for uniqueness, which would need memory that grows with the corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from lib.load.sources import iter_pages


def iter_documents(path: str | Path) -> Iterator[tuple[str, str, str]]:
    """Yield (page_id, title, text) for each page or document at `path`, one at a time."""
    for page in iter_pages(Path(path)):
        yield page["page_id"], page.get("title", ""), page["text"]


def iter_texts(path: str | Path) -> Iterator[str]:
    """Yield the texts to segment in corpus order: a document's title (if any), then its text."""
    for _, title, text in iter_documents(path):
        if title:
            yield title
        yield text


def chunk_texts(texts: Iterable[str], chunk_chars: int = 1_000_000) -> Iterator[list[str]]:
    """Yield lists of consecutive texts holding about `chunk_chars` characters each."""
    if chunk_chars < 1:
        raise ValueError(f"chunk_chars must be a positive number of characters, not {chunk_chars}")
    chunk: list[str] = []
    size = 0
    for text in texts:
        chunk.append(text)
        size += len(text)
        if size >= chunk_chars:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk
