"""Benchmark: the plain jieba + Counter script against the project's counting pipeline.

Usage: python benchmarks/bench.py [--mb 20] [--corpus PATH] [--workers N]
                                  [--baseline-mb M | --skip-baseline] [--stages]

Builds an N-MB corpus (.jsonl, in a temporary folder) by repeating the documents of PATH (a
corpus folder, page, .jsonl or .csv; default: the project's corpus/), then runs in this one
process: the pipeline (lib.bulk.counting.count_tokens streaming the file through a pool of
`workers` processes with rjieba; three runs on one pool, the fastest kept, since other work
on the machine only slows a run), then the baseline script
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
no counting) over the same normalised texts in this process, after the pipeline, the least
time of three runs of each chunk;
efficiency = pipeline MB/s / (workers x that rate). The load average is printed because
other work on the machine lowers every rate; CPU efficiency (the cut's CPU seconds over the
pipeline's, this process and its workers, from psutil) is the same ratio in CPU time, which
that work hardly changes. Attainable efficiency: the cut's CPU seconds over the cut's plus
normalising's plus one Counter over the cut's own tokens, in this process; those two are work
no pool can hide (the token identity needs both), so efficiency cannot pass it. --stages adds
each stage's CPU seconds (lib.bulk.stages) as shares of the cut. Peak RSS: the largest sum
of the RSS of this process and its workers (psutil, sampled every 0.05 s during the pipeline
run, before the baseline runs; shared pages are counted once per process, so it overstates).
getrusage's RUSAGE_CHILDREN is not used: a spawned worker inherits its parent's peak across
fork+exec on Linux. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections import Counter
from itertools import chain
from pathlib import Path

from measure import own_peak_rss_mb, peak_tree_rss, tree_cpu_s

from lib.bulk import stages
from lib.bulk.counting import DEFAULT_CHUNK_CHARS, count_tokens, differing_counts, start_pool
from lib.bulk.rule_counts import canonical_counts, dictionary_entries, engine_cutter
from lib.bulk.stream import chunk_texts, iter_documents, iter_texts
from lib.load.normalize import normalized_texts
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


def run_pipeline(path: Path, workers: int, repeats: int = 3) -> dict:
    """Return the pipeline's counts, start-up seconds, and the run and CPU seconds of its best run.

    The same pool runs the corpus `repeats` times; the fastest run is kept, as the bare cut
    rate keeps the least time of its runs: other work on the machine only ever slows a run.
    """
    started = time.perf_counter()
    pool = start_pool("rjieba", workers)
    ready = time.perf_counter()
    runs = []
    try:
        for _ in range(repeats):
            cpu_before, run_started = tree_cpu_s(), time.perf_counter()
            counts = count_tokens(iter_texts(path), "rjieba", workers=workers, pool=pool)
            # CPU time read before shutdown, while the workers live.
            runs.append((time.perf_counter() - run_started, tree_cpu_s() - cpu_before))
    finally:
        pool.shutdown()
    run_s, cpu_s = min(runs)
    return {"counts": counts, "startup_s": ready - started, "run_s": run_s, "cpu_s": cpu_s}


def sample_texts(path: Path, mb: float | None) -> list[str]:
    """Return the texts of the corpus as read (not normalised), or of its first `mb` MB."""
    texts, size = [], 0
    for text in iter_texts(path):
        if mb is not None and size >= mb * 1e6:
            break
        texts.append(text)
        size += len(text.encode())
    return texts


def one_process(raw_texts: list[str], repeats: int = 3) -> dict:
    """Return rjieba's bare cut rate over the normalised texts, here, and the floor beside it.

    Chunk by chunk as the pipeline goes, each step the least of `repeats` runs: normalise (CPU
    seconds), cut (wall and CPU seconds: the rate), one Counter over the cut's own output (CPU
    seconds). Normalising and counting are work no pool can hide; with the cut they bound the
    efficiency.
    """
    cut = engine_cutter("rjieba", dictionary_entries("rjieba"))
    cut("预热")  # the first call builds the prefix dictionary: not part of the rate
    texts: list[str] = []
    normalise_s = cut_wall_s = cut_s = count_s = 0.0
    for chunk in chunk_texts(raw_texts, DEFAULT_CHUNK_CHARS):
        seconds, normalised = stages.least_cpu_seconds(
            lambda chunk=chunk: list(normalized_texts(chunk)), repeats
        )
        normalise_s += seconds
        walls = []
        for _ in range(repeats):
            started, cpu_started = time.perf_counter(), time.process_time()
            lists = list(map(cut, normalised))
            walls.append((time.perf_counter() - started, time.process_time() - cpu_started))
        cut_wall_s += min(wall for wall, _ in walls)
        cut_s += min(cpu for _, cpu in walls)
        count_s += stages.least_cpu_seconds(
            lambda lists=lists: Counter(chain.from_iterable(lists)), repeats
        )[0]
        texts += normalised
    mb = sum(len(t.encode()) for t in texts) / 1e6
    return {
        "texts": texts,
        "cut_mb_per_s": mb / cut_wall_s,
        "cut_mb_per_cpu_s": mb / cut_s,
        "cut_s": cut_s,
        "normalise_s": normalise_s,
        "count_s": count_s,
    }


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
        here = one_process(sample_texts(path, 20.0 if args.skip_baseline else args.baseline_mb))
        texts, ceiling, ceiling_cpu = here["texts"], here["cut_mb_per_s"], here["cut_mb_per_cpu_s"]
        attainable = stages.attainable_efficiency(
            here["cut_s"], here["normalise_s"] + here["count_s"]
        )
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
            ("  run (the fastest of 3)", f"{pipeline['run_s']:.2f} s = {mb_per_s:.2f} MB/s"),
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
            (
                "attainable efficiency",
                f"{attainable:.2f} = cut / (cut + normalise + Counter of its tokens), CPU s in one "
                f"process: {here['cut_s']:.2f} / ({here['cut_s']:.2f} + "
                f"{here['normalise_s']:.2f} + {here['count_s']:.2f})",
            ),
            ("load average (1 min) at the end", f"{load:.2f} on {cores} cores"),
        ]
        result = {"mb": round(mb, 2), "mb_per_s": round(mb_per_s, 2)}
        result |= {"baseline_mb_per_s": None, "speedup": None, "peak_rss_mb": round(rss, 1)}
        result["tokens_identical"] = None
        result |= {"cut_mb_per_s": round(ceiling, 2), "efficiency": round(efficiency, 3)}
        result |= {"workers": args.workers, "load_avg_1min": round(load, 2)}
        result["cpu_efficiency"] = round(cpu_efficiency, 3)
        result["attainable_efficiency"] = round(attainable, 3)
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
            seconds = stages.stage_seconds(path)
            cut_s = seconds[stages.CUT]
            rows.append(
                ("stages, one after the other in one process", "CPU s (least of 3), share of cut")
            )
            shares = stages.shares(seconds)
            rows += [
                (f"  {name}", f"{seconds[name]:.3f} s  {shares[name]:4.0%}") for name in seconds
            ]
            # The best efficiency the whole work allows on idle cores: the cut's share of it.
            work = stages.attainable_efficiency(cut_s, sum(seconds.values()) - cut_s)
            floor = stages.attainable_efficiency(
                cut_s, sum(seconds[name] for name in stages.UNAVOIDABLE)
            )
            rows.append(("  the cut's share of all this work", f"{work:.2f}"))
            rows.append(("  the cut's share of cut + normalise + Counter", f"{floor:.2f}"))
            result["cut_share_of_work"] = round(work, 3)
            result["stage_shares_of_cut"] = {name: round(v, 3) for name, v in shares.items()}
    print(table(rows))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
