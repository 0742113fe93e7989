# expect: WA
# Dual coordinate descent with the intercept folded into w as a constant feature: this
# solves a different problem, 0.5 * (||w||^2 + b^2) + C * hinge, and is far off when the
# data lie away from the origin.
import numpy as np


def linear_svm(X, y, C=1.0):
    A = np.hstack([X, np.ones((len(X), 1))])
    alpha = np.zeros(len(X))
    w = np.zeros(A.shape[1])
    q = (A * A).sum(axis=1)
    for _ in range(60):
        for i in range(len(X)):
            g = y[i] * (w @ A[i]) - 1
            new = min(max(alpha[i] - g / q[i], 0.0), C)
            w += (new - alpha[i]) * y[i] * A[i]
            alpha[i] = new
    return w[:-1], float(w[-1])
