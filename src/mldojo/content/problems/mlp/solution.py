import numpy as np


def _sigmoid(z):
    # exp of a non-positive number only: no overflow for large |z|
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


class MLP:
    """One tanh hidden layer, a sigmoid output, full-batch gradient descent on the mean
    binary cross-entropy."""

    def __init__(self, hidden=16, lr=0.1, epochs=2000, seed=0):
        self.hidden = hidden
        self.lr = lr
        self.epochs = epochs
        self.seed = seed

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        n, d = X.shape
        rng = np.random.default_rng(self.seed)
        self.W1 = rng.normal(size=(d, self.hidden)) / np.sqrt(d)  # Xavier-style scale
        self.b1 = np.zeros(self.hidden)
        self.W2 = rng.normal(size=self.hidden) / np.sqrt(self.hidden)
        self.b2 = 0.0
        for _ in range(self.epochs):
            H = np.tanh(X @ self.W1 + self.b1)
            p = _sigmoid(H @ self.W2 + self.b2)
            g_out = (p - y) / n  # gradient of the mean cross-entropy w.r.t. the logits
            g_hidden = np.outer(g_out, self.W2) * (1.0 - H**2)
            self.W2 -= self.lr * (H.T @ g_out)
            self.b2 -= self.lr * g_out.sum()
            self.W1 -= self.lr * (X.T @ g_hidden)
            self.b1 -= self.lr * g_hidden.sum(axis=0)
        return self

    def predict_proba(self, X):
        H = np.tanh(np.asarray(X, dtype=float) @ self.W1 + self.b1)
        return _sigmoid(H @ self.W2 + self.b2)
