import numpy as np


def attention(
    Q: np.ndarray, K: np.ndarray, V: np.ndarray, mask: np.ndarray | None = None
) -> np.ndarray:
    """softmax(Q K^T / sqrt(d)) V over the last two axes, with optional leading batch axes.

    mask (optional, boolean, shape (..., n, m)) is True where attending is allowed.
    """
    raise NotImplementedError
