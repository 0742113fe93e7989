# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def run(entry, case):
    result = entry(str(case["s"]))
    if isinstance(result, bool | np.bool_) or not isinstance(result, int | np.integer):
        raise BadOutput(f"expected an int, got {type(result).__name__}")
    return {"count": int(result)}
