# expect: WA
# Differentiates the summed loss instead of the mean (no division by n).
import numpy as np


def two_layer_grads(X, y, W1, b1, W2, b2):
    z1 = X @ W1 + b1
    h = np.maximum(z1, 0)
    s = h @ W2 + b2
    s = s - s.max(axis=1, keepdims=True)
    p = np.exp(s) / np.exp(s).sum(axis=1, keepdims=True)
    p[np.arange(len(y)), y] -= 1
    dz1 = (p @ W2.T) * (z1 > 0)
    return {"W1": X.T @ dz1, "b1": dz1.sum(0), "W2": h.T @ p, "b2": p.sum(0)}
