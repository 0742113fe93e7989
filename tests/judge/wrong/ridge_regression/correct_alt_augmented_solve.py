# expect: AC
# A different correct solution: the augmented normal equations with a penalty matrix whose
# last diagonal entry (the intercept's) is zero.
import numpy as np


def ridge_regression(X, y, alpha):
    n, d = X.shape
    A = np.hstack([X, np.ones((n, 1))])
    P = alpha * np.eye(d + 1)
    P[d, d] = 0.0
    coef = np.linalg.solve(A.T @ A + P, A.T @ y)
    return coef[:d], float(coef[d])
