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
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from itertools import repeat
from multiprocessing import get_context
from operator import add, itemgetter
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
) -> tuple[Counter, int, list[str]]:
    """Return (token counts, characters, cache problems) of one chunk: the map step.

    Cache problems (a bad file rebuilt, a file that could not be written) are returned, not
    warned about here, so that the caller's process warns whether the chunk ran in this
    process, a pool worker or on Dask.
    """
    chars = sum(map(len, texts))
    if cache_dir is None:
        normalized = list(normalized_texts(texts))
        counts = canonical_counts(list(map(engine_cutter(engine, entries), normalized)), normalized)
        return counts, chars, []
    problems: list[str] = []
    key = token_cache.chunk_key(texts, fingerprint)
    try:
        counts = token_cache.read_token_counts(cache_dir, key, engine, fingerprint)
    except token_cache.CacheFileError as error:
        problems.append(f"token cache {cache_dir}: {error}; rebuilt it")
        counts = None
    if counts is None:
        cut = engine_cutter(engine, entries)
        # One list per text, empty ones included, so that the cache maps text i to list i.
        tokens = [
            canonical_tokens(cut(text)) if text else [] for text in map(normalized_text, texts)
        ]
        try:
            token_cache.write_tokens(cache_dir, key, tokens, engine, fingerprint)
        except OSError as error:
            problems.append(f"token cache {cache_dir}: could not write {key}.parquet ({error})")
        counts = Counter(token for text_tokens in tokens for token in text_tokens)
    return counts, chars, problems


def count_chunk_packed(*args) -> tuple[list[str], list[int], int, list[str]]:
    """Return count_chunk(*args) with the counts packed (pack_counts), for another process."""
    counts, chars, problems = count_chunk(*args)
    return *pack_counts(counts), chars, problems


def pack_counts(counts: Counter) -> tuple[list[str], list[int]]:
    """Return the tokens and their counts as two lists, to be sent to another process.

    Two lists pickle and unpickle in about two thirds of the time a Counter takes.
    """
    return list(counts), list(counts.values())


def add_counts(total: Counter, tokens: list[str], numbers: list[int]) -> None:
    """Add packed counts (pack_counts) to `total`."""
    if len(tokens) != len(numbers):
        raise ValueError(f"{len(tokens)} tokens but {len(numbers)} counts: not packed counts")
    # Every loop at C speed (Counter.update is a Python loop once the total is not empty). The
    # maps are lazy: each sum is taken just before it is written, after the ones before it.
    sums = map(add, map(total.get, tokens, repeat(0)), numbers)
    dict.update(total, zip(tokens, sums, strict=True))


def warn_cache_problems(problems: list[str]) -> None:
    """Warn (warnings.warn, CacheWarning) about each cache problem of a chunk."""
    for problem in problems:
        warnings.warn(problem, token_cache.CacheWarning, stacklevel=3)


def checked_cache_dir(cache_dir: str | Path | None) -> str | None:
    """Return the cache folder to use: None (no cache) with a warning if it is not writable."""
    if cache_dir is None:
        return None
    usable = token_cache.usable_cache_dir(cache_dir)
    if usable is None:
        warnings.warn(
            f"token cache {cache_dir}: cannot write there; counting without the cache "
            "(give a writable cache_dir, or none)",
            token_cache.CacheWarning,
            stacklevel=3,
        )
    return usable


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
    """Return the sum of the counts of count_chunk_packed, with at most `in_flight` chunks out."""
    total: Counter = Counter()
    pending: set = set()
    with progress_bar(progress) as bar:

        def collect(done) -> None:
            for future in done:
                tokens, numbers, chars, problems = future.result()
                warn_cache_problems(problems)
                add_counts(total, tokens, numbers)
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
    the same texts, dictionary and engine reads them instead of segmenting; a bad cache file is
    rebuilt and an unwritable folder means counting without the cache, each with a CacheWarning.
    """
    check_engine(engine)
    if workers < 1:
        raise ValueError(
            f"workers must be 1 (this process) or more (a process pool), not {workers}"
        )
    cache_dir = checked_cache_dir(cache_dir)
    fingerprint = token_cache.cache_fingerprint(engine) if cache_dir is not None else ""
    chunks = chunk_texts(texts, chunk_chars)
    if pool is None and workers == 1:
        total: Counter = Counter()
        with progress_bar(progress) as bar:
            for chunk in chunks:
                counts, chars, problems = count_chunk(chunk, engine, cache_dir, fingerprint)
                warn_cache_problems(problems)
                total.update(counts)
                bar.update(chars)
        return sorted_counts(total)
    own_pool = pool is None
    pool = start_pool(engine, workers) if own_pool else pool
    try:
        return reduce_chunks(
            chunks,
            lambda chunk: pool.submit(count_chunk_packed, chunk, engine, cache_dir, fingerprint),
            lambda pending: wait(pending, return_when=FIRST_COMPLETED),
            in_flight=2 * max(workers, os.cpu_count() or 1),
            progress=progress,
        )
    finally:
        if own_pool:
            pool.shutdown()


def differing_counts(
    first: Mapping[str, int], second: Mapping[str, int]
) -> list[tuple[str, int, int]]:
    """Return (token, count in first, count in second) where they differ, largest gap first."""
    tokens = {t for t in first.keys() | second.keys() if first.get(t, 0) != second.get(t, 0)}
    rows = [(t, first.get(t, 0), second.get(t, 0)) for t in tokens]
    return sorted(rows, key=lambda row: (-abs(row[1] - row[2]), row[0]))


def word_counts(counts: Mapping[str, int]) -> Counter:
    """Return the counts of the tokens that lib.words.segment would call words, most frequent first.

    Decided on the token alone by lib.words.segment.are_words_alone (is_word's rule): a
    measure word is set aside by segment() only after a number (the 万件 of 400万件); on
    counts that context is gone, so such tokens are kept here.
    """
    tokens = list(counts)
    words = {t: counts[t] for t, word in zip(tokens, are_words_alone(tokens), strict=True) if word}
    return sorted_counts(words)
