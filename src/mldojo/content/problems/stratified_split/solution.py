import numpy as np


def stratified_split(y, test_fraction, seed):
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    test = []
    for c in np.unique(y):
        members = np.flatnonzero(y == c)
        shuffled = members[rng.permutation(len(members))]
        test.append(shuffled[: int(round(len(members) * test_fraction))])
    test_idx = np.sort(np.concatenate(test)) if test else np.zeros(0, dtype=np.int64)
    mask = np.ones(len(y), dtype=bool)
    mask[test_idx] = False
    return np.flatnonzero(mask), test_idx
