# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def run(entry, case):
    stack = [int(v) for v in np.asarray(case["stack"]).tolist()]
    result = entry(stack)
    if result is None:
        raise BadOutput("sort_stack returned None: return the sorted stack")
    if isinstance(result, np.ndarray):
        result = result.tolist()
    if not isinstance(result, list | tuple):
        raise BadOutput(f"expected a list, got {type(result).__name__}")
    values = []
    for value in result:
        if isinstance(value, bool | np.bool_) or not isinstance(value, int | np.integer):
            raise BadOutput(f"expected a list of ints, found a {type(value).__name__}")
        values.append(int(value))
    return {"stack": values}
