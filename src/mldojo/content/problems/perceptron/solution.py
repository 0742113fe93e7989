import numpy as np


def perceptron(X, y, max_epochs=1000):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(max_epochs):
        mistakes = 0
        for xi, yi in zip(X, y, strict=True):
            if yi * (xi @ w + b) <= 0:  # on the boundary counts as a mistake
                w += yi * xi
                b += yi
                mistakes += 1
        if mistakes == 0:
            break
    return w, float(b)
