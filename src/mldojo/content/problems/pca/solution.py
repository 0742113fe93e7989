import numpy as np


def pca(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray]:
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    _, singular, vt = np.linalg.svd(centred, full_matrices=False)
    variance = singular**2
    return vt[:n_components], variance[:n_components] / variance.sum()
