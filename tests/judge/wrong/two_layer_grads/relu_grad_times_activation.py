# expect: WA
# Multiplies the upstream gradient by the ReLU's output instead of its 0/1 derivative.
import numpy as np


def two_layer_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    z1 = X @ W1 + b1
    h = np.maximum(z1, 0)
    s = h @ W2 + b2
    s = s - s.max(axis=1, keepdims=True)
    p = np.exp(s) / np.exp(s).sum(axis=1, keepdims=True)
    p[np.arange(n), y] -= 1
    ds = p / n
    dh = ds @ W2.T
    dz1 = dh * h
    return {"W1": X.T @ dz1, "b1": dz1.sum(0), "W2": h.T @ ds, "b2": ds.sum(0)}
