# expect: WA
# Returns the eigenvectors as columns (the (d, d) matrix sliced the wrong way).
import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    vals, vecs = np.linalg.eigh(np.cov(Xc, rowvar=False))
    order = np.argsort(vals)[::-1]
    vals, vecs = vals[order], vecs[:, order]
    return vecs[:n_components], vals[:n_components] / vals.sum()
