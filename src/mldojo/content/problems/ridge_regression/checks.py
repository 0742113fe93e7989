"""Ridge regression: exact, against the closed form computed in the judge."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_float, assert_close


def _ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Augmented system with a zero penalty on the intercept, solved by lstsq."""
    n, d = X.shape
    design = np.hstack([X, np.ones((n, 1))])
    penalty = np.hstack([np.sqrt(alpha) * np.eye(d), np.zeros((d, 1))])
    coef, *_ = np.linalg.lstsq(
        np.vstack([design, penalty]), np.concatenate([y, np.zeros(d)]), rcond=None
    )
    return coef[:-1], float(coef[-1])


def _case(name, X, y, alpha, hidden=True, label="") -> Case:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    inputs = {"X": X, "y": y, "alpha": float(alpha)}
    return Case(name, inputs, hidden=hidden, label=label, expected=_ridge(X, y, float(alpha)))


def _data(rng, n, d, offset=0.0):
    X = offset + rng.standard_normal((n, d))
    y = X @ rng.uniform(-3, 3, size=d) + rng.uniform(-10, 10) + 0.5 * rng.standard_normal(n)
    return X, y


def cases() -> list[Case]:
    rng = np.random.default_rng(202)
    return [
        _case("example", [[0], [1], [2], [3]], [1, 3, 5, 7], 5.0, hidden=False, label="example"),
        _case("public_two_features", *_data(rng, 10, 2), 1.0, hidden=False, label="two features"),
        _case("alpha_zero", *_data(rng, 60, 4), 0.0, label="alpha = 0 (ordinary least squares)"),
        _case("moderate_alpha", *_data(rng, 100, 6, offset=3.0), 10.0, label="moderate alpha"),
        _case(
            "offset_intercept",
            *_data(rng, 80, 3, offset=20.0),
            50.0,
            label="features far from zero (intercept must not be penalised)",
        ),
        _case("huge_alpha", *_data(rng, 50, 3), 1e8, label="very large alpha (w near 0)"),
        _case("more_features", *_data(rng, 15, 40), 2.0, label="more features than rows"),
        _case("one_row", [[1.0, 2.0, 3.0]], [4.0], 1.0, label="a single row"),
        _case("small_alpha", *_data(rng, 30, 5), 1e-6, label="tiny alpha"),
        _case("large", *_data(rng, 20_000, 200), 3.0, label="large input"),
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
