# expect: AC
# Variance from the raw moments E[x^2] - E[x]^2 (fine for well-scaled data).
import numpy as np


def batchnorm_forward(x, gamma, beta, eps=1e-5):
    n = x.shape[0]
    mean = x.sum(axis=0) / n
    var = (x * x).sum(axis=0) / n - mean * mean
    inv = 1.0 / np.sqrt(var + eps)
    return (x - mean) * (gamma * inv) + beta
