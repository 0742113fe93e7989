# expect: BANNED
# Uses the library's categorical sampler.
import numpy as np


def sample_categorical(p, n, seed):
    return np.random.default_rng(seed).choice(len(p), size=n, p=p)
