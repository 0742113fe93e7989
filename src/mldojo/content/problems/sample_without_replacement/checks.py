"""Sampling without replacement: each draw is checked exactly (k distinct values in range);
value and pair frequencies are checked over many seeds with chi-square tests."""

from math import comb

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array, assert_distribution

MIN_SAMPLES = 100_000


def _case(name, n, k, seeds, hidden=True, label="", first_seed=0, **limits) -> Case:
    inputs = {"n": int(n), "k": int(k), "seeds": int(seeds), "first_seed": int(first_seed)}
    return Case(name, inputs, hidden=hidden, label=label, **limits)


def cases() -> list[Case]:
    return [
        _case("example", 10, 3, 5, hidden=False, label="example"),
        _case("public_all", 4, 4, 3, hidden=False, label="k = n"),
        _case("values_and_pairs", 12, 4, 110_000, label="many seeds: value and pair frequencies"),
        _case("k_two", 9, 2, 110_000, first_seed=7, label="k = 2 (pair frequencies)"),
        _case("k_near_n", 10, 9, 12_000, first_seed=1000, label="k close to n"),
        _case("k_equals_n", 7, 7, 200, label="k = n"),
        _case("k_zero", 5, 0, 10, label="k = 0"),
        _case("k_one", 30, 1, 110_000, first_seed=99, label="k = 1"),
        _case("large_n", 1_000_000, 1000, 20, label="large n, small k"),
    ]


def check(case: Case, output) -> None:
    n, k, seeds = case.inputs["n"], case.inputs["k"], case.inputs["seeds"]
    samples = as_array(output["samples"], "samples", "i", (seeds, k)).astype(np.int64)
    if k == 0:
        return
    if samples.min() < 0 or samples.max() >= n:
        raise WrongAnswer("every value must be in [0, n)")
    ordered = np.sort(samples, axis=1)
    if np.any(ordered[:, 1:] == ordered[:, :-1]):
        raise WrongAnswer("the k values must be distinct")
    if k == n:
        return
    if seeds * k >= MIN_SAMPLES:
        counts = np.bincount(samples.ravel(), minlength=n)
        assert_distribution(counts, np.full(n, 1.0 / n), "value frequencies")
    if k >= 2 and seeds >= MIN_SAMPLES:
        # One pair per draw, picked by the judge's own generator: a uniformly random pair of a
        # uniformly random k-subset is uniform over all pairs, and draws are independent.
        rng = np.random.default_rng(12345)
        rows = np.arange(seeds)
        first = rng.integers(0, k, size=seeds)
        second = (first + rng.integers(1, k, size=seeds)) % k
        a = ordered[rows, np.minimum(first, second)]
        b = ordered[rows, np.maximum(first, second)]
        pair_index = a * n + b
        _, counts = np.unique(np.concatenate([pair_index, _all_pairs(n)]), return_counts=True)
        counts -= 1  # each possible pair was added once so that unseen pairs count as 0
        assert_distribution(counts, np.full(comb(n, 2), 1.0 / comb(n, 2)), "pair frequencies")


def _all_pairs(n: int) -> np.ndarray:
    a, b = np.triu_indices(n, k=1)
    return a * n + b
