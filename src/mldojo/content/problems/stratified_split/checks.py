"""Stratified split: any correct answer. Each seed's split is checked exactly (partition,
per-class sizes); uniformity within each class is checked over many seeds."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array, assert_distribution

MIN_SAMPLES = 100_000


def _case(name, y, fraction, seeds, hidden=True, label="", first_seed=0, **limits) -> Case:
    inputs = {
        "y": np.asarray(y, dtype=np.int64),
        "test_fraction": float(fraction),
        "seeds": int(seeds),
        "first_seed": int(first_seed),
    }
    return Case(name, inputs, hidden=hidden, label=label, **limits)


def cases() -> list[Case]:
    rng = np.random.default_rng(808)
    many = rng.permutation(np.repeat([3, 8, -1, 42, 5], [30, 12, 7, 1, 20]))
    return [
        _case("example", [0, 0, 0, 0, 1, 1, 1, 1, 1, 1], 0.5, 1, hidden=False, label="example"),
        _case(
            "public_three_classes",
            np.repeat([0, 1, 2], [6, 3, 9]),
            0.3,
            3,
            hidden=False,
            label="three classes",
        ),
        _case(
            "uniform_two_classes",
            rng.permutation(np.repeat([0, 1], [40, 20])),
            0.25,
            8000,
            label="two classes, many seeds (uniformity within a class)",
        ),
        _case(
            "uniform_many_classes",
            many,
            0.4,
            4000,
            label="several classes with arbitrary labels and a singleton class",
        ),
        _case(
            "rounding",
            np.repeat([0, 1, 2, 3], [5, 7, 9, 11]),
            0.5,
            8000,
            label="class sizes where n_c * test_fraction ends in .5",
        ),
        _case("small_fraction", rng.integers(0, 3, 3000), 0.05, 30, label="small test_fraction"),
        _case("large_fraction", rng.integers(0, 4, 500), 0.9, 250, label="large test_fraction"),
        _case(
            "large",
            rng.integers(0, 10, 1_000_000),
            0.2,
            1,
            label="large input",
            cpu_seconds=10,
            memory_mb=512,
        ),
    ]


def check(case: Case, output) -> None:
    y = case.inputs["y"]
    n = len(y)
    fraction = case.inputs["test_fraction"]
    seeds = case.inputs["seeds"]
    train_len = as_array(output["train_len"], "train_len", "i", (seeds,))
    test_len = as_array(output["test_len"], "test_len", "i", (seeds,))
    train_all = as_array(output["train"], "train_idx", "i", (int(train_len.sum()),))
    test_all = as_array(output["test"], "test_idx", "i", (int(test_len.sum()),))
    classes, inverse = np.unique(y, return_inverse=True)
    sizes = np.bincount(inverse)
    target = np.array([round(s * fraction) for s in sizes])
    hits = np.zeros(n, dtype=np.int64)
    t0 = s0 = 0
    for i in range(seeds):
        train = train_all[t0 : t0 + train_len[i]]
        test = test_all[s0 : s0 + test_len[i]]
        t0 += train_len[i]
        s0 += test_len[i]
        both = np.concatenate([train, test])
        if len(both) != n or np.any(np.sort(both) != np.arange(n)):
            raise WrongAnswer(
                "train_idx and test_idx must together hold every index 0..n-1 exactly once"
            )
        per_class = np.bincount(inverse[test], minlength=len(classes))
        if np.any(np.abs(per_class - target) > 1):
            raise WrongAnswer(
                "the test part must hold round(n_c * test_fraction) +- 1 members of each class"
            )
        hits[test] += 1
    if int(hits.sum()) < MIN_SAMPLES:
        return
    for c in range(len(classes)):
        members = np.flatnonzero(inverse == c)
        if len(members) > 1 and hits[members].sum() > 0:
            assert_distribution(
                hits[members],
                np.full(len(members), 1.0 / len(members)),
                "how often each member of a class is in the test part",
            )
