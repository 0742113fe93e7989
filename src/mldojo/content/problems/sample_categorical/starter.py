import numpy as np


def sample_categorical(p: np.ndarray, n: int, seed: int) -> np.ndarray:
    """n independent draws of an index i with probability p[i], from uniform draws only."""
    raise NotImplementedError
