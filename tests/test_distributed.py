"""Counting on Dask: a 2-worker LocalCluster gives the counts of the in-process path."""

import pytest

from lib.bulk.counting import count_tokens
from lib.bulk.distributed import count_tokens_on_dask, dask_client
from lib.bulk.stream import iter_texts
from lib.paths import corpus_dir


@pytest.fixture(scope="module")
def texts(seed_text):
    # The seed page and its paragraphs, repeated, cut into many small chunks below.
    paragraphs = [p for p in seed_text.split("\n\n") if p.strip()]
    return list(iter_texts(corpus_dir())) + paragraphs * 3


def test_a_two_worker_local_cluster_gives_the_in_process_counts_and_prints_nothing(
    texts, tmp_path, capfd
):
    expected = count_tokens(texts)
    with dask_client(n_workers=2) as client:
        assert len(client.nthreads()) == 2
        assert count_tokens_on_dask(texts, client=client, chunk_chars=1_000) == expected
        cached = count_tokens_on_dask(texts, client=client, chunk_chars=1_000, cache_dir=tmp_path)
        assert cached == expected and list(tmp_path.glob("*.parquet"))
    assert capfd.readouterr().err == ""


def test_a_repeated_chunk_is_counted_every_time_it_occurs(texts):
    # Equal chunks must not be merged into one task (Dask would by default).
    once = count_tokens_on_dask(texts[:1], n_workers=1)
    assert count_tokens_on_dask(texts[:1] * 3, n_workers=1, chunk_chars=1) == {
        token: 3 * n for token, n in once.items()
    }


def test_bad_arguments_are_refused_before_a_cluster_starts():
    with pytest.raises(ValueError, match="unknown segmentation engine 'pkuseg'"):
        count_tokens_on_dask(["浒苔"], "pkuseg")
    with pytest.raises(ValueError, match="n_workers must be 1 or more"):
        count_tokens_on_dask(["浒苔"], n_workers=0)
