import numpy as np


def kmeans(X, k, max_iters=100, seed=0):
    """Cluster the rows of X into k clusters with Lloyd's algorithm.

    X: (n, d) float array. k: number of clusters (1 <= k <= n).
    Use k-means++ initialisation and at least 10 restarts, keeping the run with the
    lowest inertia. Seed your generator from `seed`.

    Returns (centroids, labels): centroids a (k, d) float array, labels an (n,) int
    array with values in [0, k), each point labelled with a nearest returned centroid.
    """
    raise NotImplementedError
