# expect: WA
# Counter.most_common breaks vote ties by first appearance, i.e. the nearest neighbour's
# label, not the smallest label.
from collections import Counter

import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    out = []
    for x in np.asarray(X_test, dtype=float):
        nearest = np.argsort(((X_train - x) ** 2).sum(1), kind="stable")[:k]
        out.append(Counter(int(y_train[i]) for i in nearest).most_common(1)[0][0])
    return np.array(out, dtype=int)
