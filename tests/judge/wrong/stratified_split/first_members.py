# expect: WA
# Takes the first round(n_c * f) members of every class, ignoring the seed: the sizes are
# right but the same indices are always in the test part.
import numpy as np


def stratified_split(y, test_fraction, seed):
    test = []
    for c in np.unique(y):
        members = np.flatnonzero(y == c)
        test.extend(members[: round(len(members) * test_fraction)])
    test = np.array(sorted(test), dtype=int)
    train = np.setdiff1d(np.arange(len(y)), test)
    return train, test
