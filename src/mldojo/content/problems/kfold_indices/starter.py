import numpy as np


def kfold_indices(n: int, k: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """k (train_idx, test_idx) pairs: contiguous test folds in order, the first n % k folds
    one larger; training indices in increasing order."""
    raise NotImplementedError
