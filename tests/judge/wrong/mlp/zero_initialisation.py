# expect: WA
# Every weight starts at zero: the hidden units are identical and, with tanh(0) = 0 and a
# zero output layer, no gradient ever reaches them, so the network never leaves p = 0.5.
import numpy as np


class MLP:
    def __init__(self, hidden=16, lr=0.1, epochs=2000, seed=0):
        self.hidden, self.lr, self.epochs = hidden, lr, epochs

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        self.W1 = np.zeros((X.shape[1], self.hidden))
        self.b1 = np.zeros(self.hidden)
        self.W2 = np.zeros(self.hidden)
        self.b2 = 0.0
        for _ in range(self.epochs):
            H = np.tanh(X @ self.W1 + self.b1)
            p = 1.0 / (1.0 + np.exp(-(H @ self.W2 + self.b2)))
            g = (p - y) / len(y)
            gh = np.outer(g, self.W2) * (1 - H**2)
            self.W2 -= self.lr * H.T @ g
            self.b2 -= self.lr * g.sum()
            self.W1 -= self.lr * X.T @ gh
            self.b1 -= self.lr * gh.sum(axis=0)
        return self

    def predict_proba(self, X):
        H = np.tanh(np.asarray(X, dtype=float) @ self.W1 + self.b1)
        return 1.0 / (1.0 + np.exp(-(H @ self.W2 + self.b2)))
