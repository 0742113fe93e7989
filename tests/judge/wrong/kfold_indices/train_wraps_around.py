# expect: WA
# Training set built as "after the fold, then before it": right indices, wrong order.
import numpy as np


def kfold_indices(n, k):
    q, r = divmod(n, k)
    folds, start = [], 0
    for i in range(k):
        stop = start + q + (i < r)
        test = np.arange(start, stop)
        train = np.concatenate([np.arange(stop, n), np.arange(0, start)])
        folds.append((train, test))
        start = stop
    return folds
