# expect: WA
# Accepts with the right probability k/(i+1) but always overwrites the last slot: the first
# k-1 items are never evicted.
import random


def reservoir_sample(stream, k, seed):
    r = random.Random(seed)
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        elif r.random() < k / (i + 1):
            res[-1] = item
    return res
