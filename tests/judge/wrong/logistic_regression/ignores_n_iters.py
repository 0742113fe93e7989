# expect: WA
# Always runs 20 steps, whatever n_iters says: stops far from where gradient descent gets.
import numpy as np


def logistic_regression(X, y, lr=0.1, n_iters=1000):
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(20):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        w -= lr * X.T @ (p - y) / len(y)
        b -= lr * np.mean(p - y)
    return w, b
