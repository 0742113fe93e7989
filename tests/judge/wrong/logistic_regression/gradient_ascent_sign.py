# expect: WA
# Sign error: steps along +gradient (y - p taken as the error but subtracted), so the loss grows.
import numpy as np


def logistic_regression(X, y, lr=0.1, n_iters=1000):
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(n_iters):
        p = 1 / (1 + np.exp(-np.clip(X @ w + b, -500, 500)))
        w -= lr * X.T @ (y - p) / len(y)
        b -= lr * np.mean(y - p)
    return w, b
