# expect: WA
# Normalises each example over its features (layer norm) instead of each feature over the
# batch.
import numpy as np


def batchnorm_forward(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=1, keepdims=True)
    var = x.var(axis=1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta
