# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def run(entry, case):
    shape = tuple(case["shape"])
    arrays = [
        np.array(case[name], dtype=np.float64).reshape(shape)
        for name in ("params", "grads", "m", "v")
    ]
    kwargs = {name: float(value) for name, value in case["hyper"].items()}
    params, m, v = unpack(entry(*arrays, int(case["t"]), **kwargs), 3)
    return {"params": to_array(params), "m": to_array(m), "v": to_array(v)}
