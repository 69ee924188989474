"""The token cache: a rerun skips segmentation; a dictionary or policy change invalidates it."""

from collections import Counter

import pytest

import lib.bulk.counting
from lib.bulk import cache
from lib.bulk.counting import count_tokens
from lib.words.dictionary import PROJECT_STOPWORDS, USER_DICTIONARY
from lib.words.segment import canonical_tokens, raw_cutter

TEXTS = ["市外办搭建空中走廊，NORC2020-581号科考船", "", "同比增长3.9%。"]


def refuse_to_segment(engine, entries=None):
    raise AssertionError("segmented although the tokens were cached")


def test_a_rerun_reads_the_cache_instead_of_segmenting(tmp_path, monkeypatch):
    first = count_tokens(TEXTS, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*.parquet"))) == 1
    monkeypatch.setattr(lib.bulk.counting, "engine_cutter", refuse_to_segment)
    assert count_tokens(TEXTS, cache_dir=tmp_path) == first
    with pytest.raises(AssertionError, match="segmented although"):
        count_tokens(TEXTS[:1], cache_dir=tmp_path)  # not cached: would have to segment


def test_cached_counts_equal_the_uncached_ones(tmp_path):
    uncached = count_tokens(TEXTS)
    assert count_tokens(TEXTS, cache_dir=tmp_path) == uncached  # a miss: segments, writes
    assert count_tokens(TEXTS, cache_dir=tmp_path) == uncached  # a hit: reads


def test_a_hit_returns_the_counts_of_the_very_tokens_of_the_texts(tmp_path):
    count_tokens(TEXTS, cache_dir=tmp_path)
    key = cache.chunk_key(TEXTS, cache.cache_fingerprint("rjieba"))
    cut = raw_cutter("rjieba")
    expected = Counter(token for text in TEXTS for token in canonical_tokens(cut(text)))
    assert cache.read_token_counts(tmp_path, key) == expected


def test_a_dictionary_change_gives_another_key_so_the_old_tokens_are_not_read(tmp_path):
    count_tokens(TEXTS, cache_dir=tmp_path)
    changed = tmp_path / "userdict.txt"
    changed.write_bytes(USER_DICTIONARY.read_bytes() + "\n# a new term\n成绩单 n\n".encode())
    before = cache.cache_fingerprint("rjieba")
    after = cache.cache_fingerprint("rjieba", (changed, PROJECT_STOPWORDS))
    assert after != before
    assert cache.read_token_counts(tmp_path, cache.chunk_key(TEXTS, before)) is not None
    assert cache.read_token_counts(tmp_path, cache.chunk_key(TEXTS, after)) is None


def test_the_engine_and_the_token_policy_are_part_of_the_key(monkeypatch):
    by_rjieba = cache.cache_fingerprint("rjieba")
    assert cache.cache_fingerprint("jieba") != by_rjieba
    monkeypatch.setattr(cache, "TOKEN_POLICY_VERSION", "2")
    assert cache.cache_fingerprint("rjieba") != by_rjieba


def test_the_key_depends_on_where_one_text_ends_and_the_next_begins():
    assert cache.chunk_key(["ab", "c"], "f") != cache.chunk_key(["a", "bc"], "f")
    assert cache.chunk_key(["ab", "c"], "f") == cache.chunk_key(["ab", "c"], "f")


def test_an_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown segmentation engine 'thulac'"):
        cache.cache_fingerprint("thulac")
