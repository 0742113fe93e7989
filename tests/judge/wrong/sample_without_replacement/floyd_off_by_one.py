# expect: WA
# Floyd's algorithm with t drawn from 0..j-1 instead of 0..j: the largest values are
# over-represented.
import random


def sample_without_replacement(n, k, seed):
    r = random.Random(seed)
    chosen = set()
    for j in range(n - k, n):
        t = r.randrange(j) if j > 0 else 0
        chosen.add(j if t in chosen else t)
    return list(chosen)
