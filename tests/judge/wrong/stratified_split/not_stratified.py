# expect: WA
# A plain random split of all indices: the overall size is right, but class proportions in
# the test part drift away from round(n_c * f) +- 1.
import numpy as np


def stratified_split(y, test_fraction, seed):
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(y))
    cut = round(len(y) * test_fraction)
    return order[cut:], order[:cut]
