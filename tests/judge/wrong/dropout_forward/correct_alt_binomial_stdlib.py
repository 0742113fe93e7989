# expect: AC
# Mask from the standard library's random module, one draw per entry.
import random

import numpy as np


def dropout_forward(x, p, seed, training=True):
    if not training:
        return np.array(x, dtype=float)
    rng = random.Random(seed)
    flat = x.ravel()
    out = np.zeros(flat.shape)
    if p < 1:
        scale = 1.0 / (1.0 - p)
        for i in range(flat.size):
            if rng.random() >= p:
                out[i] = flat[i] * scale
    return out.reshape(x.shape)
