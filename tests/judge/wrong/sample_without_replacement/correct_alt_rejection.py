# expect: AC
# Another correct solution: draw uniform integers with NumPy and reject duplicates.
import numpy as np


def sample_without_replacement(n, k, seed):
    rng = np.random.default_rng([seed, 2024])
    seen = []
    members = set()
    while len(seen) < k:
        v = int(rng.integers(n))
        if v not in members:
            members.add(v)
            seen.append(v)
    return np.array(seen, dtype=np.int32)
