# expect: AC
# A different correct solution: Newton's method (iteratively reweighted least squares) for a
# fixed 25 iterations, ignoring lr; it reaches a lower loss than gradient descent.
import math

import numpy as np


def logistic_regression(X, y, lr=0.1, n_iters=1000):
    A = np.hstack([X, np.ones((len(X), 1))])
    theta = np.zeros(A.shape[1])
    for _ in range(25):
        p = np.array([1 / (1 + math.exp(-z)) if z > -700 else 0.0 for z in A @ theta])
        H = A.T @ (A * (p * (1 - p))[:, None]) + 1e-12 * np.eye(A.shape[1])
        theta -= np.linalg.solve(H, A.T @ (p - y))
    return theta[:-1], float(theta[-1])
