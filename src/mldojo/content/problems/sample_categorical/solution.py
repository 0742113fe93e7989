import numpy as np


def sample_categorical(p: np.ndarray, n: int, seed: int) -> np.ndarray:
    """Inversion: the first index whose cumulative probability exceeds a uniform draw."""
    p = np.asarray(p, dtype=float)
    cdf = np.cumsum(p)
    u = np.random.default_rng(seed).random(n) * cdf[-1]  # rescaled: rounding never overflows
    index = np.searchsorted(cdf, u, side="right")
    return np.minimum(index, np.flatnonzero(p > 0)[-1])
