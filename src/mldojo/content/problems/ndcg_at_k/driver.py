# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def run(entry, case):
    relevances = np.array(case["relevances"], dtype=np.int64)
    return {"ndcg": to_array(entry(relevances, int(case["k"])))}
