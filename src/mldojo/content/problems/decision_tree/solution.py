import numpy as np


class DecisionTree:
    """CART classification tree: Gini impurity, thresholds between sorted distinct values."""

    def __init__(self, max_depth=None, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        self.classes_, codes = np.unique(np.asarray(y), return_inverse=True)
        self.tree_ = self._grow(X, codes, depth=0)
        return self

    def _leaf(self, codes):
        return ("leaf", int(np.argmax(np.bincount(codes, minlength=len(self.classes_)))))

    def _best_split(self, X, codes):
        n, d = X.shape
        c = len(self.classes_)
        best = (np.inf, None, None)
        for j in range(d):
            order = np.argsort(X[:, j], kind="stable")
            xs = X[order, j]
            onehot = np.zeros((n, c))
            onehot[np.arange(n), codes[order]] = 1.0
            left = np.cumsum(onehot, axis=0)[:-1]  # class counts of the first i+1 points
            right = left[-1] + onehot[-1] - left if n > 1 else left
            n_left = np.arange(1, n, dtype=float)
            n_right = n - n_left
            gini_left = 1.0 - ((left / n_left[:, None]) ** 2).sum(axis=1)
            gini_right = 1.0 - ((right / n_right[:, None]) ** 2).sum(axis=1)
            weighted = (n_left * gini_left + n_right * gini_right) / n
            valid = xs[1:] > xs[:-1]  # only between distinct values
            if not valid.any():
                continue
            weighted = np.where(valid, weighted, np.inf)
            i = int(np.argmin(weighted))
            if weighted[i] < best[0]:
                threshold = (xs[i] + xs[i + 1]) / 2.0
                if threshold >= xs[i + 1]:  # guard against rounding for adjacent floats
                    threshold = xs[i]
                best = (weighted[i], j, threshold)
        return best

    def _grow(self, X, codes, depth):
        pure = np.all(codes == codes[0])
        if (
            pure
            or len(codes) < self.min_samples_split
            or (self.max_depth is not None and depth >= self.max_depth)
        ):
            return self._leaf(codes)
        _, feature, threshold = self._best_split(X, codes)
        if feature is None:  # every feature is constant here
            return self._leaf(codes)
        go_left = X[:, feature] <= threshold
        return (
            "split",
            feature,
            threshold,
            self._grow(X[go_left], codes[go_left], depth + 1),
            self._grow(X[~go_left], codes[~go_left], depth + 1),
        )

    def predict(self, X):
        X = np.asarray(X, dtype=float)
        out = np.empty(len(X), dtype=np.int64)
        for i, x in enumerate(X):
            node = self.tree_
            while node[0] == "split":
                node = node[3] if x[node[1]] <= node[2] else node[4]
            out[i] = node[1]
        return self.classes_[out]
