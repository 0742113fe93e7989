# expect: WA
# Emits round(p[i] * n) copies of each category in random order: the histogram is exactly
# the expected one, far too perfect for independent draws.
import numpy as np


def sample_categorical(p, n, seed):
    counts = np.floor(p * n).astype(int)
    counts[np.argmax(p)] += n - counts.sum()
    out = np.repeat(np.arange(len(p)), counts)
    rng = np.random.default_rng(seed)
    for i in range(len(out) - 1, 0, -1):
        j = int(rng.integers(i + 1))
        out[i], out[j] = out[j], out[i]
    return out
