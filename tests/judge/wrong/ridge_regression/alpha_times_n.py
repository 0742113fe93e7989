# expect: WA
# Minimises the mean squared error plus alpha * ||w||^2, i.e. uses n * alpha as the penalty.
import numpy as np


def ridge_regression(X, y, alpha):
    n, d = X.shape
    xm, ym = X.mean(axis=0), y.mean()
    Xc = X - xm
    w = np.linalg.solve(Xc.T @ Xc + n * alpha * np.eye(d), Xc.T @ (y - ym))
    return w, float(ym - xm @ w)
