# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import math
from collections.abc import Mapping

import numpy as np


def _probability(value):
    if isinstance(value, bool | np.bool_) or not isinstance(value, int | float | np.number):
        raise BadOutput(f"each probability must be a number, got {type(value).__name__}")
    value = float(value)
    if not math.isfinite(value):
        raise BadOutput("a probability is NaN or infinite")
    return value


def run(entry, case):
    result = entry(list(case["sentences"]))
    if not isinstance(result, Mapping):
        raise BadOutput(f"expected a dict of dicts, got {type(result).__name__}")
    probs = {}
    for prev, row in result.items():
        if not isinstance(prev, str):
            raise BadOutput(f"outer keys must be strings, got {type(prev).__name__}")
        if not isinstance(row, Mapping):
            raise BadOutput(f"result[{prev!r}] must be a dict, got {type(row).__name__}")
        inner = {}
        for nxt, p in row.items():
            if not isinstance(nxt, str):
                raise BadOutput(f"inner keys must be strings, got {type(nxt).__name__}")
            inner[str(nxt)] = _probability(p)
        probs[str(prev)] = inner
    return {"probs": probs}
