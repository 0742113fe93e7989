# expect: AC
# A different correct solution: k-means++ driven by random.Random, 15 restarts, distances by
# the expansion |x|^2 - 2 x.c + |c|^2, convergence when the centroids stop moving.
import random

import numpy as np


def _assign(X, C):
    d2 = (X * X).sum(1)[:, None] - 2.0 * X @ C.T + (C * C).sum(1)[None, :]
    return d2.argmin(1)


def kmeans(X, k, max_iters=100, seed=0):
    X = np.asarray(X, dtype=float)
    n = len(X)
    rnd = random.Random(seed)
    best = None
    for _ in range(15):
        chosen = [rnd.randrange(n)]
        closest = ((X - X[chosen[0]]) ** 2).sum(1)
        while len(chosen) < k:
            weights = closest.tolist()
            idx = (
                rnd.choices(range(n), weights=weights)[0] if sum(weights) > 0 else rnd.randrange(n)
            )
            chosen.append(idx)
            closest = np.minimum(closest, ((X - X[idx]) ** 2).sum(1))
        C = X[chosen].copy()
        for _ in range(max_iters):
            labels = _assign(X, C)
            sums = np.zeros_like(C)
            np.add.at(sums, labels, X)
            counts = np.bincount(labels, minlength=k)
            newC = C.copy()
            nz = counts > 0
            newC[nz] = sums[nz] / counts[nz][:, None]
            if np.array_equal(newC, C):
                break
            C = newC
        labels = ((X[:, None, :] - C[None]) ** 2).sum(-1).argmin(1)
        inertia = ((X - C[labels]) ** 2).sum()
        if best is None or inertia < best[0]:
            best = (inertia, C, labels)
    return best[1], best[2]
