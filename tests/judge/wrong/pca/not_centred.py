# expect: WA
# Takes the SVD of the raw data without subtracting the column means: on data away from the
# origin the first "component" points at the mean.
import numpy as np


def pca(X, n_components):
    _, s, vt = np.linalg.svd(X, full_matrices=False)
    var = s**2
    return vt[:n_components], var[:n_components] / var.sum()
