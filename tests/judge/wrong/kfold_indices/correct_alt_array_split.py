# expect: AC
# np.array_split already puts the extra samples in the first folds.
import numpy as np


def kfold_indices(n, k):
    idx = np.arange(n)
    out = []
    for test in np.array_split(idx, k):
        mask = np.ones(n, dtype=bool)
        mask[test] = False
        out.append((idx[mask], test))
    return out
