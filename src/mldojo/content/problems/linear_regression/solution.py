import numpy as np


def linear_regression(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    design = np.hstack([X, np.ones((X.shape[0], 1))])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    return coef[:-1], float(coef[-1])
