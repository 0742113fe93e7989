# expect: WA
# No max subtraction: exp overflows when scores reach the thousands.
import numpy as np


def attention(Q, K, V, mask=None):
    scores = Q @ np.swapaxes(K, -1, -2) / np.sqrt(Q.shape[-1])
    with np.errstate(over="ignore", invalid="ignore"):
        w = np.exp(scores)
        if mask is not None:
            w = w * mask
        return (w / w.sum(axis=-1, keepdims=True)) @ V
