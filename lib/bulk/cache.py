"""A token cache on disk: the tokens of a chunk of texts in Parquet, so a rerun skips segmenting.

A chunk's file is named by a sha256 key over the chunk's texts and a fingerprint of
everything that decides the tokens: the engine and its package version (and jieba's, whose
frequencies rjieba is given), the dictionary files in lib/words/data (user dictionary and project
stopwords), and TOKEN_POLICY_VERSION. Change any of them and the key changes, so stale
tokens are never read (their files stay until the folder is deleted). Files are written to
a temporary name and renamed, so a reader never sees half a file.

Each file carries what it was made from in its Parquet metadata: the key, the engine, the
sha256 of the dictionary files, the fingerprint, the number of texts and rows, and a sha256
of its two columns. A file that cannot be read (truncated, empty, not Parquet) or does not
match (another key's or another tool's file, rows or checksum wrong) raises CacheFileError;
lib.bulk.counting then rebuilds it and warns.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections import Counter
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from lib.files import atomic_write
from lib.words.dictionary import PROJECT_STOPWORDS, USER_DICTIONARY
from lib.words.segment import check_engine

# Bump when the tokens for the same text and dictionary change: lib.words.segment's Latin/digit
# rule (canonical_tokens) or the character normalisation applied before cutting.
TOKEN_POLICY_VERSION = "1"
_ENGINE_PACKAGES = {"jieba": ("jieba",), "rjieba": ("rjieba", "jieba")}


def cache_fingerprint(
    engine: str, dictionary_files: tuple[Path, ...] = (USER_DICTIONARY, PROJECT_STOPWORDS)
) -> str:
    """Return the sha256 of what decides the tokens besides the text: engine, versions, files."""
    check_engine(engine)
    digest = hashlib.sha256(f"policy {TOKEN_POLICY_VERSION}\nengine {engine}\n".encode())
    for package in _ENGINE_PACKAGES[engine]:
        digest.update(f"{package} {version(package)}\n".encode())
    digest.update(dictionary_digest(dictionary_files).encode())
    return digest.hexdigest()


def dictionary_digest(
    dictionary_files: tuple[Path, ...] = (USER_DICTIONARY, PROJECT_STOPWORDS),
) -> str:
    """Return the sha256 of the dictionary files' digests (user dictionary, stopwords)."""
    digest = hashlib.sha256()
    for path in dictionary_files:
        digest.update(_file_digest(Path(path), Path(path).stat().st_mtime_ns).encode())
    return digest.hexdigest()


@lru_cache(maxsize=16)
def _file_digest(path: Path, _mtime_ns: int) -> str:
    """Return the sha256 of a file's bytes (cached until the file's modification time changes)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def chunk_key(texts: list[str], fingerprint: str) -> str:
    """Return the cache key of a chunk of texts under a fingerprint (sha256, hex)."""
    digest = hashlib.sha256(fingerprint.encode())
    for text in texts:
        # Each text's length goes first, so that ["ab", "c"] and ["a", "bc"] differ.
        encoded = text.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "little"))
        digest.update(encoded)
    return digest.hexdigest()


class CacheWarning(UserWarning):
    """The token cache could not be used as asked: a file rebuilt, or no cache at all."""


class CacheFileError(Exception):
    """A cache file that cannot be read or was not made from what its key says."""


def _chunk_file(cache_dir: str | Path, key: str) -> Path:
    return Path(cache_dir) / f"{key}.parquet"


def _checksum(table) -> str:
    """Return the sha256 of the values of the table's text and token columns."""
    import numpy as np

    digest = hashlib.sha256()
    texts = table.column("text").combine_chunks()
    tokens = table.column("token").combine_chunks()
    if texts.null_count or tokens.null_count:
        return "nulls"
    if len(texts):
        digest.update(texts.to_numpy(zero_copy_only=False).astype("<i4").tobytes())
        offsets = np.frombuffer(
            tokens.buffers()[1], "<i4", count=len(tokens) + 1, offset=4 * tokens.offset
        )
        digest.update((offsets - offsets[0]).astype("<i4").tobytes())
        digest.update(memoryview(tokens.buffers()[2])[offsets[0] : offsets[-1]])
    return digest.hexdigest()


def write_tokens(
    cache_dir: str | Path,
    key: str,
    tokens: list[list[str]],
    engine: str = "",
    fingerprint: str = "",
) -> Path:
    """Write the tokens of each text of a chunk under `key`, with what they were made from."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = _chunk_file(cache_dir, key)
    target.parent.mkdir(parents=True, exist_ok=True)
    table = pa.table(
        {
            "text": pa.array([i for i, t in enumerate(tokens) for _ in t], pa.int32()),
            "token": pa.array([token for t in tokens for token in t], pa.string()),
        }
    )
    made_from = {
        "key": key,
        "engine": engine,
        "dictionary": dictionary_digest(),
        "fingerprint": fingerprint,
        "texts": str(len(tokens)),
        "rows": str(table.num_rows),
        "checksum": _checksum(table),
    }
    table = table.replace_schema_metadata(made_from)
    atomic_write(target, lambda part: pq.write_table(table, part))
    return target


def read_token_counts(
    cache_dir: str | Path, key: str, engine: str | None = None, fingerprint: str | None = None
) -> Counter | None:
    """Return the token counts of the cached chunk `key` (counted by Arrow), or None.

    Raises CacheFileError when the file under the key cannot be read or does not match the
    key, the engine and fingerprint given, its own row count or its checksum.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    path = _chunk_file(cache_dir, key)
    if not path.is_file():
        return None
    try:
        table = pq.read_table(path)
    except (pa.ArrowException, OSError, ValueError) as error:
        raise CacheFileError(f"{path.name}: not a readable Parquet file ({error})") from error
    made_from = {
        name.decode(): value.decode() for name, value in (table.schema.metadata or {}).items()
    }
    expected = {"key": key, "engine": engine, "fingerprint": fingerprint}
    for name, value in expected.items():
        if value is not None and made_from.get(name) != value:
            raise CacheFileError(
                f"{path.name}: made for {name} {made_from.get(name)!r}, not {value!r}"
            )
    if table.schema.names != ["text", "token"]:
        raise CacheFileError(f"{path.name}: columns {table.schema.names}, not ['text', 'token']")
    if made_from.get("rows") != str(table.num_rows):
        raise CacheFileError(
            f"{path.name}: {table.num_rows} rows, but it was written with {made_from.get('rows')}"
        )
    if made_from.get("checksum") != _checksum(table):
        raise CacheFileError(f"{path.name}: the checksum of its tokens does not match")
    counted = pc.value_counts(table.column("token"))
    return Counter(
        dict(
            zip(
                counted.field("values").to_pylist(),
                counted.field("counts").to_pylist(),
                strict=True,
            )
        )
    )


def usable_cache_dir(cache_dir: str | Path) -> str | None:
    """Return `cache_dir` as a string if a file can be written there, else None."""
    folder = Path(cache_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-"):
            pass
    except OSError:
        return None
    return str(folder)
