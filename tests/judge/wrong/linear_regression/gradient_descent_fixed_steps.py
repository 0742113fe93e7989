# expect: WA
# Gradient descent for a fixed 500 steps: not converged, so not the least-squares solution.
import numpy as np


def linear_regression(X, y):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(500):
        r = X @ w + b - y
        w -= 0.01 * X.T @ r / n
        b -= 0.01 * r.mean()
    return w, b
