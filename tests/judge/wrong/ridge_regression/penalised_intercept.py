# expect: WA
# Appends a column of ones and adds alpha to the whole diagonal: the intercept is penalised
# as well, which shrinks b towards 0.
import numpy as np


def ridge_regression(X, y, alpha):
    A = np.hstack([X, np.ones((len(X), 1))])
    coef = np.linalg.solve(A.T @ A + alpha * np.eye(A.shape[1]), A.T @ y)
    return coef[:-1], float(coef[-1])
