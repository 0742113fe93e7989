# expect: WA
# Sorts the probabilities in decreasing order to speed up the scan, then returns positions in
# the sorted order instead of the original category indices.
import numpy as np


def sample_categorical(p, n, seed):
    order = np.argsort(-p, kind="stable")
    cdf = np.cumsum(p[order])
    u = np.random.default_rng(seed).random(n) * cdf[-1]
    return np.minimum(np.searchsorted(cdf, u, side="right"), len(p) - 1)
