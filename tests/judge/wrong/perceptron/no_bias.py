# expect: WA
# No bias term: the boundary is forced through the origin.
import numpy as np


def perceptron(X, y, max_epochs=1000):
    X = np.asarray(X, dtype=float)
    w = np.zeros(X.shape[1])
    for _ in range(max_epochs):
        mistakes = 0
        for xi, yi in zip(X, y):
            if yi * (xi @ w) <= 0:
                w += yi * xi
                mistakes += 1
        if mistakes == 0:
            break
    return w, 0.0
