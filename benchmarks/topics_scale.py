"""Time lib.topics.models on 100,000 paragraphs of a real corpus: is a fit minutes, not hours?

Usage: python benchmarks/topics_scale.py PATH/national_gwr.jsonl [--paragraphs 100000] [--k 10]

The national government work reports are split into sentences and segmented once with jieba
(Traditional characters converted to Simplified with OpenCC); each synthetic paragraph then
draws three sentences at random (seeded), so the word statistics are real while the size is
chosen. Prints one line per step with its wall time. Not a test: run it by hand.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import time
from pathlib import Path

import jieba
import numpy as np
import opencc
import pandas as pd
import stopwordsiso

from lib.topics.documents import build_documents, document_term_matrix
from lib.topics.models import document_topics, fit_topic_model

SENTENCES_PER_PARAGRAPH = 3


def segmented_sentences(path: Path) -> list[list[str]]:
    """Return every sentence of the corpus as a list of jieba tokens (punctuation kept)."""
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    to_simplified = opencc.OpenCC("t2s")
    sentences = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            content = to_simplified.convert(json.loads(line)["content"])
            for sentence in re.findall(r"[^。！？；\n]+[。！？；]?", content):
                if len(sentence.strip()) >= 5:
                    sentences.append(tokenizer.lcut(sentence.strip()))
    return sentences


def paragraph_tokens(sentences: list[list[str]], n_paragraphs: int, seed: int) -> pd.DataFrame:
    """Return a tokens table of n_paragraphs paragraphs, each of three random sentences."""
    rng = np.random.default_rng(seed)
    picks = rng.integers(len(sentences), size=(n_paragraphs, SENTENCES_PER_PARAGRAPH))
    stopwords = stopwordsiso.stopwords("zh")
    tokens, para_ids = [], []
    for para_id, row in enumerate(picks):
        paragraph = [token for index in row for token in sentences[index]]
        tokens.extend(paragraph)
        para_ids.extend([para_id] * len(paragraph))
    para_ids = np.asarray(para_ids)
    positions = np.arange(len(para_ids)) - np.searchsorted(para_ids, para_ids)
    token_column = pd.Series(tokens, dtype=object)
    return pd.DataFrame(
        {
            "page_id": "bench",
            "article_id": pd.Series(para_ids // 50).map("a{}".format),
            "section": pd.Series(para_ids % 7).map("s{}".format),
            "para_id": para_ids,
            "position": positions,
            "token": token_column,
            "pos": "x",
            "is_stopword": token_column.isin(stopwords).to_numpy(),
        }
    )


def timed(label: str, step):
    """Run step(), print its wall time under label, return its result."""
    start = time.perf_counter()
    result = step()
    print(f"{label:<44} {time.perf_counter() - start:8.1f} s", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="path to national_gwr.jsonl")
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--skip-full-nmf", action="store_true", help="time only MiniBatchNMF")
    args = parser.parse_args()

    sentences = timed(
        "segment corpus sentences (jieba, once)", lambda: segmented_sentences(args.corpus)
    )
    print(f"  {len(sentences):,} sentences")
    tokens = timed(
        f"build tokens table ({args.paragraphs:,} paragraphs)",
        lambda: paragraph_tokens(sentences, args.paragraphs, seed=0),
    )
    print(f"  {len(tokens):,} tokens")
    docs = timed("build_documents(tokens)", lambda: build_documents(tokens))
    dtm, vocabulary = timed("document_term_matrix(min_df=5)", lambda: document_term_matrix(docs, 5))
    print(f"  {dtm.shape[0]:,} documents x {len(vocabulary):,} terms, {dtm.nnz:,} non-zeros")

    minibatch = timed(
        f"fit MiniBatchNMF k={args.k} (minibatch=True)",
        lambda: fit_topic_model(dtm, args.k, minibatch=True),
    )
    print(f"  epochs: {minibatch[-1].n_iter_}")
    if not args.skip_full_nmf:
        full = timed(f"fit NMF k={args.k} (minibatch=False)", lambda: fit_topic_model(dtm, args.k))
        print(f"  iterations: {full[-1].n_iter_}")
    timed("document_topics (MiniBatchNMF)", lambda: document_topics(minibatch, dtm, docs))
    timed(
        f"fit online LDA k={args.k} (minibatch=True)",
        lambda: fit_topic_model(dtm, args.k, method="lda", minibatch=True),
    )


if __name__ == "__main__":
    main()
