# expect: WA
# Forgets the intercept: solves (X^T X + alpha I) w = X^T y on the raw data, b = 0.
import numpy as np


def ridge_regression(X, y, alpha):
    w = np.linalg.solve(X.T @ X + alpha * np.eye(X.shape[1]), X.T @ y)
    return w, 0.0
