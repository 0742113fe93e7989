# expect: WA
# Normalises with log(exp(joint) / sum(exp(joint))) without subtracting the maximum: for
# long documents every exp underflows to 0 and the result is NaN.
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
        p = np.exp(X @ self.feat_.T + self.prior_)
        with np.errstate(all="ignore"):
            return np.log(p / p.sum(axis=1, keepdims=True))

    def predict(self, X):
        return self.classes_[np.argmax(X @ self.feat_.T + self.prior_, axis=1)]
