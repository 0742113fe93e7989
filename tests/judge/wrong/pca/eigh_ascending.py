# expect: WA
# Uses np.linalg.eigh and keeps its ascending order: returns the directions of least variance.
import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    vals, vecs = np.linalg.eigh(Xc.T @ Xc)
    return vecs[:, :n_components].T, vals[:n_components] / vals.sum()
