"""Palindromic substrings: exact counts, computed here with Manacher's algorithm."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer


def _manacher_count(s: str) -> int:
    """Sum over all centres of the palindromic radius (an independent O(n) method)."""
    t = "^#" + "#".join(s) + "#$"
    radius = [0] * len(t)
    centre = right = 0
    for i in range(1, len(t) - 1):
        if i < right:
            radius[i] = min(right - i, radius[2 * centre - i])
        while t[i + radius[i] + 1] == t[i - radius[i] - 1]:
            radius[i] += 1
        if i + radius[i] > right:
            centre, right = i, i + radius[i]
    return sum((r + 1) // 2 for r in radius)


def _case(name, s, hidden=True, label="") -> Case:
    return Case(name, {"s": s}, hidden=hidden, label=label, expected=_manacher_count(s))


def cases() -> list[Case]:
    rng = np.random.default_rng(1111)

    def random_text(n, alphabet):
        return "".join(rng.choice(list(alphabet), size=n))

    return [
        _case("example", "abc", hidden=False, label="example"),
        _case("public_aaa", "aaa", hidden=False, label="repeated letter"),
        _case("public_abba", "abba", hidden=False, label="even-length palindrome"),
        _case("empty", "", label="empty string"),
        _case("single", "x", label="one character"),
        _case("unicode", "été😀éte😀", label="non-ASCII characters"),
        _case("mixed", random_text(200, "ab"), label="short random string"),
        _case("random_large", random_text(3000, "abcdefghij"), label="3,000 random characters"),
        _case("all_same", "a" * 3000, label="3,000 equal characters (repetitive)"),
        _case("two_letters", "ab" * 1500, label="3,000 characters, period 2 (repetitive)"),
        _case("period_three", "aab" * 1000, label="3,000 characters, period 3 (repetitive)"),
        _case("binary_large", random_text(3000, "ab"), label="3,000 random binary characters"),
    ]


def check(case: Case, output) -> None:
    got = output["count"]
    if got != case.expected:
        detail = "" if case.hidden else f" (expected {case.expected}, got {got})"
        raise WrongAnswer("wrong count" + detail)
