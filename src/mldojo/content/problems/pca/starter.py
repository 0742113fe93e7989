import numpy as np


def pca(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray]:
    """Principal components of the centred data.

    Returns (components, explained_variance_ratio): an (n_components, d) array of unit
    rows sorted by decreasing variance, and each one's share of the total variance.
    """
    raise NotImplementedError
