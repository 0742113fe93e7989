# expect: WA
# Treats p as the keep probability (the convention of some frameworks) instead of the drop
# probability.
import numpy as np


def dropout_forward(x, p, seed, training=True):
    if not training or p == 0 or p == 1:
        return x if p == 0 or not training else np.zeros_like(x)
    mask = np.random.default_rng(seed).random(x.shape) < p
    return x * mask / p
