import math

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_float


def _dcg(rels: list[int], k: int) -> float:
    return sum((2**rel - 1) / math.log2(rank + 1) for rank, rel in enumerate(rels[:k], start=1))


def _expected(rels: list[int], k: int) -> float:
    """Plain Python, with exact integer gains, independently of solution.py."""
    ideal = _dcg(sorted(rels, reverse=True), k)
    return _dcg(rels, k) / ideal if ideal > 0 else 0.0


def _case(name, rels, k, hidden=True, label=""):
    rels = [int(r) for r in rels]
    return Case(
        name,
        {"relevances": rels, "k": int(k)},
        hidden=hidden,
        label=label,
        expected=_expected(rels, int(k)),
    )


def cases() -> list[Case]:
    rng = np.random.default_rng(21)
    big = rng.choice(5, size=100_000, p=[0.6, 0.2, 0.1, 0.07, 0.03])
    sparse = np.zeros(5000, dtype=int)
    sparse[[4000, 4500]] = [2, 4]
    return [
        _case("example", [3, 2, 3, 0, 1, 2], 6, hidden=False, label="example"),
        _case("public_cutoff", [0, 0, 3], 2, hidden=False, label="relevant item below k"),
        _case("all_zero", [0, 0, 0, 0], 3, label="ideal DCG 0 (all irrelevant)"),
        _case("empty", [], 5, label="empty ranking"),
        _case("k_greater_than_n", [1, 0, 2], 10, label="k > n"),
        _case("k_one", [2, 3, 3, 1], 1, label="k = 1"),
        _case("ideal_order", [4, 3, 3, 2, 0, 0], 4, label="ranking already ideal"),
        _case("ideal_from_whole_list", [1, 0, 0, 0, 5, 4], 3, label="best items ranked below k"),
        _case("reverse_order", [0, 0, 1, 1, 2, 3], 6, label="worst-first ranking"),
        _case("sparse_relevant_below_k", sparse, 1000, label="ideal DCG from items beyond k"),
        _case("high_grades", [10, 0, 15, 7, 20], 5, label="large relevance grades"),
        _case("large_k100", big, 100, label="large input, small k"),
        _case("large_full", big, 100_000, label="large input, k = n"),
    ]


def check(case: Case, output) -> None:
    got = as_float(output["ndcg"], "ndcg")
    if not np.isclose(got, case.expected, rtol=1e-6, atol=1e-9):
        detail = "" if case.hidden else f" (expected {case.expected:.6g}, got {got:.6g})"
        raise WrongAnswer("NDCG@k is wrong" + detail)
