"""Linear SVM: any correct answer. The primal objective of the learner's (w, b) must be within
2% of the optimum. The optimum is approximated from above here (L-BFGS on a smoothed hinge
with continuation, then the exact best intercept for that w, and the reference solution):
every candidate is a feasible primal point, so the bound is never stricter than 1.02 × the
true optimum."""

from functools import cache

import numpy as np
from scipy.optimize import minimize

from mldojo.judge.checking import Case, WrongAnswer, as_array, as_float, reference

FACTOR = 1.02


def primal(X: np.ndarray, y: np.ndarray, C: float, w: np.ndarray, b: float) -> float:
    return float(0.5 * w @ w + C * np.maximum(0.0, 1.0 - y * (X @ w + b)).sum())


def _best_intercept(X, y, C, w) -> float:
    """For fixed w the objective is convex piecewise linear in b: try every breakpoint."""
    f = X @ w
    candidates = y - f  # where y (f + b) = 1
    values = [C * np.maximum(0.0, 1.0 - y * (f + b)).sum() for b in candidates]
    return float(candidates[int(np.argmin(values))])


def _lbfgs(X, y, C) -> tuple[np.ndarray, float]:
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])

    def fun(theta, h):
        m = 1.0 - y * (A @ theta)
        quad = (m > 0) & (m < h)
        lin = m >= h
        loss = np.where(lin, m - h / 2, np.where(quad, m * m / (2 * h), 0.0))
        dm = np.where(lin, 1.0, np.where(quad, m / h, 0.0))
        w = theta[:d]
        grad = np.concatenate([w, [0.0]]) - C * (A.T @ (dm * y))
        return 0.5 * w @ w + C * loss.sum(), grad

    theta = np.zeros(d + 1)
    for h in (1.0, 0.1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6):
        res = minimize(
            fun,
            theta,
            args=(h,),
            jac=True,
            method="L-BFGS-B",
            options={"maxiter": 5000, "ftol": 1e-15, "gtol": 1e-10},
        )
        theta = res.x
    w = theta[:d]
    return w, _best_intercept(X, y, C, w)


@cache
def _optimum(name: str) -> float:
    case = next(c for c in cases() if c.name == name)
    X, y, C = case.inputs["X"], case.inputs["y"].astype(float), case.inputs["C"]
    w, b = _lbfgs(X, y, C)
    best = primal(X, y, C, w, b)
    w_ref, b_ref = reference(__file__).linear_svm(X, y, C)
    w_ref = np.asarray(w_ref, dtype=float)
    for bb in (float(b_ref), _best_intercept(X, y, C, w_ref)):
        best = min(best, primal(X, y, C, w_ref, bb))
    return best


def _blobs(rng, n, d, gap, offset=0.0, positive=0.5):
    y = np.where(rng.random(n) < positive, 1, -1).astype(np.int64)
    direction = rng.standard_normal(d)
    direction /= np.linalg.norm(direction)
    X = rng.standard_normal((n, d)) + np.outer(y * gap / 2, direction) + offset
    return X, y


def _case(name, X, y, C, hidden=True, label="", cpu_seconds=None) -> Case:
    inputs = {"X": np.asarray(X, dtype=float), "y": np.asarray(y, dtype=np.int64), "C": float(C)}
    return Case(name, inputs, hidden=hidden, label=label, cpu_seconds=cpu_seconds)


def cases() -> list[Case]:
    rng = np.random.default_rng(404)
    return [
        _case(
            "example",
            [[0.0, 0.0], [1.0, 1.0], [3.0, 3.0], [4.0, 4.0]],
            [-1, -1, 1, 1],
            1.0,
            hidden=False,
            label="example",
        ),
        _case("public_blobs", *_blobs(rng, 40, 2, 2.0), 1.0, hidden=False, label="two blobs"),
        _case("overlapping", *_blobs(rng, 300, 5, 1.5), 1.0, label="overlapping classes"),
        _case(
            "separable_large_C",
            *_blobs(rng, 200, 3, 7.0),
            100.0,
            label="separable data, large C (hard margin)",
        ),
        _case("small_C", *_blobs(rng, 300, 4, 2.0), 0.01, label="small C (wide margin)"),
        _case(
            "far_from_origin",
            *_blobs(rng, 300, 3, 3.0, offset=15.0),
            1.0,
            label="data far from the origin (the intercept is not penalised)",
        ),
        _case(
            "imbalanced", *_blobs(rng, 400, 6, 2.5, positive=0.1), 1.0, label="imbalanced classes"
        ),
        _case("one_feature", *_blobs(rng, 150, 1, 2.0), 10.0, label="one feature"),
        _case("large", *_blobs(rng, 2000, 20, 2.0), 1.0, label="large input", cpu_seconds=10),
    ]


def check(case: Case, output) -> None:
    X, y, C = case.inputs["X"], case.inputs["y"].astype(float), case.inputs["C"]
    w = as_array(output["w"], "w", "f", (X.shape[1],)).astype(float)
    if np.shape(output["b"]) not in ((), (1,)):
        raise WrongAnswer(f"b: expected a single number, got shape {np.shape(output['b'])}")
    b = as_float(np.asarray(output["b"]).reshape(()), "b")
    value = primal(X, y, C, w, b)
    best = _optimum(case.name)
    if not value <= FACTOR * best + 1e-9:
        detail = "" if case.hidden else f" ({value:.6g} against an optimum of {best:.6g})"
        raise WrongAnswer(
            f"the primal objective is {value / best:.3f} x the optimum (allowed: "
            f"{FACTOR:.2f} x)" + detail
        )
