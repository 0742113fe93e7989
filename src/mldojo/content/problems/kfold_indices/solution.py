import numpy as np


def kfold_indices(n: int, k: int) -> list[tuple[np.ndarray, np.ndarray]]:
    q, r = divmod(n, k)
    folds = []
    start = 0
    for fold in range(k):
        stop = start + q + (1 if fold < r else 0)
        test = np.arange(start, stop)
        train = np.concatenate([np.arange(0, start), np.arange(stop, n)])
        folds.append((train, test))
        start = stop
    return folds
