import numpy as np
from scipy.stats import rankdata

from mldojo.judge.checking import Case, WrongAnswer, as_float


def _expected(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Mann–Whitney U from average ranks (scipy), independently of solution.py."""
    pos = y_true == 1
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    ranks = rankdata(scores, method="average")
    u = ranks[pos].sum() - n_pos * (n_pos + 1) / 2
    return float(u / (n_pos * n_neg))


def _pair_count(y_true: np.ndarray, scores: np.ndarray) -> float:
    """The definition itself, for the small cases: every (positive, negative) pair."""
    p = scores[y_true == 1][:, None]
    n = scores[y_true == 0][None, :]
    return float(((p > n).sum() + 0.5 * (p == n).sum()) / (p.size * n.size))


def _case(name, y_true, scores, hidden=True, label=""):
    y_true = np.asarray(y_true, dtype=np.int64)
    scores = np.asarray(scores, dtype=np.float64)
    expected = _expected(y_true, scores)
    if len(y_true) <= 5000:
        assert abs(expected - _pair_count(y_true, scores)) < 1e-12
    return Case(
        name,
        {"y_true": y_true.tolist(), "scores": scores.tolist()},
        hidden=hidden,
        label=label,
        expected=expected,
    )


def cases() -> list[Case]:
    rng = np.random.default_rng(12)
    n = 100_000
    big_y = (rng.random(n) < 0.3).astype(int)
    big_scores = rng.normal(size=n) + 0.8 * big_y
    tie_y = (rng.random(n) < 0.5).astype(int)
    tie_scores = rng.integers(0, 5, size=n) + tie_y * rng.integers(0, 2, size=n)
    mixed_y = (rng.random(3000) < 0.4).astype(int)
    mixed_scores = np.round(rng.random(3000) + 0.3 * mixed_y, 1)
    return [
        _case("example", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], hidden=False, label="example"),
        _case("ties_public", [0, 1, 0, 1], [0.5, 0.5, 0.5, 0.9], hidden=False, label="tied scores"),
        _case("all_equal", [0, 1, 1, 0, 1, 0, 0], [0.3] * 7, label="all scores equal"),
        _case("perfect", [0, 0, 0, 1, 1], [0.1, 0.2, 0.3, 0.7, 0.9], label="perfect ranking"),
        _case("inverted", [1, 1, 0, 0, 0], [0.1, 0.2, 0.3, 0.7, 0.9], label="inverted ranking"),
        _case(
            "one_positive",
            [0, 0, 1, 0, 0],
            [0.5, 0.2, 0.4, 0.4, 0.9],
            label="a single positive tied with a negative",
        ),
        _case(
            "unsorted_negative_scores",
            [1, 0, 1, 0, 1, 0],
            [-3.0, -1.0, 2.5, 2.5, -1.0, -7.0],
            label="negative scores and ties across classes",
        ),
        _case("rounded_scores", mixed_y, mixed_scores, label="many ties"),
        _case("large_ties", tie_y, tie_scores, label="large input with heavy ties"),
        _case("large", big_y, big_scores, label="large input"),
    ]


def check(case: Case, output) -> None:
    got = as_float(output["auc"], "auc")
    if not np.isclose(got, case.expected, rtol=1e-6, atol=1e-9):
        detail = "" if case.hidden else f" (expected {case.expected:.6g}, got {got:.6g})"
        raise WrongAnswer("the AUC is wrong" + detail)
