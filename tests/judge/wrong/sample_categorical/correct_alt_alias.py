# expect: AC
# A different correct solution: Walker's alias method with random.Random.
import random


def sample_categorical(p, n, seed):
    r = random.Random(seed ^ 0x5EED)
    c = len(p)
    total = float(sum(p))
    scaled = [float(x) * c / total for x in p]
    alias = list(range(c))
    prob = [1.0] * c
    small = [i for i, s in enumerate(scaled) if s < 1.0]
    large = [i for i, s in enumerate(scaled) if s >= 1.0]
    while small and large:
        s, g = small.pop(), large.pop()
        prob[s], alias[s] = scaled[s], g
        scaled[g] -= 1.0 - scaled[s]
        (small if scaled[g] < 1.0 else large).append(g)
    out = []
    for _ in range(n):
        i = r.randrange(c)
        out.append(i if r.random() < prob[i] else alias[i])
    return out
