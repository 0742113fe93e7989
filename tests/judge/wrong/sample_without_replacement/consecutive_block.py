# expect: WA
# Picks a random start and takes k consecutive values (wrapping around): every value is
# equally likely, but most pairs can never occur together.
import numpy as np


def sample_without_replacement(n, k, seed):
    start = int(np.random.default_rng(seed).integers(n))
    return (start + np.arange(k)) % n
