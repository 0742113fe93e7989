# expect: WA
# Uses max(0, -y f(x)) (no margin of 1) in a subgradient method: w = 0, b = 0 is already
# optimal for that loss, so the result is useless for the SVM objective.
import numpy as np


def linear_svm(X, y, C=1.0):
    w = np.zeros(X.shape[1])
    b = 0.0
    for t in range(1, 1001):
        viol = y * (X @ w + b) < 0
        gw = w - C * (y[viol, None] * X[viol]).sum(axis=0)
        gb = -C * y[viol].sum()
        w -= gw / t
        b -= gb / t
    return w, b
