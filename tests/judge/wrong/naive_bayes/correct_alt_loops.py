# expect: AC
# A different correct solution: plain Python dictionaries per class, math.log, and a
# log-sum-exp written by hand.
import math

import numpy as np


class MultinomialNB:
    def __init__(self, alpha=1.0):
        self.alpha = alpha

    def fit(self, X_counts, y):
        labels = [int(v) for v in y]
        self.labels = sorted(set(labels))
        d = X_counts.shape[1]
        self.logp = {}
        self.prior = {}
        for c in self.labels:
            rows = X_counts[np.array(labels) == c]
            totals = rows.sum(axis=0)
            denom = totals.sum() + self.alpha * d
            self.logp[c] = np.array([math.log((t + self.alpha) / denom) for t in totals])
            self.prior[c] = math.log(len(rows) / len(labels))
        return self

    def predict_log_proba(self, X):
        out = np.empty((len(X), len(self.labels)))
        for i, row in enumerate(X):
            joint = [self.prior[c] + float(row @ self.logp[c]) for c in self.labels]
            top = max(joint)
            norm = top + math.log(sum(math.exp(v - top) for v in joint))
            out[i] = [v - norm for v in joint]
        return out

    def predict(self, X):
        return np.array([self.labels[int(np.argmax(r))] for r in self.predict_log_proba(X)])
