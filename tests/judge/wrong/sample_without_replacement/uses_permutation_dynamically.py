# expect: BANNED
# Reaches np.random.permutation through getattr so the source does not name it: the sandbox
# still refuses the call.
import numpy as np


def sample_without_replacement(n, k, seed):
    np.random.seed(seed)
    shuffle_all = getattr(np.random, "perm" + "utation")
    return shuffle_all(n)[:k]
