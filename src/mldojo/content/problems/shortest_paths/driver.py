# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import math

import numpy as np


def run(entry, case):
    edges = [[int(u), int(v), w] for u, v, w in case["edges"]]
    result = entry(case["n"], edges, case["source"])
    if result is None:
        return {"negative_cycle": True, "dist": []}
    if isinstance(result, np.ndarray):
        result = result.tolist()
    if not isinstance(result, list | tuple):
        raise BadOutput(f"expected a list or None, got {type(result).__name__}")
    dist = []
    for value in result:
        if value is None:
            dist.append(None)
        elif isinstance(value, bool | np.bool_) or not isinstance(
            value, int | float | np.integer | np.floating
        ):
            raise BadOutput(f"distances must be numbers or None, found {type(value).__name__}")
        elif not math.isfinite(float(value)):
            dist.append("inf" if float(value) > 0 else "nan or -inf")
        else:
            dist.append(float(value))
    return {"negative_cycle": False, "dist": dist}
