"""A token cache on disk: the tokens of a chunk of texts in Parquet, so a rerun skips segmenting.

A chunk's file is named by a sha256 key over the chunk's texts and a fingerprint of
everything that decides the tokens: the engine and its package version (and jieba's, whose
frequencies rjieba is given), the dictionary files in lib/words/data (user dictionary and project
stopwords), and TOKEN_POLICY_VERSION. Change any of them and the key changes, so stale
tokens are never read (their files stay until the folder is deleted). Files are written to
a temporary name and renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections import Counter
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

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


def _chunk_file(cache_dir: str | Path, key: str) -> Path:
    return Path(cache_dir) / f"{key}.parquet"


def write_tokens(cache_dir: str | Path, key: str, tokens: list[list[str]]) -> Path:
    """Write the tokens of each text of a chunk under `key`; return the file written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = _chunk_file(cache_dir, key)
    target.parent.mkdir(parents=True, exist_ok=True)
    table = pa.table(
        {
            "text": pa.array([i for i, t in enumerate(tokens) for _ in t], pa.int32()),
            "token": pa.array([token for t in tokens for token in t], pa.string()),
        }
    ).replace_schema_metadata({"texts": str(len(tokens))})
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
    os.close(handle)
    try:
        pq.write_table(table, temporary)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return target


def read_token_counts(cache_dir: str | Path, key: str) -> Counter | None:
    """Return the token counts of the cached chunk `key` (counted by Arrow), or None."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    path = _chunk_file(cache_dir, key)
    if not path.is_file():
        return None
    counted = pc.value_counts(pq.read_table(path, columns=["token"])["token"])
    return Counter(
        dict(
            zip(
                counted.field("values").to_pylist(),
                counted.field("counts").to_pylist(),
                strict=True,
            )
        )
    )
