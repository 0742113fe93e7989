# expect: WA
# Assigns points by L1 distance instead of Euclidean distance.
import numpy as np


def kmeans(X, k, max_iters=100, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    best = None
    for _ in range(10):
        C = [X[rng.integers(len(X))]]
        for _ in range(1, k):
            d2 = np.min([((X - c) ** 2).sum(1) for c in C], axis=0)
            C.append(X[rng.choice(len(X), p=d2 / d2.sum())])
        C = np.array(C)
        labels = None
        for _ in range(max_iters):
            new = np.abs(X[:, None, :] - C[None]).sum(-1).argmin(1)
            if labels is not None and np.array_equal(new, labels):
                break
            labels = new
            for j in range(k):
                if np.any(labels == j):
                    C[j] = X[labels == j].mean(0)
        inertia = ((X - C[labels]) ** 2).sum()
        if best is None or inertia < best[0]:
            best = (inertia, C, labels)
    return best[1], best[2]
