"""Segment once: the cached tokens table equals a fresh segmentation, warm, cold or broken."""

import pandas as pd
import pytest

import lib.bulk.token_table
from lib.bulk.token_table import segment_cached
from lib.words.segment import segment


@pytest.fixture
def paragraphs():
    return pd.DataFrame(
        {
            "page_id": "p1",
            "article_id": "p1-a01",
            "section": ["", "市外办"],
            "para_id": [0, 1],
            "kind": ["title", "paragraph"],
            "text": ["成绩单", "市外办搭建空中走廊，NORC2020-581号科考船同比增长3.9%。"],
        }
    )


def refuse_to_segment(*args, **kwargs):
    raise AssertionError("segmented although the tokens table was cached")


def test_cold_and_warm_give_the_very_table_segment_gives(tmp_path, paragraphs, monkeypatch):
    fresh = segment(paragraphs)
    cold = segment_cached(paragraphs, cache_dir=tmp_path)
    monkeypatch.setattr(lib.bulk.token_table, "segment", refuse_to_segment)
    warm = segment_cached(paragraphs, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(cold, fresh)
    pd.testing.assert_frame_equal(warm, fresh)


def test_a_changed_text_is_segmented_again_not_read_stale(tmp_path, paragraphs):
    segment_cached(paragraphs, cache_dir=tmp_path)
    changed = paragraphs.assign(text=["成绩单", "市海洋发展局招商引资。"])
    pd.testing.assert_frame_equal(segment_cached(changed, cache_dir=tmp_path), segment(changed))
    assert len(list(tmp_path.glob("*.parquet"))) == 2


def test_other_kinds_or_engine_are_other_tables(tmp_path, paragraphs):
    segment_cached(paragraphs, cache_dir=tmp_path)
    only = segment_cached(paragraphs, kinds=("paragraph",), cache_dir=tmp_path)
    pd.testing.assert_frame_equal(only, segment(paragraphs, kinds=("paragraph",)))
    segment_cached(paragraphs, engine="rjieba", cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*.parquet"))) == 3


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"not parquet at all"),
        lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]),
    ],
    ids=["not parquet", "truncated"],
)
def test_a_corrupt_cache_file_is_rebuilt_with_the_same_table(tmp_path, paragraphs, damage):
    fresh = segment_cached(paragraphs, cache_dir=tmp_path)
    (path,) = tmp_path.glob("*.parquet")
    damage(path)
    pd.testing.assert_frame_equal(segment_cached(paragraphs, cache_dir=tmp_path), fresh)
    pd.testing.assert_frame_equal(segment_cached(paragraphs, cache_dir=tmp_path), fresh)


def test_a_cached_table_of_other_columns_is_not_trusted(tmp_path, paragraphs):
    fresh = segment_cached(paragraphs, cache_dir=tmp_path)
    (path,) = tmp_path.glob("*.parquet")
    fresh.drop(columns=["pos"]).to_parquet(path)
    pd.testing.assert_frame_equal(segment_cached(paragraphs, cache_dir=tmp_path), fresh)
