# expect: WA
# Divides by 1 - p unconditionally: p = 1 gives 0/0 = NaN.
import numpy as np


def dropout_forward(x, p, seed, training=True):
    if not training:
        return x
    mask = np.random.default_rng(seed).random(x.shape) >= p
    with np.errstate(divide="ignore", invalid="ignore"):
        return x * mask / (1 - p)
