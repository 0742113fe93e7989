# expect: WA
# Uses the unbiased sample variance (ddof=1) instead of the batch's biased variance.
import numpy as np


def batchnorm_forward(x, gamma, beta, eps=1e-5):
    with np.errstate(invalid="ignore", divide="ignore"):
        var = x.var(axis=0, ddof=1)
    return gamma * (x - x.mean(axis=0)) / np.sqrt(var + eps) + beta
