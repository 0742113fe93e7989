# expect: WA
# Takes the intercept as mean(y) and fits w on the raw (uncentred) features: only right when
# the features have mean zero.
import numpy as np


def linear_regression(X, y):
    w, *_ = np.linalg.lstsq(X, y - y.mean(), rcond=None)
    return w, float(y.mean())
