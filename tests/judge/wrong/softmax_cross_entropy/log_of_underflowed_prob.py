# expect: WA
# Stable softmax, but then log(p): a true-class probability that underflows to 0 gives inf.
import numpy as np


def softmax_cross_entropy(logits, labels):
    shifted = logits - logits.max(axis=1, keepdims=True)
    p = np.exp(shifted)
    p /= p.sum(axis=1, keepdims=True)
    n = logits.shape[0]
    with np.errstate(divide="ignore"):
        loss = -np.mean(np.log(p[np.arange(n), labels]))
    grad = p
    grad[np.arange(n), labels] -= 1
    return float(loss), grad / n
