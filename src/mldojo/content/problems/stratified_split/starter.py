import numpy as np  # noqa: F401 (for your solution)


def stratified_split(y, test_fraction, seed):
    """Random split keeping class proportions.

    Returns (train_idx, test_idx): integer arrays partitioning range(len(y)), with about
    round(n_c * test_fraction) members of each class c in the test part.
    """
    raise NotImplementedError
