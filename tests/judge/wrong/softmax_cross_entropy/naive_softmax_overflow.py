# expect: WA
# exp() of raw logits: overflows to inf at 1e4 and the loss becomes NaN.
import numpy as np


def softmax_cross_entropy(logits, labels):
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        exp = np.exp(logits)
        p = exp / exp.sum(axis=1, keepdims=True)
        n = logits.shape[0]
        loss = -np.log(p[np.arange(n), labels]).mean()
    grad = p.copy()
    grad[np.arange(n), labels] -= 1
    return float(loss), grad / n
