"""Token counts of a whole corpus, fast: the bulk path next to lib.words.segment's tokens table.

`count_tokens` returns a Counter of every token (words, punctuation, whitespace, numbers)
over a stream of texts: exactly the tokens lib.words.segment.segment would give the same texts
(same engine, same domain dictionary, same Latin/digit rule, `canonical_tokens`), without
building a table row or a POS tag per token. Each text first goes through
lib.load.normalize.normalize_characters (full-width digits and letters to ASCII, invisible
characters dropped), as in load_corpus; layout repair is not done (it moves no character
between tokens of a paragraph, but a line broken inside a word can split that word).

Documents are cut in chunks, in this process or in a pool of processes (`workers`); each
chunk gives a Counter and the Counters are summed, so memory grows with the vocabulary and
with `workers` x the chunk size, not with the corpus. The same map and reduce run on Dask in
lib.bulk.distributed. `word_counts` drops the tokens lib.words.segment sets aside. The
per-token work is kept small by lib.bulk.rule_counts (the Latin/digit rule applied to runs,
not tokens).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from multiprocessing import get_context
from operator import itemgetter
from pathlib import Path

from lib.bulk import cache as token_cache
from lib.bulk.rule_counts import (
    canonical_counts,
    dictionary_entries,
    engine_cutter,
)
from lib.bulk.stream import chunk_texts
from lib.load.normalize import normalized_text, normalized_texts
from lib.words.segment import are_words_alone, canonical_tokens, check_engine

DEFAULT_CHUNK_CHARS = 500_000


def count_chunk(
    texts: list[str],
    engine: str,
    cache_dir: str | None = None,
    fingerprint: str = "",
    entries: tuple | None = None,
) -> tuple[Counter, int]:
    """Return (token counts, characters) of one chunk: the map step, for the pool and Dask."""
    chars = sum(map(len, texts))
    if cache_dir is None:
        return canonical_counts(map(engine_cutter(engine, entries), normalized_texts(texts))), chars
    key = token_cache.chunk_key(texts, fingerprint)
    counts = token_cache.read_token_counts(cache_dir, key)
    if counts is None:
        cut = engine_cutter(engine, entries)
        # One list per text, empty ones included, so that the cache maps text i to list i.
        tokens = [
            canonical_tokens(cut(text)) if text else [] for text in map(normalized_text, texts)
        ]
        token_cache.write_tokens(cache_dir, key, tokens)
        counts = Counter(token for text_tokens in tokens for token in text_tokens)
    return counts, chars


def _load_engine(engine: str, entries: tuple | None) -> None:
    """Pool initializer: load the engine and the domain dictionary once per worker."""
    engine_cutter(engine, entries)


def _worker_ready(_: int) -> int:
    return os.getpid()


def start_pool(engine: str = "rjieba", workers: int | None = None) -> ProcessPoolExecutor:
    """Return a started process pool whose workers have the engine and dictionary loaded."""
    check_engine(engine)  # refused here, not in every worker
    workers = workers or os.cpu_count() or 1
    # spawn, not fork: the same behaviour on Linux, macOS and Windows, and no fork of a
    # process that may hold threads (Jupyter, Dask).
    pool = ProcessPoolExecutor(
        workers,
        mp_context=get_context("spawn"),
        initializer=_load_engine,
        initargs=(engine, dictionary_entries(engine)),
    )
    list(pool.map(_worker_ready, range(workers)))  # start every worker now, not mid-run
    return pool


def progress_bar(show: bool | None, unit: str = "char"):
    """Return a tqdm bar on stderr, shown when `show` is True, or None when stderr is a TTY."""
    from tqdm import tqdm

    enabled = sys.stderr.isatty() if show is None else show
    return tqdm(unit=unit, unit_scale=True, file=sys.stderr, disable=not enabled)


def reduce_chunks(
    chunks: Iterable[list[str]],
    submit: Callable,
    wait_first: Callable,
    in_flight: int,
    progress: bool | None = None,
) -> Counter:
    """Return the sum of the chunk Counters, keeping at most `in_flight` chunks submitted."""
    total: Counter = Counter()
    pending: set = set()
    with progress_bar(progress) as bar:

        def collect(done) -> None:
            for future in done:
                counts, chars = future.result()
                total.update(counts)
                bar.update(chars)

        for chunk in chunks:
            pending.add(submit(chunk))
            if len(pending) >= in_flight:
                done, pending = wait_first(pending)
                collect(done)
        while pending:
            done, pending = wait_first(pending)
            collect(done)
    return sorted_counts(total)


def sorted_counts(counts: Mapping[str, int]) -> Counter:
    """Return the counts as a Counter ordered by count (descending), then token."""
    # Two sorts on C-level keys (stable, so ties stay in token order): much faster than a lambda.
    by_token = sorted(counts.items(), key=itemgetter(0))
    return Counter(dict(sorted(by_token, key=itemgetter(1), reverse=True)))


def count_tokens(
    texts: Iterable[str],
    engine: str = "rjieba",
    *,
    workers: int = 1,
    pool: ProcessPoolExecutor | None = None,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    cache_dir: str | Path | None = None,
    progress: bool | None = None,
) -> Counter:
    """Return the counts of all tokens of `texts` (as segment() cuts them), most frequent first.

    `workers` > 1 starts a process pool for this call; pass `pool` (from `start_pool`) to
    reuse one. `cache_dir` keeps each chunk's tokens in Parquet (lib.bulk.cache), so a rerun over
    the same texts, dictionary and engine reads them instead of segmenting.
    """
    check_engine(engine)
    if workers < 1:
        raise ValueError(
            f"workers must be 1 (this process) or more (a process pool), not {workers}"
        )
    fingerprint = token_cache.cache_fingerprint(engine) if cache_dir is not None else ""
    cache_dir = str(cache_dir) if cache_dir is not None else None
    chunks = chunk_texts(texts, chunk_chars)
    if pool is None and workers == 1:
        total: Counter = Counter()
        with progress_bar(progress) as bar:
            for chunk in chunks:
                counts, chars = count_chunk(chunk, engine, cache_dir, fingerprint)
                total.update(counts)
                bar.update(chars)
        return sorted_counts(total)
    own_pool = pool is None
    pool = start_pool(engine, workers) if own_pool else pool
    try:
        return reduce_chunks(
            chunks,
            lambda chunk: pool.submit(count_chunk, chunk, engine, cache_dir, fingerprint),
            lambda pending: wait(pending, return_when=FIRST_COMPLETED),
            in_flight=2 * max(workers, os.cpu_count() or 1),
            progress=progress,
        )
    finally:
        if own_pool:
            pool.shutdown()


def word_counts(counts: Mapping[str, int]) -> Counter:
    """Return the counts of the tokens that lib.words.segment would call words, most frequent first.

    Decided on the token alone by lib.words.segment.are_words_alone (is_word's rule): a
    measure word is set aside by segment() only after a number (the 万件 of 400万件); on
    counts that context is gone, so such tokens are kept here.
    """
    tokens = list(counts)
    words = {t: counts[t] for t, word in zip(tokens, are_words_alone(tokens), strict=True) if word}
    return sorted_counts(words)
