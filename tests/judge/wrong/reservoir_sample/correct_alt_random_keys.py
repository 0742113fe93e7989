# expect: AC
# Another correct solution: give every item a random key with NumPy and keep the k smallest
# keys in a heap (a max-heap of negated keys).
import heapq

import numpy as np


def reservoir_sample(stream, k, seed):
    rng = np.random.default_rng(seed)
    heap = []
    block = rng.random(4096)
    for i, item in enumerate(stream):
        if i % 4096 == 0 and i:
            block = rng.random(4096)
        key = block[i % 4096]
        if len(heap) < k:
            heapq.heappush(heap, (-key, i, item))
        elif key < -heap[0][0]:
            heapq.heapreplace(heap, (-key, i, item))
    return [item for _, _, item in heap]
