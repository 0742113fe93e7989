# expect: WA
# Classic (non-inverted) dropout: no scaling in training, scaled by 1 - p at test time.
import numpy as np


def dropout_forward(x, p, seed, training=True):
    if not training:
        return x * (1 - p)
    return x * (np.random.default_rng(seed).random(x.shape) >= p)
