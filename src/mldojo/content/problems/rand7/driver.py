# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import random

import numpy as np


def run(entry, case):
    source = random.Random(case["seed"])
    draw = source.randrange
    calls = [0]

    def rand5():
        calls[0] += 1
        return draw(5) + 1

    results = np.empty(case["n"], dtype=np.int64)
    for i in range(case["n"]):
        value = entry(rand5)
        if isinstance(value, bool | np.bool_) or not isinstance(value, int | np.integer):
            raise BadOutput(f"rand7 must return an int, got {type(value).__name__}")
        results[i] = value
    return {"results": results, "calls": calls[0]}
