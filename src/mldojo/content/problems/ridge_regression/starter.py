import numpy as np


def ridge_regression(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Minimise ||y - X w - b||^2 + alpha * ||w||^2 (the intercept b is not penalised).

    X: (n, d) float array; y: (n,) float array; alpha >= 0.
    Returns (w, b): w a (d,) float array and b a float.
    """
    raise NotImplementedError
