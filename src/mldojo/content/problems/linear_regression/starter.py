import numpy as np


def linear_regression(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Least-squares fit of y ≈ X @ w + b.

    X: (n, d) float array; y: (n,) float array.
    Returns (w, b): w a (d,) float array and b a float (the intercept, not penalised).
    """
    raise NotImplementedError
