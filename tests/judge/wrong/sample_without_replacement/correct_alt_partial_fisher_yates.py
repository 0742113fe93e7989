# expect: AC
# A different correct solution: a partial Fisher-Yates shuffle over a virtual array kept in a
# dictionary (only swapped positions are stored), with random.Random.
import random


def sample_without_replacement(n, k, seed):
    r = random.Random(f"swr-{seed}")
    swapped = {}
    out = []
    for i in range(k):
        j = r.randrange(i, n)
        vi, vj = swapped.get(i, i), swapped.get(j, j)
        swapped[i], swapped[j] = vj, vi
        out.append(vj)
    return out
