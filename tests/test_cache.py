"""The token cache: a rerun skips segmentation; a dictionary or policy change invalidates it."""

import warnings
from collections import Counter

import pyarrow as pa
import pyarrow.parquet as pq
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


# Faults: whatever lies under a cache key, the counts stay right and the user is told.


def cached_file(tmp_path):
    """Count TEXTS with a cache in tmp_path; return (the counts, the one cache file)."""
    counts = count_tokens(TEXTS, cache_dir=tmp_path)
    (path,) = tmp_path.glob("*.parquet")
    return counts, path


def assert_rebuilt_with_a_warning(tmp_path, expected, reason):
    with pytest.warns(cache.CacheWarning, match=reason):
        assert count_tokens(TEXTS, cache_dir=tmp_path) == expected
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the rebuilt file is a plain hit: no warning
        assert count_tokens(TEXTS, cache_dir=tmp_path) == expected


def test_a_truncated_cache_file_is_rebuilt_with_a_warning(tmp_path):
    expected, path = cached_file(tmp_path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert_rebuilt_with_a_warning(tmp_path, expected, r"not a readable Parquet file .*; rebuilt it")


@pytest.mark.parametrize("junk", [b"", b"PAR1 not really parquet", bytes(range(256)) * 16])
def test_an_empty_or_junk_cache_file_is_rebuilt_with_a_warning(tmp_path, junk):
    expected, path = cached_file(tmp_path)
    path.write_bytes(junk)
    assert_rebuilt_with_a_warning(tmp_path, expected, "not a readable Parquet file")


def test_a_foreign_parquet_file_under_the_key_is_rebuilt_with_a_warning(tmp_path):
    expected, path = cached_file(tmp_path)
    # Another tool's file, with the cache's very columns but other tokens and no provenance.
    pq.write_table(pa.table({"text": pa.array([0], pa.int32()), "token": ["外来"]}), path)
    assert_rebuilt_with_a_warning(tmp_path, expected, "made for key None")


def test_another_chunks_cache_file_copied_under_the_key_is_rebuilt_with_a_warning(tmp_path):
    expected, path = cached_file(tmp_path)
    count_tokens(["另一段文字"], cache_dir=tmp_path / "other")
    (other,) = (tmp_path / "other").glob("*.parquet")
    path.write_bytes(other.read_bytes())
    assert_rebuilt_with_a_warning(tmp_path, expected, f"made for key '{other.stem}'")


def test_a_cache_file_made_by_another_engine_is_rebuilt_with_a_warning(tmp_path):
    expected, path = cached_file(tmp_path)
    table = pq.read_table(path)
    made_from = dict(table.schema.metadata) | {b"engine": b"jieba"}
    pq.write_table(table.replace_schema_metadata(made_from), path)
    assert_rebuilt_with_a_warning(tmp_path, expected, "made for engine 'jieba', not 'rjieba'")


def test_a_cache_file_whose_tokens_were_changed_is_rebuilt_with_a_warning(tmp_path):
    expected, path = cached_file(tmp_path)
    table = pq.read_table(path)
    tokens = table.column("token").to_pylist()
    tokens[0] = "改" + tokens[0]  # same rows, same provenance, other content
    changed = table.set_column(1, "token", pa.array(tokens, pa.string()))
    pq.write_table(changed.replace_schema_metadata(table.schema.metadata), path)
    assert_rebuilt_with_a_warning(tmp_path, expected, "checksum of its tokens does not match")


def test_a_cache_file_missing_rows_is_rebuilt_with_a_warning(tmp_path):
    expected, path = cached_file(tmp_path)
    table = pq.read_table(path)
    pq.write_table(table.slice(1).replace_schema_metadata(table.schema.metadata), path)
    assert_rebuilt_with_a_warning(tmp_path, expected, "rows, but it was written with")


def test_each_cache_file_says_what_it_was_made_from(tmp_path):
    _, path = cached_file(tmp_path)
    made_from = pq.read_schema(path).metadata
    fingerprint = cache.cache_fingerprint("rjieba")
    assert made_from[b"key"].decode() == path.stem == cache.chunk_key(TEXTS, fingerprint)
    assert made_from[b"engine"] == b"rjieba" and made_from[b"fingerprint"] == fingerprint.encode()
    assert made_from[b"dictionary"].decode() == cache.dictionary_digest()
    assert (
        made_from[b"texts"] == b"3" and int(made_from[b"rows"]) == pq.read_metadata(path).num_rows
    )
    assert len(made_from[b"checksum"]) == 64


def test_an_unwritable_cache_folder_means_counting_without_the_cache_with_a_warning(tmp_path):
    # A folder under a regular file cannot be made, even by root (who ignores chmod).
    blocked = tmp_path / "a_file" / "cache"
    (tmp_path / "a_file").write_text("not a folder")
    with pytest.warns(cache.CacheWarning, match="cannot write there; counting without the cache"):
        assert count_tokens(TEXTS, cache_dir=blocked) == count_tokens(TEXTS)


def test_a_write_cut_off_leaves_no_file_under_the_key_and_warns(tmp_path, monkeypatch):
    def full_disk(table, where):
        with open(where, "wb") as file:
            file.write(b"PAR1 half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq, "write_table", full_disk)
    with pytest.warns(cache.CacheWarning, match="could not write .*No space left on device"):
        assert count_tokens(TEXTS, cache_dir=tmp_path) == count_tokens(TEXTS)
    assert list(tmp_path.iterdir()) == []  # neither a file under the key nor a temporary one
