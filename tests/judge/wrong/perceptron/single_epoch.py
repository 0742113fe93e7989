# expect: WA
# Makes one pass over the data, ignoring max_epochs.
import numpy as np


def perceptron(X, y, max_epochs=1000):
    X = np.asarray(X, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    for xi, yi in zip(X, y):
        if yi * (xi @ w + b) <= 0:
            w += yi * xi
            b += yi
    return w, b
