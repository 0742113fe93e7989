import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    """Classify each row of X_test by a majority vote of its k nearest training points.

    X_train: (n, d) array; y_train: (n,) int array of labels; X_test: (m, d) array;
    1 <= k <= n. Euclidean distance. Equal distances: the lower training index is nearer.
    Tied votes: the smallest label wins.

    Returns an (m,) int array of predicted labels.
    """
    raise NotImplementedError
