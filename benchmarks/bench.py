"""Benchmark: the plain jieba + Counter script against the project's counting pipeline.

Usage: python benchmarks/bench.py [--mb 20] [--corpus PATH] [--workers N]
                                  [--baseline-mb M | --skip-baseline]

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
normalisation as the pipeline. Peak RSS: the largest sum of the RSS of this process and its
workers (psutil, sampled every 0.05 s during the pipeline run, before the baseline runs;
shared pages are counted once per process, so it overstates). getrusage's RUSAGE_CHILDREN
is not used: a spawned worker inherits its parent's peak across fork+exec on Linux. The last
line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import psutil

from lib.bulk.counting import count_tokens, start_pool
from lib.bulk.rule_counts import canonical_counts
from lib.bulk.stream import iter_documents, iter_texts
from lib.load.normalize import normalize_characters
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


@contextlib.contextmanager
def peak_tree_rss(every_s: float = 0.05) -> Iterator[list[float]]:
    """Yield a one-item list that holds, on exit, the peak of tree_rss_mb sampled every_s."""
    peak = [tree_rss_mb()]
    stop = threading.Event()

    def sample() -> None:
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


def run_pipeline(path: Path, workers: int) -> dict:
    """Return the pipeline's counts, start-up and run seconds."""
    started = time.perf_counter()
    pool = start_pool("rjieba", workers)
    ready = time.perf_counter()
    try:
        counts = count_tokens(iter_texts(path), "rjieba", workers=workers, pool=pool)
    finally:
        finished = time.perf_counter()
        pool.shutdown()
    return {"counts": counts, "startup_s": ready - started, "run_s": finished - ready}


def sample_texts(path: Path, mb: float | None) -> list[str]:
    """Return the normalised texts of the corpus, or of its first `mb` MB."""
    texts, size = [], 0
    for text in iter_texts(path):
        if mb is not None and size >= mb * 1e6:
            break
        texts.append(normalize_characters(text)[0])
        size += len(texts[-1].encode())
    return texts


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
    args = parser.parse_args()
    source = args.corpus or corpus_dir()
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        path = Path(folder) / "corpus.jsonl"
        mb, documents = build_corpus(source, args.mb, path)
        with peak_tree_rss() as peak:
            pipeline = run_pipeline(path, args.workers)
        rss = peak[0]
        mb_per_s = mb / pipeline["run_s"]
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
        ]
        result = {"mb": round(mb, 2), "mb_per_s": round(mb_per_s, 2)}
        result |= {"baseline_mb_per_s": None, "speedup": None, "peak_rss_mb": round(rss, 1)}
        result["tokens_identical"] = None
        if not args.skip_baseline:
            texts = sample_texts(path, args.baseline_mb)
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
            result |= {"baseline_mb_per_s": round(base_rate, 2)}
            result |= {"speedup": round(mb_per_s / base_rate, 1), "tokens_identical": identical}
    print(table(rows))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
