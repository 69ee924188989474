"""Segment once: the tokens table of a corpus cached in Parquet and shared between notebooks.

`segment_cached` returns exactly what lib.words.segment.segment returns for the same
paragraphs, engine and record kinds. The file is named by a sha256 over everything that
decides the tokens: the records' keys and texts, the kinds, and lib.bulk.cache's fingerprint
(engine and package versions, dictionary and stopword files, token policy). A changed corpus
or dictionary gives another name, so a stale table is never read. A file that cannot be read
back whole (truncated, not Parquet, other columns or row count) is rebuilt and rewritten.
Writing goes to a temporary name and is renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from lib.bulk.cache import cache_fingerprint
from lib.files import atomic_write
from lib.paths import project_root
from lib.words.segment import DEFAULT_KINDS, TOKEN_SCHEMA, segment

KEY_COLUMNS = ("page_id", "article_id", "section", "para_id", "kind", "text")


def token_table_dir() -> Path:
    """Return the folder of cached tokens tables, <root>/.cache/token_tables (not committed)."""
    return project_root() / ".cache" / "token_tables"


def token_table_key(paragraphs: pd.DataFrame, engine: str, kinds: Iterable[str]) -> str:
    """Return the sha256 naming the tokens table of these records, engine and kinds."""
    kinds = tuple(kinds)
    digest = hashlib.sha256(cache_fingerprint(engine).encode())
    digest.update(("kinds " + " ".join(kinds) + "\n").encode())
    records = paragraphs.loc[paragraphs["kind"].isin(kinds), list(KEY_COLUMNS)]
    for values in records.itertuples(index=False):
        for value in values:
            encoded = str(value).encode("utf-8", "surrogatepass")
            # Each field's length goes first, so that ("ab", "c") and ("a", "bc") differ.
            digest.update(len(encoded).to_bytes(8, "little"))
            digest.update(encoded)
    return digest.hexdigest()


def _read(path: Path) -> pd.DataFrame | None:
    """Return the cached table at `path`, or None if it is absent or not a whole tokens table."""
    import pyarrow.parquet as pq

    if not path.is_file():
        return None
    try:
        table = pq.read_table(path)
        expected = int(table.schema.metadata[b"rows"])
        frame = table.to_pandas()
    except Exception:  # noqa: BLE001 - any unreadable file is rebuilt, whatever broke it
        return None
    if list(frame.columns) != list(TOKEN_SCHEMA) or len(frame) != expected:
        return None
    return frame.astype(TOKEN_SCHEMA)


def _write(tokens: pd.DataFrame, path: Path) -> None:
    """Write the tokens table to `path` atomically, with its row count in the metadata."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pandas(tokens, preserve_index=False)
    metadata = {**(table.schema.metadata or {}), b"rows": str(len(tokens)).encode()}
    table = table.replace_schema_metadata(metadata)
    atomic_write(path, lambda part: pq.write_table(table, part))


def segment_cached(
    paragraphs: pd.DataFrame,
    engine: str = "jieba",
    kinds: Iterable[str] = DEFAULT_KINDS,
    cache_dir: str | Path | None = None,
) -> pd.DataFrame:
    """Return segment(paragraphs, engine, kinds), read from the cache when it holds it whole."""
    kinds = tuple(kinds)
    if any(c not in paragraphs.columns for c in KEY_COLUMNS):
        return segment(paragraphs, engine=engine, kinds=kinds)  # it names what is missing
    path = Path(cache_dir or token_table_dir()) / (
        token_table_key(paragraphs, engine, kinds) + ".parquet"
    )
    cached = _read(path)
    if cached is not None:
        return cached
    tokens = segment(paragraphs, engine=engine, kinds=kinds)
    _write(tokens, path)
    return tokens
