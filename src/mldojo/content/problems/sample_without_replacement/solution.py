import numpy as np


def sample_without_replacement(n: int, k: int, seed: int) -> np.ndarray:
    """Floyd's algorithm: k draws, O(k) memory, every k-subset equally likely."""
    rng = np.random.default_rng(seed)
    chosen: set[int] = set()
    draws = rng.integers(0, np.arange(n - k, n) + 1) if k else []
    for j, t in zip(range(n - k, n), draws, strict=True):
        t = int(t)
        chosen.add(j if t in chosen else t)
    return np.fromiter(chosen, dtype=np.int64, count=k)
