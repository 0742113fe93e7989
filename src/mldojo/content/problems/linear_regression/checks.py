"""Ordinary least squares: exact, against a least-squares solve done in the judge."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_float, assert_close


def _lstsq(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    design = np.hstack([X, np.ones((X.shape[0], 1))])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    return coef[:-1], float(coef[-1])


def _case(name, X, y, hidden=True, label="") -> Case:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    return Case(name, {"X": X, "y": y}, hidden=hidden, label=label, expected=_lstsq(X, y))


def _noisy(rng, n, d, noise=0.5, offset=0.0, scale=1.0):
    X = offset + scale * rng.standard_normal((n, d))
    w = rng.uniform(-3, 3, size=d)
    y = X @ w + rng.uniform(-5, 5) + noise * rng.standard_normal(n)
    return X, y


def cases() -> list[Case]:
    rng = np.random.default_rng(101)
    exact = rng.standard_normal((4, 3))
    return [
        _case("example", [[0], [1], [2], [3]], [1, 3, 5, 7], hidden=False, label="example"),
        _case("public_noisy", *_noisy(rng, 12, 2), hidden=False, label="two noisy features"),
        _case("one_feature", *_noisy(rng, 40, 1), label="one feature"),
        _case("several_features", *_noisy(rng, 200, 8), label="several features with noise"),
        _case("exact_fit", exact, rng.standard_normal(4), label="exact fit (n = d + 1)"),
        _case(
            "offset_features",
            *_noisy(rng, 300, 4, offset=50.0, scale=2.0),
            label="features far from zero (intercept matters)",
        ),
        _case("noise_free", *_noisy(rng, 50, 5, noise=0.0), label="noise-free data"),
        _case(
            "mixed_scales",
            rng.standard_normal((150, 3)) * np.array([0.01, 1.0, 100.0]),
            rng.standard_normal(150) * 10,
            label="features on very different scales",
        ),
        _case("large", *_noisy(rng, 20_000, 50), label="large input"),
    ]


def check(case: Case, output) -> None:
    want_w, want_b = case.expected
    assert_close(output["w"], want_w, "w")
    if np.shape(output["b"]) not in ((), (1,)):
        raise WrongAnswer(f"b: expected a single number, got shape {np.shape(output['b'])}")
    b = as_float(np.asarray(output["b"]).reshape(()), "b")
    if not np.isclose(b, want_b, rtol=1e-6, atol=1e-9):
        detail = "" if case.hidden else f" (expected {want_b:.6g}, got {b:.6g})"
        raise WrongAnswer("b: the intercept is wrong" + detail)
