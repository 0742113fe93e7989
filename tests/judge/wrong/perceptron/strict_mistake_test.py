# expect: WA
# Updates only when y * score < 0: starting from zero every score is 0, so nothing updates.
import numpy as np


def perceptron(X, y, max_epochs=1000):
    X = np.asarray(X, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    for _ in range(max_epochs):
        mistakes = 0
        for xi, yi in zip(X, y):
            if yi * (xi @ w + b) < 0:
                w += yi * xi
                b += yi
                mistakes += 1
        if mistakes == 0:
            break
    return w, b
