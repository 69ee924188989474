"""Counting on Dask: a LocalCluster, and a cluster started from the command line as a user would
(`dask scheduler`, two `dask worker`), give the counts of the in-process path."""

import json
import subprocess
import sys
import time
from pathlib import Path

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


def stop(processes: list[subprocess.Popen]) -> None:
    """Stop the processes this test started (by their own handles): terminate, then kill.

    Workers first: a worker whose scheduler is gone spends its grace period trying to
    reconnect, which made this teardown take 40 s.
    """
    for process in reversed(processes):
        if process.poll() is None:
            process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


def wait_for_file(path: Path, processes: list[subprocess.Popen], seconds: float) -> dict:
    """Return the JSON of `path` once the scheduler has written it, or fail after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if any(process.poll() is not None for process in processes):
            pytest.fail(f"a dask process exited early with {[p.poll() for p in processes]}")
        try:
            return json.loads(path.read_text())
        except (FileNotFoundError, json.JSONDecodeError):  # not yet, or being written
            time.sleep(0.2)
    pytest.fail(f"the scheduler wrote no {path.name} within {seconds} s")


@pytest.fixture(scope="module")
def scheduler_address(tmp_path_factory):
    """Start `dask scheduler` and two `dask worker` on 127.0.0.1; yield the address; stop all."""
    folder = tmp_path_factory.mktemp("cluster")
    scheduler_file = folder / "scheduler.json"
    # The `dask` command of this environment, as a user would type it.
    script = Path(sys.executable).parent / "dask"
    dask = [str(script)] if script.is_file() else [sys.executable, "-m", "dask"]
    # Port 0: the scheduler takes a free port itself and writes it into the scheduler file,
    # so no port is guessed and none can be taken between a check and its use.
    commands = [
        [*dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard"],
        *[
            [*dask, "worker", "--host", "127.0.0.1", "--nthreads", "1", "--no-nanny"]
            + ["--no-dashboard", "--name", f"worker-{n}"]
            for n in (1, 2)
        ],
    ]
    processes: list[subprocess.Popen] = []
    logs = []
    try:
        for n, command in enumerate(commands):
            log = (folder / f"process-{n}.log").open("w")
            logs.append(log)
            processes.append(
                subprocess.Popen(
                    [*command, "--scheduler-file", str(scheduler_file)],
                    cwd=corpus_dir().parent,  # the project root: workers import lib from it
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
            if n == 0:
                address = wait_for_file(scheduler_file, processes, seconds=60)["address"]
        from dask.distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=90)
        yield address
    finally:
        stop(processes)
        for log in logs:
            log.close()


def test_a_cluster_started_from_the_command_line_gives_the_in_process_counts(
    texts, scheduler_address, tmp_path
):
    assert scheduler_address.startswith("tcp://127.0.0.1:")
    expected = count_tokens(texts)
    assert count_tokens_on_dask(texts, address=scheduler_address, chunk_chars=1_000) == expected
    cached = count_tokens_on_dask(
        texts, address=scheduler_address, chunk_chars=1_000, cache_dir=tmp_path
    )
    assert cached == expected and len(list(tmp_path.glob("*.parquet"))) > 2
    from dask.distributed import Client

    with Client(scheduler_address, timeout=60) as client:
        assert sorted(w["name"] for w in client.scheduler_info()["workers"].values()) == [
            "worker-1",
            "worker-2",
        ]
