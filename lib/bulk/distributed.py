"""The counting map/reduce of lib.bulk.counting on Dask, for corpora beyond one machine.

The map step is the same function (`lib.bulk.counting.count_chunk_packed`) and the reduce is
the same sum of counts, so the counts equal the in-process ones. Without an address a LocalCluster
of `n_workers` single-threaded processes is started for the call and closed after it; with
`address` (e.g. "tcp://scheduler:8786") the chunks go to that cluster, whose workers must
have this project installed (`pip install -e .`) and can read the cache folder if one is
given. The client reads the corpus and sends the texts; at most two chunks per worker are
in flight, so the client's memory does not grow with the corpus.
"""

from __future__ import annotations

import contextlib
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from lib.bulk import cache as token_cache
from lib.bulk.counting import (
    DEFAULT_CHUNK_CHARS,
    checked_cache_dir,
    count_chunk_packed,
    dictionary_entries,
    reduce_chunks,
)
from lib.bulk.stream import chunk_texts
from lib.words.segment import check_engine

_DASK_LOGGERS = ("distributed", "tornado", "asyncio", "bokeh")


@contextlib.contextmanager
def _quiet_dask() -> Iterator[None]:
    """Silence distributed's start-up and shutdown log lines, which go to stderr."""
    loggers = [logging.getLogger(name) for name in _DASK_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


@contextlib.contextmanager
def dask_client(address: str | None = None, n_workers: int = 2) -> Iterator:
    """Yield a dask.distributed Client: to `address`, or to a LocalCluster closed on exit."""
    from dask.distributed import Client, LocalCluster

    with _quiet_dask():
        if address is not None:
            with Client(address) as client:
                yield client
            return
        if n_workers < 1:
            raise ValueError(f"n_workers must be 1 or more, not {n_workers}")
        with (
            LocalCluster(
                n_workers=n_workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client


def count_tokens_on_dask(
    texts: Iterable[str],
    engine: str = "rjieba",
    *,
    client=None,
    address: str | None = None,
    n_workers: int = 2,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    cache_dir: str | Path | None = None,
    progress: bool | None = None,
) -> Counter:
    """Return the counts of all tokens of `texts` computed on Dask (same as count_tokens).

    Pass a running `client`, or an `address` of a scheduler; with neither, a LocalCluster
    of `n_workers` processes is started for this call.
    """
    check_engine(engine)
    if client is None:
        with dask_client(address, n_workers) as own_client:
            return count_tokens_on_dask(
                texts,
                engine,
                client=own_client,
                chunk_chars=chunk_chars,
                cache_dir=cache_dir,
                progress=progress,
            )
    from dask.distributed import wait

    # Checked from this process: workers on other machines may still fail to write, and warn.
    cache_dir = checked_cache_dir(cache_dir)
    fingerprint = token_cache.cache_fingerprint(engine) if cache_dir is not None else ""
    workers = max(1, len(client.nthreads()))
    entries = dictionary_entries(engine)
    with _quiet_dask():
        return reduce_chunks(
            chunk_texts(texts, chunk_chars),
            # pure=False: two equal chunks (a corpus repeated) are two tasks, both counted.
            lambda chunk: client.submit(
                count_chunk_packed, chunk, engine, cache_dir, fingerprint, entries, pure=False
            ),
            lambda pending: _wait_first(wait, pending),
            in_flight=2 * workers,
            progress=progress,
        )


def _wait_first(wait, pending: set) -> tuple[set, set]:
    """Return (done, not done) futures once at least one of `pending` has finished."""
    result = wait(list(pending), return_when="FIRST_COMPLETED")
    return set(result.done), set(result.not_done)
