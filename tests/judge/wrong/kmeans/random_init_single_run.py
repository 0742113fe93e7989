# expect: WA
# One Lloyd run from k random data points, no k-means++ and no restarts: on data with many
# clusters it gets stuck in a poor local optimum and misses the inertia bound.
import numpy as np


def kmeans(X, k, max_iters=100, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    C = X[rng.choice(len(X), size=k, replace=False)].copy()
    labels = None
    for _ in range(max_iters):
        new = ((X[:, None, :] - C[None]) ** 2).sum(-1).argmin(1)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        for j in range(k):
            if np.any(labels == j):
                C[j] = X[labels == j].mean(0)
    return C, labels
