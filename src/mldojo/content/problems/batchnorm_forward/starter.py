import numpy as np


def batchnorm_forward(
    x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5
) -> np.ndarray:
    """Training-mode batch normalisation: per-feature batch mean and biased variance."""
    raise NotImplementedError
