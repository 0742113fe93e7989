import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    """Logistic function that never overflows: exp of a non-positive number only."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def logistic_regression(X, y, lr=0.1, n_iters=1000):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        residual = _sigmoid(X @ w + b) - y
        w -= lr * (X.T @ residual) / n
        b -= lr * residual.mean()
    return w, float(b)
