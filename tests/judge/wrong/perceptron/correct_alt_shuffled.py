# expect: AC
# A different correct solution: visits the points in a new random order every epoch and
# uses a learning rate of 0.5 (the perceptron converges for any positive rate).
import random

import numpy as np


def perceptron(X, y, max_epochs=1000):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    order = list(range(len(y)))
    rnd = random.Random(0)
    for _ in range(max_epochs):
        if np.all(y * (X @ w + b) > 0):
            break
        rnd.shuffle(order)
        for i in order:
            if y[i] * (X[i] @ w + b) <= 0:
                w += 0.5 * y[i] * X[i]
                b += 0.5 * y[i]
    return w, b
