import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    y_train = np.asarray(y_train)
    X_test = np.asarray(X_test, dtype=float)
    out = np.empty(len(X_test), dtype=np.int64)
    for i, x in enumerate(X_test):
        dist = ((X_train - x) ** 2).sum(axis=1)
        nearest = np.argsort(dist, kind="stable")[:k]  # stable: equal distances keep index order
        labels, counts = np.unique(y_train[nearest], return_counts=True)
        out[i] = labels[np.argmax(counts)]  # labels are sorted, argmax takes the first maximum
    return out
