"""Logistic regression: any correct answer. The learner's training log-loss must be no worse
than that of plain batch gradient descent with the same settings (computed here)."""

import numpy as np

from mldojo.judge.checking import Case, WrongAnswer, as_array, as_float

SLACK = 1e-4


def mean_log_loss(X: np.ndarray, y: np.ndarray, w: np.ndarray, b: float) -> float:
    """Stable: log(1 + e^z) - y z, summed with logaddexp."""
    z = X @ w + b
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def _gd_loss(X: np.ndarray, y: np.ndarray, lr: float, n_iters: int) -> float:
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        z = X @ w + b
        residual = 0.5 * (1.0 + np.tanh(0.5 * z)) - y  # sigmoid without overflow
        w = w - lr * (X.T @ residual) / n
        b = b - lr * float(residual.mean())
    return mean_log_loss(X, y, w, b)


def _overlapping(rng, n, d, shift=1.0, offset=0.0, scale=1.0, bias=0.0):
    """Two Gaussian classes whose means differ by `shift` along a random direction."""
    y = (rng.random(n) < 0.5 + bias).astype(np.int64)
    direction = rng.standard_normal(d)
    direction /= np.linalg.norm(direction)
    X = rng.standard_normal((n, d)) + np.outer(y - 0.5, shift * direction)
    return offset + scale * X, y


def _case(name, X, y, lr=0.1, n_iters=1000, hidden=True, label="") -> Case:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=np.int64)
    inputs = {"X": X, "y": y, "lr": float(lr), "n_iters": int(n_iters)}
    return Case(name, inputs, hidden=hidden, label=label, expected=_gd_loss(X, y, lr, n_iters))


def cases() -> list[Case]:
    rng = np.random.default_rng(303)
    return [
        _case("example", [[0], [1], [2], [3]], [0, 1, 0, 1], hidden=False, label="example"),
        _case("public_2d", *_overlapping(rng, 60, 2), hidden=False, label="two overlapping blobs"),
        _case("one_feature", *_overlapping(rng, 200, 1, shift=1.5), label="one feature"),
        _case(
            "offset_classes",
            *_overlapping(rng, 400, 3, offset=2.0, bias=0.3),
            label="unbalanced classes, features away from zero (needs the intercept)",
        ),
        _case("few_steps", *_overlapping(rng, 300, 5), lr=0.05, n_iters=50, label="few steps"),
        _case(
            "large_lr",
            *_overlapping(rng, 300, 4, shift=2.0),
            lr=1.0,
            n_iters=300,
            label="large learning rate",
        ),
        _case(
            "many_steps",
            *_overlapping(rng, 150, 6, scale=0.5),
            lr=0.5,
            n_iters=5000,
            label="many steps (close to the optimum)",
        ),
        _case(
            "scaled_features",
            *_overlapping(rng, 300, 3, shift=3.0, scale=4.0),
            lr=0.01,
            n_iters=2000,
            label="large feature values (sigmoid must not overflow)",
        ),
        _case("large", *_overlapping(rng, 20_000, 20), label="large input"),
    ]


def check(case: Case, output) -> None:
    X = case.inputs["X"]
    y = case.inputs["y"]
    w = as_array(output["w"], "w", "f", (X.shape[1],)).astype(float)
    if np.shape(output["b"]) not in ((), (1,)):
        raise WrongAnswer(f"b: expected a single number, got shape {np.shape(output['b'])}")
    b = as_float(np.asarray(output["b"]).reshape(()), "b")
    loss = mean_log_loss(X, y, w, b)
    target = case.expected
    if not loss <= target + SLACK:
        detail = "" if case.hidden else f" ({loss:.6f} > {target:.6f} + {SLACK:g})"
        raise WrongAnswer(
            "the training log-loss is higher than that of batch gradient descent from zeros "
            "with the same lr and n_iters" + detail
        )
