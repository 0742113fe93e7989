"""Categorical sampling: the judge builds the histogram from the raw samples and runs a
chi-square test at 1e-6 in both directions (biased, or too perfect to be random)."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array, assert_distribution

MIN_SAMPLES = 100_000


def _case(name, p, n, seed, hidden=True, label="") -> Case:
    inputs = {"p": np.asarray(p, dtype=float), "n": int(n), "seed": int(seed)}
    return Case(name, inputs, hidden=hidden, label=label)


def cases() -> list[Case]:
    rng = np.random.default_rng(909)
    many = rng.dirichlet(np.full(1000, 2.0))
    skewed = np.array([0.97, 0.01, 0.01, 0.005, 0.005])
    tenths = np.full(10, 0.1)  # sums to 0.9999999999999999 in floating point
    return [
        _case("example", [0.2, 0.0, 0.5, 0.3], 8, 0, hidden=False, label="example"),
        _case(
            "public_stats", [0.1, 0.2, 0.3, 0.4], 200_000, 1, hidden=False, label="four categories"
        ),
        _case("uniform", np.full(7, 1 / 7), 200_000, 2, label="uniform over 7 categories"),
        _case(
            "zeros",
            [0.0, 0.25, 0.0, 0.5, 0.25, 0.0],
            200_000,
            3,
            label="zero-probability categories",
        ),
        _case("skewed", skewed, 300_000, 4, label="one dominant category"),
        _case("single", [1.0], 1000, 5, label="a single category"),
        _case("rounding", tenths, 200_000, 6, label="probabilities summing to 1 - 1e-16"),
        _case("many_categories", many, 1_000_000, 7, label="1,000 categories"),
        _case("last_only", [0.0, 0.0, 1.0], 1000, 8, label="all mass on the last category"),
    ]


def check(case: Case, output) -> None:
    p = case.inputs["p"]
    n = case.inputs["n"]
    samples = as_array(output["samples"], "samples", "i", (n,)).astype(np.int64)
    if n == 0:
        return
    if samples.min() < 0 or samples.max() >= len(p):
        raise WrongAnswer("every sample must be an index in [0, len(p))")
    counts = np.bincount(samples, minlength=len(p))
    if np.any(counts[p == 0] > 0):
        raise WrongAnswer("a category of probability 0 was sampled")
    if np.count_nonzero(p) <= 1 or n < MIN_SAMPLES:
        return
    assert_distribution(counts, p, "category frequencies", reject_perfect=True)
