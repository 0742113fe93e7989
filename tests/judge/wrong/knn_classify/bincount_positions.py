# expect: WA
# Votes with np.bincount over positions in the sorted label list and returns the position,
# not the label itself.
import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    classes, codes = np.unique(y_train, return_inverse=True)
    out = []
    for x in np.asarray(X_test, dtype=float):
        nearest = np.argsort(((X_train - x) ** 2).sum(1), kind="stable")[:k]
        out.append(np.argmax(np.bincount(codes[nearest], minlength=len(classes))))
    return np.array(out, dtype=int)
