# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def make_input(shape):
    """Deterministic, zero-free test data: the judge rebuilds the same array."""
    size = int(np.prod(shape))
    idx = np.arange(size)
    magnitude = ((idx * 7919) % 1000 + 1) / 100.0
    sign = np.where((idx // 3) % 2 == 0, 1.0, -1.0)
    return (magnitude * sign).reshape(shape)


def run(entry, case):
    shape = tuple(case["shape"])
    x = np.array(case["x"], dtype=np.float64).reshape(shape) if "x" in case else make_input(shape)
    args = (x, float(case["p"]), int(case["seed"]))
    kwargs = {"training": bool(case["training"])} if "training" in case else {}
    return {"out": to_array(entry(*args, **kwargs))}
