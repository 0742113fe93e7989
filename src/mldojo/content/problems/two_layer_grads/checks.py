import numpy as np

from mldojo.judge.checking import Case, assert_close

KEYS = ("W1", "b1", "W2", "b2")


def _expected(X, y, W1, b1, W2, b2) -> dict[str, np.ndarray]:
    """Per-example chain rule with einsum outer products, independently of solution.py."""
    n = X.shape[0]
    c = W2.shape[1]
    z1 = np.einsum("nd,dh->nh", X, W1) + b1
    active = (z1 > 0).astype(float)
    hidden = z1 * active
    logits = np.einsum("nh,hc->nc", hidden, W2) + b2
    top = logits.max(axis=1, keepdims=True)
    log_z = top + np.log(np.exp(logits - top).sum(axis=1, keepdims=True))
    g_logits = (np.exp(logits - log_z) - np.eye(c)[y]) / n
    g_z1 = np.einsum("nc,hc->nh", g_logits, W2) * active
    return {
        "W1": np.einsum("nd,nh->dh", X, g_z1),
        "b1": np.einsum("nh->h", g_z1),
        "W2": np.einsum("nh,nc->hc", hidden, g_logits),
        "b2": np.einsum("nc->c", g_logits),
    }


def _case(name, X, y, W1, b1, W2, b2, hidden=True, label=""):
    arrays = {
        "X": np.asarray(X, dtype=float),
        "y": np.asarray(y, dtype=np.int64),
        "W1": np.asarray(W1, dtype=float),
        "b1": np.asarray(b1, dtype=float),
        "W2": np.asarray(W2, dtype=float),
        "b2": np.asarray(b2, dtype=float),
    }
    expected = _expected(**arrays)
    return Case(
        name,
        {key: value.tolist() for key, value in arrays.items()},
        hidden=hidden,
        label=label,
        expected=expected,
    )


def _random(rng, n, d, h, c, scale=1.0):
    return (
        rng.normal(size=(n, d)),
        rng.integers(0, c, size=n),
        rng.normal(scale=scale, size=(d, h)),
        rng.normal(scale=scale, size=h),
        rng.normal(scale=scale, size=(h, c)),
        rng.normal(scale=scale, size=c),
    )


def _integer_kinks(rng, n, d, h, c):
    """Small-integer X, W1 and b1, so many pre-activations are exactly 0."""
    X = rng.integers(-2, 3, size=(n, d)).astype(float)
    W1 = rng.integers(-1, 2, size=(d, h)).astype(float)
    b1 = rng.integers(-1, 2, size=h).astype(float)
    z1 = X @ W1 + b1
    assert (z1 == 0).mean() > 0.1 and (z1 > 0).mean() > 0.2
    return X, rng.integers(0, c, size=n), W1, b1, rng.normal(size=(h, c)), rng.normal(size=c)


def cases() -> list[Case]:
    rng = np.random.default_rng(2024)
    dead = list(_random(rng, 20, 4, 6, 3))
    dead[3] = dead[3].copy()
    dead[3][[1, 4]] = -100.0  # two hidden units never fire
    big_X, big_y, big_W1, big_b1, big_W2, big_b2 = _random(rng, 40, 5, 8, 4, scale=6.0)
    return [
        _case(
            "example",
            [[1.0, 2.0]],
            [1],
            [[1.0, -1.0], [0.5, 0.5]],
            [0.0, 0.0],
            [[1.0, 0.0], [0.0, 1.0]],
            [0.0, 0.0],
            hidden=False,
            label="example (a pre-activation exactly 0)",
        ),
        _case("small_public", *_random(rng, 4, 3, 5, 3), hidden=False, label="small batch"),
        _case("relu_at_zero", *_integer_kinks(rng, 30, 4, 6, 3), label="pre-activations exactly 0"),
        _case(
            "relu_at_zero_batch",
            *_integer_kinks(rng, 200, 6, 10, 5),
            label="pre-activations exactly 0, larger batch",
        ),
        _case("dead_units", *dead, label="hidden units that never fire"),
        _case("single_example", *_random(rng, 1, 3, 4, 2), label="batch of one"),
        _case("two_classes", *_random(rng, 16, 2, 3, 2), label="two classes"),
        _case(
            "large_logits",
            big_X * 3,
            big_y,
            big_W1,
            big_b1,
            big_W2,
            big_b2,
            label="large logits (stable softmax)",
        ),
        _case("larger", *_random(rng, 500, 20, 32, 10), label="larger network"),
    ]


def check(case: Case, output) -> None:
    for key in KEYS:
        assert_close(output[key], case.expected[key], f"grad {key}")
