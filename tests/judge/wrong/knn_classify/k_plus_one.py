# expect: WA
# Off by one: votes over k + 1 neighbours.
import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    y_train = np.asarray(y_train)
    out = []
    for x in np.asarray(X_test, dtype=float):
        nearest = np.argsort(((X_train - x) ** 2).sum(1), kind="stable")[: k + 1]
        labels, counts = np.unique(y_train[nearest], return_counts=True)
        out.append(labels[np.argmax(counts)])
    return np.array(out, dtype=int)
