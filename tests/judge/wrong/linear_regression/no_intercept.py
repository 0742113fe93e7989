# expect: WA
# Fits the line through the origin: no column of ones, b returned as 0.
import numpy as np


def linear_regression(X, y):
    w, *_ = np.linalg.lstsq(X, y, rcond=None)
    return w, 0.0
