import numpy as np
from scipy.stats import binomtest

from mldojo.judge.checking import GOF_ALPHA, Case, WrongAnswer, as_array, assert_distribution

MIN_STAT_SIZE = 100_000
BLOCKS = 20


def make_input(shape):
    """Same formula as driver.py's make_input."""
    size = int(np.prod(shape))
    idx = np.arange(size)
    magnitude = ((idx * 7919) % 1000 + 1) / 100.0
    sign = np.where((idx // 3) % 2 == 0, 1.0, -1.0)
    return (magnitude * sign).reshape(shape)


def _case(name, shape, p, seed, training=None, hidden=True, label="", x=None):
    inputs = {"shape": list(shape), "p": float(p), "seed": int(seed)}
    if x is not None:
        inputs["x"] = [float(v) for v in np.ravel(x)]
    if training is not None:
        inputs["training"] = bool(training)
    return Case(name, inputs, hidden=hidden, label=label)


def cases() -> list[Case]:
    return [
        _case("example", (1, 4), 0.5, 3, hidden=False, label="example", x=[1, 2, 3, 4]),
        _case(
            "eval_public",
            (1, 4),
            0.5,
            3,
            training=False,
            hidden=False,
            label="not training",
            x=[1, 2, 3, 4],
        ),
        _case("half", (400, 500), 0.5, 1, label="p = 0.5"),
        _case("low_p", (200_000,), 0.1, 2, label="p = 0.1"),
        _case("high_p", (50, 40, 60), 0.9, 3, label="p = 0.9, 3-D input"),
        _case("default_training", (300, 400), 0.3, 4, label="training flag left at its default"),
        _case("p_zero", (100, 100), 0.0, 5, label="p = 0"),
        _case("p_one", (100, 100), 1.0, 6, label="p = 1"),
        _case("eval_mode", (300, 400), 0.3, 7, training=False, label="not training"),
        _case("eval_mode_high_p", (50, 50), 0.9, 8, training=False, label="not training, high p"),
    ]


def check(case: Case, output) -> None:
    shape = tuple(case.inputs["shape"])
    p = case.inputs["p"]
    if "x" in case.inputs:
        x = np.array(case.inputs["x"], dtype=float).reshape(shape)
    else:
        x = make_input(shape)
    out = as_array(output["out"], "output", "f", shape).astype(float)
    if not case.inputs.get("training", True):
        if not np.allclose(out, x, rtol=1e-6, atol=1e-9):
            raise WrongAnswer("when not training the output must equal x exactly (no scaling)")
        return
    dropped = out == 0
    kept = ~dropped
    if p >= 1:
        if kept.any():
            raise WrongAnswer("with p = 1 every entry must be 0")
        return
    if not np.allclose(out[kept], x[kept] / (1 - p), rtol=1e-6, atol=1e-9):
        raise WrongAnswer("kept entries must equal x / (1 - p)")
    if p == 0:
        if dropped.any():
            raise WrongAnswer("with p = 0 no entry may be dropped")
        return
    n = out.size
    if n < MIN_STAT_SIZE:
        return
    zeros = int(dropped.sum())
    pvalue = binomtest(zeros, n, p).pvalue
    if pvalue < GOF_ALPHA:
        raise WrongAnswer(
            "the share of zeroed entries is not consistent with p"
            f" (binomial test p-value {pvalue:.2g})"
        )
    per_block = np.array([b.sum() for b in np.array_split(dropped.ravel(), BLOCKS)])
    sizes = np.array([len(b) for b in np.array_split(dropped.ravel(), BLOCKS)])
    assert_distribution(per_block, sizes / sizes.sum(), "positions of the zeroed entries")
