# expect: AC
# A different correct solution: eigen-decomposition of the (n - 1)-normalised covariance,
# sorted by decreasing eigenvalue, each vector given a positive largest entry.
import numpy as np


def pca(X, n_components):
    cov = np.cov(X, rowvar=False)
    vals, vecs = np.linalg.eigh(np.atleast_2d(cov))
    order = np.argsort(vals)[::-1]
    vals = np.clip(vals[order], 0.0, None)
    vecs = vecs[:, order].T[:n_components]
    for row in vecs:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    return vecs, vals[:n_components] / vals.sum()
