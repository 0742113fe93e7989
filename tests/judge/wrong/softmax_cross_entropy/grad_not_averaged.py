# expect: WA
# Returns the mean loss but the gradient of the summed loss (forgets the 1/n).
import numpy as np


def softmax_cross_entropy(logits, labels):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_sum = np.log(np.exp(shifted).sum(axis=1))
    n = logits.shape[0]
    loss = np.mean(log_sum - shifted[np.arange(n), labels])
    grad = np.exp(shifted - log_sum[:, None])
    grad[np.arange(n), labels] -= 1
    return float(loss), grad
