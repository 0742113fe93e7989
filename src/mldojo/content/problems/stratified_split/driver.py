# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821
import numpy as np


def _indices(value, name):
    array = to_array(value)
    if array.ndim != 1:
        raise BadOutput(f"{name}: expected a 1-D array, got shape {array.shape}")
    if array.size and array.dtype.kind not in "iu":
        raise BadOutput(f"{name}: expected an integer array, got dtype {array.dtype}")
    return array.astype(np.int64)


def run(entry, case):
    """Calls the learner once per seed; returns every split, concatenated, with lengths."""
    y = case["y"]
    trains, tests = [], []
    for seed in range(case["first_seed"], case["first_seed"] + case["seeds"]):
        train, test = unpack(entry(y.copy(), case["test_fraction"], seed), 2)
        trains.append(_indices(train, "train_idx"))
        tests.append(_indices(test, "test_idx"))
    return {
        "train": np.concatenate(trains).astype(np.int32),
        "test": np.concatenate(tests).astype(np.int32),
        "train_len": np.array([len(a) for a in trains], dtype=np.int64),
        "test_len": np.array([len(a) for a in tests], dtype=np.int64),
    }
