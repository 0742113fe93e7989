"""rand7: uniformity by a two-sided chi-square test on the raw results, and the number of
rand5 calls per result between the entropy bound and 3."""

import math

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array, assert_distribution

MIN_SAMPLES = 100_000
MAX_CALLS = 3.0
CALLS_SLACK = 0.03
"""Sampling noise allowed on the average: with 10^5 results its standard error is under 0.01."""
MIN_CALLS = math.log(7) / math.log(5) - 0.05


def _case(name, n, seed, hidden=True, label="") -> Case:
    return Case(name, {"n": int(n), "seed": int(seed)}, hidden=hidden, label=label)


def cases() -> list[Case]:
    return [
        _case("example", 10, 0, hidden=False, label="example"),
        _case("public_stats", 140_000, 1, hidden=False, label="140,000 calls"),
        _case("uniform", 210_000, 2, label="uniformity"),
        _case("uniform_other_seed", 140_000, 3, label="uniformity (another rand5 stream)"),
        _case("calls_per_result", 150_000, 4, label="rand5 calls per result"),
        _case("short_run", 50, 5, label="a few calls"),
        _case("single_call", 1, 6, label="a single call"),
    ]


def check(case: Case, output) -> None:
    n = case.inputs["n"]
    results = as_array(output["results"], "results", "i", (n,)).astype(np.int64)
    if results.min() < 1 or results.max() > 7:
        raise WrongAnswer("every result must be an integer in 1..7")
    if n < MIN_SAMPLES:
        return
    calls = int(output["calls"])
    per_result = calls / n
    if per_result > MAX_CALLS + CALLS_SLACK:
        raise WrongAnswer(f"{per_result:.2f} calls of rand5 per result on average (at most 3)")
    if per_result < MIN_CALLS:
        raise WrongAnswer(
            f"only {per_result:.2f} calls of rand5 per result: no exact method can use fewer "
            "than log 7 / log 5 = 1.21; use rand5 as the only source of randomness"
        )
    counts = np.bincount(results - 1, minlength=7)
    assert_distribution(counts, np.full(7, 1 / 7), "result frequencies", reject_perfect=True)
