# expect: WA
# Draws one keep/drop decision per feature (last axis) and broadcasts it over the batch, so
# entries are not dropped independently.
import numpy as np


def dropout_forward(x, p, seed, training=True):
    if not training or p == 0:
        return x
    if p == 1:
        return np.zeros_like(x)
    keep = np.random.default_rng(seed).random(x.shape[-1]) >= p
    return x * keep / (1 - p)
