# expect: WA
# Biased shuffle (each position swapped with a random position anywhere, the classic naive
# shuffle): some orders come up more often, so some members are in the test part more often.
import random

import numpy as np


def stratified_split(y, test_fraction, seed):
    r = random.Random(seed)
    test = []
    for c in np.unique(y):
        members = list(np.flatnonzero(y == c))
        for i in range(len(members)):
            j = r.randrange(len(members))
            members[i], members[j] = members[j], members[i]
        test.extend(members[: round(len(members) * test_fraction)])
    mask = np.zeros(len(y), dtype=bool)
    mask[test] = True
    return np.flatnonzero(~mask), np.flatnonzero(mask)
