import itertools
import math

import numpy as np

from mldojo.judge.checking import Case, assert_close


def _expected(Q, K, V, mask):
    """One query at a time with math.fsum, independently of solution.py."""
    batch = Q.shape[:-2]
    n, d = Q.shape[-2:]
    m, dv = V.shape[-2:]
    out = np.zeros((*batch, n, dv))
    for b in itertools.product(*(range(s) for s in batch)):
        for i in range(n):
            scores = [float(np.dot(Q[b][i], K[b][j])) / math.sqrt(d) for j in range(m)]
            allowed = [j for j in range(m) if mask is None or mask[b][i, j]]
            top = max(scores[j] for j in allowed)
            weights = {j: math.exp(scores[j] - top) for j in allowed}
            total = math.fsum(weights.values())
            for c in range(dv):
                out[b][i, c] = math.fsum(weights[j] * V[b][j, c] for j in allowed) / total
    return out


def _case(name, Q, K, V, mask=None, hidden=True, label=""):
    Q, K, V = (np.asarray(a, dtype=np.float64) for a in (Q, K, V))
    inputs = {"Q": Q, "K": K, "V": V}
    if mask is not None:
        mask = np.asarray(mask, dtype=bool)
        assert mask.any(axis=-1).all()
        inputs["mask"] = mask
    return Case(name, inputs, hidden=hidden, label=label, expected=_expected(Q, K, V, mask))


def _random_mask(rng, shape, keep=0.5):
    mask = rng.random(shape) < keep
    rows = ~mask.any(axis=-1)
    mask[rows, 0] = True  # every query keeps at least one key
    return mask


def cases() -> list[Case]:
    rng = np.random.default_rng(77)
    q2 = np.array([[1.0, 0.0], [0.0, 1.0]])
    k2 = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    v2 = np.array([[1.0], [2.0], [3.0]])
    causal = np.tril(np.ones((6, 6), dtype=bool))
    single = np.zeros((2, 5, 7), dtype=bool)
    single[..., 3] = True
    single[1, 2] = [True, False, False, False, False, False, False]
    big_scale = rng.normal(scale=30.0, size=(3, 5, 4)), rng.normal(scale=30.0, size=(3, 6, 4))
    return [
        _case("example", q2, k2, v2, hidden=False, label="example"),
        _case(
            "example_mask",
            q2,
            k2,
            v2,
            [[True, False, False], [True, True, False]],
            hidden=False,
            label="causal mask",
        ),
        _case(
            "batched",
            rng.normal(size=(2, 3, 5, 4)),
            rng.normal(size=(2, 3, 6, 4)),
            rng.normal(size=(2, 3, 6, 3)),
            label="batched (batch, heads, n, d)",
        ),
        _case(
            "batched_mask",
            rng.normal(size=(2, 3, 5, 4)),
            rng.normal(size=(2, 3, 6, 4)),
            rng.normal(size=(2, 3, 6, 3)),
            _random_mask(rng, (2, 3, 5, 6)),
            label="batched with a mask",
        ),
        _case(
            "causal",
            rng.normal(size=(6, 8)),
            rng.normal(size=(6, 8)),
            rng.normal(size=(6, 2)),
            causal,
            label="causal mask",
        ),
        _case(
            "one_allowed_key",
            rng.normal(size=(2, 5, 3)),
            rng.normal(size=(2, 7, 3)),
            rng.normal(size=(2, 7, 4)),
            single,
            label="mask rows with a single allowed key",
        ),
        _case(
            "large_scores",
            *big_scale,
            rng.normal(size=(3, 6, 2)),
            label="large scores (numerical stability)",
        ),
        _case(
            "large_scores_mask",
            *big_scale,
            rng.normal(size=(3, 6, 2)),
            _random_mask(rng, (3, 5, 6), keep=0.4),
            label="large scores with a mask",
        ),
        _case(
            "d_differs_from_dv",
            rng.normal(size=(4, 9)),
            rng.normal(size=(3, 9)),
            rng.normal(size=(3, 2)),
            label="d different from dv",
        ),
        _case(
            "one_key",
            rng.normal(size=(3, 5)),
            rng.normal(size=(1, 5)),
            rng.normal(size=(1, 4)),
            label="a single key",
        ),
        _case(
            "larger",
            rng.normal(size=(4, 32, 16)),
            rng.normal(size=(4, 40, 16)),
            rng.normal(size=(4, 40, 8)),
            _random_mask(rng, (4, 32, 40), keep=0.7),
            label="larger batch",
        ),
    ]


def check(case: Case, output) -> None:
    assert_close(output["out"], case.expected, "output")
