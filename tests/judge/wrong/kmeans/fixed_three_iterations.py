# expect: WA
# Runs exactly three Lloyd iterations and returns the labels of the last assignment with the
# centroids updated after it: the two disagree when the run has not converged.
import numpy as np


def kmeans(X, k, max_iters=100, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    C = X[rng.choice(len(X), size=k, replace=False)].copy()
    for _ in range(3):
        labels = ((X[:, None, :] - C[None]) ** 2).sum(-1).argmin(1)
        for j in range(k):
            if np.any(labels == j):
                C[j] = X[labels == j].mean(0)
    return C, labels
