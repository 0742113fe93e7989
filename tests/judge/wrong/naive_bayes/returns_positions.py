# expect: WA
# predict returns the position of the best class (0..c-1) instead of its label.
import numpy as np


class MultinomialNB:
    def __init__(self, alpha=1.0):
        self.alpha = alpha

    def fit(self, X, y):
        self.classes_ = np.unique(y)
        counts = np.array([X[y == c].sum(axis=0) for c in self.classes_], dtype=float)
        self.prior_ = np.log(np.array([np.mean(y == c) for c in self.classes_]))
        sm = counts + self.alpha
        self.feat_ = np.log(sm / sm.sum(axis=1, keepdims=True))
        return self

    def predict_log_proba(self, X):
        j = X @ self.feat_.T + self.prior_
        top = j.max(axis=1, keepdims=True)
        return j - top - np.log(np.exp(j - top).sum(axis=1, keepdims=True))

    def predict(self, X):
        return np.argmax(self.predict_log_proba(X), axis=1)
