# expect: WA
# Zeroes entries but forgets to scale the kept ones by 1 / (1 - p).
import numpy as np


def dropout_forward(x, p, seed, training=True):
    if not training:
        return x
    mask = np.random.default_rng(seed).random(x.shape) >= p
    return x * mask
