import numpy as np


class DecisionTree:
    """A CART classification tree grown with Gini impurity.

    max_depth: None grows until every leaf is pure (or cannot be split); the root has
    depth 0, so max_depth=1 allows a single split. min_samples_split: a node with fewer
    samples is not split.
    """

    def __init__(self, max_depth=None, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    def fit(self, X, y):
        """X: (n, d) float array; y: (n,) int labels. Returns self."""
        raise NotImplementedError

    def predict(self, X):
        """Returns an (m,) int array of labels (values of y)."""
        raise NotImplementedError
