# expect: WA
# Replaces with probability k/i instead of k/(i+1) (j drawn from 0..i-1): later items are
# kept too often.
import random


def reservoir_sample(stream, k, seed):
    r = random.Random(seed)
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        else:
            j = r.randrange(i)
            if j < k:
                res[j] = item
    return res
