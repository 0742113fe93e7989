import numpy as np


def dropout_forward(x: np.ndarray, p: float, seed: int, training: bool = True) -> np.ndarray:
    if not training or p == 0:
        return x.copy()
    if p >= 1:
        return np.zeros_like(x)
    keep = np.random.default_rng(seed).random(x.shape) >= p
    return np.where(keep, x / (1 - p), 0.0)
