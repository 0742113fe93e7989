# expect: WA
# Trains only w (no bias term): on data whose classes are not centred at the origin the loss
# stays higher than gradient descent with an intercept.
import numpy as np


def logistic_regression(X, y, lr=0.1, n_iters=1000):
    w = np.zeros(X.shape[1])
    for _ in range(n_iters):
        p = 1 / (1 + np.exp(-(X @ w)))
        w -= lr * X.T @ (p - y) / len(y)
    return w, 0.0
