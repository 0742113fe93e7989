# expect: AC
# einsum for both products and a large negative constant instead of -inf for the mask.
import numpy as np


def attention(Q, K, V, mask=None):
    scores = np.einsum("...nd,...md->...nm", Q, K) / np.sqrt(Q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e30)
    scores = scores - np.max(scores, axis=-1, keepdims=True)
    w = np.exp(scores)
    w = w / np.sum(w, axis=-1, keepdims=True)
    return np.einsum("...nm,...mv->...nv", w, V)
