# expect: WA
# Subgradient descent with a constant step for only 50 iterations: nowhere near converged.
import numpy as np


def linear_svm(X, y, C=1.0):
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(50):
        viol = y * (X @ w + b) < 1
        gw = w - C * (y[viol, None] * X[viol]).sum(axis=0)
        gb = -C * y[viol].sum()
        w -= 0.001 * gw
        b -= 0.001 * gb
    return w, b
