import math

import numpy as np

from mldojo.judge.checking import Case, assert_close


def _expected(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    """Column by column with math.fsum (two-pass variance), independently of solution.py."""
    n, d = x.shape
    out = np.empty((n, d))
    for j in range(d):
        col = x[:, j].tolist()
        mu = math.fsum(col) / n
        var = math.fsum((v - mu) ** 2 for v in col) / n
        scale = gamma[j] / math.sqrt(var + eps)
        out[:, j] = [(v - mu) * scale + beta[j] for v in col]
    return out


def _case(name, x, gamma, beta, eps=None, hidden=True, label=""):
    x = np.asarray(x, dtype=float)
    gamma = np.asarray(gamma, dtype=float)
    beta = np.asarray(beta, dtype=float)
    inputs = {
        "x": x.ravel().tolist(),
        "shape": list(x.shape),
        "gamma": gamma.tolist(),
        "beta": beta.tolist(),
    }
    if eps is not None:
        inputs["eps"] = float(eps)
    expected = _expected(x, gamma, beta, 1e-5 if eps is None else eps)
    return Case(name, inputs, hidden=hidden, label=label, expected=expected)


def cases() -> list[Case]:
    rng = np.random.default_rng(31)
    x = rng.normal(loc=3.0, scale=2.0, size=(16, 5))
    g, b = rng.normal(size=5), rng.normal(size=5)
    small_var = rng.normal(scale=1e-3, size=(10, 3))
    const = rng.normal(size=(8, 4))
    const[:, 2] = 4.2
    return [
        _case(
            "example",
            [[1.0, 2.0], [3.0, 2.0], [5.0, 2.0]],
            [1.0, 2.0],
            [0.0, 0.5],
            hidden=False,
            label="example",
        ),
        _case("random_public", x[:6], g, b, hidden=False, label="small batch"),
        _case("batch", x, g, b, label="batch of 16"),
        _case("custom_eps", x, g, b, eps=1e-1, label="non-default eps"),
        _case(
            "small_variance", small_var, np.ones(3), np.zeros(3), label="variance comparable to eps"
        ),
        _case(
            "single_example",
            [[1.0, -2.0, 3.0]],
            [2.0, 2.0, 2.0],
            [0.1, 0.2, 0.3],
            label="batch of one",
        ),
        _case(
            "constant_feature",
            const,
            rng.normal(size=4),
            rng.normal(size=4),
            label="a constant feature",
        ),
        _case(
            "two_examples",
            [[0.0, 10.0], [1.0, -10.0]],
            [1.0, 0.5],
            [0.0, 0.0],
            label="batch of two (biased variance)",
        ),
        _case(
            "large",
            rng.normal(loc=-1.0, scale=5.0, size=(4096, 64)),
            rng.normal(size=64),
            rng.normal(size=64),
            label="large batch",
        ),
    ]


def check(case: Case, output) -> None:
    assert_close(output["out"], case.expected, "output")
