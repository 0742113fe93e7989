import math

import numpy as np

from mldojo.judge.checking import Case, assert_close

DEFAULTS = {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8}


def _expected(params, grads, m, v, t, hyper):
    """Element by element with math.sqrt, straight from Algorithm 1 of the paper."""
    h = {**DEFAULTS, **hyper}
    b1, b2 = h["beta1"], h["beta2"]
    out_p, out_m, out_v = [], [], []
    for p, g, mi, vi in zip(params.ravel(), grads.ravel(), m.ravel(), v.ravel(), strict=True):
        mi = b1 * mi + (1 - b1) * g
        vi = b2 * vi + (1 - b2) * g * g
        step = h["lr"] * (mi / (1 - b1**t)) / (math.sqrt(vi / (1 - b2**t)) + h["eps"])
        out_p.append(p - step)
        out_m.append(mi)
        out_v.append(vi)
    shape = params.shape
    return tuple(np.array(x, dtype=float).reshape(shape) for x in (out_p, out_m, out_v))


def _case(name, params, grads, m, v, t, hyper=None, hidden=True, label=""):
    hyper = hyper or {}
    arrays = [np.asarray(a, dtype=float) for a in (params, grads, m, v)]
    shape = arrays[0].shape
    inputs = {
        key: a.ravel().tolist()
        for key, a in zip(("params", "grads", "m", "v"), arrays, strict=True)
    }
    inputs.update({"shape": list(shape), "t": int(t), "hyper": dict(hyper)})
    return Case(
        name,
        inputs,
        hidden=hidden,
        label=label,
        expected=_expected(*arrays, int(t), hyper),
    )


def cases() -> list[Case]:
    rng = np.random.default_rng(99)
    mid_p = rng.normal(size=(4, 5))
    mid_g = rng.normal(size=(4, 5))
    mid_m = rng.normal(scale=0.1, size=(4, 5))
    mid_v = rng.random(size=(4, 5)) * 0.01
    tiny_g = rng.choice([-1.0, 1.0], size=6) * 10.0 ** rng.integers(-10, -7, size=6)
    big = [rng.normal(size=(300, 200)) for _ in range(2)]
    return [
        _case(
            "example",
            [1.0, -2.0],
            [0.5, -0.1],
            [0.0, 0.0],
            [0.0, 0.0],
            1,
            {"lr": 0.1},
            hidden=False,
            label="example (first step)",
        ),
        _case(
            "defaults_public",
            mid_p[0],
            mid_g[0],
            mid_m[0],
            mid_v[0],
            3,
            hidden=False,
            label="default hyperparameters",
        ),
        _case(
            "first_step_defaults",
            rng.normal(size=10),
            rng.normal(size=10),
            np.zeros(10),
            np.zeros(10),
            1,
            label="first step (t = 1)",
        ),
        _case("second_step", mid_p, mid_g, mid_m, mid_v, 2, label="t = 2, 2-D parameters"),
        _case(
            "late_step",
            mid_p,
            mid_g,
            mid_m,
            mid_v,
            5000,
            {"lr": 0.01},
            label="late step (bias correction near 1)",
        ),
        _case(
            "custom_betas",
            mid_p,
            mid_g,
            mid_m,
            mid_v,
            7,
            {"lr": 0.05, "beta1": 0.8, "beta2": 0.99, "eps": 1e-6},
            label="non-default betas and eps",
        ),
        _case(
            "tiny_gradients",
            np.ones(6),
            tiny_g,
            np.zeros(6),
            np.zeros(6),
            1,
            label="gradients near eps (eps placement)",
        ),
        _case(
            "zero_gradients",
            mid_p[1],
            np.zeros(5),
            mid_m[1],
            mid_v[1],
            4,
            label="zero gradients with non-zero moments",
        ),
        _case(
            "large",
            big[0],
            big[1],
            np.zeros((300, 200)),
            np.zeros((300, 200)),
            1,
            {"lr": 3e-4},
            label="large parameter array",
        ),
    ]


def check(case: Case, output) -> None:
    want_p, want_m, want_v = case.expected
    assert_close(output["m"], want_m, "m (first moment)")
    assert_close(output["v"], want_v, "v (second moment)")
    assert_close(output["params"], want_p, "params")
