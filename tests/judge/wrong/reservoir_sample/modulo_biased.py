# expect: WA
# Draws the slot as an 8-bit random number modulo (i + 1): small remainders are more likely,
# so items are kept with the wrong probabilities.
import random


def reservoir_sample(stream, k, seed):
    r = random.Random(seed)
    res = []
    for i, item in enumerate(stream):
        if i < k:
            res.append(item)
        else:
            j = r.getrandbits(8) % (i + 1)
            if j < k:
                res[j] = item
    return res
