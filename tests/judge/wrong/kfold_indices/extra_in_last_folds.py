# expect: WA
# Gives the leftover samples to the last folds instead of the first ones.
import numpy as np


def kfold_indices(n, k):
    q, r = divmod(n, k)
    sizes = [q + (1 if i >= k - r else 0) for i in range(k)]
    folds, start = [], 0
    for size in sizes:
        test = np.arange(start, start + size)
        train = np.r_[np.arange(start), np.arange(start + size, n)]
        folds.append((train, test))
        start += size
    return folds
