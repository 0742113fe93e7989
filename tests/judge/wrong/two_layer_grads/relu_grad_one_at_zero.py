# expect: WA
# Uses z >= 0 for the ReLU mask, so units sitting exactly at 0 pass gradient.
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
    dz1 = (ds @ W2.T) * (z1 >= 0)
    return {"W1": X.T @ dz1, "b1": dz1.sum(0), "W2": h.T @ ds, "b2": ds.sum(0)}
