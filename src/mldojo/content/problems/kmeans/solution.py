import numpy as np


def _sq_dists(X, C):
    """Squared Euclidean distances, shape (n, k)."""
    return ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)


def _kmeans_pp(X, k, rng):
    n = X.shape[0]
    centroids = np.empty((k, X.shape[1]))
    centroids[0] = X[rng.integers(n)]
    closest = ((X - centroids[0]) ** 2).sum(axis=1)
    for j in range(1, k):
        total = closest.sum()
        if total > 0:
            idx = int(np.searchsorted(np.cumsum(closest), rng.random() * total, side="right"))
            idx = min(idx, n - 1)
        else:
            idx = int(rng.integers(n))
        centroids[j] = X[idx]
        closest = np.minimum(closest, ((X - centroids[j]) ** 2).sum(axis=1))
    return centroids


def _lloyd(X, centroids, max_iters):
    k = centroids.shape[0]
    labels = _sq_dists(X, centroids).argmin(axis=1)
    for _ in range(max_iters):
        for j in range(k):
            members = X[labels == j]
            if len(members):
                centroids[j] = members.mean(axis=0)
        new_labels = _sq_dists(X, centroids).argmin(axis=1)
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    inertia = float(((X - centroids[labels]) ** 2).sum())
    return centroids, labels, inertia


N_INIT = 10


def kmeans(X, k, max_iters=100, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    best = None
    for _ in range(N_INIT):
        run = _lloyd(X, _kmeans_pp(X, k, rng), max_iters)
        if best is None or run[2] < best[2]:
            best = run
    centroids, labels, _ = best
    return centroids, labels
