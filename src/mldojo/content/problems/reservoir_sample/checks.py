"""Reservoir sampling: any correct answer. Exact checks per run (right number of distinct
stream items); kept-item frequencies over many seeds by a chi-square test; a long stream
under a small memory budget."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array, assert_distribution

MIN_SAMPLES = 100_000
TAG = 10**9


def _case(name, length, k, seeds, hidden=True, label="", first_seed=0, **limits) -> Case:
    inputs = {
        "length": int(length),
        "k": int(k),
        "seeds": int(seeds),
        "first_seed": int(first_seed),
        "tag": TAG,
    }
    return Case(name, inputs, hidden=hidden, label=label, **limits)


def cases() -> list[Case]:
    return [
        _case("example", 10, 3, 3, hidden=False, label="example"),
        _case("public_short", 2, 5, 2, hidden=False, label="stream shorter than k"),
        _case(
            "uniform",
            50,
            5,
            22_000,
            label="many seeds: every item equally likely",
            cpu_seconds=20,
            wall_seconds=45,
        ),
        _case(
            "k_one", 20, 1, 110_000, first_seed=5, label="k = 1", cpu_seconds=20, wall_seconds=45
        ),
        _case("k_near_length", 30, 25, 5_000, first_seed=77, label="k close to the length"),
        _case("k_equals_length", 12, 12, 20, label="k = length"),
        _case("k_greater", 7, 20, 20, label="k > length"),
        _case("empty", 0, 3, 5, label="empty stream"),
        _case(
            "long_stream",
            2_000_000,
            100,
            1,
            label="2,000,000 items in 32 MiB (one pass, O(k) memory)",
            cpu_seconds=20,
            wall_seconds=45,
            memory_mb=32,
        ),
    ]


def check(case: Case, output) -> None:
    length, k, seeds = case.inputs["length"], case.inputs["k"], case.inputs["seeds"]
    want = min(k, length)
    kept = as_array(output["kept"], "kept", "i", (seeds, want)).astype(np.int64)
    if want == 0:
        return
    if kept.min() < 0 or kept.max() >= length:
        raise WrongAnswer("the returned items must be items of the stream")
    ordered = np.sort(kept, axis=1)
    if np.any(ordered[:, 1:] == ordered[:, :-1]):
        raise WrongAnswer("an item of the stream was returned twice")
    if want < length and kept.size >= MIN_SAMPLES:
        counts = np.bincount(kept.ravel(), minlength=length)
        assert_distribution(counts, np.full(length, 1.0 / length), "how often each item is kept")
