# expect: WA
# Divides by the variance of the kept components only, not by the total variance.
import numpy as np


def pca(X, n_components):
    Xc = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    var = s[:n_components] ** 2
    return vt[:n_components], var / var.sum()
