"""The fork-server pool: one per core, shared, concurrent, and self-healing.

A fork-server killed in the middle of a submission is replaced and the run retried, so the
submission is still judged correctly; one that keeps dying turns into `SE`, and the pool
recovers for the next submission.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterator

import pytest

from mldojo.judge import pool as pool_module
from mldojo.judge.pool import JudgePool, default_pool, default_size
from mldojo.judge.problem import Problem
from tests.judge.conftest import FIXTURES, LEGIT_DOUBLE, PACKAGE, run

SLEEPY = "import time\ndef double(x):\n    time.sleep({delay})\n    return 2 * x\n"


@pytest.fixture
def own_pool() -> Iterator[JudgePool]:
    """A private one-slot pool: these tests kill its fork-servers."""
    with JudgePool(1, forbidden=[str(PACKAGE), str(FIXTURES)]) as private:
        private.start()
        yield private


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def test_default_size_is_one_per_core() -> None:
    assert default_size() == len(os.sched_getaffinity(0))
    assert JudgePool().size == default_size()


def test_default_pool_is_shared_process_wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool_module, "_default", None)
    first = default_pool()
    try:
        assert default_pool() is first
        assert first.size == default_size()
    finally:
        first.close()
    assert default_pool() is not first, "a closed default pool is replaced"
    default_pool().close()


def test_killed_fork_server_is_replaced_and_the_run_retried(
    own_pool: JudgePool, double: Problem
) -> None:
    own_pool.start()
    (victim,) = own_pool.pids()
    results = []
    worker = threading.Thread(
        target=lambda: results.append(run(double, SLEEPY.format(delay=0.4), own_pool))
    )
    worker.start()
    time.sleep(0.6)  # the first test's child is sleeping inside the fork-server
    _kill(victim)
    worker.join(timeout=60)
    assert not worker.is_alive()
    (result,) = results
    assert result.verdict.value == "AC", result.to_dict()
    assert result.score == 1.0
    assert own_pool.pids() and own_pool.pids() != [victim]
    assert run(double, LEGIT_DOUBLE, own_pool).verdict.value == "AC"


def test_fork_server_dying_twice_gives_se_then_recovers(
    own_pool: JudgePool, double: Problem
) -> None:
    stop = threading.Event()

    def killer() -> None:
        while not stop.is_set():
            for pid in own_pool.pids():
                _kill(pid)
            time.sleep(0.02)

    thread = threading.Thread(target=killer)
    thread.start()
    try:
        result = run(double, SLEEPY.format(delay=0.5), own_pool)
    finally:
        stop.set()
        thread.join()
    assert result.verdict.value == "SE", result.to_dict()
    assert result.score == 0.0
    assert all(t.verdict.value == "SE" for t in result.tests)
    assert run(double, LEGIT_DOUBLE, own_pool).verdict.value == "AC"


def test_two_submissions_are_judged_at_once(double: Problem) -> None:
    """With two fork-servers, two sleeping submissions overlap instead of queueing."""
    delay = 0.5
    with JudgePool(2, forbidden=[str(PACKAGE), str(FIXTURES)]) as pair:
        pair.start()
        verdicts: list[str] = []

        def judge() -> None:
            verdicts.append(run(double, SLEEPY.format(delay=delay), pair).verdict.value)

        threads = [threading.Thread(target=judge) for _ in range(2)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        elapsed = time.monotonic() - started
    tests = len(double.cases())
    assert verdicts == ["AC", "AC"]
    assert elapsed < 2 * tests * delay - delay, f"took {elapsed:.2f}s: judged one after the other"
