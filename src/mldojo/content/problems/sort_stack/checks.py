from collections import Counter

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer


def _case(name, stack, hidden=True, label=""):
    stack = [int(v) for v in stack]
    return Case(
        name,
        {"stack": np.array(stack, dtype=np.int64)},
        hidden=hidden,
        label=label,
        expected=sorted(stack),
    )


def cases() -> list[Case]:
    rng = np.random.default_rng(17)
    big = rng.integers(-10_000, 10_000, size=1000)
    dup = rng.integers(0, 10, size=1000)
    return [
        _case("example", [34, 3, 31, 98, 92, 23], hidden=False, label="example"),
        _case("duplicates_public", [2, 1, 2], hidden=False, label="duplicates"),
        _case("empty", [], label="empty stack"),
        _case("single", [5], label="one value"),
        _case("negatives", [-3, 7, -10, 0, 2, -3], label="negative values"),
        _case("all_equal", [4] * 20, label="all values equal"),
        _case("already_sorted", list(range(50)), label="already sorted (largest on top)"),
        _case("reverse_sorted", list(range(50, 0, -1)), label="reverse-sorted (smallest on top)"),
        _case("large_random", big, label="1,000 random values"),
        _case("large_duplicates", dup, label="1,000 values with many repeats"),
        _case("large_sorted", np.arange(1000), label="1,000 values already sorted"),
        _case("large_reverse", np.arange(1000)[::-1], label="1,000 values reverse-sorted"),
    ]


def check(case: Case, output) -> None:
    got = output["stack"]
    want = case.expected
    if got == want:
        return
    if Counter(got) != Counter(want):
        raise WrongAnswer("the returned stack does not hold exactly the input values")
    if got == want[::-1]:
        raise WrongAnswer("the order is reversed: the largest value must be on top (last)")
    raise WrongAnswer("the returned stack is not sorted with the largest value on top")
