import numpy as np


class MultinomialNB:
    def __init__(self, alpha: float = 1.0):
        self.alpha = alpha

    def fit(self, X_counts, y):
        X = np.asarray(X_counts, dtype=float)
        y = np.asarray(y)
        self.classes_, index = np.unique(y, return_inverse=True)
        k = len(self.classes_)
        counts = np.zeros((k, X.shape[1]))
        np.add.at(counts, index, X)
        self.log_prior_ = np.log(np.bincount(index, minlength=k) / len(y))
        smoothed = counts + self.alpha
        self.log_feature_ = np.log(smoothed) - np.log(smoothed.sum(axis=1, keepdims=True))
        return self

    def _joint(self, X):
        return np.asarray(X, dtype=float) @ self.log_feature_.T + self.log_prior_

    def predict_log_proba(self, X):
        joint = self._joint(X)
        top = joint.max(axis=1, keepdims=True)
        return joint - (top + np.log(np.exp(joint - top).sum(axis=1, keepdims=True)))

    def predict(self, X):
        return self.classes_[np.argmax(self._joint(X), axis=1)]
