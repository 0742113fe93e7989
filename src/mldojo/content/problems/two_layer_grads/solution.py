import numpy as np


def two_layer_grads(X, y, W1, b1, W2, b2) -> dict[str, np.ndarray]:
    n = X.shape[0]
    z1 = X @ W1 + b1
    hidden = np.maximum(z1, 0.0)
    scores = hidden @ W2 + b2
    scores = scores - scores.max(axis=1, keepdims=True)
    probs = np.exp(scores)
    probs /= probs.sum(axis=1, keepdims=True)
    d_scores = probs
    d_scores[np.arange(n), y] -= 1.0
    d_scores /= n
    d_hidden = d_scores @ W2.T
    d_z1 = d_hidden * (z1 > 0)
    return {
        "W1": X.T @ d_z1,
        "b1": d_z1.sum(axis=0),
        "W2": hidden.T @ d_scores,
        "b2": d_scores.sum(axis=0),
    }
