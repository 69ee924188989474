"""Memory and CPU time of the bench's process and its workers (psutil), for benchmarks/bench.py."""

from __future__ import annotations

import contextlib
import resource
import sys
import threading
from collections.abc import Iterator

import psutil


def own_peak_rss_mb() -> float:
    """Return this process's peak RSS so far (getrusage), in MB."""
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def tree_rss_mb() -> float:
    """Return the RSS of this process plus all its descendants now, in MB."""
    me = psutil.Process()
    total = me.memory_info().rss
    for child in me.children(recursive=True):
        with contextlib.suppress(psutil.Error):  # a worker may exit between list and read
            total += child.memory_info().rss
    return total / 1e6


# The sampling thread's own CPU time is not the pipeline's: tree_cpu_s leaves it out.
_SAMPLER_THREADS: set[int] = set()


@contextlib.contextmanager
def peak_tree_rss(every_s: float = 0.05) -> Iterator[list[float]]:
    """Yield a one-item list that holds, on exit, the peak of tree_rss_mb sampled every_s."""
    peak = [tree_rss_mb()]
    stop = threading.Event()

    def sample() -> None:
        _SAMPLER_THREADS.add(threading.get_native_id())
        while not stop.wait(every_s):
            peak[0] = max(peak[0], tree_rss_mb())

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield peak
    finally:
        stop.set()
        thread.join()
        peak[0] = max(peak[0], tree_rss_mb())


def tree_cpu_s() -> float:
    """Return the CPU seconds (user + system) of this process (bar the sampler) and children."""
    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    total -= sum(t.user_time + t.system_time for t in me.threads() if t.id in _SAMPLER_THREADS)
    for child in me.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            total += sum(child.cpu_times()[:2])
    return total
