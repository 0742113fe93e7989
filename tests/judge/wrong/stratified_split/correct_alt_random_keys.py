# expect: AC
# A different correct solution: random.Random, one random key per index, and within each
# class the members with the smallest keys go to the test part; rounding half up.
import math
import random

import numpy as np


def stratified_split(y, test_fraction, seed):
    r = random.Random(seed * 7919 + 1)
    by_class = {}
    for i, label in enumerate(y.tolist()):
        by_class.setdefault(label, []).append(i)
    test = []
    for members in by_class.values():
        keyed = sorted(members, key=lambda _: r.random())
        test += keyed[: math.floor(len(members) * test_fraction + 0.5)]
    in_test = set(test)
    train = [i for i in range(len(y)) if i not in in_test]
    return np.array(train, dtype=np.int64), np.array(sorted(test), dtype=np.int64)
