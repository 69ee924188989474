"""Benchmark: the plain jieba + Counter script against the project's counting pipeline.

Usage: python benchmarks/bench.py [--mb 20] [--corpus PATH] [--workers N]
                                  [--baseline-mb M | --skip-baseline] [--stages]

Builds an N-MB corpus (.jsonl, in a temporary folder) by repeating the documents of PATH (a
corpus folder, page, .jsonl or .csv; default: the project's corpus/), then runs in this one
process: the pipeline (lib.bulk.counting.count_tokens streaming the file through a pool of
`workers` processes with rjieba), then the baseline script
    Counter(tok for text in texts for tok in tokenizer.lcut(text))
with jieba (HMM on) and the project's domain dictionary (lib.words.segment.jieba_engine), since
the default dictionary cuts differently. MB are 10^6 bytes of UTF-8 text (titles and texts).

Fair to the baseline: its timing excludes reading the corpus and loading jieba; the
pipeline's includes reading and normalising (its start-up, pool and dictionary, is shown
apart). tokens_identical: the pipeline's counts of ALL tokens (words, punctuation,
whitespace, numbers) equal the baseline's after the same Latin/digit rule
(lib.words.segment.canonical_tokens); the baseline sees the texts after the same character
normalisation as the pipeline; when they differ, the differing tokens are printed with their
counts. The ceiling per core: rjieba's bare cut (domain dictionary, no normalising, no rule,
no counting) over the same normalised texts in this process, after the pipeline;
efficiency = pipeline MB/s / (workers x that rate). The load average is printed because
other work on the machine lowers every rate; CPU efficiency (the cut's CPU seconds over the
pipeline's, this process and its workers, from psutil) is the same ratio in CPU time, which
that work hardly changes. Peak RSS: the largest sum of the RSS of this
process and its workers (psutil, sampled every 0.05 s during the pipeline run, before the
baseline runs; shared pages are counted once per process, so it overstates). getrusage's
RUSAGE_CHILDREN is not used: a spawned worker inherits its parent's peak across fork+exec on
Linux. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pickle
import resource
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import psutil

from lib.bulk.counting import DEFAULT_CHUNK_CHARS, count_tokens, differing_counts, start_pool
from lib.bulk.rule_counts import (
    _counts_by_runs,
    canonical_counts,
    dictionary_entries,
    engine_cutter,
)
from lib.bulk.stream import chunk_texts, iter_documents, iter_texts
from lib.load.normalize import normalize_characters, normalized_texts
from lib.paths import corpus_dir
from lib.words.segment import jieba_engine


def build_corpus(source: Path, mb: float, target: Path) -> tuple[float, int]:
    """Write documents of `source`, repeated, to `target` until `mb` MB; return (MB, docs)."""
    size, documents = 0, 0
    with target.open("w", encoding="utf-8") as out:
        while size < mb * 1e6:
            before = documents
            for _, title, text in iter_documents(source):
                row = {"id": str(documents), "title": title, "content": text}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                size += len(title.encode()) + len(text.encode())
                documents += 1
                if size >= mb * 1e6:
                    break
            if documents == before:
                raise SystemExit(f"{source}: no documents to repeat")
    return size / 1e6, documents


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


def run_pipeline(path: Path, workers: int) -> dict:
    """Return the pipeline's counts, start-up and run seconds, and the run's CPU seconds."""
    started = time.perf_counter()
    pool = start_pool("rjieba", workers)
    ready = time.perf_counter()
    cpu_before = tree_cpu_s()
    try:
        counts = count_tokens(iter_texts(path), "rjieba", workers=workers, pool=pool)
    finally:
        finished = time.perf_counter()
        cpu_s = tree_cpu_s() - cpu_before  # read before shutdown, while the workers live
        pool.shutdown()
    return {
        "counts": counts,
        "startup_s": ready - started,
        "run_s": finished - ready,
        "cpu_s": cpu_s,
    }


def sample_texts(path: Path, mb: float | None) -> list[str]:
    """Return the normalised texts of the corpus, or of its first `mb` MB."""
    texts, size = [], 0
    for text in iter_texts(path):
        if mb is not None and size >= mb * 1e6:
            break
        texts.append(normalize_characters(text)[0])
        size += len(texts[-1].encode())
    return texts


def bare_cut_rate(texts: list[str]) -> tuple[float, float]:
    """Return the MB per second and per CPU second of rjieba's cut alone over `texts`, here."""
    cut = engine_cutter("rjieba", dictionary_entries("rjieba"))
    cut("预热")  # the first call builds the prefix dictionary: not part of the rate
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in texts:
        cut(text)
    seconds, cpu_s = time.perf_counter() - started, time.process_time() - cpu_started
    mb = sum(len(t.encode()) for t in texts) / 1e6
    return mb / seconds, mb / cpu_s


def differing_tokens(jieba_counts: Counter, rjieba_counts: Counter, limit: int = 20) -> str:
    """Return the tokens whose counts differ (token: jieba count / rjieba count), largest first."""
    rows = differing_counts(jieba_counts, rjieba_counts)
    shown = ", ".join(f"{token!r}: {a} / {b}" for token, a, b in rows[:limit])
    return shown + (f" and {len(rows) - limit} more" if len(rows) > limit else "")


def run_baseline(texts: list[str]) -> dict:
    """Return the plain script's counts and seconds, and its counts after the Latin/digit rule."""
    started = time.perf_counter()
    tokenizer = jieba_engine().tokenizer
    loaded = time.perf_counter()
    kept: list[list[str]] = []

    def lcut(text: str) -> list[str]:
        tokens = tokenizer.lcut(text)
        kept.append(tokens)  # one list append per text: kept for the comparison, untimed work
        return tokens

    counts = Counter(tok for text in texts for tok in lcut(text))
    finished = time.perf_counter()
    return {
        "counts": counts,
        "canonical": canonical_counts(kept),
        "startup_s": loaded - started,
        "run_s": finished - loaded,
        "mb": sum(len(t.encode()) for t in texts) / 1e6,
    }


def stage_seconds(path: Path, chunk_chars: int = DEFAULT_CHUNK_CHARS) -> dict[str, float]:
    """Return the CPU seconds of each stage of the pipeline's work, one after the other here.

    The stages a chunk goes through: read (.jsonl to texts, main process), pickle the chunk
    to a worker, normalise, cut, the Latin/digit rule with counting (this rule, and the former
    run-by-run one for comparison, both on warm caches), pickle the counts back, and the merge.
    """
    seconds: dict[str, float] = {}

    def timed(name: str, work):
        # CPU time of this process, not wall time: other work on the machine does not count.
        started = time.process_time()
        result = work()
        seconds[name] = time.process_time() - started
        return result

    chunks = timed(
        "read .jsonl (main process)", lambda: list(chunk_texts(iter_texts(path), chunk_chars))
    )
    sent = timed("pickle chunks to workers", lambda: [pickle.dumps(c) for c in chunks])
    timed("unpickle chunks (workers)", lambda: [pickle.loads(c) for c in sent])
    texts = timed("normalise (workers)", lambda: [list(normalized_texts(c)) for c in chunks])
    cut = engine_cutter("rjieba", dictionary_entries("rjieba"))
    cuts = timed("cut, rjieba (workers)", lambda: [[cut(t) for t in c] for c in texts])
    canonical_counts(cuts[0])  # warm the per-token caches, as a long run has them warm
    counts = timed(
        "rule + count (workers)",
        lambda: [canonical_counts(c, t) for c, t in zip(cuts, texts, strict=True)],
    )
    timed("  of which counting the raw tokens", lambda: [Counter(chain(*c)) for c in cuts])
    timed("  former rule, run by run (for comparison)", lambda: [_counts_by_runs(c) for c in cuts])
    back = timed("pickle counts (workers)", lambda: [pickle.dumps(c) for c in counts])
    received = timed("unpickle counts (main process)", lambda: [pickle.loads(c) for c in back])
    total: Counter = Counter()
    timed("merge counts (main process)", lambda: [total.update(c) for c in received])
    return seconds


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name.ljust(width)}  {value}" for name, value in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--corpus", type=Path, default=None, help="documents to repeat")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--baseline-mb", type=float, default=None, help="time the baseline on a sample"
    )
    group.add_argument("--skip-baseline", action="store_true")
    parser.add_argument(
        "--stages", action="store_true", help="also time each stage of the work in one process"
    )
    args = parser.parse_args()
    source = args.corpus or corpus_dir()
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        path = Path(folder) / "corpus.jsonl"
        mb, documents = build_corpus(source, args.mb, path)
        with peak_tree_rss() as peak:
            pipeline = run_pipeline(path, args.workers)
        rss = peak[0]
        mb_per_s = mb / pipeline["run_s"]
        # The same text for the ceiling and the baseline (with --skip-baseline, the first 20 MB).
        texts = sample_texts(path, 20.0 if args.skip_baseline else args.baseline_mb)
        ceiling, ceiling_cpu = bare_cut_rate(texts)
        efficiency = mb_per_s / (args.workers * ceiling)
        # The same ratio in CPU time: the cut's CPU seconds for this text over the pipeline's
        # (this process and its workers), which other work on the machine hardly changes.
        cpu_efficiency = mb / ceiling_cpu / pipeline["cpu_s"]
        cores = os.cpu_count() or 1
        load = os.getloadavg()[0]
        rows = [
            ("corpus", f"{source} repeated: {documents} documents, {mb:.1f} MB of text"),
            ("pipeline", f"rjieba, {args.workers} worker processes, streaming .jsonl"),
            ("  start-up (pool, dictionary)", f"{pipeline['startup_s']:.2f} s"),
            ("  run", f"{pipeline['run_s']:.2f} s = {mb_per_s:.2f} MB/s"),
            ("  peak RSS, this process + workers", f"{rss:.0f} MB (sampled every 0.05 s)"),
            ("  peak RSS, this process alone", f"{own_peak_rss_mb():.0f} MB (getrusage)"),
            (
                "  token types / tokens",
                f"{len(pipeline['counts'])} / {sum(pipeline['counts'].values())}",
            ),
            ("rjieba's bare cut, 1 process (ceiling per core)", f"{ceiling:.2f} MB/s"),
            (
                "efficiency",
                f"{efficiency:.2f} = pipeline / ({args.workers} workers x bare cut rate)",
            ),
            (
                "CPU efficiency",
                f"{cpu_efficiency:.2f} = cut CPU s ({mb / ceiling_cpu:.2f}) / pipeline CPU s "
                f"({pipeline['cpu_s']:.2f}, this process and workers)",
            ),
            ("load average (1 min) at the end", f"{load:.2f} on {cores} cores"),
        ]
        result = {"mb": round(mb, 2), "mb_per_s": round(mb_per_s, 2)}
        result |= {"baseline_mb_per_s": None, "speedup": None, "peak_rss_mb": round(rss, 1)}
        result["tokens_identical"] = None
        result |= {"cut_mb_per_s": round(ceiling, 2), "efficiency": round(efficiency, 3)}
        result |= {"workers": args.workers, "load_avg_1min": round(load, 2)}
        result["cpu_efficiency"] = round(cpu_efficiency, 3)
        if not args.skip_baseline:
            baseline = run_baseline(texts)
            reference = pipeline["counts"]
            if args.baseline_mb is not None:  # compare with the pipeline on the same sample
                reference = count_tokens(texts, "rjieba", workers=args.workers)
            identical = baseline["canonical"] == reference
            raw_differ = len(set(baseline["counts"].items()) ^ set(reference.items()))
            base_rate = baseline["mb"] / baseline["run_s"]
            sample = "" if args.baseline_mb is None else f" (first {baseline['mb']:.1f} MB)"
            rows += [
                ("baseline", f"jieba.Tokenizer.lcut + Counter, domain dictionary{sample}"),
                ("  start-up (dictionary)", "loaded already by the pipeline (about 1 s)"),
                ("  run", f"{baseline['run_s']:.2f} s = {base_rate:.2f} MB/s"),
                ("speedup (run)", f"{mb_per_s / base_rate:.1f}x"),
                ("(token, count) pairs differing before the Latin/digit rule", str(raw_differ)),
                ("tokens identical after it" + sample, str(identical)),
            ]
            if not identical:
                rows.append(
                    (
                        "  differing (jieba / rjieba)",
                        differing_tokens(baseline["canonical"], reference),
                    )
                )
            result |= {"baseline_mb_per_s": round(base_rate, 2)}
            result |= {"speedup": round(mb_per_s / base_rate, 1), "tokens_identical": identical}
        if args.stages:
            seconds = stage_seconds(path)
            cut_s = seconds["cut, rjieba (workers)"]
            rows.append(("stages, one after the other in one process", "CPU s, share of the cut"))
            rows += [(f"  {name}", f"{s:.2f} s  {s / cut_s:.0%}") for name, s in seconds.items()]
            # The best efficiency the work allows on idle cores: the cut's share of all of it.
            work = sum(seconds.values())
            work -= seconds["  former rule, run by run (for comparison)"]
            work -= seconds["  of which counting the raw tokens"]
            rows.append(("  the cut's share of the work (efficiency bound)", f"{cut_s / work:.2f}"))
            result["cut_share_of_work"] = round(cut_s / work, 3)
    print(table(rows))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
