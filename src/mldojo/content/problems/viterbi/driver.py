# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def run(entry, case):
    obs = [int(v) for v in np.asarray(case["obs"]).tolist()]
    result = entry(obs, case["start_p"].copy(), case["trans_p"].copy(), case["emit_p"].copy())
    path, log_prob = unpack(result, 2)
    if isinstance(path, np.ndarray):
        path = path.tolist()
    if not isinstance(path, list | tuple):
        raise BadOutput(f"path: expected a list of ints, got {type(path).__name__}")
    if any(isinstance(s, bool | np.bool_) or not isinstance(s, int | np.integer) for s in path):
        raise BadOutput("path: expected a list of ints")
    return {"path": [int(s) for s in path], "log_prob": to_array(log_prob)}
