import numpy as np


def sample_without_replacement(n: int, k: int, seed: int) -> np.ndarray:
    """k distinct integers drawn uniformly from 0..n-1 (every k-subset equally likely).

    Do not use the choice/permutation/shuffle/sample functions of np.random, Generator or
    random: build the sample from uniform integer draws.
    """
    raise NotImplementedError
