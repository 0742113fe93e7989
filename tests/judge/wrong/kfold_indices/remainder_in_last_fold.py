# expect: WA
# Equal folds of n // k and the whole remainder dumped into the last fold.
import numpy as np


def kfold_indices(n, k):
    size = n // k
    folds = []
    for i in range(k):
        start = i * size
        stop = n if i == k - 1 else start + size
        test = np.arange(start, stop)
        train = np.array([j for j in range(n) if j < start or j >= stop], dtype=int)
        folds.append((train, test))
    return folds
