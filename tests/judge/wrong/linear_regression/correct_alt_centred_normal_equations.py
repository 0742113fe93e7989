# expect: AC
# A different correct solution: centre the data, solve the normal equations for w, then
# recover the intercept from the means.
import numpy as np


def linear_regression(X, y):
    x_mean = X.mean(axis=0)
    y_mean = y.mean()
    Xc = X - x_mean
    w = np.linalg.solve(Xc.T @ Xc, Xc.T @ (y - y_mean))
    return w, float(y_mean - x_mean @ w)
