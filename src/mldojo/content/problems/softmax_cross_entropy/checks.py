import numpy as np
from scipy.special import log_softmax

from mldojo.judge.checking import Case, WrongAnswer, as_float, assert_close


def _expected(logits: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    """From scipy's log_softmax, independently of solution.py."""
    n, c = logits.shape
    log_p = log_softmax(logits, axis=1)
    loss = float(-log_p[np.arange(n), labels].mean())
    grad = (np.exp(log_p) - np.eye(c)[labels]) / n
    return loss, grad


def _case(name, logits, labels, hidden=True, label=""):
    logits = np.asarray(logits, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    return Case(
        name,
        {"logits": logits.tolist(), "labels": labels.tolist()},
        hidden=hidden,
        label=label,
        expected=_expected(logits, labels),
    )


def cases() -> list[Case]:
    rng = np.random.default_rng(8)
    big = rng.normal(scale=3.0, size=(2000, 50))
    huge = rng.choice([-1e4, 1e4], size=(64, 10)) + rng.normal(size=(64, 10))
    huge_labels = rng.integers(0, 10, size=64)
    return [
        _case("example", [[2.0, 1.0, 0.1]], [0], hidden=False, label="example"),
        _case("extreme_public", [[1e4, -1e4]], [1], hidden=False, label="logits of ±1e4"),
        _case("small_batch", rng.normal(size=(5, 4)), [0, 3, 1, 1, 2], label="small batch"),
        _case(
            "large_positive",
            [[1e4, 1e4 - 1.0, 0.0], [9999.5, 1e4, 1e4]],
            [1, 0],
            label="large positive logits (overflow)",
        ),
        _case(
            "large_negative",
            [[-1e4, -1e4 + 2.0, -1e4 + 1.0], [-1e4, -1e4, -1e4]],
            [0, 2],
            label="large negative logits (underflow)",
        ),
        _case("mixed_extremes", huge, huge_labels, label="logits of ±1e4 mixed"),
        _case("equal_logits", np.full((3, 5), 7.0), [0, 4, 2], label="all logits equal"),
        _case("single_class", [[3.0], [-2.0]], [0, 0], label="one class"),
        _case("one_example", [[0.5, -0.5, 2.0, 0.0]], [2], label="batch of one"),
        _case("large", big, rng.integers(0, 50, size=2000), label="large batch"),
    ]


def check(case: Case, output) -> None:
    want_loss, want_grad = case.expected
    loss = as_float(output["loss"], "mean_loss")
    if not np.isclose(loss, want_loss, rtol=1e-6, atol=1e-9):
        detail = "" if case.hidden else f" (expected {want_loss:.6g}, got {loss:.6g})"
        raise WrongAnswer("mean_loss is wrong" + detail)
    assert_close(output["grad"], want_grad, "grad")
