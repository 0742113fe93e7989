# expect: AC
# A different correct tree: Gini impurity, ties between splits go to the LAST one found,
# features scanned in reverse order, thresholds scanned from the top.
import numpy as np


class DecisionTree:
    def __init__(self, max_depth=None, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    @staticmethod
    def _impurity(y):
        p = np.unique(y, return_counts=True)[1] / len(y)
        return float(1.0 - (p**2).sum())

    def fit(self, X, y):
        self.tree = self._grow(np.asarray(X, float), np.asarray(y), 0)
        return self

    def _grow(self, X, y, depth):
        values, counts = np.unique(y, return_counts=True)
        leaf = ("leaf", values[np.argmax(counts)])
        if len(values) == 1 or len(y) < self.min_samples_split:
            return leaf
        if self.max_depth is not None and depth >= self.max_depth:
            return leaf
        best = None
        for j in reversed(range(X.shape[1])):
            u = np.unique(X[:, j])
            for t in ((u[:-1] + u[1:]) / 2)[::-1]:
                m = X[:, j] <= t
                score = m.sum() * self._impurity(y[m]) + (~m).sum() * self._impurity(y[~m])
                if best is None or score <= best[0]:
                    best = (score, j, t)
        if best is None:
            return leaf
        _, j, t = best
        m = X[:, j] <= t
        return (
            "split",
            j,
            t,
            self._grow(X[m], y[m], depth + 1),
            self._grow(X[~m], y[~m], depth + 1),
        )

    def predict(self, X):
        out = []
        for x in np.asarray(X, float):
            node = self.tree
            while node[0] == "split":
                node = node[3] if x[node[1]] <= node[2] else node[4]
            out.append(node[1])
        return np.array(out, dtype=int)
