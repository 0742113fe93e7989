# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
from collections.abc import Mapping

import numpy as np

KEYS = ("W1", "b1", "W2", "b2")


def run(entry, case):
    args = [np.array(case[name], dtype=np.float64) for name in ("X",)]
    y = np.array(case["y"], dtype=np.int64)
    params = [np.array(case[name], dtype=np.float64) for name in KEYS]
    result = entry(args[0], y, *params)
    if not isinstance(result, Mapping):
        raise BadOutput(f"expected a dict with keys W1, b1, W2, b2, got {type(result).__name__}")
    missing = [key for key in KEYS if key not in result]
    if missing:
        raise BadOutput(f"the result dict lacks the keys {missing}")
    return {key: to_array(result[key]) for key in KEYS}
