# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def run(entry, case):
    x = np.array(case["x"], dtype=np.float64).reshape(case["shape"])
    gamma = np.array(case["gamma"], dtype=np.float64)
    beta = np.array(case["beta"], dtype=np.float64)
    kwargs = {"eps": float(case["eps"])} if "eps" in case else {}
    return {"out": to_array(entry(x, gamma, beta, **kwargs))}
