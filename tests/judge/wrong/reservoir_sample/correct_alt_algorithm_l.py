# expect: AC
# A different correct solution: Li's Algorithm L, which skips ahead by geometric jumps with
# itertools.islice and draws far fewer random numbers.
import itertools
import math
import random


def reservoir_sample(stream, k, seed):
    r = random.Random(seed + 12345)
    it = iter(stream)
    res = list(itertools.islice(it, k))
    if len(res) < k:
        return res
    w = math.exp(math.log(1.0 - r.random()) / k)
    while True:
        skip = math.floor(math.log(1.0 - r.random()) / math.log(1.0 - w))
        nxt = next(itertools.islice(it, skip, None), None)
        if nxt is None:
            return res
        res[r.randrange(k)] = nxt
        w *= math.exp(math.log(1.0 - r.random()) / k)
