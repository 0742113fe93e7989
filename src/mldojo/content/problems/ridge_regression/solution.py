import numpy as np


def ridge_regression(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    d = X.shape[1]
    # Solving the regularised least-squares system as a stacked lstsq is stable for any alpha.
    stacked = np.vstack([Xc, np.sqrt(alpha) * np.eye(d)])
    target = np.concatenate([y - y_mean, np.zeros(d)])
    w, *_ = np.linalg.lstsq(stacked, target, rcond=None)
    return w, float(y_mean - x_mean @ w)
