# expect: WA
# Logistic regression dressed up as an MLP: with no hidden layer the decision boundary is a
# line, so XOR-like and two-circles data stay far below the accuracy bar.
import numpy as np


class MLP:
    def __init__(self, hidden=16, lr=0.1, epochs=2000, seed=0):
        self.lr = lr
        self.epochs = epochs

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        self.w = np.zeros(X.shape[1])
        self.b = 0.0
        for _ in range(self.epochs):
            p = 1.0 / (1.0 + np.exp(-(X @ self.w + self.b)))
            self.w -= self.lr * X.T @ (p - y) / len(y)
            self.b -= self.lr * float(np.mean(p - y))
        return self

    def predict_proba(self, X):
        return 1.0 / (1.0 + np.exp(-(np.asarray(X, dtype=float) @ self.w + self.b)))
