# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def run(entry, case):
    y_true = np.array(case["y_true"], dtype=np.int64)
    scores = np.array(case["scores"], dtype=np.float64)
    return {"auc": to_array(entry(y_true, scores))}
