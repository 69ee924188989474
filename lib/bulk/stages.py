"""Where the bulk path's CPU time goes: each stage of count_tokens timed alone, in one process.

`stage_seconds` runs the stages a chunk goes through one after the other, in this process,
and keeps each one's smallest CPU time over a few repeats (CPU time, so that other work on
the machine hardly changes it; the smallest, so that a rerun gives nearly the same figures).
`shares` puts them as shares of the cut, and `attainable_efficiency` is the bound they set on
the efficiency of a pool: the cut's share of the cut plus the work no pool can hide.
"""

from __future__ import annotations

import pickle
import time
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain
from pathlib import Path
from typing import TypeVar

from lib.bulk.counting import DEFAULT_CHUNK_CHARS, add_counts, pack_counts, sorted_counts
from lib.bulk.rule_counts import apply_rule, dictionary_entries, engine_cutter
from lib.bulk.stream import chunk_texts, iter_texts
from lib.load.normalize import normalized_texts

T = TypeVar("T")

# The stages, in the order a chunk meets them, and where each runs.
READ = "read .jsonl into chunks (main process)"
SEND = "pickle chunks to workers and back out"
NORMALISE = "normalise characters (workers)"
CUT = "cut, rjieba (workers)"
COUNT = "count the raw tokens, Counter (workers)"
RULE = "Latin/digit rule, beyond counting (workers)"
RETURN = "pickle counts back (two lists) and unpickle"
MERGE = "merge counts and sort them (main process)"
STAGES = (READ, SEND, NORMALISE, CUT, COUNT, RULE, RETURN, MERGE)
# Work that every token or character needs whatever the transport: the floor of the bound.
UNAVOIDABLE = (NORMALISE, COUNT)


def least_cpu_seconds(
    work: Callable[..., T], repeats: int = 3, fresh: Callable[[], object] | None = None
) -> tuple[float, T]:
    """Return the smallest CPU seconds of `repeats` calls of `work`, and its last result.

    With `fresh`, each call is work(fresh()), and fresh's own time is not counted.
    """
    best = float("inf")
    for _ in range(repeats):
        argument = fresh() if fresh is not None else None
        started = time.process_time()
        result = work(argument) if fresh is not None else work()
        best = min(best, time.process_time() - started)
    return best, result


def stage_seconds(
    path: Path, chunk_chars: int = DEFAULT_CHUNK_CHARS, repeats: int = 3
) -> dict[str, float]:
    """Return the CPU seconds of each stage of STAGES over the texts of `path`, in this process."""
    seconds: dict[str, float] = {}
    seconds[READ], chunks = least_cpu_seconds(
        lambda: list(chunk_texts(iter_texts(path), chunk_chars)), repeats
    )
    seconds[SEND], _ = least_cpu_seconds(
        lambda: [pickle.loads(pickle.dumps(chunk)) for chunk in chunks], repeats
    )
    seconds[NORMALISE], texts = least_cpu_seconds(
        lambda: [list(normalized_texts(chunk)) for chunk in chunks], repeats
    )
    cut = engine_cutter("rjieba", dictionary_entries("rjieba"))
    cut("预热")  # the first call builds the prefix dictionary
    seconds[CUT], cuts = least_cpu_seconds(
        lambda: [list(map(cut, chunk)) for chunk in texts], repeats
    )
    seconds[COUNT], raw = least_cpu_seconds(
        lambda: [Counter(chain.from_iterable(lists)) for lists in cuts], repeats
    )
    apply_rule(Counter(raw[0]), cuts[0], texts[0])  # warm the per-token caches, as a long run has
    seconds[RULE], counts = least_cpu_seconds(
        lambda copies: [
            apply_rule(c, lists, t) for c, lists, t in zip(copies, cuts, texts, strict=True)
        ],
        repeats,
        fresh=lambda: [Counter(c) for c in raw],  # the rule changes its counts in place
    )
    seconds[RETURN], received = least_cpu_seconds(
        lambda: [pickle.loads(pickle.dumps(pack_counts(c))) for c in counts], repeats
    )
    seconds[MERGE], _ = least_cpu_seconds(lambda: merged(received), repeats)
    return seconds


def merged(packed: Iterable[tuple[list[str], list[int]]]) -> Counter:
    """Return the sum of packed chunk counts (pack_counts), ordered as count_tokens orders them."""
    total: Counter = Counter()
    for tokens, numbers in packed:
        add_counts(total, tokens, numbers)
    return sorted_counts(total)


def shares(seconds: dict[str, float], of: str = CUT) -> dict[str, float]:
    """Return each stage's seconds as a share of stage `of`'s seconds."""
    if seconds[of] <= 0:
        raise ValueError(f"stage {of!r} took {seconds[of]} s: no share can be taken of it")
    return {stage: s / seconds[of] for stage, s in seconds.items()}


def attainable_efficiency(cut_s: float, other_s: float) -> float:
    """Return the efficiency a pool can reach when each chunk needs `other_s` s beside the cut.

    A worker that cuts at the bare rate but spends other_s more CPU seconds per cut_s of cut
    delivers cut_s / (cut_s + other_s) of that rate, however many workers share the load.
    """
    if cut_s <= 0 or other_s < 0:
        raise ValueError(f"need cut seconds > 0 and other seconds >= 0, not {cut_s}, {other_s}")
    return cut_s / (cut_s + other_s)
