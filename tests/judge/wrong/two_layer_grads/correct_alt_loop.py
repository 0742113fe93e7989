# expect: AC
# One example at a time, accumulating outer products.
import numpy as np


def two_layer_grads(X, y, W1, b1, W2, b2):
    n = X.shape[0]
    gW1 = np.zeros_like(W1)
    gb1 = np.zeros_like(b1)
    gW2 = np.zeros_like(W2)
    gb2 = np.zeros_like(b2)
    for i in range(n):
        z = X[i] @ W1 + b1
        h = np.where(z > 0, z, 0.0)
        s = h @ W2 + b2
        e = np.exp(s - s.max())
        ds = e / e.sum()
        ds[y[i]] -= 1.0
        ds /= n
        gW2 += np.outer(h, ds)
        gb2 += ds
        dz = (W2 @ ds) * (z > 0)
        gW1 += np.outer(X[i], dz)
        gb1 += dz
    return {"W1": gW1, "b1": gb1, "W2": gW2, "b2": gb2}
