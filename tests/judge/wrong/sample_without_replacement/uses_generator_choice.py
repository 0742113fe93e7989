# expect: BANNED
# Calls the library sampler, which the problem forbids.
import numpy as np


def sample_without_replacement(n, k, seed):
    return np.random.default_rng(seed).choice(n, size=k, replace=False)
